//! The languages table (`locales/languages.toml`): which languages the app speaks, their names
//! in their own script, direction, plural rules and font. Data, not code: a new language is a
//! row here plus a `locales/<tag>/app.ftl` file.

use heard_core::ids::LangTag;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub tag: LangTag,
    /// The language's name in itself (`العربية`), shown on the language screen.
    pub autonym: String,
    /// From the table, never guessed: libraries get some tags wrong (`prs` as ltr).
    pub direction: Direction,
    /// The locale whose CLDR plural rules apply (`fa` for Dari).
    pub plural: String,
    /// CSS font family to use first (`Noto Naskh Arabic`).
    pub font: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    language: Vec<Language>,
}

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("locales/languages.toml: {0}")]
    Syntax(String),
    #[error("locales/languages.toml: `{0}` appears twice")]
    Duplicate(LangTag),
    #[error("locales/languages.toml: the font of `{0}` may only use letters, digits and spaces")]
    BadFont(LangTag),
}

pub fn parse_table(text: &str) -> Result<Vec<Language>, TableError> {
    let table: Table = toml::from_str(text).map_err(|e| TableError::Syntax(e.to_string()))?;
    let mut seen = std::collections::BTreeSet::new();
    for lang in &table.language {
        if !seen.insert(lang.tag.clone()) {
            return Err(TableError::Duplicate(lang.tag.clone()));
        }
        // The font goes into a style attribute: keep it to a plain family name.
        if !lang
            .font
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ')
        {
            return Err(TableError::BadFont(lang.tag.clone()));
        }
    }
    Ok(table.language)
}
