//! The app's own words (buttons, prompts, fixed answer labels) in Fluent, per language.
//! Survey wording comes from the survey itself; everything else comes from here.

mod languages;

pub use languages::{parse_table, Direction, Language, TableError};

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
}

impl std::fmt::Debug for AppTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppTexts")
            .field("languages", &self.languages)
            .finish_non_exhaustive()
    }
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
        if !languages.iter().any(|l| l.tag == fallback) {
            return Err(TextError::NoFallback(fallback));
        }
        let mut bundles = BTreeMap::new();
        for lang in &languages {
            let (name, text) =
                file_for(&lang.tag).ok_or_else(|| TextError::MissingFile(lang.tag.clone()))?;
            let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                TextError::Fluent {
                    file: name.clone(),
                    message: errors
                        .iter()
                        .map(|e| format!("{e:?}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })?;
            // Plural rules come from the table's locale; an unknown one falls back to English.
            let locale = lang
                .plural
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // Isolation marks would end up inside accessible names; direction is set on elements.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| TextError::Fluent {
                    file: name,
                    message: format!("{} duplicate messages", errors.len()),
                })?;
            bundles.insert(lang.tag.clone(), bundle);
        }
        Ok(Self {
            languages,
            bundles,
            fallback,
        })
    }

    /// The texts embedded in the binary.
    pub fn embedded() -> Result<Self, TextError> {
        let table = crate::resources::file("locales/languages.toml").ok_or_else(|| {
            TextError::Table(TableError::Syntax("the file is missing".to_owned()))
        })?;
        let fallback =
            LangTag::new("en").map_err(|e| TextError::Table(TableError::Syntax(e.to_string())))?;
        Self::load(
            table,
            |tag| {
                let path = format!("locales/{tag}/app.ftl");
                crate::resources::file(&path).map(|c| (path, c))
            },
            fallback,
        )
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

    /// The message in `lang`, else in the fallback language, else None.
    pub fn get(&self, lang: &LangTag, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.format_in(lang, id, args)
            .or_else(|| self.format_in(&self.fallback, id, args))
    }
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
