//! Survey files reach the core only through `SurveySources::from_files`, which applies the
//! repository layout to every file. Code outside `core/src` that built the type literally would
//! bypass that (its fields are private, so it would not compile; this names the place anyway,
//! and keeps the rule if the fields ever become visible).

use std::path::{Path, PathBuf};

const LITERAL: &str = "SurveySources {";

/// Folders never holding the workspace's own sources.
const SKIPPED_DIRS: &[&str] = &["target", ".git", "node_modules"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_ref()) && !name.starts_with('.') {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[test]
fn survey_sources_are_built_only_inside_the_core() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ has a parent");
    let core_src = root.join("core/src");
    let this_file = Path::new(env!("CARGO_MANIFEST_DIR")).join(file!().trim_start_matches("core/"));
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files.sort();
    assert!(
        files.iter().any(|f| f.starts_with(&core_src)),
        "the walk found no sources under {}",
        core_src.display()
    );
    let mut offenders = Vec::new();
    for file in files
        .iter()
        .filter(|f| !f.starts_with(&core_src) && **f != this_file)
    {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains(LITERAL) {
                offenders.push(format!(
                    "{}:{}: {}",
                    file.strip_prefix(root).unwrap_or(file).display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "build survey sources with SurveySources::from_files, not literally:\n{}",
        offenders.join("\n")
    );
}
