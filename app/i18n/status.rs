//! Translation status (`locales/<tag>/status.toml`): whether a native speaker has reviewed the
//! app's words (`app = "draft"`) and each survey's (`[surveys] <id> = "reviewed"`). Anything not
//! positively marked `reviewed` — a missing file, a missing line, a typo — counts as a draft:
//! a draft is never presented as reviewed.
//!
//! A file counts as reviewed only with a record of who reviewed it and in which month (month
//! only, `YYYY-MM`: enough to know how old a review is, nothing more about the person's day):
//!
//! ```toml
//! app = "reviewed"
//! [surveys]
//! be-fedasil = "reviewed"
//! [reviewed]
//! app = { by = "A. Karimi (native speaker, Persian)", month = "2026-11" }
//! be-fedasil = { by = "A. Karimi (native speaker, Persian)", month = "2026-11" }
//! ```
//!
//! `reviewed` without such a record, or a record that is not complete, stays a draft and is
//! named in [`TranslationStatus::problems`] (`tests/locale_status.rs` fails on any).

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Review {
    /// Machine-drafted or not yet checked by a native speaker.
    Draft,
    /// Checked by a native speaker.
    Reviewed,
}

impl Review {
    /// `reviewed` with a complete record of who and when; anything else is a draft. A
    /// `reviewed` that cannot be trusted is added to `problems`.
    fn judge(
        file: &str,
        value: Option<&str>,
        record: Option<&ReviewRecord>,
        problems: &mut Vec<String>,
    ) -> Self {
        if value != Some("reviewed") {
            return Self::Draft;
        }
        match record.map(ReviewRecord::problem) {
            None => {
                problems.push(format!(
                    "`{file}` is marked reviewed but [reviewed] has no `{file}` record (who and which month): counted as a draft"
                ));
                Self::Draft
            }
            Some(Some(why)) => {
                problems.push(format!("[reviewed] `{file}`: {why}: counted as a draft"));
                Self::Draft
            }
            Some(None) => Self::Reviewed,
        }
    }

    /// The Fluent id of its label in the staff panel.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Draft => "staff-status-draft",
            Self::Reviewed => "staff-status-reviewed",
        }
    }
}

#[derive(Deserialize)]
struct File {
    app: Option<String>,
    #[serde(default)]
    surveys: BTreeMap<String, String>,
    /// Who reviewed which file (`app` or a survey id) and when.
    #[serde(default)]
    reviewed: BTreeMap<String, ReviewRecord>,
}

/// Who reviewed a file and in which month.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRecord {
    /// The reviewer as they wish to be named (a name or initials, and their language).
    pub by: String,
    /// `YYYY-MM`: the month only.
    pub month: String,
}

impl ReviewRecord {
    /// What is wrong with the record, if anything.
    fn problem(&self) -> Option<&'static str> {
        if self.by.trim().is_empty() {
            return Some("`by` is empty: name who reviewed it");
        }
        // The core's one reading of a calendar month, the same `YYYY-MM` responses carry.
        let month_ok = self.month.parse::<heard_core::period::Month>().is_ok();
        (!month_ok).then_some("`month` must be a month, `YYYY-MM` (no day)")
    }
}

/// One language's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationStatus {
    pub app: Review,
    surveys: BTreeMap<String, Review>,
    /// Who reviewed what and when, as recorded (complete records only).
    records: BTreeMap<String, ReviewRecord>,
    /// The file was missing or unreadable (everything counts as a draft).
    pub unreadable: bool,
    /// Marks of `reviewed` that were not trusted, and why.
    pub problems: Vec<String>,
}

impl TranslationStatus {
    /// Reads a `status.toml` (None: no file).
    pub fn parse(text: Option<&str>) -> Self {
        let file = text.and_then(|t| toml::from_str::<File>(t).ok());
        let unreadable = file.is_none();
        let file = file.unwrap_or(File {
            app: None,
            surveys: BTreeMap::new(),
            reviewed: BTreeMap::new(),
        });
        let mut problems = Vec::new();
        let app = Review::judge(
            "app",
            file.app.as_deref(),
            file.reviewed.get("app"),
            &mut problems,
        );
        let surveys = file
            .surveys
            .iter()
            .map(|(id, v)| {
                let review = Review::judge(id, Some(v), file.reviewed.get(id), &mut problems);
                (id.clone(), review)
            })
            .collect();
        let records = file
            .reviewed
            .into_iter()
            .filter(|(_, r)| r.problem().is_none())
            .collect();
        Self {
            app,
            surveys,
            records,
            unreadable,
            problems,
        }
    }

    /// Who reviewed a file (`app` or a survey id) and in which month, if it is reviewed.
    pub fn reviewed_by(&self, file: &str) -> Option<&ReviewRecord> {
        let reviewed = match file {
            "app" => self.app,
            id => self.survey(id),
        };
        (reviewed == Review::Reviewed)
            .then(|| self.records.get(file))
            .flatten()
    }

    /// A survey's status; one the file does not name is a draft.
    pub fn survey(&self, id: &str) -> Review {
        self.surveys.get(id).copied().unwrap_or(Review::Draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORDS: &str = "[reviewed]\napp = { by = \"A. K.\", month = \"2026-11\" }\nse-sma = { by = \"A. K.\", month = \"2026-10\" }\n";

    #[test]
    fn only_an_explicit_reviewed_counts_as_reviewed() {
        let s = TranslationStatus::parse(Some(&format!(
            "app = \"reviewed\"\n[surveys]\nse-sma = \"reviewed\"\nlt-desk = \"draft\"\npl-udsc = \"Reviewed\"\n{RECORDS}"
        )));
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.app, Review::Reviewed);
        assert_eq!(s.survey("se-sma"), Review::Reviewed);
        assert_eq!(s.survey("lt-desk"), Review::Draft);
        assert_eq!(s.survey("pl-udsc"), Review::Draft, "a typo is a draft");
        assert_eq!(s.survey("nl-ind"), Review::Draft, "unnamed is a draft");
        let none = TranslationStatus::parse(None);
        assert!(none.unreadable && none.app == Review::Draft);
        let broken = TranslationStatus::parse(Some("app = reviewed"));
        assert!(broken.unreadable && broken.app == Review::Draft);
        let no_app_line = TranslationStatus::parse(Some("[surveys]\nse-sma = \"draft\"\n"));
        assert_eq!(no_app_line.app, Review::Draft);
    }

    #[test]
    fn reviewed_needs_who_and_which_month() {
        let s = TranslationStatus::parse(Some(&format!(
            "app = \"reviewed\"\n[surveys]\nse-sma = \"reviewed\"\n{RECORDS}"
        )));
        let record = s.reviewed_by("app").unwrap();
        assert_eq!(
            (record.by.as_str(), record.month.as_str()),
            ("A. K.", "2026-11")
        );
        assert_eq!(s.reviewed_by("se-sma").unwrap().month, "2026-10");
        assert_eq!(s.reviewed_by("lt-desk"), None);

        // Marked reviewed, but nobody recorded: a draft, and said so.
        let unrecorded = TranslationStatus::parse(Some("app = \"reviewed\"\n"));
        assert_eq!(unrecorded.app, Review::Draft);
        assert!(
            unrecorded.problems[0].contains("no `app` record"),
            "{:?}",
            unrecorded.problems
        );
        assert_eq!(unrecorded.reviewed_by("app"), None);

        // A day, a bad month or an empty name: a draft, and said so.
        for (record, why) in [
            ("{ by = \"A. K.\", month = \"2026-11-05\" }", "no day"),
            ("{ by = \"A. K.\", month = \"2026-13\" }", "no day"),
            ("{ by = \" \", month = \"2026-11\" }", "`by` is empty"),
        ] {
            let s = TranslationStatus::parse(Some(&format!(
                "[surveys]\nse-sma = \"reviewed\"\n[reviewed]\nse-sma = {record}\n"
            )));
            assert_eq!(s.survey("se-sma"), Review::Draft, "{record}");
            assert!(
                s.problems.iter().any(|p| p.contains(why)),
                "{record}: {:?}",
                s.problems
            );
        }

        // A record for a draft file changes nothing (a review in progress).
        let draft = TranslationStatus::parse(Some(&format!("app = \"draft\"\n{RECORDS}")));
        assert_eq!(draft.app, Review::Draft);
        assert!(draft.problems.is_empty());
    }
}
