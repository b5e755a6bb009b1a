//! What the response-level export reads of a stored response, borrowed from its bytes.
//!
//! Parsing every row into the core's `Response` (validated ids, owned strings, a map per row)
//! was half of a million-row export. Stored bytes were validated at ingest, so the export reads
//! them through this lighter mirror of the same JSON instead; `tests` check, over generated
//! responses, that it reads exactly what `Response` reads.

use heard_core::response::{AdministrationMode, ResponseStatus};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct StoredRow<'a> {
    #[serde(borrow)]
    pub survey: StoredSurveyRef<'a>,
    #[serde(borrow)]
    pub language: Cow<'a, str>,
    pub mode: AdministrationMode,
    pub audio_used: bool,
    pub status: ResponseStatus,
    #[serde(borrow)]
    pub facility: Cow<'a, str>,
    /// `YYYY-MM`, as `Month` writes it.
    #[serde(borrow)]
    pub period: Cow<'a, str>,
    #[serde(borrow)]
    pub answers: BTreeMap<Cow<'a, str>, StoredAnswer<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct StoredSurveyRef<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
}

/// `heard_core::response::Answer`, borrowed.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoredAnswer<'a> {
    #[serde(borrow)]
    Choice(Cow<'a, str>),
    #[serde(borrow)]
    Choices(Vec<Cow<'a, str>>),
    Point(i32),
    #[serde(borrow)]
    Order(Vec<Cow<'a, str>>),
    #[serde(borrow)]
    Text(Cow<'a, str>),
    Number(i64),
}

impl StoredAnswer<'_> {
    /// The choice, for the demographic questions (anything else counts as not answered, as in
    /// the core's `Cell::of`).
    pub fn choice(&self) -> Option<&str> {
        match self {
            StoredAnswer::Choice(c) => Some(c),
            _ => None,
        }
    }

    /// The exported value; free text is never exported.
    pub fn write_value(&self, out: &mut String) -> bool {
        use std::fmt::Write as _;
        let join = |out: &mut String, items: &[Cow<'_, str>], sep: char| {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(sep);
                }
                out.push_str(item);
            }
        };
        match self {
            StoredAnswer::Choice(c) => out.push_str(c),
            StoredAnswer::Choices(cs) => join(out, cs, ';'),
            StoredAnswer::Point(p) => {
                let _ = write!(out, "{p}");
            }
            StoredAnswer::Order(cs) => join(out, cs, '>'),
            StoredAnswer::Number(n) => {
                let _ = write!(out, "{n}");
            }
            StoredAnswer::Text(_) => return false,
        }
        true
    }
}

pub fn parse(body: &[u8]) -> Option<StoredRow<'_>> {
    serde_json::from_slice(body).ok()
}
