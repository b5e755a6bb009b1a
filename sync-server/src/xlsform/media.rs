//! The `audio` and `image` columns (plain, `audio::Arabic (ar)`, legacy `media::audio::…`) on
//! the survey and choices sheets: files looked up in the caller's media folder, hashed into a
//! manifest. A plain `audio` column is the default language; a plain `image` is for every language.

use super::cells::{language, Row};
use super::choices::Lists;
use super::error::{Location, Problem};
use super::header::{Columns, Field, Lang};
use super::read::Sheet;
use heard_core::canonical::Sha256;
use heard_core::ids::{LangTag, QuestionId, SurveyId};
use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use std::collections::BTreeMap;

/// Media files by the name the form uses (`food.mp3`), as read from the `--media` folder.
pub type MediaFolder = BTreeMap<String, Vec<u8>>;

/// One distinct file to store, content-addressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    pub name: String,
    pub mime: String,
    pub sha256: Sha256,
    pub bytes: Vec<u8>,
}

/// A media cell: what it is for and which file it names.
#[derive(Debug, Clone)]
pub struct MediaRef {
    pub target: MediaTarget,
    pub kind: MediaKind,
    pub language: Option<LangTag>,
    pub file: String,
    pub at: Location,
}

/// The MIME type for a file name, and whether it is sound or picture.
pub fn mime_of(name: &str) -> Option<(&'static str, MediaKind)> {
    let ext = name.rsplit_once('.')?.1.to_lowercase();
    Some(match ext.as_str() {
        "mp3" => ("audio/mpeg", MediaKind::Audio),
        "ogg" | "oga" | "opus" => ("audio/ogg", MediaKind::Audio),
        "wav" => ("audio/wav", MediaKind::Audio),
        "m4a" => ("audio/mp4", MediaKind::Audio),
        "aac" => ("audio/aac", MediaKind::Audio),
        "flac" => ("audio/flac", MediaKind::Audio),
        "webm" => ("audio/webm", MediaKind::Audio),
        "png" => ("image/png", MediaKind::Pictogram),
        "jpg" | "jpeg" => ("image/jpeg", MediaKind::Pictogram),
        "svg" => ("image/svg+xml", MediaKind::Pictogram),
        "webp" => ("image/webp", MediaKind::Pictogram),
        "gif" => ("image/gif", MediaKind::Pictogram),
        _ => return None,
    })
}

/// The extension Heard writes for a MIME type.
pub fn extension_of(mime: &str) -> &'static str {
    match mime {
        "audio/mpeg" => "mp3",
        "audio/ogg" => "ogg",
        "audio/wav" => "wav",
        "audio/mp4" => "m4a",
        "audio/aac" => "aac",
        "audio/flac" => "flac",
        "audio/webm" => "webm",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/svg+xml" => "svg",
        "image/webp" => "webp",
        "image/gif" => "gif",
        _ => "bin",
    }
}

fn refs_of_row(row: &Row<'_>, targets: &[MediaTarget], default: &LangTag, out: &mut Vec<MediaRef>) {
    for (field, kind) in [
        (Field::Audio, MediaKind::Audio),
        (Field::Image, MediaKind::Pictogram),
    ] {
        for (file, col) in row.cells(field) {
            let lang = match (kind, &col.lang) {
                (MediaKind::Pictogram, Lang::Plain) => None,
                (_, l) => Some(language(l, default)),
            };
            for target in targets {
                out.push(MediaRef {
                    target: target.clone(),
                    kind,
                    language: lang.clone(),
                    file: file.to_owned(),
                    at: row.at(col),
                });
            }
        }
    }
}

/// Media cells of question rows (by row number) and of choices used by questions.
#[allow(clippy::too_many_arguments)]
pub fn collect_refs(
    survey: &Sheet,
    survey_columns: &Columns,
    question_rows: &BTreeMap<u32, QuestionId>,
    choices: Option<&Sheet>,
    choice_columns: &Columns,
    lists: &Lists,
    list_users: &BTreeMap<String, Vec<QuestionId>>,
    default: &LangTag,
) -> Vec<MediaRef> {
    let mut out = Vec::new();
    for r in &survey.rows {
        if let Some(q) = question_rows.get(&r.number) {
            let row = Row {
                sheet: survey,
                columns: survey_columns,
                row: r,
            };
            refs_of_row(&row, &[MediaTarget::Question(q.clone())], default, &mut out);
        }
    }
    if let Some(sheet) = choices {
        for (list, entries) in lists {
            let users = list_users.get(list).map(Vec::as_slice).unwrap_or(&[]);
            for entry in entries {
                let Some(r) = sheet.rows.iter().find(|r| r.number == entry.row) else {
                    continue;
                };
                let row = Row {
                    sheet,
                    columns: choice_columns,
                    row: r,
                };
                let targets: Vec<MediaTarget> = users
                    .iter()
                    .map(|q| MediaTarget::Choice {
                        question: q.clone(),
                        choice: entry.id.clone(),
                    })
                    .collect();
                refs_of_row(&row, &targets, default, &mut out);
            }
        }
    }
    out
}

/// Checks every reference's file type; with a folder, also finds and hashes each file.
/// Returns the manifest, the distinct files, and (without a folder) the names not looked up.
pub fn resolve(
    refs: &[MediaRef],
    folder: Option<&MediaFolder>,
    survey: Option<SurveyId>,
    problems: &mut Vec<Problem>,
) -> (MediaManifest, Vec<MediaFile>, Vec<String>) {
    let mut manifest = MediaManifest::new(survey);
    let mut files: BTreeMap<Sha256, MediaFile> = BTreeMap::new();
    let mut unresolved = Vec::new();
    let mut reported = std::collections::BTreeSet::new();
    for r in refs {
        let Some((mime, kind)) = mime_of(&r.file) else {
            if reported.insert((r.at.to_string(), "type")) {
                problems.push(Problem::at(
                    r.at.clone(),
                    format!("`{}` is not a media file Heard plays or shows (audio: mp3, ogg, opus, wav, m4a, aac, flac, webm; images: png, jpg, svg, webp, gif)", r.file),
                ));
            }
            continue;
        };
        if kind != r.kind {
            if reported.insert((r.at.to_string(), "kind")) {
                let (column, other) = match r.kind {
                    MediaKind::Audio => ("audio", "an image"),
                    MediaKind::Pictogram => ("image", "a sound"),
                };
                problems.push(Problem::at(
                    r.at.clone(),
                    format!("`{}` is {other}, but this is an `{column}` column", r.file),
                ));
            }
            continue;
        }
        let Some(folder) = folder else {
            if !unresolved.contains(&r.file) {
                unresolved.push(r.file.clone());
            }
            continue;
        };
        let Some(bytes) = folder.get(&r.file) else {
            if reported.insert((r.at.to_string(), "missing")) {
                problems.push(Problem::at(
                    r.at.clone(),
                    format!("the media file `{}` is not in the media folder", r.file),
                ));
            }
            continue;
        };
        let sha256 = Sha256::of_bytes(bytes);
        files.entry(sha256).or_insert_with(|| MediaFile {
            name: r.file.clone(),
            mime: mime.to_owned(),
            sha256,
            bytes: bytes.clone(),
        });
        manifest.put(MediaItem {
            target: r.target.clone(),
            kind,
            language: r.language.clone(),
            sha256,
            bytes: bytes.len() as u64,
            mime: mime.to_owned(),
            origin: MediaOrigin::Imported,
        });
    }
    (manifest, files.into_values().collect(), unresolved)
}
