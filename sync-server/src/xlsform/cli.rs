//! `heard-sync-server survey …`: check, import and export XLSForm files from the command line.
//!
//! ```text
//! survey check FORM.xlsx [--media DIR]
//! survey import FORM.xlsx [--media DIR] [-o SURVEY.json]
//! survey export SURVEY_ID -o FORM.xlsx [--root REPO_DIR]
//! ```
//! Storing an import in the server's database and assigning it to facilities is wired where the
//! store lives; `import_file` returns everything that needs.

use super::export::export_xlsform;
use super::import::{import_xlsform, ImportOptions, ImportedForm};
use super::media::MediaFolder;
use heard_core::authoring::{load_survey, SourceFile, SurveySources};
use heard_core::ids::LangTag;
use heard_core::survey::Survey;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage:\n  survey check FORM.xlsx [--media DIR]\n  survey import FORM.xlsx [--media DIR] [-o SURVEY.json]\n  survey export SURVEY_ID -o FORM.xlsx [--root REPO_DIR]";

/// Runs a `survey` subcommand (arguments after `survey`). Ok is the report to print; Err the
/// message to print before exiting with failure.
pub fn run(args: &[String]) -> Result<String, String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    let mut positional = Vec::new();
    let mut media = None;
    let mut out = None;
    let mut root = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--media" => media = Some(value("--media")?),
            "-o" | "--out" => out = Some(value("-o")?),
            "--root" => root = Some(value("--root")?),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{flag}`\n{USAGE}"))
            }
            _ => positional.push(a.clone()),
        }
    }
    let [target] = positional.as_slice() else {
        return Err(USAGE.into());
    };
    match command.as_str() {
        "check" => {
            let form = import_file(Path::new(target), media.as_deref())?;
            Ok(format!("ok: {}", summary(&form)))
        }
        "import" => {
            let form = import_file(Path::new(target), media.as_deref())?;
            let mut report = format!("imported: {}", summary(&form));
            if let Some(out) = out {
                let json = serde_json::json!({
                    "survey": form.survey,
                    "manifest": form.manifest,
                    "version-hash": form.survey.version_hash().to_hex(),
                });
                let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
                std::fs::write(&out, text)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
                let _ = write!(report, "\nwrote {}", out.display());
            }
            Ok(report)
        }
        "export" => {
            let out = out.ok_or_else(|| format!("export needs -o FORM.xlsx\n{USAGE}"))?;
            let root = root.unwrap_or_else(|| PathBuf::from("."));
            let survey = load_builtin(&root, target)?;
            let bytes = export_xlsform(&survey, None, None).map_err(|e| e.to_string())?;
            std::fs::write(&out, bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            Ok(format!(
                "exported survey `{}` ({} questions, languages {}) to {}",
                survey.id,
                survey.question_count(),
                join(survey.languages.iter()),
                out.display()
            ))
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}

/// Reads a form and its media folder from disk and imports it. The survey id defaults to the
/// file name when the form has no `form_id`.
pub fn import_file(path: &Path, media_dir: Option<&Path>) -> Result<ImportedForm, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let folder = media_dir.map(read_media_dir).transpose()?;
    let stem = path.file_stem().and_then(|s| s.to_str());
    import_xlsform(
        &bytes,
        &ImportOptions {
            media: folder.as_ref(),
            fallback_id: stem,
        },
    )
    .map_err(|e| format!("{}: {e}", path.display()))
}

/// The files directly inside a folder, by name.
pub fn read_media_dir(dir: &Path) -> Result<MediaFolder, String> {
    let mut out = MediaFolder::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        if path.is_file() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(name, bytes);
        }
    }
    Ok(out)
}

/// Loads a built-in survey from a repository checkout: `assets/surveys/<id>.toml` and every
/// `locales/<tag>/surveys/<id>.ftl`.
pub fn load_builtin(root: &Path, id: &str) -> Result<Survey, String> {
    let structure_path = root.join("assets/surveys").join(format!("{id}.toml"));
    let structure = std::fs::read_to_string(&structure_path)
        .map_err(|e| format!("cannot read {}: {e}", structure_path.display()))?;
    let mut texts: Vec<(LangTag, String, String)> = Vec::new();
    let locales = root.join("locales");
    let entries = std::fs::read_dir(&locales)
        .map_err(|e| format!("cannot read {}: {e}", locales.display()))?;
    for entry in entries.flatten() {
        let tag_name = entry.file_name().to_string_lossy().into_owned();
        let Ok(tag) = LangTag::new(tag_name.clone()) else {
            continue;
        };
        let file = entry.path().join("surveys").join(format!("{id}.ftl"));
        if let Ok(contents) = std::fs::read_to_string(&file) {
            texts.push((tag, file.display().to_string(), contents));
        }
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    let structure_name = structure_path.display().to_string();
    let sources = SurveySources {
        structure: SourceFile {
            name: &structure_name,
            contents: &structure,
        },
        texts: texts
            .iter()
            .map(|(tag, name, contents)| (tag.clone(), SourceFile { name, contents }))
            .collect(),
    };
    load_survey(&sources).map_err(|e| e.to_string())
}

fn join<T: std::fmt::Display>(items: impl Iterator<Item = T>) -> String {
    items.map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
}

/// A few lines on what was imported: size, languages and their coverage, media, notes.
pub fn summary(form: &ImportedForm) -> String {
    let s = &form.survey;
    let mut out = format!(
        "survey `{}` version {} — {} questions in {} sections; languages: {} (default {})",
        s.id,
        s.version,
        s.question_count(),
        s.sections.len(),
        join(s.languages.iter()),
        s.default_language
    );
    for c in form.coverage.iter().filter(|c| !c.is_complete()) {
        let _ = write!(
            out,
            "\n  partial: {} {}% ({} of {} texts)",
            c.language,
            c.percent(),
            c.present,
            c.expected
        );
    }
    let _ = write!(
        out,
        "\n  media: {} item(s), {} file(s)",
        form.manifest.items.len(),
        form.media_files.len()
    );
    if !form.unresolved_media.is_empty() {
        let _ = write!(
            out,
            " ({} file name(s) not checked: pass --media DIR)",
            form.unresolved_media.len()
        );
    }
    for n in &form.notes {
        let _ = write!(out, "\n  note: {n}");
    }
    out
}
