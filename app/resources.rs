//! The survey structures and locale texts the app runs with: those embedded at build time (see
//! build.rs), plus, optionally, a locales folder given at run time (`HEARD_LOCALES` or
//! `--locales DIR`) laid out like `locales/`: its `languages.toml` rows and its
//! `<tag>/app.ftl`, `<tag>/status.toml` and `<tag>/surveys/<id>.ftl` files add languages (or
//! replace embedded files of the same path). Adding a language needs no rebuild.

use std::collections::BTreeMap;
use std::path::Path;

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

/// Files by repository-relative path, and the languages tables in the order they apply.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    files: BTreeMap<String, String>,
    /// (file name, text): the embedded table first, then a runtime folder's.
    tables: Vec<(String, String)>,
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
            self.files.insert(format!("locales/{relative}"), text);
        }
        Ok(self)
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
