//! Translation status (`locales/<tag>/status.toml`): whether a native speaker has reviewed the
//! app's words (`app = "draft"`) and each survey's (`[surveys] <id> = "reviewed"`). Anything not
//! positively marked `reviewed` — a missing file, a missing line, a typo — counts as a draft:
//! a draft is never presented as reviewed.

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
    fn from_value(value: Option<&str>) -> Self {
        match value {
            Some("reviewed") => Self::Reviewed,
            _ => Self::Draft,
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
}

/// One language's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationStatus {
    pub app: Review,
    surveys: BTreeMap<String, Review>,
    /// The file was missing or unreadable (everything counts as a draft).
    pub unreadable: bool,
}

impl TranslationStatus {
    /// Reads a `status.toml` (None: no file).
    pub fn parse(text: Option<&str>) -> Self {
        let file = text.and_then(|t| toml::from_str::<File>(t).ok());
        let unreadable = file.is_none();
        let file = file.unwrap_or(File {
            app: None,
            surveys: BTreeMap::new(),
        });
        Self {
            app: Review::from_value(file.app.as_deref()),
            surveys: file
                .surveys
                .iter()
                .map(|(id, v)| (id.clone(), Review::from_value(Some(v))))
                .collect(),
            unreadable,
        }
    }

    /// A survey's status; one the file does not name is a draft.
    pub fn survey(&self, id: &str) -> Review {
        self.surveys.get(id).copied().unwrap_or(Review::Draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_explicit_reviewed_counts_as_reviewed() {
        let s = TranslationStatus::parse(Some(
            "app = \"reviewed\"\n[surveys]\nse-sma = \"reviewed\"\nlt-desk = \"draft\"\npl-udsc = \"Reviewed\"\n",
        ));
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
}
