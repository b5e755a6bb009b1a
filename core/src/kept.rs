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

/// The dialog read aloud: two prompts, each one recording of a heading and its list — the
/// stored fields under "kept with your answers", then what is never kept under its heading.
/// Two recordings per language rather than seventeen short ones: what staff or an interpreter
/// record in one go, and what a listener hears as two calm paragraphs. Their ids are not
/// Fluent messages: the words are the dialog's own lines, joined by [`spoken_text`], so a
/// recording says exactly what the screen shows.
pub const KEPT_READ: &str = "kept-read-kept";
pub const NEVER_READ: &str = "kept-read-never";

/// One spoken prompt of the dialog: its prompt id and the message ids it reads, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenList {
    pub prompt: &'static str,
    pub messages: Vec<&'static str>,
}

/// The dialog's two spoken prompts, in the order it reads them.
pub fn spoken_lists() -> [SpokenList; 2] {
    [
        SpokenList {
            prompt: KEPT_READ,
            messages: std::iter::once(KEPT_LIST_TITLE)
                .chain(KEPT_FIELDS.iter().map(|f| f.message))
                .collect(),
        },
        SpokenList {
            prompt: NEVER_READ,
            messages: std::iter::once(NEVER_LIST_TITLE)
                .chain(NEVER_KEPT.iter().copied())
                .collect(),
        },
    ]
}

/// Whether `id` is one of the dialog's spoken prompts.
pub fn is_spoken_prompt(id: &str) -> bool {
    id == KEPT_READ || id == NEVER_READ
}

/// The words of a spoken prompt: its lines as sentences (a full stop after each line that does
/// not end with punctuation, so a voice pauses between them). `None` when a line is missing:
/// a recording never says less than the screen shows.
pub fn spoken_text<S: AsRef<str>>(lines: &[Option<S>]) -> Option<String> {
    let mut out = String::new();
    for line in lines {
        let line = line.as_ref()?.as_ref().trim();
        if line.is_empty() {
            return None;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
        if line.chars().last().is_some_and(char::is_alphanumeric) {
            out.push('.');
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Every message id the dialog shows.
pub fn all_messages() -> Vec<&'static str> {
    let mut ids = vec![KEPT_OPEN, KEPT_TITLE, KEPT_CLOSE];
    for list in spoken_lists() {
        ids.extend(list.messages);
    }
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
        // The spoken prompts are no message: their words are the lines.
        assert!(!ids.contains(&KEPT_READ) && !ids.contains(&NEVER_READ));
    }

    #[test]
    fn the_two_spoken_prompts_read_every_line_under_its_heading() {
        let [kept, never] = spoken_lists();
        assert_eq!(kept.messages.len(), 1 + KEPT_FIELDS.len());
        assert_eq!(kept.messages[0], KEPT_LIST_TITLE);
        assert_eq!(never.messages.len(), 1 + NEVER_KEPT.len());
        assert_eq!(never.messages[0], NEVER_LIST_TITLE);
        assert!(is_spoken_prompt(KEPT_READ) && is_spoken_prompt(NEVER_READ));
        assert!(!is_spoken_prompt(KEPT_LIST_TITLE));
    }

    #[test]
    fn spoken_text_joins_lines_as_sentences_and_never_says_less() {
        let lines = [
            Some("Never kept"),
            Some("Your name"),
            Some("Who helped you?"),
        ];
        assert_eq!(
            spoken_text(&lines).as_deref(),
            Some("Never kept. Your name. Who helped you?")
        );
        assert_eq!(
            spoken_text(&[Some("لا يُحفظ أبدًا"), Some("صوتك أو وجهك")]).as_deref(),
            Some("لا يُحفظ أبدًا. صوتك أو وجهك.")
        );
        assert_eq!(spoken_text(&[Some("Never kept"), None]), None);
        assert_eq!(spoken_text(&[Some("Never kept"), Some(" ")]), None);
        assert_eq!(spoken_text::<&str>(&[]), None);
    }
}
