//! Reading survey files from disk: built-ins from the repository's `assets/surveys/<id>.toml` and
//! `locales/<tag>/surveys/<id>.ftl`, or any structure file with a locales folder. Which file is
//! what, and the loading itself, is `heard_core::authoring::SurveySources`; this only reads.

use heard_core::authoring::{LoadError, SurveySources};
use heard_core::survey::Survey;
use std::path::{Path, PathBuf};

/// Why survey files did not give a survey.
#[derive(Debug, thiserror::Error)]
pub enum SurveyFilesError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} has no usable file name", path.display())]
    FileName { path: PathBuf },
    #[error("{0}")]
    Load(#[from] LoadError),
}

fn read(path: &Path) -> Result<String, SurveyFilesError> {
    std::fs::read_to_string(path).map_err(|source| SurveyFilesError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// The folder holding `assets/` and `locales/`: `root` if given, else the current folder if it
/// has them, else the source tree this binary was built from.
pub fn resolve_root(root: Option<&Path>) -> PathBuf {
    if let Some(r) = root {
        return r.to_path_buf();
    }
    let here = PathBuf::from(".");
    if here.join("assets/surveys").is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or(here, Path::to_path_buf)
}

/// Every `<locales>/<tag>/surveys/<id>.ftl` that exists, as `(tag, real path, text)`.
fn read_texts(
    locales: &Path,
    id: &str,
) -> Result<Vec<(String, PathBuf, String)>, SurveyFilesError> {
    let entries = std::fs::read_dir(locales).map_err(|source| SurveyFilesError::Read {
        path: locales.to_path_buf(),
        source,
    })?;
    let mut texts = Vec::new();
    for entry in entries.flatten() {
        let Some(tag) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path().join("surveys").join(format!("{id}.ftl"));
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push((tag, path, text)),
            // A language without this survey, or a file such as `languages.toml`.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) => {}
            Err(source) => return Err(SurveyFilesError::Read { path, source }),
        }
    }
    Ok(texts)
}

/// Loads `assets/surveys/<id>.toml` under `root` with every translation found.
pub fn load_builtin(root: &Path, id: &str) -> Result<Survey, SurveyFilesError> {
    let structure = read(&root.join("assets/surveys").join(format!("{id}.toml")))?;
    let mut files = vec![(format!("assets/surveys/{id}.toml"), structure)];
    for (tag, _, text) in read_texts(&root.join("locales"), id)? {
        files.push((format!("locales/{tag}/surveys/{id}.ftl"), text));
    }
    Ok(SurveySources::from_files(files).load(id)?)
}

/// Loads a structure file and every `<locales>/<tag>/surveys/<stem>.ftl`. They are handed to the
/// core in the repository layout; problems then name the files as they are on disk.
pub fn load_from(structure: &Path, locales: &Path) -> Result<Survey, SurveyFilesError> {
    let id = structure
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| SurveyFilesError::FileName {
            path: structure.to_path_buf(),
        })?;
    let structure_name = format!("assets/surveys/{id}.toml");
    let mut real_names = vec![(structure_name.clone(), structure.display().to_string())];
    let mut files = vec![(structure_name, read(structure)?)];
    for (tag, path, text) in read_texts(locales, id)? {
        let name = format!("locales/{tag}/surveys/{id}.ftl");
        real_names.push((name.clone(), path.display().to_string()));
        files.push((name, text));
    }
    SurveySources::from_files(files).load(id).map_err(|mut e| {
        for problem in &mut e.problems {
            if let Some((_, real)) = real_names.iter().find(|(name, _)| *name == problem.file) {
                problem.file.clone_from(real);
            }
        }
        SurveyFilesError::Load(e)
    })
}
