//! The survey structures and locale texts the app runs with: those embedded at build time (see
//! build.rs), plus, optionally, a locales folder given at run time (`HEARD_LOCALES` or
//! `--locales DIR`) laid out like `locales/`: its `languages.toml` rows and its
//! `<tag>/app.ftl`, `<tag>/status.toml` and `<tag>/surveys/<id>.ftl` files add languages (or
//! replace embedded files of the same path). Adding a language needs no rebuild. Likewise a
//! surveys folder (`HEARD_SURVEYS` or `--surveys DIR`): each `<id>.toml` in it adds a survey (or
//! replaces the built-in one of that id); its texts come from a locales folder as above.

use heard_core::authoring::SurveySources;
use heard_core::ids::SurveyId;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

// One list per source tree (see build.rs): worktrees may share a target directory.
include!(concat!(
    env!("OUT_DIR"),
    "/by-root",
    env!("CARGO_MANIFEST_DIR"),
    "/resources.rs"
));

/// The embedded file at `path` (e.g. `locales/languages.toml`).
pub fn file(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

/// Embedded files whose path starts with `prefix` and ends with `suffix`.
pub fn files_matching<'a>(
    prefix: &'a str,
    suffix: &'a str,
) -> impl Iterator<Item = (&'static str, &'static str)> + 'a {
    FILES
        .iter()
        .filter(move |(p, _)| p.starts_with(prefix) && p.ends_with(suffix))
        .copied()
}

/// The path of the languages table, embedded or at the root of a runtime folder.
pub const LANGUAGES_TABLE: &str = "locales/languages.toml";

#[derive(Debug, thiserror::Error)]
#[error("locales folder {path}: {source}")]
pub struct LocalesDirError {
    path: String,
    source: std::io::Error,
}

/// Why a surveys folder (`--surveys DIR`) cannot be used. Every message names the folder or
/// the file on disk.
#[derive(Debug, thiserror::Error)]
pub enum SurveysDirError {
    #[error("surveys folder {dir}")]
    Folder { dir: String, source: std::io::Error },
    #[error("surveys folder {dir} holds no survey file (<survey-id>.toml)")]
    Empty { dir: String },
    #[error("survey file {file}: {why}")]
    File { file: String, why: String },
    /// Surveys that do not load, each with every problem (files named as on disk).
    #[error("{}", .0.join("\n"))]
    Unusable(Vec<String>),
}

/// Where the structure files of runtime surveys live in the repository layout.
const SURVEYS_PREFIX: &str = "assets/surveys/";

/// Files by repository-relative path, and the languages tables in the order they apply.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    files: BTreeMap<String, String>,
    /// (file name, text): the embedded table first, then a runtime folder's.
    tables: Vec<(String, String)>,
    /// Files read at run time: repository-relative path → the file on disk (for messages).
    origins: BTreeMap<String, PathBuf>,
}

impl Resources {
    /// The files embedded in the binary.
    pub fn embedded() -> Self {
        let mut r = Self::default();
        for (path, contents) in FILES {
            if *path == LANGUAGES_TABLE {
                r.tables.push(((*path).to_owned(), (*contents).to_owned()));
            } else {
                r.files.insert((*path).to_owned(), (*contents).to_owned());
            }
        }
        r
    }

    /// Adds a locales folder read now: `<dir>/languages.toml` (optional) and every `.ftl` and
    /// `.toml` file under `<dir>/<tag>/`. Its files win over embedded ones of the same path.
    pub fn with_locales_dir(mut self, dir: &Path) -> Result<Self, LocalesDirError> {
        let err = |source| LocalesDirError {
            path: dir.display().to_string(),
            source,
        };
        let entries = std::fs::read_dir(dir).map_err(err)?;
        let table = dir.join("languages.toml");
        if table.is_file() {
            let text = std::fs::read_to_string(&table).map_err(err)?;
            self.tables.push((table.display().to_string(), text));
        }
        let mut found = Vec::new();
        for entry in entries.flatten() {
            if entry.path().is_dir() {
                collect(&entry.path(), &mut found);
            }
        }
        for path in found {
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&path).map_err(err)?;
            let relative = format!("locales/{relative}");
            self.files.insert(relative.clone(), text);
            self.origins.insert(relative, path);
        }
        Ok(self)
    }

    /// Adds a surveys folder read now: every `<survey-id>.toml` directly in `dir` (other files
    /// are ignored) becomes `assets/surveys/<survey-id>.toml`, winning over a built-in survey of
    /// that id. Their texts are `locales/<tag>/surveys/<survey-id>.ftl`, embedded or from a
    /// locales folder; [`Self::check_surveys_dir`] loads them once every folder is added.
    pub fn with_surveys_dir(mut self, dir: &Path) -> Result<Self, SurveysDirError> {
        let folder = |source| SurveysDirError::Folder {
            dir: dir.display().to_string(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(folder)? {
            let path = entry.map_err(folder)?.path();
            if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                paths.push(path);
            }
        }
        if paths.is_empty() {
            return Err(SurveysDirError::Empty {
                dir: dir.display().to_string(),
            });
        }
        paths.sort();
        for path in paths {
            let bad = |why: String| SurveysDirError::File {
                file: path.display().to_string(),
                why,
            };
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            let id = SurveyId::new(stem.as_ref()).map_err(|e| {
                bad(format!(
                    "the file name must be the survey's id (`<survey-id>.toml`): {e}"
                ))
            })?;
            let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
            let relative = format!("{SURVEYS_PREFIX}{id}.toml");
            self.files.insert(relative.clone(), text);
            self.origins.insert(relative, path);
        }
        Ok(self)
    }

    /// The surveys added by [`Self::with_surveys_dir`]: (survey id, its file on disk).
    pub fn surveys_from_dir(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.origins.iter().filter_map(|(relative, path)| {
            let id = relative
                .strip_prefix(SURVEYS_PREFIX)?
                .strip_suffix(".toml")?;
            Some((id, path.as_path()))
        })
    }

    /// Loads every survey added by [`Self::with_surveys_dir`] with the texts now at hand, so a
    /// bad file stops the app with its problems (each naming the file on disk it is in) instead
    /// of leaving the survey out.
    pub fn check_surveys_dir(&self) -> Result<(), SurveysDirError> {
        let sources = SurveySources::from_files(self.files());
        let on_disk = |file: &str| {
            self.origins
                .get(file)
                .map_or_else(|| file.to_owned(), |p| p.display().to_string())
        };
        let mut unusable = Vec::new();
        for (id, path) in self.surveys_from_dir() {
            let Err(e) = sources.load(id) else {
                continue;
            };
            let mut lines = vec![format!(
                "survey file {} cannot be used, {} problem(s):",
                path.display(),
                e.problems.len()
            )];
            for problem in e.problems {
                let problem = heard_core::authoring::Problem {
                    file: on_disk(&problem.file),
                    ..problem
                };
                lines.push(format!("  {problem}"));
            }
            unusable.push(lines.join("\n"));
        }
        if unusable.is_empty() {
            Ok(())
        } else {
            Err(SurveysDirError::Unusable(unusable))
        }
    }

    /// `HEARD_LOCALES`, if set, over the embedded files.
    pub fn from_environment() -> Result<Self, LocalesDirError> {
        match std::env::var_os("HEARD_LOCALES") {
            Some(dir) => Self::embedded().with_locales_dir(Path::new(&dir)),
            None => Ok(Self::embedded()),
        }
    }

    pub fn file(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// Every file but the languages tables, as (path, contents).
    pub fn files(&self) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .map(|(p, c)| (p.as_str(), c.as_str()))
            .collect()
    }

    /// The languages tables, (file name, text), in the order they apply (later rows win).
    pub fn tables(&self) -> &[(String, String)] {
        &self.tables
    }
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl" | "toml")
        ) {
            out.push(path);
        }
    }
}
