//! Question kinds. Kinds with a fixed answer set (yes/no, smileys, three levels, thumbs,
//! demographics) define their choice ids here, so every survey and report shares them and
//! their labels, audio and pictograms come from the app's common prompts.

use crate::ids::ChoiceId;
use crate::text::LocalizedText;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum QuestionKind {
    YesNo,
    SingleChoice {
        choices: Vec<Choice>,
        /// Shown as a scale: the choices side by side, in order (XLSForm `appearance` `likert`).
        /// Left out of the canonical form when false, so surveys without it keep their hash.
        #[serde(default, skip_serializing_if = "is_false")]
        likert: bool,
    },
    /// Several choices; a choice marked `exclusive` ("none of these") cannot be combined.
    MultipleChoice {
        choices: Vec<Choice>,
        min: Option<u32>,
        max: Option<u32>,
    },
    /// Ordinal scale with any number of points and labelled ends (0–10, 1–5, 1–6, 1–10).
    /// `step` (XLSForm `range` with `step=5`: 0, 5, … 100) spaces the points; 1 is left out of
    /// the canonical form, so surveys without steps keep their version hash.
    Scale {
        min: i32,
        max: i32,
        #[serde(default = "one", skip_serializing_if = "is_one")]
        step: i32,
        low: LocalizedText,
        high: LocalizedText,
    },
    /// Smiley faces, 3 or 5, answered as 1 (worst) ..= faces (best).
    Smiley {
        faces: u8,
    },
    ThreeLevel {
        levels: ThreeLevelSet,
    },
    /// Positive / neutral / negative.
    Sentiment,
    /// Thumbs up / down.
    Thumbs,
    /// Order the items by importance; the answer lists every item, most important first.
    Ranking {
        choices: Vec<Choice>,
    },
    FreeText {
        min_length: u32,
        max_length: u32,
    },
    /// A number; answers are stored as integers scaled by 10^decimals.
    Number {
        min: i64,
        max: i64,
        decimals: u8,
    },
    /// An information screen; nothing to answer.
    Info,
    AgeBand,
    Sex,
    /// Nationality by ISO 3166-1 alpha-2 (lowercase ids), plus `other` and `prefer-not`.
    Nationality {
        countries: Vec<ChoiceId>,
    },
    LengthOfStay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThreeLevelSet {
    /// Above / at / below expectations (Poland).
    Expectations,
    /// Delivered effectively / partially / with critical issues (Italy, SMAcc).
    Effectiveness,
}

/// Reserved roles: demographic and context questions reports can break down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    AgeBand,
    Sex,
    Nationality,
    LengthOfStay,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Choice {
    pub id: ChoiceId,
    pub label: LocalizedText,
    /// Cannot be combined with other choices ("none of these").
    pub exclusive: bool,
    /// Points on the common 0–100 score, for scored single-choice questions.
    pub score: Option<u8>,
}

/// Fixed age bands: never an exact age or a date of birth.
pub const AGE_BANDS: &[&str] = &[
    "under-14",
    "age-14-17",
    "age-18-24",
    "age-25-34",
    "age-35-44",
    "age-45-54",
    "age-55-64",
    "age-65-plus",
    "prefer-not",
];
pub const SEXES: &[&str] = &["female", "male", "other", "prefer-not"];
pub const STAY_BANDS: &[&str] = &[
    "under-2-months",
    "months-2-6",
    "months-6-12",
    "over-12-months",
    "prefer-not",
];
pub const NATIONALITY_EXTRA: &[&str] = &["other", "prefer-not"];

/// Fixed answer sets with their points on the common 0–100 score, best first.
const YES_NO: &[(&str, u8)] = &[("yes", 100), ("no", 0)];
const THUMBS: &[(&str, u8)] = &[("up", 100), ("down", 0)];
const SENTIMENT: &[(&str, u8)] = &[("positive", 100), ("neutral", 50), ("negative", 0)];
const EXPECTATIONS: &[(&str, u8)] = &[("above", 100), ("at", 50), ("below", 0)];
const EFFECTIVENESS: &[(&str, u8)] = &[("effective", 100), ("partial", 50), ("critical", 0)];

fn ids(list: &[&str]) -> Vec<ChoiceId> {
    list.iter().filter_map(|s| ChoiceId::new(*s).ok()).collect()
}

/// What shape of answer a kind takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerShape {
    OneChoice,
    ManyChoices,
    Point,
    Order,
    Text,
    Number,
    Nothing,
}

impl QuestionKind {
    pub fn role(&self) -> Option<Role> {
        match self {
            Self::AgeBand => Some(Role::AgeBand),
            Self::Sex => Some(Role::Sex),
            Self::Nationality { .. } => Some(Role::Nationality),
            Self::LengthOfStay => Some(Role::LengthOfStay),
            _ => None,
        }
    }

    pub fn shape(&self) -> AnswerShape {
        match self {
            Self::YesNo
            | Self::SingleChoice { .. }
            | Self::ThreeLevel { .. }
            | Self::Sentiment
            | Self::Thumbs
            | Self::AgeBand
            | Self::Sex
            | Self::Nationality { .. }
            | Self::LengthOfStay => AnswerShape::OneChoice,
            Self::MultipleChoice { .. } => AnswerShape::ManyChoices,
            Self::Scale { .. } | Self::Smiley { .. } => AnswerShape::Point,
            Self::Ranking { .. } => AnswerShape::Order,
            Self::FreeText { .. } => AnswerShape::Text,
            Self::Number { .. } => AnswerShape::Number,
            Self::Info => AnswerShape::Nothing,
        }
    }

    /// Choices authored in the survey (with their own text).
    pub fn authored_choices(&self) -> &[Choice] {
        match self {
            Self::SingleChoice { choices, .. }
            | Self::MultipleChoice { choices, .. }
            | Self::Ranking { choices } => choices,
            _ => &[],
        }
    }

    fn fixed_points(&self) -> Option<&'static [(&'static str, u8)]> {
        match self {
            Self::YesNo => Some(YES_NO),
            Self::Thumbs => Some(THUMBS),
            Self::Sentiment => Some(SENTIMENT),
            Self::ThreeLevel {
                levels: ThreeLevelSet::Expectations,
            } => Some(EXPECTATIONS),
            Self::ThreeLevel {
                levels: ThreeLevelSet::Effectiveness,
            } => Some(EFFECTIVENESS),
            _ => None,
        }
    }

    /// Every choice id an answer may name, in display order.
    pub fn choice_ids(&self) -> Vec<ChoiceId> {
        if let Some(points) = self.fixed_points() {
            return points
                .iter()
                .filter_map(|(id, _)| ChoiceId::new(*id).ok())
                .collect();
        }
        match self {
            Self::AgeBand => ids(AGE_BANDS),
            Self::Sex => ids(SEXES),
            Self::LengthOfStay => ids(STAY_BANDS),
            Self::Nationality { countries } => {
                let mut all = countries.clone();
                all.extend(ids(NATIONALITY_EXTRA));
                all
            }
            _ => self
                .authored_choices()
                .iter()
                .map(|c| c.id.clone())
                .collect(),
        }
    }

    /// Whether the choice ids come from Heard's common set (labels from the app's prompts).
    pub fn has_fixed_choices(&self) -> bool {
        self.fixed_points().is_some() || self.role().is_some()
    }

    /// The distance between two scale points (1 except on a stepped scale).
    pub fn point_step(&self) -> i32 {
        match self {
            Self::Scale { step, .. } => (*step).max(1),
            _ => 1,
        }
    }

    /// Every point a resident can choose, low to high, for point-shaped kinds.
    pub fn points(&self) -> Option<Vec<i32>> {
        let (min, max) = self.point_range()?;
        let step = usize::try_from(self.point_step()).unwrap_or(1);
        Some((min..=max).step_by(step).collect())
    }

    /// Whether `p` is one of the points (within the ends and on a step).
    pub fn is_point(&self, p: i32) -> bool {
        self.point_range().is_some_and(|(min, max)| {
            p >= min
                && p <= max
                && (i64::from(p) - i64::from(min)) % i64::from(self.point_step()) == 0
        })
    }

    /// The scale's ends, for point-shaped kinds.
    pub fn point_range(&self) -> Option<(i32, i32)> {
        match self {
            Self::Scale { min, max, .. } => Some((*min, *max)),
            Self::Smiley { faces } => Some((1, i32::from(*faces))),
            _ => None,
        }
    }

    /// Whether answers of this kind can be scored on the common 0–100 score.
    pub fn scorable(&self) -> bool {
        self.point_range().is_some()
            || self.fixed_points().is_some()
            || matches!(self, Self::SingleChoice { choices, .. } if choices.iter().any(|c| c.score.is_some()))
    }

    /// Points on the common 0–100 score for one choice, where defined.
    pub fn choice_score(&self, choice: &ChoiceId) -> Option<f64> {
        if let Some(points) = self.fixed_points() {
            return points
                .iter()
                .find(|(id, _)| *id == choice.as_str())
                .map(|(_, p)| f64::from(*p));
        }
        match self {
            Self::SingleChoice { choices, .. } => choices
                .iter()
                .find(|c| &c.id == choice)
                .and_then(|c| c.score)
                .map(f64::from),
            _ => None,
        }
    }

    /// A scale point mapped linearly onto 0–100.
    pub fn point_score(&self, value: i32) -> Option<f64> {
        let (min, max) = self.point_range()?;
        if max <= min || value < min || value > max {
            return None;
        }
        Some(f64::from(value - min) * 100.0 / f64::from(max - min))
    }
}

fn one() -> i32 {
    1
}

// serde's skip_serializing_if passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_one(step: &i32) -> bool {
    *step == 1
}

// serde's skip_serializing_if passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}
