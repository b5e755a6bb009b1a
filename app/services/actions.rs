//! "You said, we did": the facility's actions as the thank-you screen shows them. The sync
//! worker keeps the server's set in the store (`StoreOutbox::keep_actions`); this picks the
//! current ones for one survey and one language.

use super::{ServiceError, Services};
use heard_core::ids::{LangTag, SurveyId};
use heard_core::survey::Topic;

/// The most actions the thank-you screen shows.
pub const MAX_SHOWN_ACTIONS: usize = 3;

/// One action as a resident sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownAction {
    pub topic: Topic,
    pub text: String,
}

impl Services {
    /// The current actions of `survey` for a resident reading `language`: those of the newest
    /// quarter any action of the survey names, in exactly that language (never another one's
    /// text as a fallback: a quarter without words in `language` shows nothing), at most
    /// `MAX_SHOWN_ACTIONS`, in the server's order.
    pub fn current_actions(
        &self,
        survey: &SurveyId,
        language: &LangTag,
    ) -> Result<Vec<ShownAction>, ServiceError> {
        let actions = self.store()?.actions_for(survey)?;
        let Some(newest) = actions.iter().map(|a| a.quarter).max() else {
            return Ok(Vec::new());
        };
        Ok(actions
            .into_iter()
            .filter(|a| a.quarter == newest && a.language == *language)
            .take(MAX_SHOWN_ACTIONS)
            .map(|a| ShownAction {
                topic: a.topic,
                text: a.text,
            })
            .collect())
    }
}
