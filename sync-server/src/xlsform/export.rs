//! Writes a Heard survey as an XLSForm workbook that imports back to the same survey: standard
//! columns where XLSForm has them, `heard_*` columns for the rest.

use super::constraint::{write as write_bounds, Subject};
use super::coverage::languages_in;
use super::error::ExportError;
use super::languages::header_language;
use super::media::extension_of;
use super::names::{xlsform_name, NameMap};
use super::relevance::{condition_to_relevant, Shape};
use super::xpath::unscaled;
use heard_core::ids::{ChoiceId, LangTag, QuestionId};
use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaTarget};
use heard_core::survey::{AnswerShape, Measure, Question, QuestionKind, Satisfied, Survey};
use heard_core::text::LocalizedText;
use rust_xlsxwriter::Workbook;
use std::collections::BTreeMap;

/// The file name an export uses for a media item: its hash and extension.
pub fn media_file_name(item: &MediaItem) -> String {
    format!("{}.{}", item.sha256.to_hex(), extension_of(&item.mime))
}

/// A sheet being built: ordered headers, rows of (header → value).
struct Table {
    headers: Vec<String>,
    /// Headers written even when every cell is empty.
    keep: Vec<String>,
    rows: Vec<BTreeMap<String, String>>,
}

impl Table {
    fn new(headers: Vec<String>, keep: &[&str]) -> Self {
        Self {
            headers,
            keep: keep.iter().map(|s| (*s).to_owned()).collect(),
            rows: Vec::new(),
        }
    }
    fn row(&mut self) -> &mut BTreeMap<String, String> {
        self.rows.push(BTreeMap::new());
        self.rows.last_mut().expect("a row was just pushed")
    }
    fn write(&self, book: &mut Workbook, name: &str) -> Result<(), ExportError> {
        let err = |e: rust_xlsxwriter::XlsxError| ExportError::Write(e.to_string());
        let sheet = book.add_worksheet();
        sheet.set_name(name).map_err(err)?;
        let used: Vec<&String> = self
            .headers
            .iter()
            .filter(|h| self.keep.contains(h) || self.rows.iter().any(|r| r.contains_key(*h)))
            .collect();
        for (c, h) in used.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| ExportError::Write("too many columns".into()))?;
            sheet.write_string(0, c, h.as_str()).map_err(err)?;
            for (r, row) in self.rows.iter().enumerate() {
                if let Some(v) = row.get(*h).filter(|v| !v.is_empty()) {
                    let r = u32::try_from(r + 1)
                        .map_err(|_| ExportError::Write("too many rows".into()))?;
                    sheet.write_string(r, c, v.as_str()).map_err(err)?;
                }
            }
        }
        Ok(())
    }
}

fn translated(field: &str, langs: &[LangTag]) -> Vec<String> {
    langs
        .iter()
        .map(|l| format!("{field}::{}", header_language(l)))
        .collect()
}

fn put_text(row: &mut BTreeMap<String, String>, field: &str, text: &LocalizedText) {
    for (lang, v) in &text.0 {
        row.insert(format!("{field}::{}", header_language(lang)), v.clone());
    }
}

fn media_header(kind: MediaKind, lang: Option<&LangTag>) -> String {
    let base = match kind {
        MediaKind::Audio => "audio",
        MediaKind::Pictogram => "image",
    };
    match lang {
        Some(l) => format!("{base}::{}", header_language(l)),
        None => base.to_owned(),
    }
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

/// Writes the survey (and, if given, the media manifest's file names) as XLSForm .xlsx bytes.
/// `names` restores original XLSForm names of an imported form.
pub fn export_xlsform(
    survey: &Survey,
    media: Option<&MediaManifest>,
    names: Option<&NameMap>,
) -> Result<Vec<u8>, ExportError> {
    let default_names = NameMap::default();
    let names = names.unwrap_or(&default_names);
    let mut langs: Vec<LangTag> = vec![survey.default_language.clone()];
    let mut others = languages_in(survey);
    others.extend(survey.languages.iter().cloned());
    langs.extend(others.into_iter().filter(|l| *l != survey.default_language));

    // Media columns in use, and items by target.
    let mut media_headers: Vec<String> = Vec::new();
    let mut by_target: BTreeMap<MediaTarget, Vec<&MediaItem>> = BTreeMap::new();
    for item in media.map(|m| m.items.as_slice()).unwrap_or(&[]) {
        match &item.target {
            MediaTarget::Question(_) | MediaTarget::Choice { .. } => {}
            other => return Err(ExportError::MediaTarget(format!("{other:?}"))),
        }
        let h = media_header(item.kind, item.language.as_ref());
        if !media_headers.contains(&h) {
            media_headers.push(h);
        }
        by_target.entry(item.target.clone()).or_default().push(item);
    }
    media_headers.sort();
    let put_media = |row: &mut BTreeMap<String, String>, target: MediaTarget| {
        for item in by_target.get(&target).map(Vec::as_slice).unwrap_or(&[]) {
            row.insert(
                media_header(item.kind, item.language.as_ref()),
                media_file_name(item),
            );
        }
    };

    let mut s_headers = vec!["type".to_owned(), "name".to_owned()];
    s_headers.extend(translated("label", &langs));
    s_headers.extend(translated("hint", &langs));
    for h in [
        "required",
        "relevant",
        "constraint",
        "parameters",
        "appearance",
        "heard_id",
        "heard_kind",
        "heard_topic",
        "heard_satisfied",
        "heard_measure",
        "heard_decimals",
        "heard_not_identifying",
    ] {
        s_headers.push(h.to_owned());
    }
    s_headers.extend(translated("heard_low", &langs));
    s_headers.extend(translated("heard_high", &langs));
    s_headers.extend(media_headers.iter().cloned());
    let default_label = format!("label::{}", header_language(&survey.default_language));
    let mut sheet = Table::new(s_headers, &["type", "name", &default_label]);

    let mut c_headers = vec!["list_name".to_owned(), "name".to_owned()];
    c_headers.extend(translated("label", &langs));
    c_headers.push("heard_score".into());
    c_headers.push("heard_exclusive".into());
    c_headers.extend(media_headers.iter().cloned());
    let mut choices = Table::new(c_headers, &["list_name", "name", &default_label]);

    let shape_of = |q: &QuestionId| {
        let shape = match survey.question(q).map(|q| q.kind.shape()) {
            Some(AnswerShape::OneChoice) => Shape::OneChoice,
            Some(AnswerShape::ManyChoices) => Shape::ManyChoices,
            Some(AnswerShape::Point | AnswerShape::Number) => Shape::Numeric,
            _ => Shape::Other,
        };
        (names.field(q.as_str()), shape)
    };
    let choice_name = |q: &QuestionId, c: &ChoiceId| names.choice(q.as_str(), c.as_str());

    for section in &survey.sections {
        let row = sheet.row();
        row.insert("type".into(), "begin group".into());
        let name = names.section(section.id.as_str()).unwrap_or_else(|| {
            let plain = xlsform_name(section.id.as_str());
            if survey.question(&section.id).is_some() {
                format!("{plain}_group")
            } else {
                plain
            }
        });
        if name != xlsform_name(section.id.as_str()) {
            row.insert("heard_id".into(), section.id.to_string());
        }
        row.insert("name".into(), name);
        put_text(row, "label", &section.title);
        for q in &section.questions {
            let name = names.field(q.id.as_str());
            let row = sheet.row();
            row.insert("name".into(), name.clone());
            put_text(row, "label", &q.prompt);
            put_text(row, "hint", &q.hint);
            if q.required {
                row.insert("required".into(), "yes".into());
            }
            if let Some(c) = &q.relevant {
                row.insert(
                    "relevant".into(),
                    condition_to_relevant(c, &shape_of, &choice_name),
                );
            }
            if let Some(t) = q.topic {
                row.insert("heard_topic".into(), t.as_str().into());
            }
            if let Some(s) = &q.satisfied {
                let v = match s {
                    Satisfied::AtLeast(v) => format!(">={v}"),
                    Satisfied::Choices(cs) => cs
                        .iter()
                        .map(|c| choice_name(&q.id, c))
                        .collect::<Vec<_>>()
                        .join(" "),
                };
                row.insert("heard_satisfied".into(), v);
            }
            if let Some(m) = q.measure {
                let v = match m {
                    Measure::Kto => "kto",
                    Measure::Ces => "ces",
                    Measure::GoalCompletion => "goal_completion",
                    Measure::Overall => "overall",
                };
                row.insert("heard_measure".into(), v.into());
            }
            if q.not_identifying {
                row.insert("heard_not_identifying".into(), "yes".into());
            }
            put_media(row, MediaTarget::Question(q.id.clone()));
            let list = write_kind(q, &name, row);
            if let Some(list) = list {
                write_choices(
                    q,
                    &list,
                    &survey.default_language,
                    names,
                    &mut choices,
                    &put_media,
                );
            }
        }
        sheet.row().insert("type".into(), "end group".into());
    }

    let mut t_headers = translated("form_title", &langs);
    for h in [
        "form_id",
        "version",
        "default_language",
        "heard_target_percent",
        "heard_agency",
        "heard_country",
        "heard_instrument",
        "heard_illustrative",
        "heard_source",
        "heard_welcome",
        "heard_language_choice",
        "heard_anonymity",
        "heard_review",
        "heard_one_tap_reset_seconds",
    ] {
        t_headers.push(h.into());
    }
    let mut settings = Table::new(t_headers, &["form_id", "version", "default_language"]);
    let row = settings.row();
    put_text(row, "form_title", &survey.title);
    row.insert("form_id".into(), xlsform_name(survey.id.as_str()));
    row.insert("version".into(), survey.version.clone());
    row.insert(
        "default_language".into(),
        header_language(&survey.default_language),
    );
    if let Some(t) = survey.target_percent {
        row.insert("heard_target_percent".into(), t.to_string());
    }
    row.insert("heard_agency".into(), survey.meta.agency.clone());
    row.insert("heard_country".into(), survey.meta.country.clone());
    row.insert("heard_instrument".into(), survey.meta.instrument.clone());
    row.insert("heard_illustrative".into(), yes(survey.meta.illustrative));
    row.insert("heard_source".into(), survey.meta.source.clone());
    row.insert("heard_welcome".into(), yes(survey.flow.welcome));
    row.insert(
        "heard_language_choice".into(),
        yes(survey.flow.language_choice),
    );
    row.insert("heard_anonymity".into(), yes(survey.flow.anonymity));
    row.insert("heard_review".into(), yes(survey.flow.review));
    if let Some(one_tap) = survey.flow.one_tap {
        row.insert(
            "heard_one_tap_reset_seconds".into(),
            one_tap.reset_seconds.to_string(),
        );
    }

    let mut book = Workbook::new();
    sheet.write(&mut book, "survey")?;
    choices.write(&mut book, "choices")?;
    settings.write(&mut book, "settings")?;
    book.save_to_buffer()
        .map_err(|e| ExportError::Write(e.to_string()))
}

/// Fills type, parameters, constraint and heard_* kind columns; returns the choice list name.
fn set(row: &mut BTreeMap<String, String>, k: &str, v: String) {
    row.insert(k.to_owned(), v);
}

fn write_kind(q: &Question, name: &str, row: &mut BTreeMap<String, String>) -> Option<String> {
    let fixed = |kind: &str| Some(kind.to_owned());
    let (ty, heard_kind): (&str, Option<String>) = match &q.kind {
        QuestionKind::YesNo => ("select_one", fixed("yes-no")),
        QuestionKind::ThreeLevel { .. } => ("select_one", fixed("three-level")),
        QuestionKind::Sentiment => ("select_one", fixed("sentiment")),
        QuestionKind::Thumbs => ("select_one", fixed("thumbs")),
        QuestionKind::AgeBand => ("select_one", fixed("age-band")),
        QuestionKind::Sex => ("select_one", fixed("sex")),
        QuestionKind::Nationality { .. } => ("select_one", fixed("nationality")),
        QuestionKind::LengthOfStay => ("select_one", fixed("length-of-stay")),
        QuestionKind::SingleChoice { likert, .. } => {
            if *likert {
                set(row, "appearance", "likert".into());
            }
            ("select_one", None)
        }
        QuestionKind::MultipleChoice { min, max, .. } => {
            let c = write_bounds(
                Subject::Count,
                min.map(|v| v.to_string()),
                max.map(|v| v.to_string()),
            );
            if !c.is_empty() {
                set(row, "constraint", c);
            }
            ("select_multiple", None)
        }
        QuestionKind::Ranking { .. } => ("rank", None),
        QuestionKind::Scale {
            min,
            max,
            step,
            low,
            high,
        } => {
            set(
                row,
                "parameters",
                format!("start={min} end={max} step={step}"),
            );
            put_text(row, "heard_low", low);
            put_text(row, "heard_high", high);
            row.insert("type".into(), "range".into());
            return None;
        }
        QuestionKind::Smiley { faces } => {
            set(row, "parameters", format!("start=1 end={faces} step=1"));
            set(row, "heard_kind", "smiley".into());
            ("range", None)
        }
        QuestionKind::FreeText {
            min_length,
            max_length,
        } => {
            let lo = (*min_length > 0).then(|| min_length.to_string());
            set(
                row,
                "constraint",
                write_bounds(Subject::Length, lo, Some(max_length.to_string())),
            );
            ("text", None)
        }
        QuestionKind::Number { min, max, decimals } => {
            set(
                row,
                "constraint",
                write_bounds(
                    Subject::Value,
                    Some(unscaled(*min, *decimals)),
                    Some(unscaled(*max, *decimals)),
                ),
            );
            if *decimals == 0 {
                ("integer", None)
            } else {
                set(row, "heard_decimals", decimals.to_string());
                ("decimal", None)
            }
        }
        QuestionKind::Info => ("note", None),
    };
    if let Some(k) = heard_kind {
        set(row, "heard_kind", k);
    }
    let has_list = matches!(ty, "select_one" | "select_multiple" | "rank");
    if has_list {
        set(row, "type", format!("{ty} {name}"));
        Some(name.to_owned())
    } else {
        set(row, "type", ty.to_owned());
        None
    }
}

fn write_choices(
    q: &Question,
    list: &str,
    default: &LangTag,
    names: &NameMap,
    table: &mut Table,
    put_media: &dyn Fn(&mut BTreeMap<String, String>, MediaTarget),
) {
    let authored = q.kind.authored_choices();
    for id in q.kind.choice_ids() {
        let row = table.row();
        let name = names.choice(q.id.as_str(), id.as_str());
        row.insert("list_name".into(), list.to_owned());
        row.insert("name".into(), name.clone());
        match authored.iter().find(|c| c.id == id) {
            Some(c) => {
                put_text(row, "label", &c.label);
                if let Some(s) = c.score {
                    row.insert("heard_score".into(), s.to_string());
                }
                if c.exclusive {
                    row.insert("heard_exclusive".into(), "yes".into());
                }
            }
            None => {
                // A fixed choice: the app has its words in every language; the id labels it here.
                row.insert(format!("label::{}", header_language(default)), name);
            }
        }
        put_media(
            row,
            MediaTarget::Choice {
                question: q.id.clone(),
                choice: id,
            },
        );
    }
}
