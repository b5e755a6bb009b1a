//! The whole import: bytes in; survey, media manifest, files, language coverage and notes out.

use super::choices::read_choices;
use super::coverage::{coverage, languages_in, strip_language, LanguageCoverage};
use super::error::{ImportError, Location, Problem};
use super::header::{read_headers, report_unsupported, Columns, Field, Lang, SheetKind};
use super::media::{collect_refs, resolve, MediaFile, MediaFolder};
use super::names::{slug, NameMap};
use super::questions::{read_questions, Walked};
use super::read::{read_workbook, Sheet};
use super::settings::read_settings;
use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::MediaManifest;
use heard_core::survey::{check_survey, DefinitionProblem, Survey};
use heard_core::text::LocalizedText;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    /// The `--media` folder's files by name. Without it, media names are checked but not hashed
    /// (`ImportedForm::unresolved_media` lists them).
    pub media: Option<&'a MediaFolder>,
    /// The survey id to use when the settings sheet has no `form_id` (e.g. the file name).
    pub fallback_id: Option<&'a str>,
    /// Leave out the questions Heard never asks (location, dates, media, repeats…) and every
    /// question whose condition uses one, each with a warning, instead of refusing the form.
    pub skip_unsupported: bool,
}

/// Everything an import yields; the server stores the survey, the manifest and the files.
#[derive(Debug, Clone)]
pub struct ImportedForm {
    pub survey: Survey,
    pub manifest: MediaManifest,
    /// Distinct media files, content-addressed (empty without a media folder).
    pub media_files: Vec<MediaFile>,
    /// Media names the form uses that were not looked up (no media folder given).
    pub unresolved_media: Vec<String>,
    /// Every language seen, complete or not; only complete ones are in `survey.languages`.
    pub coverage: Vec<LanguageCoverage>,
    /// What Heard read but deliberately left out (defaults, custom messages, appearances…).
    pub notes: Vec<Problem>,
    /// Original XLSForm names, so an export can write them back.
    pub names: NameMap,
}

/// Imports an XLSForm. Every problem is collected; nothing panics.
pub fn import_xlsform(
    bytes: &[u8],
    options: &ImportOptions<'_>,
) -> Result<ImportedForm, ImportError> {
    let (book, mut problems) = read_workbook(bytes)?;
    let mut notes = book.notes.clone();
    let Some(survey_sheet) = book.survey.as_ref() else {
        return Err(ImportError::Invalid(vec![Problem::form(
            "the workbook has no `survey` sheet; an XLSForm needs the sheets `survey`, `choices` (for select questions) and `settings`",
        )]));
    };
    let settings_sheet = book.settings.as_ref();
    let settings_columns = headers(settings_sheet, SheetKind::Settings, None, &mut problems);
    let settings = read_settings(settings_sheet, &settings_columns, &mut problems);

    let default = match &settings.default_language {
        Some(tag) => tag.clone(),
        None => infer_default(survey_sheet, settings_sheet, &mut notes),
    };
    let survey_columns = headers(
        Some(survey_sheet),
        SheetKind::Survey,
        Some(&default),
        &mut problems,
    );
    let choices_sheet = book.choices.as_ref();
    let choice_columns = headers(
        choices_sheet,
        SheetKind::Choices,
        Some(&default),
        &mut problems,
    );
    for (sheet, cols) in [
        (Some(survey_sheet), &survey_columns),
        (choices_sheet, &choice_columns),
        (settings_sheet, &settings_columns),
    ] {
        if let Some(sheet) = sheet {
            report_unsupported(sheet, cols, &mut notes);
        }
    }

    let lists = read_choices(
        choices_sheet,
        &choice_columns,
        &default,
        settings.allow_choice_duplicates,
        &mut problems,
    );
    let mut walked = read_questions(
        survey_sheet,
        &survey_columns,
        &lists,
        &default,
        options.skip_unsupported,
        &mut problems,
        &mut notes,
    );
    let filter_columns = super::choice_filter::expand_choice_filters(
        survey_sheet,
        &survey_columns,
        choices_sheet,
        &choice_columns,
        &lists,
        &mut walked,
        &mut problems,
        &mut notes,
    );
    // A choices-sheet column a filter reads is not ignored.
    notes.retain(|n| {
        !n.at.as_ref().is_some_and(|at| {
            Some(at.sheet.as_str()) == choices_sheet.map(|s| s.name.as_str())
                && at.row.is_none()
                && at
                    .column
                    .as_ref()
                    .is_some_and(|(_, h)| filter_columns.contains(h))
        })
    });
    for (list, entries) in &lists {
        if !walked.list_users.contains_key(list) {
            if let Some(first) = entries.first() {
                notes.push(Problem::at(
                    Location::row(choices_sheet.map_or("choices", |s| &s.name), first.row),
                    format!("the choice list `{list}` is used by no question"),
                ));
            }
        }
    }

    let settings_name = settings_sheet.map_or("settings", |s| s.name.as_str());
    let id = survey_id(&settings, options, settings_name, &mut problems);
    let mut title = LocalizedText::default();
    for (lang, text) in &settings.title {
        title.insert(super::cells::language(lang, &default), text.clone());
    }
    let mut derived_title = None;
    if title.get(&default).is_none() {
        // pyxform derives a missing title from the form id, else the file name.
        if let Some(t) = settings
            .form_id
            .as_ref()
            .map(|(raw, _)| raw.as_str())
            .or(options.fallback_id)
        {
            title.insert(default.clone(), t.to_owned());
            derived_title = Some(t.to_owned());
            notes.push(Problem::at(
                Location::sheet(settings_name),
                format!("no `form_title` in the default language; the title is `{t}` (set `form_title` to change it)"),
            ));
        }
    }
    let mut version = settings.version.clone();
    if version.trim().is_empty() {
        use sha2::{Digest, Sha256};
        let hex: String = Sha256::digest(bytes)[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        version = format!("sha256-{hex}");
        notes.push(Problem::at(
            Location::sheet(settings_name),
            format!("no `version`; derived from the file's content hash: `{version}`"),
        ));
    }
    let mut survey = Survey {
        id: id.unwrap_or_else(|| SurveyId::new("unnamed").expect("a valid id literal")),
        version,
        default_language: default.clone(),
        languages: BTreeSet::new(),
        title,
        meta: settings.meta.clone(),
        flow: settings.flow,
        target_percent: settings.target_percent,
        sections: walked.sections.clone(),
    };

    // Languages: complete ones are declared; partial ones reported and left out.
    let mut all = languages_in(&survey);
    for cols in [&survey_columns, &choice_columns, &settings_columns] {
        all.extend(cols.languages().cloned());
    }
    all.insert(default.clone());
    // A title derived from an identifier reads the same in every language: without it, a
    // translated form would lose each language over a title the author never wrote.
    if let Some(t) = &derived_title {
        for lang in &all {
            if survey.title.get(lang).is_none() {
                survey.title.insert(lang.clone(), t.clone());
            }
        }
    }
    let report = coverage(&survey, &all);
    for c in &report {
        if c.is_complete() || c.language == default {
            survey.languages.insert(c.language.clone());
        } else {
            strip_language(&mut survey, &c.language);
            notes.push(Problem::form(format!(
                "language `{}` is {}% translated ({} of {} texts) and is left out until complete; missing: {}",
                c.language,
                c.percent(),
                c.present,
                c.expected,
                c.missing.join(", ")
            )));
        }
    }

    for p in check_survey(&survey) {
        if let Some(p) = from_check(p, &walked, survey_sheet, settings_name) {
            problems.push(p);
        }
    }

    let question_rows = walked
        .rows
        .iter()
        .map(|(id, (row, _))| (*row, id.clone()))
        .collect::<BTreeMap<_, _>>();
    let refs = collect_refs(
        survey_sheet,
        &survey_columns,
        &question_rows,
        choices_sheet,
        &choice_columns,
        &lists,
        &walked.list_users,
        &default,
    );
    let (mut manifest, mut media_files, unresolved_media) =
        resolve(&refs, options.media, Some(survey.id.clone()), &mut problems);
    let before = manifest.items.len();
    manifest.items.retain(|i| {
        i.language
            .as_ref()
            .is_none_or(|l| survey.languages.contains(l))
    });
    if manifest.items.len() < before {
        notes.push(Problem::form(format!(
            "{} media item(s) of partial languages are left out until those languages are complete",
            before - manifest.items.len()
        )));
        let used = manifest.distinct_files();
        media_files.retain(|f| used.contains(&f.sha256));
    }

    if survey.question_count() == 0 && problems.is_empty() {
        // Everything was left out (or the sheet is empty): nothing a resident could answer.
        problems.push(Problem::at(
            Location::sheet(&survey_sheet.name),
            "the survey has no questions (after leaving out what Heard does not ask)",
        ));
    }
    let notes = one_per_column(notes);
    if !problems.is_empty() {
        problems.sort_by_key(reading_order);
        return Err(ImportError::Invalid(problems));
    }
    Ok(ImportedForm {
        survey,
        manifest,
        media_files,
        unresolved_media,
        coverage: report,
        notes,
        names: walked.names,
    })
}

/// Notes that repeat per row for one column (an `appearance`, a `default`, a custom message)
/// become one warning per column, naming the rows, so a long form gives a readable list.
fn one_per_column(notes: Vec<Problem>) -> Vec<Problem> {
    let template = |m: &str| -> String {
        m.split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join("`…`")
    };
    let mut groups: Vec<(Problem, Vec<u32>)> = Vec::new();
    let mut out = Vec::new();
    for n in notes {
        let key = n.at.as_ref().and_then(|at| {
            at.column
                .as_ref()
                .zip(at.row)
                .map(|(c, r)| (at.sheet.clone(), c.clone(), r))
        });
        // Only what Heard reads and deliberately does not keep; notes naming what the import
        // added or dropped stay one per row, so each is named.
        let per_row = ["appearance `", "the default `", "not imported:"]
            .iter()
            .any(|p| n.message.starts_with(p));
        let Some((sheet, column, row)) = key.filter(|_| per_row) else {
            out.push(n);
            continue;
        };
        let t = template(&n.message);
        match groups.iter_mut().find(|(g, _)| {
            g.at.as_ref()
                .is_some_and(|a| a.sheet == sheet && a.column.as_ref() == Some(&column))
                && template(&g.message) == t
        }) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((n, vec![row])),
        }
    }
    for (first, rows) in groups {
        if rows.len() == 1 {
            out.push(first);
            continue;
        }
        let at = first.at.clone().map(|mut a| {
            a.row = None;
            a
        });
        let shown: Vec<String> = rows.iter().take(12).map(u32::to_string).collect();
        let more = if rows.len() > 12 { ", …" } else { "" };
        out.push(Problem {
            at,
            message: format!(
                "on {} rows ({}{more}), e.g. row {}: {}",
                rows.len(),
                shown.join(", "),
                rows[0],
                first.message
            ),
        });
    }
    out
}

/// Problems in the order an author reads the workbook: survey, choices, settings sheets; by row,
/// then column (stable, so several problems of one cell keep their order).
fn reading_order(p: &Problem) -> (u8, u32, usize, String) {
    let Some(at) = &p.at else {
        return (0, 0, 0, String::new());
    };
    let sheet = match at.sheet.to_lowercase().as_str() {
        "survey" => 1,
        "choices" => 2,
        _ => 3,
    };
    let (len, letters) = at
        .column
        .as_ref()
        .map_or((0, String::new()), |(l, _)| (l.len(), l.clone()));
    (sheet, at.row.unwrap_or(0), len, letters)
}

fn headers(
    sheet: Option<&Sheet>,
    kind: SheetKind,
    default: Option<&LangTag>,
    problems: &mut Vec<Problem>,
) -> Columns {
    sheet.map_or_else(Columns::default, |s| {
        read_headers(s, kind, default, problems)
    })
}

/// Without `default_language`, a plain `label` column is English (as in most tools); a form with
/// only translated columns defaults to English if present, else its first label language.
fn infer_default(survey: &Sheet, settings: Option<&Sheet>, notes: &mut Vec<Problem>) -> LangTag {
    let mut scratch = Vec::new();
    let cols = read_headers(survey, SheetKind::Survey, None, &mut scratch);
    let en = LangTag::new("en").expect("a valid tag literal");
    let labels: Vec<&Lang> = cols.all(Field::Label).map(|c| &c.lang).collect();
    let chosen = if labels.is_empty() || labels.contains(&&Lang::Plain) {
        en
    } else {
        let tags: Vec<&LangTag> = labels
            .iter()
            .filter_map(|l| match l {
                Lang::Tag(t) => Some(t),
                Lang::Plain => None,
            })
            .collect();
        if tags.contains(&&en) {
            en
        } else {
            tags.first().map_or(en, |t| (*t).clone())
        }
    };
    notes.push(Problem::at(
        Location::sheet(settings.map_or("settings", |s| s.name.as_str())),
        format!("no `default_language` is set; the default language is taken to be `{chosen}`"),
    ));
    chosen
}

fn survey_id(
    settings: &super::settings::Settings,
    options: &ImportOptions<'_>,
    settings_name: &str,
    problems: &mut Vec<Problem>,
) -> Option<SurveyId> {
    let (raw, at) = match (&settings.form_id, options.fallback_id) {
        (Some((raw, at)), _) => (raw.clone(), at.clone()),
        (None, Some(f)) => (f.to_owned(), Location::sheet(settings_name)),
        (None, None) => {
            problems.push(Problem::at(
                Location::sheet(settings_name),
                "`form_id` is missing; Heard needs a survey id such as `be_fedasil`",
            ));
            return None;
        }
    };
    let s = slug(&raw).unwrap_or_else(|_| super::names::hashed_slug(&raw));
    match SurveyId::new(s).map_err(|e| e.to_string()) {
        Ok(id) => Some(id),
        Err(e) => {
            problems.push(Problem::at(at, e));
            None
        }
    }
}

/// A core definition problem, placed on its row and worded in XLSForm's terms.
fn from_check(
    p: DefinitionProblem,
    walked: &Walked,
    survey: &Sheet,
    settings: &str,
) -> Option<Problem> {
    let message = p
        .message
        .replace("`satisfied-at-least`", "`heard_satisfied` >=")
        .replace("`satisfied`", "`heard_satisfied`")
        .replace("(`.low`, `.high`)", "(`heard_low`, `heard_high`)")
        .replace("the question text", "the label");
    // A condition naming a row that failed (already reported) adds nothing.
    let failed_row = |n: &String| !walked.sections.iter().any(|s| s.id.as_str() == n);
    // Already checked on the settings sheet's cell; "no questions" when rows failed adds nothing.
    if message.starts_with("target-percent")
        || (message == "the survey has no questions" && walked.not_questions.iter().any(failed_row))
    {
        return None;
    }
    if walked
        .not_questions
        .iter()
        .filter(|n| failed_row(n))
        .any(|n| message.contains(&format!("unknown question `{n}`")))
    {
        return None;
    }
    Some(match p.question {
        Some(q) => match walked.rows.iter().find(|(id, _)| id.as_str() == q) {
            Some((_, (row, name))) => Problem::at(
                label_column(survey, &message)
                    .map(|(column, header)| Location::cell(&survey.name, *row, column, header))
                    .unwrap_or_else(|| Location::row(&survey.name, *row)),
                format!("`{name}`: {message}"),
            ),
            None => Problem::at(Location::sheet(&survey.name), format!("`{q}`: {message}")),
        },
        None if message.contains("title") || message.contains("version") => {
            Problem::at(Location::sheet(settings), add_setting_hint(&message))
        }
        None => Problem::at(Location::sheet(&survey.name), message),
    })
}

fn add_setting_hint(message: &str) -> String {
    if message.contains("title") {
        format!("{message} (set `form_title`)")
    } else {
        message.replace("`version`", "`version` (set it on the settings sheet)")
    }
}

/// For "the label is missing in …": the label column to fill in, so the problem names its cell —
/// the column whose header names the language (`label::English (en)`), else the plain `label`.
fn label_column<'a>(survey: &'a Sheet, message: &str) -> Option<(u32, &'a str)> {
    if !message.starts_with("the label is missing") {
        return None;
    }
    let language = message.rsplit('`').nth(1).unwrap_or_default();
    let labels = || {
        survey
            .headers
            .iter()
            .filter(|(_, h)| h.to_ascii_lowercase().starts_with("label"))
    };
    labels()
        .find(|(_, h)| !language.is_empty() && h.contains(&format!("({language})")))
        .or_else(|| labels().find(|(_, h)| h.eq_ignore_ascii_case("label")))
        .or_else(|| labels().next())
        .map(|(column, header)| (*column, header.as_str()))
}
