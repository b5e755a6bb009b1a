//! Tallies: counts of each answer value per survey, question, facility, service point, month and
//! demographic group. They merge associatively and commutatively, so the server keeps them up to
//! date at ingest and sums them per quarter or nationwide without rereading responses. Every
//! report figure is computed from tallies.

use crate::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, ServicePointCode, SurveyId};
use crate::period::Month;
use crate::response::{AdministrationMode, Answer, Response, ResponseStatus};
use crate::survey::{Role, Survey};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The breakdown dimensions of one response. Demographics are the response's own answers to the
/// questions with a reserved role (absent when not asked or not answered).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Group {
    pub language: LangTag,
    pub mode: AdministrationMode,
    pub audio_used: bool,
    pub age_band: Option<ChoiceId>,
    pub sex: Option<ChoiceId>,
    pub nationality: Option<ChoiceId>,
    pub length_of_stay: Option<ChoiceId>,
}

/// Where and when: the finest grain reports ever see.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Cell {
    pub survey: SurveyId,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    pub period: Month,
    pub group: Group,
}

impl Cell {
    pub fn of(survey: &Survey, response: &Response) -> Cell {
        let role = |role: Role| -> Option<ChoiceId> {
            let q = survey.question_with_role(role)?;
            match response.answers.get(&q.id) {
                Some(Answer::Choice(c)) => Some(c.clone()),
                _ => None,
            }
        };
        Cell {
            survey: response.survey.id.clone(),
            facility: response.facility.clone(),
            service_point: response.service_point.clone(),
            period: response.period,
            group: Group {
                language: response.language.clone(),
                mode: response.mode,
                audio_used: response.audio_used,
                age_band: role(Role::AgeBand),
                sex: role(Role::Sex),
                nationality: role(Role::Nationality),
                length_of_stay: role(Role::LengthOfStay),
            },
        }
    }
}

/// Responses by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub complete: u64,
    pub abandoned: u64,
}

impl StatusCounts {
    pub fn merge(&mut self, other: &StatusCounts) {
        self.complete += other.complete;
        self.abandoned += other.abandoned;
    }
    pub fn started(&self) -> u64 {
        self.complete + self.abandoned
    }
}

/// Counts for one question: `n` answers, and how often each value was given.
/// Value keys: a choice id; a scale point or number as decimal text; for a ranking `item@rank`
/// (1 = most important). Free text contributes to `n` only: comments are never tallied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCounts {
    pub n: u64,
    pub values: BTreeMap<String, u64>,
}

impl ValueCounts {
    pub fn merge(&mut self, other: &ValueCounts) {
        self.n += other.n;
        for (k, v) in &other.values {
            *self.values.entry(k.clone()).or_default() += v;
        }
    }

    pub fn count(&self, value: &str) -> u64 {
        self.values.get(value).copied().unwrap_or(0)
    }

    /// Adds one answer.
    pub fn add(&mut self, answer: &Answer) {
        self.n += 1;
        let mut bump = |key: String| *self.values.entry(key).or_default() += 1;
        match answer {
            Answer::Choice(c) => bump(c.to_string()),
            Answer::Choices(cs) => cs.iter().for_each(|c| bump(c.to_string())),
            Answer::Point(p) => bump(p.to_string()),
            Answer::Number(n) => bump(n.to_string()),
            Answer::Order(items) => items
                .iter()
                .enumerate()
                .for_each(|(rank, item)| bump(format!("{item}@{}", rank + 1))),
            Answer::Text(_) => {}
        }
    }
}

/// Mergeable tallies over any set of responses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tallies {
    pub responses: BTreeMap<Cell, StatusCounts>,
    pub answers: BTreeMap<(Cell, QuestionId), ValueCounts>,
}

/// What a selection of cells adds up to (also: what one response adds, and one slab line).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub responses: StatusCounts,
    pub answers: BTreeMap<QuestionId, ValueCounts>,
}

impl Summary {
    /// What one response adds. Answers count from complete responses only; an abandoned
    /// response counts towards completion figures. The one statement of that rule: `Tallies`
    /// and the server's slab lines both use it.
    pub fn of_response(response: &Response) -> Summary {
        let mut s = Summary::default();
        match response.status {
            ResponseStatus::Complete => {
                s.responses.complete = 1;
                for (question, answer) in &response.answers {
                    s.answers.entry(question.clone()).or_default().add(answer);
                }
            }
            ResponseStatus::Abandoned => s.responses.abandoned = 1,
        }
        s
    }

    pub fn merge(&mut self, other: &Summary) {
        self.responses.merge(&other.responses);
        for (q, v) in &other.answers {
            self.answers.entry(q.clone()).or_default().merge(v);
        }
    }
}

impl Tallies {
    /// Tallies of one response. Answers count from complete responses only; abandoned ones count
    /// towards completion figures.
    pub fn of_response(survey: &Survey, response: &Response) -> Tallies {
        let mut t = Tallies::default();
        t.add(survey, response);
        t
    }

    pub fn add(&mut self, survey: &Survey, response: &Response) {
        let cell = Cell::of(survey, response);
        let added = Summary::of_response(response);
        self.responses
            .entry(cell.clone())
            .or_default()
            .merge(&added.responses);
        for (question, counts) in added.answers {
            self.answers
                .entry((cell.clone(), question))
                .or_default()
                .merge(&counts);
        }
    }

    pub fn merge(&mut self, other: &Tallies) {
        for (cell, counts) in &other.responses {
            self.responses
                .entry(cell.clone())
                .or_default()
                .merge(counts);
        }
        for (key, counts) in &other.answers {
            self.answers.entry(key.clone()).or_default().merge(counts);
        }
    }

    /// Sums every cell the filter keeps.
    pub fn summarize(&self, keep: impl Fn(&Cell) -> bool) -> Summary {
        let mut summary = Summary::default();
        for (cell, counts) in &self.responses {
            if keep(cell) {
                summary.responses.merge(counts);
            }
        }
        for ((cell, question), counts) in &self.answers {
            if keep(cell) {
                summary
                    .answers
                    .entry(question.clone())
                    .or_default()
                    .merge(counts);
            }
        }
        summary
    }
}
