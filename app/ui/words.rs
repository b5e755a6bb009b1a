//! Words for one screen: the app's texts in the resident's language, plus survey text with the
//! survey's default language as fallback.

use crate::i18n::Tr;
use heard_core::ids::LangTag;
use heard_core::text::LocalizedText;

#[derive(Clone, PartialEq, Debug)]
pub struct Words {
    pub tr: Tr,
    pub survey_default: LangTag,
}

impl Words {
    pub fn new(tr: Tr, survey_default: LangTag) -> Self {
        Self { tr, survey_default }
    }
    /// An app text by Fluent id.
    pub fn app(&self, id: &str) -> String {
        self.tr.t(id)
    }
    /// A survey text in the resident's language (else the survey's default, else empty).
    pub fn survey(&self, text: &LocalizedText) -> String {
        text.get_or(self.tr.lang(), &self.survey_default)
            .unwrap_or_default()
            .to_owned()
    }
    pub fn dir(&self) -> &'static str {
        self.tr.direction().as_str()
    }
}
