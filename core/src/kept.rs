//! "What is kept?": the fields a response stores, one line each, and what is never stored, as
//! Fluent ids of `app.ftl`. The list follows the response type (`response::Response`): a test
//! serialises a fully populated response and fails if one of its fields has no line here, so a
//! field cannot be added without telling residents.

/// One stored field of a response: its key in the response's serialised form and the message
/// that explains it to a resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeptField {
    pub key: &'static str,
    pub message: &'static str,
}

const fn field(key: &'static str, message: &'static str) -> KeptField {
    KeptField { key, message }
}

/// Every field of `Response`, in the order a resident hears them.
pub const KEPT_FIELDS: &[KeptField] = &[
    field("answers", "kept-answers"),
    field("period", "kept-period"),
    field("facility", "kept-facility"),
    field("service-point", "kept-service-point"),
    field("language", "kept-language"),
    field("mode", "kept-mode"),
    field("audio-used", "kept-audio-used"),
    field("status", "kept-status"),
    field("survey", "kept-survey"),
    field("id", "kept-id"),
];

/// What no response ever stores (the response type has no place for it).
pub const NEVER_KEPT: &[&str] = &[
    "kept-never-name",
    "kept-never-device",
    "kept-never-time",
    "kept-never-helper",
    "kept-never-voice",
];

/// The dialog's heading, the stored list's and the never-stored list's headings, and its close button.
pub const KEPT_TITLE: &str = "kept-title";
pub const KEPT_LIST_TITLE: &str = "kept-list-title";
pub const NEVER_LIST_TITLE: &str = "kept-never-title";
pub const KEPT_OPEN: &str = "kept-open";
pub const KEPT_CLOSE: &str = "kept-close";

/// What the dialog reads aloud, in order: the stored list under its heading, then the
/// never-stored list under its heading.
pub fn spoken_prompts() -> Vec<&'static str> {
    std::iter::once(KEPT_LIST_TITLE)
        .chain(KEPT_FIELDS.iter().map(|f| f.message))
        .chain([NEVER_LIST_TITLE])
        .chain(NEVER_KEPT.iter().copied())
        .collect()
}

/// Every message id the dialog shows.
pub fn all_messages() -> Vec<&'static str> {
    let mut ids = vec![KEPT_OPEN, KEPT_TITLE, KEPT_CLOSE];
    ids.extend(spoken_prompts());
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canonical::Sha256;
    use crate::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, ServicePointCode, SurveyId};
    use crate::period::Month;
    use crate::response::{
        AdministrationMode, Answer, Response, ResponseId, ResponseStatus, SurveyRef,
    };
    use std::collections::BTreeSet;

    fn populated() -> Response {
        let mut answers = crate::response::Answers::new();
        answers.insert(
            QuestionId::new("q1").unwrap(),
            Answer::Choice(ChoiceId::new("yes").unwrap()),
        );
        Response {
            id: ResponseId::from_random_bytes([7; 16]),
            survey: SurveyRef {
                id: SurveyId::new("s").unwrap(),
                version: Sha256::of_bytes(b"v"),
            },
            language: LangTag::new("ar").unwrap(),
            mode: AdministrationMode::Assisted,
            audio_used: true,
            status: ResponseStatus::Complete,
            facility: FacilityCode::new("f1").unwrap(),
            service_point: Some(ServicePointCode::new("kitchen").unwrap()),
            period: Month::new(2026, 3).unwrap(),
            answers,
        }
    }

    #[test]
    fn every_field_of_a_response_has_a_line_and_no_line_is_invented() {
        let json = serde_json::to_value(populated()).unwrap();
        let stored: BTreeSet<&str> = json
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        let listed: BTreeSet<&str> = KEPT_FIELDS.iter().map(|f| f.key).collect();
        assert_eq!(
            stored, listed,
            "a response field without a line (or a line without a field)"
        );
        assert_eq!(listed.len(), KEPT_FIELDS.len(), "a field listed twice");
    }

    #[test]
    fn messages_are_distinct_kept_ids() {
        let ids = all_messages();
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        assert!(ids.iter().all(|id| id.starts_with("kept-")));
    }
}
