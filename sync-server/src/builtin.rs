//! Loading survey sources from files: built-ins from the repository's `assets/surveys/<id>.toml`
//! and `locales/<tag>/surveys/<id>.ftl`, or any structure file with a locales folder.

use heard_core::authoring::{load_survey, SourceFile, SurveySources};
use heard_core::ids::LangTag;
use heard_core::survey::Survey;
use std::path::{Path, PathBuf};

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

/// Loads `assets/surveys/<id>.toml` under `root` with every translation found.
pub fn load_builtin(root: &Path, id: &str) -> Result<Survey, String> {
    load_from(
        &root.join("assets/surveys").join(format!("{id}.toml")),
        &root.join("locales"),
    )
}

/// Loads a structure file and every `<locales>/<tag>/surveys/<stem>.ftl`.
pub fn load_from(structure: &Path, locales: &Path) -> Result<Survey, String> {
    let id = structure
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{} has no usable file name", structure.display()))?;
    let structure_text = std::fs::read_to_string(structure)
        .map_err(|e| format!("cannot read {}: {e}", structure.display()))?;
    let mut texts = Vec::new();
    let entries = std::fs::read_dir(locales)
        .map_err(|e| format!("cannot read the locales folder {}: {e}", locales.display()))?;
    for entry in entries.flatten() {
        let Some(tag) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path().join("surveys").join(format!("{id}.ftl"));
        let Ok(lang) = LangTag::new(tag.clone()) else {
            continue;
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push((lang, format!("locales/{tag}/surveys/{id}.ftl"), text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        }
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    let structure_name = structure.display().to_string();
    let sources = SurveySources {
        structure: SourceFile {
            name: &structure_name,
            contents: &structure_text,
        },
        texts: texts
            .iter()
            .map(|(lang, name, text)| {
                (
                    lang.clone(),
                    SourceFile {
                        name,
                        contents: text,
                    },
                )
            })
            .collect(),
    };
    load_survey(&sources).map_err(|e| e.to_string())
}
