//! The survey model: what a resident is asked, in which words, and how answers are scored.
//! Pure data with serde; loading from files is in `authoring`, checking in `survey::check`.

mod check;
mod editions;
mod kind;
mod topic;

pub use check::{check_survey, DefinitionProblem};
pub use editions::{edition_changes, EditionChange};
pub use kind::{AnswerShape, Choice, QuestionKind, Role, ThreeLevelSet};
pub use topic::Topic;

use crate::condition::Condition;
use crate::ids::{LangTag, QuestionId, SurveyId};
use crate::text::LocalizedText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Survey {
    pub id: SurveyId,
    /// The author's label for this edition (e.g. `2026.1`). The version *hash* is what responses name.
    pub version: String,
    pub default_language: LangTag,
    /// Languages in which every text of the survey exists.
    pub languages: BTreeSet<LangTag>,
    pub title: LocalizedText,
    pub meta: SurveyMeta,
    pub flow: FlowOptions,
    /// Satisfaction target in percent (Poland: 60), drawn as a line in reports.
    pub target_percent: Option<u8>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SurveyMeta {
    pub agency: String,
    /// ISO 3166-1 alpha-2 of the agency's country.
    pub country: String,
    pub instrument: String,
    /// True where the seed gave no wording and Heard's authors wrote plausible questions.
    pub illustrative: bool,
    pub source: String,
}

/// Which screens surround the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FlowOptions {
    pub welcome: bool,
    pub language_choice: bool,
    pub anonymity: bool,
    pub review: bool,
    /// Desk-terminal mode (Lithuania): one tap, optional follow-ups, thank-you, reset.
    pub one_tap: Option<OneTap>,
}

impl Default for FlowOptions {
    fn default() -> Self {
        Self {
            welcome: true,
            language_choice: true,
            anonymity: true,
            review: true,
            one_tap: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct OneTap {
    /// Seconds the thank-you screen stays before the terminal resets.
    pub reset_seconds: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Section {
    pub id: QuestionId,
    pub title: LocalizedText,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// No `deny_unknown_fields`: serde does not support it together with `flatten`.
#[serde(rename_all = "kebab-case")]
pub struct Question {
    pub id: QuestionId,
    #[serde(flatten)]
    pub kind: QuestionKind,
    pub topic: Option<Topic>,
    pub required: bool,
    /// Shown only when this holds on earlier answers; its answer is dropped when it stops holding.
    pub relevant: Option<Condition>,
    pub prompt: LocalizedText,
    pub hint: LocalizedText,
    /// Which answers count as satisfied. Present exactly on scored questions.
    pub satisfied: Option<Satisfied>,
    /// The headline figure this question feeds, where an agency reports one (KTO, CES, …).
    pub measure: Option<Measure>,
    /// The author's word that a number's exact answer cannot help single a resident out (a
    /// rating, a count of visits), so the response-level export may carry it. Unmarked
    /// `number` answers (an age, nights since arrival) are quasi-identifiers and left out.
    /// Absent from the canonical JSON when false, so surveys without it keep their hash.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_identifying: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Which answers count as *satisfied*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Satisfied {
    /// Any of these choices (yes; above + at expectations; 👍).
    Choices(Vec<crate::ids::ChoiceId>),
    /// A scale value at or above this point (e.g. 7 on 0–10, 4 on 1–5).
    AtLeast(i32),
}

/// The named figures agencies report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Dutch KTO: general satisfaction, mean on 1–10.
    Kto,
    /// Customer Effort Score: mean agreement that it was easy.
    Ces,
    /// Goal completion: share who did what they came for.
    GoalCompletion,
    /// An overall rating (e.g. Fedasil's 0–10): mean on the scale.
    Overall,
}

impl Survey {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions().find(|q| &q.id == id)
    }

    /// Position of a question in the survey's order.
    pub fn index_of(&self, id: &QuestionId) -> Option<usize> {
        self.questions().position(|q| &q.id == id)
    }

    pub fn question_at(&self, index: usize) -> Option<&Question> {
        self.questions().nth(index)
    }

    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }

    pub fn has_language(&self, lang: &LangTag) -> bool {
        self.languages.contains(lang)
    }

    /// The question carrying a reserved demographic role, if the survey asks it.
    pub fn question_with_role(&self, role: Role) -> Option<&Question> {
        self.questions().find(|q| q.kind.role() == Some(role))
    }

    /// SHA-256 of the canonical JSON: covers structure and every text, so a response names the
    /// exact wording it answered. Media are versioned separately by the manifest hash.
    pub fn version_hash(&self) -> crate::canonical::Sha256 {
        crate::canonical::hash_of(self)
    }
}

impl Question {
    pub fn is_scored(&self) -> bool {
        self.satisfied.is_some()
    }
}
