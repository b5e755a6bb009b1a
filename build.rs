//! Embeds the survey definitions and locale files in the binary, so the app (desktop, browser
//! kiosk, Android) needs no resource folder at run time. Adding a language or survey is still a
//! data change only: new files under `locales/` or `assets/surveys/` are picked up here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
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

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut files = Vec::new();
    for dir in ["locales", "assets/surveys"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut code = String::from(
        "/// (path relative to the repository, contents)\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for file in &files {
        let relative = file.strip_prefix(&root).unwrap_or(file);
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            relative.to_string_lossy().replace('\\', "/"),
            file.to_string_lossy()
        );
    }
    code.push_str("];\n");
    // Worktrees of this repository sharing one CARGO_TARGET_DIR share this OUT_DIR too (cargo
    // hashes the package's path relative to the workspace). Write one list per source tree, so a
    // build in another worktree never makes this one embed that tree's files.
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let out = out_dir.join(format!(
        "by-root{}/resources.rs",
        root.to_string_lossy().replace('\\', "/")
    ));
    if let Some(parent) = out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    // Run again whenever this tree's list is missing (another tree ran the script last).
    println!("cargo:rerun-if-changed={}", out.display());
    if std::fs::read_to_string(&out).is_ok_and(|old| old == code) {
        return;
    }
    if let Err(e) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
