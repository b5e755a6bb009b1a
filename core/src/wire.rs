//! The sync wire: what tablets and the sync server say to each other over HTTP (`/v1/...`).
//!
//! Pure serde types plus the batch framing. Transport details (gzip, headers, status codes) live
//! with the server and the client; the shapes live here so both sides compile against one
//! definition.
//!
//! A response batch is the canonical JSON of each response (see `canonical`), one per line,
//! joined by `\n`. Canonical JSON never contains a raw newline (strings escape it), so the split is
//! unambiguous, and the server hashes each line exactly as received: the content hash that decides
//! `duplicate` versus `conflict` is `Response::content_hash()`.

use crate::canonical::Sha256;
use crate::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, SurveyId};
use crate::media::{MediaManifest, MediaTarget};
use crate::survey::Survey;
use serde::{Deserialize, Serialize};

/// Path prefix of every endpoint of this wire version.
pub const API_PREFIX: &str = "/v1";

/// Media type of a response batch body (before gzip).
pub const BATCH_CONTENT_TYPE: &str = "application/x-ndjson";

/// The most responses one push may carry; the client never sends more.
pub const MAX_BATCH_RESPONSES: usize = 1000;

/// The largest recorded prompt a tablet may push, in bytes.
pub const MAX_MEDIA_BYTES: usize = 1024 * 1024;

/// Audio types a tablet may push as a recorded prompt.
pub const PUSHABLE_MEDIA_TYPES: &[&str] = &["audio/ogg", "audio/wav", "audio/webm"];

/// `POST /v1/enrol`: a coordinator's one-time code, typed on the tablet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EnrolRequest {
    pub code: String,
}

/// The answer to a good enrolment code. The token is shown once and stored only on the tablet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EnrolReply {
    /// 256 random bits, lowercase hex. Sent back as `Authorization: Bearer <token>`.
    pub device_token: String,
    pub facility: FacilityCode,
}

/// One survey assigned to the tablet's facility (`GET /v1/surveys`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SurveyListEntry {
    pub id: SurveyId,
    /// `Survey::version_hash()` of the current edition.
    pub version: Sha256,
    /// `MediaManifest::hash()` of the edition's manifest with the facility's recordings laid over.
    pub media: Sha256,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SurveyList {
    pub surveys: Vec<SurveyListEntry>,
}

/// `GET /v1/surveys/{version}`: the definition and its media manifest (facility overlay applied).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SurveyBundle {
    pub survey: Survey,
    pub media: MediaManifest,
}

/// What became of one line of a pushed batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
pub enum Outcome {
    /// Stored now. The tablet may delete it.
    Accepted,
    /// Already stored with the same content (an earlier push whose reply was lost). Delete it.
    Duplicate,
    /// Already stored with different content under the same id. Never overwritten; set aside.
    Conflict { code: String, reason: String },
    /// Not stored: the content is wrong for its survey. Set aside; retrying cannot help.
    Rejected { code: String, reason: String },
}

impl Outcome {
    /// The tablet may forget the response: the server holds exactly this content.
    pub fn is_stored(&self) -> bool {
        matches!(self, Outcome::Accepted | Outcome::Duplicate)
    }
}

/// The outcome of one batch line. `id` is absent only when the line is too broken to name one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct LineOutcome {
    /// Zero-based line number in the batch.
    pub line: usize,
    pub id: Option<String>,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// `POST /v1/responses` reply: one entry per line, in line order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PushReply {
    pub results: Vec<LineOutcome>,
}

/// `POST /v1/media` query: where a recorded prompt belongs. The body is the audio file itself,
/// with its `Content-Type`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MediaPushQuery {
    pub survey: SurveyId,
    pub language: LangTag,
    /// The question the prompt reads out; absent for the survey title or a named prompt.
    pub question: Option<QuestionId>,
    /// With `question`: the choice the prompt reads out.
    pub choice: Option<ChoiceId>,
    /// A named common prompt (welcome, thanks ...) instead of a question.
    pub prompt: Option<String>,
}

impl MediaPushQuery {
    /// The manifest target this query names, or why it names none.
    pub fn target(&self) -> Result<MediaTarget, &'static str> {
        match (&self.question, &self.choice, &self.prompt) {
            (None, None, None) => Ok(MediaTarget::Title),
            (Some(q), None, None) => Ok(MediaTarget::Question(q.clone())),
            (Some(q), Some(c), None) => Ok(MediaTarget::Choice {
                question: q.clone(),
                choice: c.clone(),
            }),
            (None, None, Some(p)) if !p.is_empty() && p.len() <= 64 => {
                Ok(MediaTarget::Prompt(p.clone()))
            }
            (None, None, Some(_)) => Err("`prompt` must be 1 to 64 characters"),
            (None, Some(_), _) => Err("`choice` needs `question`"),
            (Some(_), _, Some(_)) => Err("give either `question` or `prompt`, not both"),
        }
    }
}

/// `POST /v1/media` reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MediaPushReply {
    pub sha256: Sha256,
    /// The facility's manifest hash for the survey as its tablets see it: unchanged until a
    /// facility manager approves the recording on the dashboard.
    pub media: Sha256,
}

/// One "you said, we did" action (`GET /v1/actions`): what a facility's managers did about a
/// topic of a survey in a quarter, in one language. Plain strings as entered and stored on the
/// server (`topic` a `Topic` name, `quarter` like `2026-Q1`, `language` a tag); a tablet checks
/// each one and ignores what it cannot read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ActionOut {
    pub survey: String,
    pub topic: String,
    pub quarter: String,
    pub language: String,
    pub text: String,
}

/// `GET /v1/actions` reply: the facility's actions, newest quarter first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ActionList {
    pub actions: Vec<ActionOut>,
}

/// Every error body: a stable machine code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

/// Joins canonical responses into a batch body (before gzip).
pub fn join_batch<'a>(lines: impl IntoIterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(line);
    }
    out
}

/// Splits a batch body into its lines. A trailing newline and empty lines are ignored.
pub fn split_batch(body: &[u8]) -> impl Iterator<Item = &[u8]> {
    body.split(|b| *b == b'\n').filter(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_split_back_into_their_lines() {
        let lines: [&[u8]; 3] = [b"{\"a\":1}", b"{\"b\":\"x\\ny\"}", b"{}"];
        let body = join_batch(lines);
        let back: Vec<&[u8]> = split_batch(&body).collect();
        assert_eq!(back, lines);
        let mut trailing = body.clone();
        trailing.extend_from_slice(b"\n\n");
        assert_eq!(split_batch(&trailing).count(), 3);
    }

    #[test]
    fn outcomes_serialize_with_a_flat_tag() {
        let line = LineOutcome {
            line: 2,
            id: Some("x".into()),
            outcome: Outcome::Rejected {
                code: "unknown_survey".into(),
                reason: "no such survey".into(),
            },
        };
        let json = serde_json::to_string(&line).unwrap();
        assert_eq!(
            json,
            r#"{"line":2,"id":"x","outcome":"rejected","code":"unknown_survey","reason":"no such survey"}"#
        );
        let back: LineOutcome = serde_json::from_str(&json).unwrap();
        assert_eq!(back, line);
        let dup: LineOutcome =
            serde_json::from_str(r#"{"line":0,"id":null,"outcome":"duplicate"}"#).unwrap();
        assert!(dup.outcome.is_stored());
    }

    #[test]
    fn media_query_names_exactly_one_target() {
        let q = |question: Option<&str>, choice: Option<&str>, prompt: Option<&str>| {
            MediaPushQuery {
                survey: SurveyId::new("s").unwrap(),
                language: LangTag::new("ar").unwrap(),
                question: question.map(|s| QuestionId::new(s).unwrap()),
                choice: choice.map(|s| ChoiceId::new(s).unwrap()),
                prompt: prompt.map(str::to_owned),
            }
            .target()
        };
        assert_eq!(q(None, None, None), Ok(MediaTarget::Title));
        assert!(matches!(
            q(Some("a"), None, None),
            Ok(MediaTarget::Question(_))
        ));
        assert!(matches!(
            q(Some("a"), Some("b"), None),
            Ok(MediaTarget::Choice { .. })
        ));
        assert!(q(None, Some("b"), None).is_err());
        assert!(q(Some("a"), None, Some("welcome")).is_err());
        assert!(q(None, None, Some("")).is_err());
    }
}
