//! The facility's "you said, we did" actions, as last fetched from the sync server
//! (`GET /v1/actions`). The whole set is replaced in one transaction on every successful fetch,
//! so an action deleted on the server disappears here too.

use super::{Store, StoreError};
use heard_core::ids::{LangTag, SurveyId};
use heard_core::period::Quarter;
use heard_core::survey::Topic;
use heard_core::wire::ActionOut;
use rusqlite::params;

/// One action as the tablet keeps it: checked, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAction {
    pub survey: SurveyId,
    pub topic: Topic,
    pub quarter: Quarter,
    pub language: LangTag,
    pub text: String,
}

impl StoredAction {
    /// Checks one action from the wire; `None` for one this tablet cannot read (unknown topic,
    /// malformed survey id, quarter or language, empty text).
    pub fn from_wire(action: &ActionOut) -> Option<Self> {
        let text = action.text.trim();
        if text.is_empty() {
            return None;
        }
        Some(Self {
            survey: SurveyId::new(action.survey.trim()).ok()?,
            topic: Topic::parse(action.topic.trim())?,
            quarter: action.quarter.trim().parse().ok()?,
            language: LangTag::new(action.language.trim()).ok()?,
            text: text.to_owned(),
        })
    }
}

impl Store {
    /// Replaces every stored action with `actions` (in their order). Durable when it returns.
    pub fn replace_actions(&mut self, actions: &[StoredAction]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM facility_action", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO facility_action (position, survey, topic, quarter, language, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (position, a) in (0_i64..).zip(actions) {
                insert.execute(params![
                    position,
                    a.survey.as_str(),
                    a.topic.as_str(),
                    a.quarter.to_string(),
                    a.language.as_str(),
                    a.text
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every stored action of a survey, in the server's order.
    pub fn actions_for(&self, survey: &SurveyId) -> Result<Vec<StoredAction>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT survey, topic, quarter, language, text FROM facility_action
             WHERE survey = ?1 ORDER BY position",
        )?;
        let rows = stmt
            .query_map(params![survey.as_str()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(survey, topic, quarter, language, text)| {
                StoredAction::from_wire(&ActionOut {
                    survey,
                    topic,
                    quarter,
                    language,
                    text,
                })
                .ok_or_else(|| StoreError::Corrupt("a stored action".into()))
            })
            .collect()
    }
}
