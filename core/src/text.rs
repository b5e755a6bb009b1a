//! Text in several languages. Survey wording lives here, inside the model, so the survey's version
//! hash covers every word a resident read or heard.

use crate::ids::LangTag;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One piece of text per language. Empty when a survey has no such text (e.g. no hint).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<LangTag, String>);

impl LocalizedText {
    pub fn get(&self, lang: &LangTag) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text in `lang`, else in `fallback` (the survey's default language).
    pub fn get_or(&self, lang: &LangTag, fallback: &LangTag) -> Option<&str> {
        self.get(lang).or_else(|| self.get(fallback))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn insert(&mut self, lang: LangTag, text: impl Into<String>) {
        self.0.insert(lang, text.into());
    }

    pub fn languages(&self) -> impl Iterator<Item = &LangTag> {
        self.0.keys()
    }
}
