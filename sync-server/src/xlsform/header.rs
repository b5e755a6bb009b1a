//! Column headers: which XLSForm (or Heard) field a column holds and in which language.
//! `label`, `label::English (en)`, `label::English(en)`, `label::english`, `media::audio::Arabic (ar)`.

use super::error::{Location, Problem};
use super::languages::parse_language;
use super::read::Sheet;
use heard_core::ids::LangTag;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    // survey sheet
    Type,
    Name,
    Label,
    Hint,
    Required,
    RequiredMessage,
    Relevant,
    Constraint,
    ConstraintMessage,
    Appearance,
    Parameters,
    Default,
    Audio,
    Image,
    HeardKind,
    HeardId,
    HeardTopic,
    HeardSatisfied,
    HeardMeasure,
    HeardDecimals,
    HeardNotIdentifying,
    HeardLow,
    HeardHigh,
    /// `choice_filter`: expanded into one question per answer of an earlier select_one.
    ChoiceFilter,
    // choices sheet
    ListName,
    HeardScore,
    HeardExclusive,
    // settings sheet
    FormTitle,
    FormId,
    Version,
    DefaultLanguage,
    HeardTargetPercent,
    HeardAgency,
    HeardCountry,
    HeardInstrument,
    HeardIllustrative,
    HeardSource,
    HeardWelcome,
    HeardLanguageChoice,
    HeardAnonymity,
    HeardReview,
    HeardOneTapResetSeconds,
    /// pyxform's `allow_choice_duplicates`: one list may repeat a choice name (cascades).
    AllowChoiceDuplicates,
}

/// (header name, field, translatable). Media fields are also reachable as `media::<name>`.
const SURVEY: &[(&str, Field, bool)] = &[
    ("type", Field::Type, false),
    ("name", Field::Name, false),
    ("label", Field::Label, true),
    ("hint", Field::Hint, true),
    ("required", Field::Required, false),
    ("required_message", Field::RequiredMessage, true),
    ("relevant", Field::Relevant, false),
    ("constraint", Field::Constraint, false),
    ("constraint_message", Field::ConstraintMessage, true),
    ("appearance", Field::Appearance, false),
    ("parameters", Field::Parameters, false),
    ("default", Field::Default, false),
    ("audio", Field::Audio, true),
    ("image", Field::Image, true),
    ("heard_kind", Field::HeardKind, false),
    ("heard_id", Field::HeardId, false),
    ("heard_topic", Field::HeardTopic, false),
    ("heard_satisfied", Field::HeardSatisfied, false),
    ("heard_measure", Field::HeardMeasure, false),
    ("heard_decimals", Field::HeardDecimals, false),
    ("heard_not_identifying", Field::HeardNotIdentifying, false),
    ("heard_low", Field::HeardLow, true),
    ("heard_high", Field::HeardHigh, true),
    ("choice_filter", Field::ChoiceFilter, false),
];
const CHOICES: &[(&str, Field, bool)] = &[
    ("list_name", Field::ListName, false),
    ("list name", Field::ListName, false),
    ("name", Field::Name, false),
    ("label", Field::Label, true),
    ("audio", Field::Audio, true),
    ("image", Field::Image, true),
    ("heard_score", Field::HeardScore, false),
    ("heard_exclusive", Field::HeardExclusive, false),
];
const SETTINGS: &[(&str, Field, bool)] = &[
    ("form_title", Field::FormTitle, true),
    ("form_id", Field::FormId, false),
    ("version", Field::Version, false),
    ("default_language", Field::DefaultLanguage, false),
    ("heard_target_percent", Field::HeardTargetPercent, false),
    ("heard_agency", Field::HeardAgency, false),
    ("heard_country", Field::HeardCountry, false),
    ("heard_instrument", Field::HeardInstrument, false),
    ("heard_illustrative", Field::HeardIllustrative, false),
    ("heard_source", Field::HeardSource, false),
    ("heard_welcome", Field::HeardWelcome, false),
    ("heard_language_choice", Field::HeardLanguageChoice, false),
    ("heard_anonymity", Field::HeardAnonymity, false),
    ("heard_review", Field::HeardReview, false),
    (
        "heard_one_tap_reset_seconds",
        Field::HeardOneTapResetSeconds,
        false,
    ),
    (
        "allow_choice_duplicates",
        Field::AllowChoiceDuplicates,
        false,
    ),
];

/// Which sheet a header belongs to (each has its own columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    Survey,
    Choices,
    Settings,
}

impl SheetKind {
    fn fields(self) -> &'static [(&'static str, Field, bool)] {
        match self {
            Self::Survey => SURVEY,
            Self::Choices => CHOICES,
            Self::Settings => SETTINGS,
        }
    }
}

/// A column's language: none given (the default language), or a tag.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    Plain,
    Tag(LangTag),
}

/// A recognised column.
#[derive(Debug, Clone)]
pub struct Column {
    pub index: u32,
    pub header: String,
    pub field: Field,
    pub lang: Lang,
}

/// A column Heard does not read; any non-empty cell in it is an error (never a silent drop).
#[derive(Debug, Clone)]
pub struct Unsupported {
    pub index: u32,
    pub header: String,
    /// What to do instead.
    pub advice: String,
}

#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub known: Vec<Column>,
    pub unsupported: Vec<Unsupported>,
}

impl Columns {
    /// The untranslatable column of a field.
    pub fn plain(&self, field: Field) -> Option<&Column> {
        self.known.iter().find(|c| c.field == field)
    }
    /// Every column of a field (all its languages).
    pub fn all(&self, field: Field) -> impl Iterator<Item = &Column> {
        self.known.iter().filter(move |c| c.field == field)
    }
    /// Languages named in any header.
    pub fn languages(&self) -> impl Iterator<Item = &LangTag> {
        self.known.iter().filter_map(|c| match &c.lang {
            Lang::Tag(t) => Some(t),
            Lang::Plain => None,
        })
    }
}

/// Reads a sheet's headers. `default` is the default language, for spotting a plain column and
/// a translated column that both give the default language's text.
pub fn read_headers(
    sheet: &Sheet,
    kind: SheetKind,
    default: Option<&LangTag>,
    problems: &mut Vec<Problem>,
) -> Columns {
    let mut out = Columns::default();
    for (index, header) in &sheet.headers {
        let at = || Location::header(&sheet.name, *index, header);
        match parse_header(header, kind) {
            Ok(Parsed::Known(field, lang)) => {
                let same = |c: &&Column| {
                    c.field == field
                        && (c.lang == lang
                            || match (&c.lang, &lang) {
                                (Lang::Plain, Lang::Tag(t)) | (Lang::Tag(t), Lang::Plain) => {
                                    Some(t) == default
                                }
                                _ => false,
                            })
                };
                if let Some(first) = out.known.iter().find(same) {
                    problems.push(Problem::at(
                        at(),
                        format!(
                            "this column repeats column {} (`{}`); keep one of them",
                            super::error::column_letter(first.index),
                            first.header
                        ),
                    ));
                    continue;
                }
                out.known.push(Column {
                    index: *index,
                    header: header.clone(),
                    field,
                    lang,
                });
            }
            Ok(Parsed::Unsupported(advice)) => out.unsupported.push(Unsupported {
                index: *index,
                header: header.clone(),
                advice,
            }),
            Err(HeaderError::Language(message)) => out.unsupported.push(Unsupported {
                index: *index,
                header: header.clone(),
                advice: format!("{message}; the column is skipped"),
            }),
            Err(HeaderError::Other(message)) => problems.push(Problem::at(at(), message)),
        }
    }
    out
}

enum HeaderError {
    /// A language Heard cannot place: the column is skipped with a warning.
    Language(String),
    Other(String),
}

enum Parsed {
    Known(Field, Lang),
    Unsupported(String),
}

fn parse_header(header: &str, kind: SheetKind) -> Result<Parsed, HeaderError> {
    // `label:Arabic` (one colon) is read like `label::Arabic`, as pyxform does.
    let sep = if header.contains("::") { "::" } else { ":" };
    let mut parts: Vec<&str> = header.split(sep).map(str::trim).collect();
    if parts
        .first()
        .is_some_and(|p| p.eq_ignore_ascii_case("media"))
        && parts.len() > 1
    {
        parts.remove(0);
    }
    let base = parts.first().map(|p| p.to_lowercase()).unwrap_or_default();
    let lang_spec = match parts.len() {
        1 => None,
        2 => Some(parts[1]),
        _ => {
            return Err(HeaderError::Other(format!(
                "cannot read the header `{header}`; write `field::Language (code)`, e.g. `label::English (en)`"
            )))
        }
    };
    let Some((_, field, translatable)) = kind
        .fields()
        .iter()
        .find(|(name, _, _)| *name == base)
        .copied()
    else {
        return Ok(Parsed::Unsupported(advice_for(&base, kind)));
    };
    let lang = match lang_spec {
        None => Lang::Plain,
        Some(_) if !translatable => {
            return Err(HeaderError::Other(format!(
                "`{base}` cannot be translated; remove `::{}`",
                parts[1]
            )))
        }
        Some(spec) => Lang::Tag(parse_language(spec).map_err(HeaderError::Language)?),
    };
    Ok(Parsed::Known(field, lang))
}

fn advice_for(base: &str, kind: SheetKind) -> String {
    let advice = match base {
        "calculation" => "calculations are not supported; Heard stores only the residents' answers",
        "repeat_count" => "repeats are not supported; ask each question once",
        "video" | "big-image" => "Heard shows only `audio` and `image` media; remove this column's values",
        "read_only" => "read-only questions are not supported; use a `note` to show information",
        "trigger" => "triggers are not supported; Heard stores only the residents' answers",
        "guidance_hint" => "guidance hints are not shown by Heard; move the text into `hint`",
        "instance_name" | "submission_url" | "public_key" | "auto_send" | "auto_delete" => {
            "submission settings do not apply; Heard's sync server receives the answers"
        }
        "body" | "bind" | "instance" => "raw XForm attributes are not supported",
        _ => {
            return format!(
                "Heard does not read the column `{base}` on the {} sheet; remove it or leave it empty (see docs/xlsform.md for the columns Heard reads)",
                match kind {
                    SheetKind::Survey => "`survey`",
                    SheetKind::Choices => "`choices`",
                    SheetKind::Settings => "`settings`",
                }
            )
        }
    };
    format!("{advice}; remove the column or leave it empty")
}

/// Columns Heard does not read. pyxform ignores unknown columns, and so does Heard: one warning
/// per column that has a value. `calculation` and `repeat_count` belong to rows that are reported
/// themselves (calculations, repeats).
pub fn report_unsupported(sheet: &Sheet, columns: &Columns, notes: &mut Vec<Problem>) {
    for u in &columns.unsupported {
        let base = u
            .header
            .split("::")
            .next()
            .unwrap_or("")
            .trim()
            .to_lowercase();
        if base == "calculation" || base == "repeat_count" {
            continue;
        }
        let filled: Vec<u32> = sheet
            .rows
            .iter()
            .filter(|r| r.cells.contains_key(&u.index))
            .map(|r| r.number)
            .collect();
        if filled.is_empty() {
            continue;
        }
        notes.push(Problem::at(
            Location::header(&sheet.name, u.index, &u.header),
            format!(
                "ignored ({} filled cell(s), first on row {}): {}",
                filled.len(),
                filled[0],
                u.advice
            ),
        ));
    }
}
