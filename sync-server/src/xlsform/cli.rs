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
use crate::builtin::load_builtin;
use clap::{Args, Parser, Subcommand};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The XLSForm commands. The server's `survey` command embeds them (its `import` also stores).
#[derive(Debug, Subcommand)]
pub enum XlsformCommand {
    /// Check a form offline; change nothing.
    Check(FormArgs),
    /// Import a form and report on it, optionally writing the survey as JSON.
    Import(ImportArgs),
    /// Export a built-in survey as an XLSForm.
    Export(ExportArgs),
}

/// A form and the folder with the media files it names.
#[derive(Debug, Clone, Args)]
pub struct FormArgs {
    /// The form (.xlsx).
    #[arg(value_name = "FORM.xlsx")]
    pub form: PathBuf,
    /// The folder with the audio and image files the form names.
    #[arg(long, value_name = "DIR")]
    pub media: Option<PathBuf>,
    /// Treat every warning as an error (exit non-zero when anything was ignored or adapted).
    #[arg(long)]
    pub strict: bool,
    /// Leave out the questions Heard never asks (location, dates, media, repeats…) and what
    /// depends on them, printing each, instead of refusing the form.
    #[arg(long)]
    pub skip_unsupported: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub form: FormArgs,
    /// Also write the survey, its media manifest and version hash as JSON.
    #[arg(short = 'o', long = "out", value_name = "SURVEY.json")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// A built-in survey id, e.g. be-fedasil.
    #[arg(value_name = "SURVEY_ID")]
    pub survey: String,
    /// The form to write.
    #[arg(short = 'o', long = "out", value_name = "FORM.xlsx")]
    pub out: PathBuf,
    /// The folder holding assets/ and locales/.
    #[arg(long, value_name = "REPO_DIR", default_value = ".")]
    pub root: PathBuf,
}

/// `survey …` on its own, for tests and scripts that hold the arguments as strings.
#[derive(Debug, Parser)]
#[command(name = "survey", no_binary_name = true)]
struct Standalone {
    #[command(subcommand)]
    command: XlsformCommand,
}

/// Parses and runs a `survey` subcommand (arguments after `survey`). Ok is the report to print;
/// Err the message (clap's usage error included) to print before exiting with failure.
pub fn run(args: &[String]) -> Result<String, String> {
    let parsed = Standalone::try_parse_from(args).map_err(|e| e.to_string())?;
    execute(&parsed.command)
}

/// Runs a parsed XLSForm command. Ok is the report to print; Err the message.
pub fn execute(command: &XlsformCommand) -> Result<String, String> {
    match command {
        XlsformCommand::Check(args) => {
            let form = import_checked(args)?;
            Ok(format!("ok: {}", summary(&form)))
        }
        XlsformCommand::Import(args) => {
            let form = import_checked(&args.form)?;
            let mut report = format!("imported: {}", summary(&form));
            if let Some(out) = &args.out {
                let json = serde_json::json!({
                    "survey": form.survey,
                    "manifest": form.manifest,
                    "version-hash": form.survey.version_hash().to_hex(),
                });
                let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
                std::fs::write(out, text)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
                let _ = write!(report, "\nwrote {}", out.display());
            }
            Ok(report)
        }
        XlsformCommand::Export(args) => {
            let survey = load_builtin(&args.root, &args.survey).map_err(|e| e.to_string())?;
            let bytes = export_xlsform(&survey, None, None).map_err(|e| e.to_string())?;
            std::fs::write(&args.out, bytes)
                .map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
            Ok(format!(
                "exported survey `{}` ({} questions, languages {}) to {}",
                survey.id,
                survey.question_count(),
                join(survey.languages.iter()),
                args.out.display()
            ))
        }
    }
}

/// Imports as the arguments say; with `--strict` any warning fails the import, listed.
pub fn import_checked(args: &FormArgs) -> Result<ImportedForm, String> {
    let form = import_file_with(&args.form, args.media.as_deref(), args.skip_unsupported)?;
    if args.strict && !form.notes.is_empty() {
        let mut out = format!(
            "{}: --strict: {} warning(s) count as errors:",
            args.form.display(),
            form.notes.len()
        );
        for n in &form.notes {
            let _ = write!(out, "\n  error: {n}");
        }
        return Err(out);
    }
    Ok(form)
}

/// Reads a form and its media folder from disk and imports it. The survey id defaults to the
/// file name when the form has no `form_id`.
pub fn import_file(path: &Path, media_dir: Option<&Path>) -> Result<ImportedForm, String> {
    import_file_with(path, media_dir, false)
}

/// `import_file`, optionally leaving out what Heard never asks (`--skip-unsupported`).
pub fn import_file_with(
    path: &Path,
    media_dir: Option<&Path>,
    skip_unsupported: bool,
) -> Result<ImportedForm, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let folder = media_dir.map(read_media_dir).transpose()?;
    let stem = path.file_stem().and_then(|s| s.to_str());
    import_xlsform(
        &bytes,
        &ImportOptions {
            media: folder.as_ref(),
            fallback_id: stem,
            skip_unsupported,
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
        let _ = write!(out, "\n  warning: {n}");
    }
    out
}
