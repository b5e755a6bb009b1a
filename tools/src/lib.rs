//! Heard's maintenance tools. `make-audio` turns every spoken item of the built-in surveys and the
//! app's shared prompts into synthetic Ogg Opus drafts, for languages that have a voice of their
//! own, and reports audio sizes and coverage. See `scripts/make-audio` and BENCHMARKS.md.

pub mod generate;
pub mod languages;
pub mod report;
pub mod sources;
pub mod synth;

use heard_core::canonical::Sha256;
use heard_core::ids::LangTag;
use std::path::{Path, PathBuf};

/// The survey whose audio ships inside the app bundle with the UI prompts.
pub const FLAGSHIP_SURVEY: &str = "be-fedasil";

/// Where a content-addressed audio file lives: `<audio dir>/<tag>/<first 16 hex of sha256>.opus`.
pub fn audio_path(audio_dir: &Path, lang: &LangTag, sha: &Sha256) -> PathBuf {
    let hex = sha.to_hex();
    audio_dir
        .join(lang.as_str())
        .join(format!("{}.opus", &hex[..16]))
}

/// The manifest of a survey (`<id>.json`) or of the UI prompts (`ui.json`).
pub fn manifest_path(audio_dir: &Path, name: &str) -> PathBuf {
    audio_dir.join("manifests").join(format!("{name}.json"))
}

/// Name of the UI prompts' manifest.
pub const UI_MANIFEST: &str = "ui";

/// Whether a command is on `PATH`.
pub fn have_command(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
}
