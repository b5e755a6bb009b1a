//! Checking the generated audio and measuring it: every manifest item resolves to a file with the
//! recorded SHA-256 and size, no synthetic voice speaks a language it is not, and the sizes meet
//! the goals (average prompt ≤ 8 KB, app bundle share ≤ 3.1 MB).

use crate::generate::{audio_files, manifest_files, read_manifest};
use crate::languages::{voice_for, Language, NO_VOICE};
use crate::sources;
use crate::{audio_path, manifest_path, FLAGSHIP_SURVEY, UI_MANIFEST};
use anyhow::Result;
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::coverage::{audio_coverage, coverage, spoken_items, AudioCoverage};
use heard_core::media::{MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Goal: the average stored prompt is at most this many bytes (8 KB, decimal).
pub const AVERAGE_GOAL: u64 = 8_000;
/// Goal: UI prompts + the flagship survey, all voiced languages, at most this many bytes (3.1 MB:
/// the whole listening path is voiced, issue 18).
pub const BUNDLE_GOAL: u64 = 3_100_000;

#[derive(Debug, Default, Clone)]
pub struct Sizes {
    /// Manifest items (a file shared by several items counts once per item).
    pub items: usize,
    /// Distinct stored files.
    pub files: usize,
    pub total_bytes: u64,
    /// Distinct files of the UI manifest and the flagship survey.
    pub bundle_files: usize,
    pub bundle_bytes: u64,
    /// Per language: (files, bytes).
    pub per_language: BTreeMap<String, (usize, u64)>,
}

impl Sizes {
    pub fn average_bytes(&self) -> u64 {
        if self.files == 0 {
            0
        } else {
            self.total_bytes / self.files as u64
        }
    }

    pub fn meets_goals(&self) -> bool {
        self.average_bytes() <= AVERAGE_GOAL && self.bundle_bytes <= BUNDLE_GOAL
    }
}

/// The result of checking `<audio dir>`.
#[derive(Debug, Default)]
pub struct Check {
    pub manifests: Vec<(String, MediaManifest)>,
    pub problems: Vec<String>,
    pub sizes: Sizes,
}

/// Reads every manifest and checks every item against its file; measures sizes.
pub fn check(audio_dir: &Path) -> Result<Check> {
    let mut out = Check::default();
    let mut referenced: BTreeMap<PathBuf, u64> = BTreeMap::new();
    let mut bundle: BTreeSet<PathBuf> = BTreeSet::new();
    for path in manifest_files(audio_dir)? {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let bytes = std::fs::read(&path)?;
        let manifest: MediaManifest = match serde_json::from_slice(&bytes) {
            Ok(m) => m,
            Err(e) => {
                out.problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        if to_canonical_json(&manifest) != bytes {
            out.problems
                .push(format!("{}: not in canonical form", path.display()));
        }
        for item in &manifest.items {
            if item.kind != MediaKind::Audio {
                continue;
            }
            let what = format!("{name}: {:?} [{:?}]", item.target, item.language);
            let Some(lang) = &item.language else {
                out.problems
                    .push(format!("{what}: audio without a language"));
                continue;
            };
            if item.mime != crate::synth::MIME {
                out.problems
                    .push(format!("{what}: mime {} is not audio/ogg", item.mime));
            }
            if let MediaOrigin::Synthetic { voice } = &item.origin {
                match voice_for(lang) {
                    None => out.problems.push(format!(
                        "{what}: synthetic audio for {lang}, which has no voice of its own"
                    )),
                    Some(v) if v.label != voice => out
                        .problems
                        .push(format!("{what}: voice `{voice}`, expected `{}`", v.label)),
                    Some(_) => {}
                }
            }
            let file = audio_path(audio_dir, lang, &item.sha256);
            match std::fs::read(&file) {
                Err(_) => out
                    .problems
                    .push(format!("{what}: {} is missing", file.display())),
                Ok(data) => {
                    if Sha256::of_bytes(&data) != item.sha256 {
                        out.problems
                            .push(format!("{what}: {} has another SHA-256", file.display()));
                    }
                    if !crate::synth::pages_ok(&data) {
                        out.problems.push(format!(
                            "{what}: {} is not a sound Ogg stream (page CRC)",
                            file.display()
                        ));
                    }
                    if data.len() as u64 != item.bytes {
                        out.problems.push(format!(
                            "{what}: {} has {} bytes, the manifest says {}",
                            file.display(),
                            data.len(),
                            item.bytes
                        ));
                    }
                }
            }
            out.sizes.items += 1;
            referenced.insert(file.clone(), item.bytes);
            if name == UI_MANIFEST || name == FLAGSHIP_SURVEY {
                bundle.insert(file);
            }
        }
        out.manifests.push((name, manifest));
    }
    for file in audio_files(audio_dir)? {
        if !referenced.contains_key(&file) {
            out.problems
                .push(format!("{}: no manifest refers to it", file.display()));
        }
    }
    for tag in NO_VOICE {
        let dir = audio_dir.join(tag);
        let synthetic = out.manifests.iter().any(|(_, m)| {
            m.items.iter().any(|i| {
                i.language.as_ref().is_some_and(|l| l.as_str() == *tag)
                    && matches!(i.origin, MediaOrigin::Synthetic { .. })
            })
        });
        if synthetic {
            out.problems.push(format!(
                "synthetic audio exists for {tag} ({})",
                dir.display()
            ));
        }
    }
    let s = &mut out.sizes;
    s.files = referenced.len();
    s.total_bytes = referenced.values().sum();
    s.bundle_files = bundle.len();
    s.bundle_bytes = bundle.iter().filter_map(|f| referenced.get(f)).sum();
    for (file, bytes) in &referenced {
        let tag = file
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let e = s.per_language.entry(tag).or_default();
        e.0 += 1;
        e.1 += bytes;
    }
    Ok(out)
}

/// Items with text in a voiced language but no audio: the drafts are out of date.
pub fn stale(root: &Path, audio_dir: &Path, languages: &[Language]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for id in sources::builtin_ids(root)? {
        let survey = sources::load_builtin(root, &id)?;
        let manifest = read_manifest(&manifest_path(audio_dir, &id))?.unwrap_or_default();
        for lang in &survey.languages {
            if voice_for(lang).is_none() {
                continue;
            }
            for item in spoken_items(&survey, lang) {
                if item.text.is_some()
                    && manifest
                        .find(&item.target, MediaKind::Audio, Some(lang))
                        .is_none()
                {
                    out.push(format!("{id} [{lang}]: no audio for {:?}", item.target));
                }
            }
        }
    }
    let ui = read_manifest(&manifest_path(audio_dir, UI_MANIFEST))?.unwrap_or_default();
    for language in languages {
        if voice_for(&language.tag).is_none() {
            continue;
        }
        for (id, _) in sources::app_prompts(root, &language.tag)? {
            let target = MediaTarget::Prompt(id);
            if ui
                .find(&target, MediaKind::Audio, Some(&language.tag))
                .is_none()
            {
                out.push(format!("ui [{}]: no audio for {target:?}", language.tag));
            }
        }
    }
    Ok(out)
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn mb(bytes: u64) -> String {
    format!("{:.2} MB", bytes as f64 / 1_000_000.0)
}

/// The size report, as printed by `make-audio --check`.
pub fn size_report(s: &Sizes) -> String {
    let ok = |b: bool| if b { "ok" } else { "OVER GOAL" };
    let mut r = String::new();
    let _ = writeln!(
        r,
        "audio: {} manifest items, {} distinct files, {} in total",
        s.items,
        s.files,
        mb(s.total_bytes)
    );
    let _ = writeln!(
        r,
        "average per stored prompt: {} ({} bytes; goal ≤ 8 KB: {})",
        kb(s.average_bytes()),
        s.average_bytes(),
        ok(s.average_bytes() <= AVERAGE_GOAL)
    );
    let _ = writeln!(
        r,
        "app bundle share (UI prompts + {FLAGSHIP_SURVEY}, voiced languages): {} files, {} ({} bytes; goal ≤ 3.1 MB: {})",
        s.bundle_files,
        mb(s.bundle_bytes),
        s.bundle_bytes,
        ok(s.bundle_bytes <= BUNDLE_GOAL)
    );
    let _ = writeln!(r, "per language (files, bytes):");
    for (tag, (files, bytes)) in &s.per_language {
        let _ = writeln!(r, "  {tag:6} {files:5} {:>10}", kb(*bytes));
    }
    r
}

/// Coverage per language over every built-in survey, plus the UI prompts, as printed by `--check`.
pub fn coverage_report(
    root: &Path,
    languages: &[Language],
    manifests: &[(String, MediaManifest)],
) -> Result<String> {
    let find = |name: &str| {
        manifests
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    };
    let ui = find(UI_MANIFEST);
    let tags: Vec<_> = languages.iter().map(|l| l.tag.clone()).collect();
    let ids = sources::builtin_ids(root)?;
    // Per language: surveys with complete text, survey audio, shared-answer audio.
    let mut rows: Vec<(usize, AudioCoverage, AudioCoverage)> =
        vec![(0, AudioCoverage::default(), AudioCoverage::default()); tags.len()];
    for id in &ids {
        let survey = sources::load_builtin(root, id)?;
        let merged = find(id).overlaid_with(&ui);
        for (row, c) in rows.iter_mut().zip(coverage(&survey, &merged, &tags)) {
            row.0 += usize::from(c.text.complete());
            add(&mut row.1, c.audio);
            add(&mut row.2, c.shared_audio);
        }
    }
    let en = heard_core::ids::LangTag::new("en").map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut ui_targets: Vec<MediaTarget> = sources::app_prompts(root, &en)?
        .into_iter()
        .map(|(id, _)| MediaTarget::Prompt(id))
        .collect();
    ui_targets.push(MediaTarget::Prompt(
        sources::LANGUAGE_NAME_PROMPT.to_owned(),
    ));
    let mut r = String::new();
    let _ = writeln!(
        r,
        "coverage ({} surveys; audio counts are missing/synthetic/recorded+imported):",
        ids.len()
    );
    let _ = writeln!(
        r,
        "  lang   text     survey audio          shared answers      UI prompts ({} in en)",
        ui_targets.len()
    );
    for (lang, (text, audio, shared)) in tags.iter().zip(rows) {
        let ui_c = audio_coverage(&ui, &ui_targets, lang);
        let _ = writeln!(
            r,
            "  {:6} {:>2}/{:<2}    {:<20}  {:<18}  {}",
            lang.as_str(),
            text,
            ids.len(),
            counts(audio),
            counts(shared),
            counts(ui_c)
        );
    }
    Ok(r)
}

fn add(a: &mut AudioCoverage, b: AudioCoverage) {
    a.missing += b.missing;
    a.synthetic += b.synthetic;
    a.recorded += b.recorded;
    a.imported += b.imported;
}

fn counts(c: AudioCoverage) -> String {
    format!("{}/{}/{}", c.missing, c.synthetic, c.recorded + c.imported)
}
