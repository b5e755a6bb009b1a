//! A response: what one resident answered, and the little context reports need. Never who, never when
//! finer than the month, never which device.

use crate::canonical::Sha256;
use crate::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, ServicePointCode, SurveyId};
use crate::period::Month;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Random UUID v4. Never time-ordered (no v1/v7), so ids reveal nothing about arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "uuid::Uuid", into = "uuid::Uuid")]
pub struct ResponseId(uuid::Uuid);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("response id {0} is not a random (version 4) UUID")]
pub struct NotRandomId(uuid::Uuid);

impl ResponseId {
    /// Builds a v4 id from 16 random bytes supplied by the caller (the core does no IO, so it
    /// does not read the system's random source itself).
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }
    pub fn as_uuid(&self) -> uuid::Uuid {
        self.0
    }
}

impl TryFrom<uuid::Uuid> for ResponseId {
    type Error = NotRandomId;
    fn try_from(id: uuid::Uuid) -> Result<Self, NotRandomId> {
        if id.get_version() == Some(uuid::Version::Random)
            && id.get_variant() == uuid::Variant::RFC4122
        {
            Ok(Self(id))
        } else {
            Err(NotRandomId(id))
        }
    }
}

impl From<ResponseId> for uuid::Uuid {
    fn from(id: ResponseId) -> Self {
        id.0
    }
}

impl std::str::FromStr for ResponseId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let id = uuid::Uuid::parse_str(s).map_err(|e| format!("`{s}` is not a UUID: {e}"))?;
        Self::try_from(id).map_err(|e| e.to_string())
    }
}

impl fmt::Display for ResponseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How the response was collected. The mode is recorded, never the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdministrationMode {
    SelfCompleted,
    /// Assisted by staff (Fedasil records this).
    Assisted,
    /// With an interpreter or cultural mediator (Italy).
    Interpreter,
    /// Asked by an interviewer, by phone or face to face (Sweden, Czechia).
    Interviewer,
    /// Transcribed by staff from a paper form.
    Paper,
}

impl AdministrationMode {
    pub const ALL: &'static [AdministrationMode] = &[
        Self::SelfCompleted,
        Self::Assisted,
        Self::Interpreter,
        Self::Interviewer,
        Self::Paper,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SelfCompleted => "self-completed",
            Self::Assisted => "assisted",
            Self::Interpreter => "interpreter",
            Self::Interviewer => "interviewer",
            Self::Paper => "paper",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.as_str() == s)
    }

    /// Staff enter the answers (paper stack, phone call): no welcome, no audio.
    pub fn is_staff_entry(self) -> bool {
        matches!(self, Self::Interviewer | Self::Paper)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResponseStatus {
    Complete,
    /// Stopped (and kept) or interrupted by a crash; counts for completion figures.
    Abandoned,
}

/// One answer value. The shape must match the question's kind (see `validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Choice(ChoiceId),
    /// Sorted and without repeats in canonical form.
    Choices(Vec<ChoiceId>),
    /// A scale point or smiley face.
    Point(i32),
    /// Every item, most important first.
    Order(Vec<ChoiceId>),
    Text(String),
    /// Scaled by 10^decimals of its question.
    Number(i64),
}

pub type Answers = BTreeMap<QuestionId, Answer>;

/// The exact survey edition a response answered.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SurveyRef {
    pub id: SurveyId,
    pub version: Sha256,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Response {
    pub id: ResponseId,
    pub survey: SurveyRef,
    pub language: LangTag,
    pub mode: AdministrationMode,
    pub audio_used: bool,
    pub status: ResponseStatus,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    /// The calendar month: no finer time ever leaves the device.
    pub period: Month,
    pub answers: Answers,
}

impl Response {
    /// SHA-256 of the canonical bytes: what the server compares for idempotent ingest.
    pub fn content_hash(&self) -> Sha256 {
        crate::canonical::hash_of(self)
    }
}
