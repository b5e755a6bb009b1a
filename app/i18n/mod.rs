//! The app's own words (buttons, prompts, fixed answer labels) in Fluent, per language.
//! Survey wording comes from the survey itself; everything else comes from here.

pub mod check;
mod languages;
mod list;

pub use list::{format_list, ListKind};
pub mod status;

pub use languages::{parse_table, Direction, Language, TableError};
pub use status::{Review, ReviewRecord, TranslationStatus};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use heard_core::ids::LangTag;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error(transparent)]
    Table(#[from] TableError),
    #[error("{file}: {message}")]
    Fluent { file: String, message: String },
    #[error("locales/languages.toml lists `{0}` but there is no locales/{0}/app.ftl")]
    MissingFile(LangTag),
    #[error("the fallback language `{0}` is not in locales/languages.toml")]
    NoFallback(LangTag),
}

pub struct AppTexts {
    languages: Vec<Language>,
    bundles: BTreeMap<LangTag, FluentBundle<FluentResource>>,
    fallback: LangTag,
    /// Missing or broken `app.ftl` files: the language then uses the fallback's words where its
    /// own are missing. Reported at start-up; `tests/locales.rs` fails on any of them.
    problems: Vec<String>,
    /// Review status per language (`locales/<tag>/status.toml`); absent means draft.
    statuses: BTreeMap<LangTag, TranslationStatus>,
}

impl std::fmt::Debug for AppTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppTexts")
            .field("languages", &self.languages)
            .finish_non_exhaustive()
    }
}

/// Merges languages tables: later rows replace earlier rows of the same tag, new tags append.
pub fn merge_tables(tables: &[(String, String)]) -> Result<Vec<Language>, TextError> {
    let mut languages: Vec<Language> = Vec::new();
    for (name, text) in tables {
        let rows = parse_table(text).map_err(|e| TextError::Fluent {
            file: name.clone(),
            message: e.to_string(),
        })?;
        for row in rows {
            match languages.iter_mut().find(|l| l.tag == row.tag) {
                Some(existing) => *existing = row,
                None => languages.push(row),
            }
        }
    }
    Ok(languages)
}

impl AppTexts {
    /// Builds the texts from the table and one `app.ftl` per listed language.
    /// `file_for(tag)` returns the file's name and contents.
    pub fn load<'a>(
        table: &str,
        file_for: impl Fn(&LangTag) -> Option<(String, &'a str)>,
        fallback: LangTag,
    ) -> Result<Self, TextError> {
        let languages = parse_table(table)?;
        Self::build(languages, file_for, fallback)
    }

    fn build<'a>(
        languages: Vec<Language>,
        file_for: impl Fn(&LangTag) -> Option<(String, &'a str)>,
        fallback: LangTag,
    ) -> Result<Self, TextError> {
        if !languages.iter().any(|l| l.tag == fallback) {
            return Err(TextError::NoFallback(fallback));
        }
        let mut bundles = BTreeMap::new();
        let mut problems = Vec::new();
        for lang in &languages {
            // Plural rules come from the table's locale; an unknown one falls back to English.
            let locale = lang
                .plural
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // Fluent's default, kept on purpose: every inserted value (`{ $server }`, a number)
            // is wrapped in FSI … PDI (U+2068 … U+2069), so a Latin address inside an Arabic
            // sentence keeps its own direction instead of showing as `//:https` (issue 20).
            // Screen readers skip the marks; tests that look for a user's words strip them.
            bundle.set_use_isolating(true);
            match file_for(&lang.tag) {
                None => {
                    let missing = TextError::MissingFile(lang.tag.clone());
                    if lang.tag == fallback {
                        return Err(missing);
                    }
                    problems.push(missing.to_string());
                }
                Some((name, text)) => {
                    // A syntax error loses only the broken entries: the rest still shows.
                    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(
                        |(resource, errors)| {
                            problems.push(format!("{name}: {} syntax error(s)", errors.len()));
                            resource
                        },
                    );
                    if let Err(errors) = bundle.add_resource(resource) {
                        problems.push(format!("{name}: {} duplicate messages", errors.len()));
                    }
                }
            }
            bundles.insert(lang.tag.clone(), bundle);
        }
        Ok(Self {
            languages,
            bundles,
            fallback,
            problems,
            statuses: BTreeMap::new(),
        })
    }

    /// The texts of a set of resources (embedded, plus any runtime locales folder).
    pub fn from_resources(
        resources: &crate::resources::Resources,
        fallback: LangTag,
    ) -> Result<Self, TextError> {
        let languages = merge_tables(resources.tables())?;
        let mut texts = Self::build(
            languages,
            |tag| {
                let path = format!("locales/{tag}/app.ftl");
                resources.file(&path).map(|c| (path, c))
            },
            fallback,
        )?;
        texts.statuses = texts
            .languages
            .iter()
            .map(|l| {
                let path = format!("locales/{}/status.toml", l.tag);
                let status = TranslationStatus::parse(resources.file(&path));
                // A `reviewed` without who and when is shown as a draft, and reported.
                texts
                    .problems
                    .extend(status.problems.iter().map(|p| format!("{path}: {p}")));
                (l.tag.clone(), status)
            })
            .collect();
        Ok(texts)
    }

    /// The review status of a language's words; unknown languages and files count as drafts.
    pub fn status(&self, tag: &LangTag) -> TranslationStatus {
        self.statuses
            .get(tag)
            .cloned()
            .unwrap_or_else(|| TranslationStatus::parse(None))
    }

    /// The texts embedded in the binary.
    pub fn embedded() -> Result<Self, TextError> {
        Self::from_resources(&crate::resources::Resources::embedded(), english()?)
    }

    /// Files that are missing or did not parse cleanly.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, tag: &LangTag) -> Option<&Language> {
        self.languages.iter().find(|l| &l.tag == tag)
    }

    pub fn has_language(&self, tag: &LangTag) -> bool {
        self.bundles.contains_key(tag)
    }

    pub fn fallback(&self) -> &LangTag {
        &self.fallback
    }

    pub fn direction(&self, tag: &LangTag) -> Direction {
        self.language(tag).map_or(Direction::Ltr, |l| l.direction)
    }

    fn format_in(&self, lang: &LangTag, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// The message in `lang` itself, without falling back (e.g. words to record in `lang`).
    pub fn get_own(&self, lang: &LangTag, id: &str) -> Option<String> {
        self.format_in(lang, id, None)
    }

    /// The message in `lang`, else in the fallback language, else None.
    pub fn get(&self, lang: &LangTag, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.format_in(lang, id, args)
            .or_else(|| self.format_in(&self.fallback, id, args))
    }
}

/// Text without Fluent's isolation marks (FSI U+2068, PDI U+2069).
pub fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The fallback language of the app's words.
pub fn english() -> Result<LangTag, TextError> {
    LangTag::new("en").map_err(|e| TextError::Table(TableError::Syntax(e.to_string())))
}

/// The texts in one language: what components receive to render words.
#[derive(Clone)]
pub struct Tr {
    texts: Arc<AppTexts>,
    lang: LangTag,
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.texts, &other.texts) && self.lang == other.lang
    }
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.lang)
    }
}

impl Tr {
    pub fn new(texts: Arc<AppTexts>, lang: LangTag) -> Self {
        Self { texts, lang }
    }
    pub fn lang(&self) -> &LangTag {
        &self.lang
    }
    pub fn texts(&self) -> &Arc<AppTexts> {
        &self.texts
    }
    pub fn direction(&self) -> Direction {
        self.texts.direction(&self.lang)
    }
    pub fn font(&self) -> String {
        self.texts
            .language(&self.lang)
            .map_or_else(|| "Noto Sans".to_owned(), |l| l.font.clone())
    }
    /// A message; a missing id shows as itself so the gap is visible, not blank.
    pub fn t(&self, id: &str) -> String {
        self.texts
            .get(&self.lang, id, None)
            .unwrap_or_else(|| id.to_owned())
    }
    /// A message with one text argument.
    pub fn t_str(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_owned()));
        self.texts
            .get(&self.lang, id, Some(&args))
            .unwrap_or_else(|| id.to_owned())
    }
    /// A message with named arguments.
    pub fn t_args(&self, id: &str, pairs: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, n) in pairs {
            args.set(*name, FluentValue::from(*n));
        }
        self.texts
            .get(&self.lang, id, Some(&args))
            .unwrap_or_else(|| id.to_owned())
    }
    /// A message with named arguments for an accessible name (`aria-label`), without the
    /// isolation marks around the values: a name is read in logical order, never laid out, and
    /// the marks would only get in the way of assistive technology matching it.
    pub fn label_args(&self, id: &str, pairs: &[(&str, i64)]) -> String {
        without_isolation(&self.t_args(id, pairs))
    }
    /// Items joined as a list in this language ("a, b and c"; Arabic "أ، ب و ج").
    pub fn list(&self, kind: ListKind, items: &[String]) -> String {
        format_list(&self.lang, kind, items)
    }
    /// The label of a fixed answer id (`yes`, `above`, `age-18-24`, …): `choice-<id>`.
    pub fn choice(&self, id: &str) -> String {
        self.t(&format!("choice-{id}"))
    }
    /// A nationality's name: `country-<code>` if translated, else the code in capitals.
    pub fn country(&self, code: &str) -> String {
        let id = format!("country-{code}");
        self.texts
            .get(&self.lang, &id, None)
            .unwrap_or_else(|| code.to_uppercase())
    }
}
