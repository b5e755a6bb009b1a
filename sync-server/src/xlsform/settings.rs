//! The `settings` sheet: form_title, form_id, version, default_language, and Heard's own
//! `heard_*` settings (agency, flow screens, target).

use super::cells::{yes_no, Row};
use super::error::{Location, Problem};
use super::header::{Columns, Field, Lang};
use super::languages::parse_language;
use super::read::Sheet;
use heard_core::ids::LangTag;
use heard_core::survey::{FlowOptions, OneTap, SurveyMeta};

/// What the settings sheet says. The title keeps each column's language; plain is resolved
/// once the default language is known.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub form_id: Option<(String, Location)>,
    pub version: String,
    pub default_language: Option<LangTag>,
    pub title: Vec<(Lang, String)>,
    pub meta: SurveyMeta,
    pub flow: FlowOptions,
    pub target_percent: Option<u8>,
    /// A list may repeat a choice name (each copy filtered into its own expansion).
    pub allow_choice_duplicates: bool,
}

pub fn read_settings(
    sheet: Option<&Sheet>,
    columns: &Columns,
    problems: &mut Vec<Problem>,
) -> Settings {
    let mut out = Settings::default();
    let Some(sheet) = sheet else {
        return out;
    };
    let Some(first) = sheet.rows.first() else {
        return out;
    };
    for extra in sheet.rows.iter().skip(1) {
        problems.push(Problem::at(
            Location::row(&sheet.name, extra.number),
            "the settings sheet has one row of values under its headers; move these values into the first row",
        ));
    }
    let row = Row {
        sheet,
        columns,
        row: first,
    };
    out.form_id = row.get(Field::FormId).map(|(v, at)| (v.to_owned(), at));
    out.version = row.value(Field::Version).unwrap_or_default().to_owned();
    out.allow_choice_duplicates = row
        .value(Field::AllowChoiceDuplicates)
        .and_then(yes_no)
        .unwrap_or(false);
    if let Some((v, at)) = row.get(Field::DefaultLanguage) {
        match parse_language(v) {
            Ok(tag) => out.default_language = Some(tag),
            Err(e) => problems.push(Problem::at(at, e)),
        }
    }
    out.title = row
        .cells(Field::FormTitle)
        .into_iter()
        .map(|(v, c)| (c.lang.clone(), v.to_owned()))
        .collect();
    let text = |f| row.value(f).unwrap_or_default().to_owned();
    let flag = |f, default: bool, problems: &mut Vec<Problem>| match row.get(f) {
        None => default,
        Some((v, at)) => yes_no(v).unwrap_or_else(|| {
            problems.push(Problem::at(at, format!("`{v}` is not yes or no")));
            default
        }),
    };
    out.meta = SurveyMeta {
        agency: text(Field::HeardAgency),
        country: text(Field::HeardCountry),
        instrument: text(Field::HeardInstrument),
        illustrative: flag(Field::HeardIllustrative, false, problems),
        source: text(Field::HeardSource),
    };
    let one_tap = match row.get(Field::HeardOneTapResetSeconds) {
        None => None,
        Some((v, at)) => match v.parse() {
            Ok(reset_seconds) => Some(OneTap { reset_seconds }),
            Err(_) => {
                problems.push(Problem::at(
                    at,
                    format!("`{v}` is not a number of seconds (0 to 65535)"),
                ));
                None
            }
        },
    };
    let screens = one_tap.is_none();
    out.flow = FlowOptions {
        welcome: flag(Field::HeardWelcome, screens, problems),
        language_choice: flag(Field::HeardLanguageChoice, screens, problems),
        anonymity: flag(Field::HeardAnonymity, screens, problems),
        review: flag(Field::HeardReview, screens, problems),
        one_tap,
    };
    if let Some((v, at)) = row.get(Field::HeardTargetPercent) {
        match v.trim_end_matches('%').parse::<u8>() {
            Ok(t) if t <= 100 => out.target_percent = Some(t),
            _ => problems.push(Problem::at(
                at,
                format!("`{v}` is not a percentage between 0 and 100"),
            )),
        }
    }
    out
}
