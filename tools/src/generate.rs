//! Generating the synthetic drafts and their manifests.
//!
//! For every built-in survey and every language the survey has text in *and* that has a voice of
//! its own, each spoken item ([`heard_core::coverage::spoken_items`]) is synthesised; the UI
//! manifest gets the shared prompts of each `locales/<tag>/app.ftl` and each language's name.
//! Items recorded or imported by people (origin other than synthetic) in an existing manifest are
//! kept and never overwritten by a draft. Files no manifest references any more are removed.

use crate::languages::{voice_for, Language, Voice};
use crate::sources::{self, LANGUAGE_NAME_PROMPT};
use crate::synth::{self, Settings, MIME};
use crate::{audio_path, manifest_path, UI_MANIFEST};
use anyhow::{anyhow, bail, Context, Result};
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::coverage::spoken_items;
use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One manifest to build: its file name and what to say in it.
struct Plan {
    name: String,
    survey: Option<SurveyId>,
    /// (target, language, voice, text)
    items: Vec<(MediaTarget, LangTag, Voice, String)>,
    /// Items by people, kept from the existing manifest.
    kept: Vec<MediaItem>,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub manifests: usize,
    pub items: usize,
    pub distinct_texts: usize,
    pub files_written: usize,
    pub files_removed: usize,
}

/// Reads an existing manifest, if any.
pub fn read_manifest(path: &Path) -> Result<Option<MediaManifest>> {
    if !path.is_file() {
        return Ok(None);
    }
    let bytes = std::fs::read(path)?;
    let m =
        serde_json::from_slice(&bytes).with_context(|| format!("parsing {}", path.display()))?;
    Ok(Some(m))
}

fn kept_items(existing: Option<MediaManifest>) -> Vec<MediaItem> {
    existing
        .map(|m| {
            m.items
                .into_iter()
                .filter(|i| !matches!(i.origin, MediaOrigin::Synthetic { .. }))
                .collect()
        })
        .unwrap_or_default()
}

fn is_kept(kept: &[MediaItem], target: &MediaTarget, lang: &LangTag) -> bool {
    kept.iter().any(|i| {
        &i.target == target && i.kind == MediaKind::Audio && i.language.as_ref() == Some(lang)
    })
}

fn plans(root: &Path, audio_dir: &Path, languages: &[Language]) -> Result<Vec<Plan>> {
    let mut plans = Vec::new();
    for id in sources::builtin_ids(root)? {
        if id == UI_MANIFEST {
            bail!("a survey may not be called `{UI_MANIFEST}`: its manifest would clash");
        }
        let survey = sources::load_builtin(root, &id)?;
        let kept = kept_items(read_manifest(&manifest_path(audio_dir, &id))?);
        let mut items = Vec::new();
        for lang in &survey.languages {
            let Some(voice) = voice_for(lang) else {
                continue;
            };
            for item in spoken_items(&survey, lang) {
                let Some(text) = item.text else { continue };
                let text = sources::normalise(&text);
                if text.is_empty() || is_kept(&kept, &item.target, lang) {
                    continue;
                }
                items.push((item.target, lang.clone(), voice, text));
            }
        }
        plans.push(Plan {
            name: id,
            survey: Some(survey.id),
            items,
            kept,
        });
    }
    let kept = kept_items(read_manifest(&manifest_path(audio_dir, UI_MANIFEST))?);
    let mut items = Vec::new();
    for language in languages {
        let Some(voice) = voice_for(&language.tag) else {
            continue;
        };
        let mut prompts = sources::app_prompts(root, &language.tag)?;
        prompts.push((
            LANGUAGE_NAME_PROMPT.to_owned(),
            sources::normalise(&language.autonym),
        ));
        for (id, text) in prompts {
            let target = MediaTarget::Prompt(id);
            if !text.is_empty() && !is_kept(&kept, &target, &language.tag) {
                items.push((target, language.tag.clone(), voice, text));
            }
        }
    }
    plans.push(Plan {
        name: UI_MANIFEST.to_owned(),
        survey: None,
        items,
        kept,
    });
    Ok(plans)
}

/// Synthesises every distinct (voice, text) once, on `jobs` threads.
fn synthesise_all(
    wanted: BTreeSet<(&'static str, String)>,
    settings: Settings,
    jobs: usize,
    scratch: &Path,
) -> Result<BTreeMap<(&'static str, String), Vec<u8>>> {
    let queue = Mutex::new(wanted.into_iter().collect::<Vec<_>>());
    let results = Mutex::new(BTreeMap::new());
    let total = queue.lock().map_err(|_| anyhow!("poisoned"))?.len();
    let done = Mutex::new(0usize);
    std::thread::scope(|scope| -> Result<()> {
        let mut handles = Vec::new();
        for worker in 0..jobs.max(1) {
            let queue = &queue;
            let results = &results;
            let done = &done;
            let work = scratch.join(format!("worker-{worker}"));
            handles.push(scope.spawn(move || -> Result<()> {
                loop {
                    let next = queue.lock().map_err(|_| anyhow!("poisoned"))?.pop();
                    let Some((voice, text)) = next else {
                        return Ok(());
                    };
                    let bytes = synth::synthesize(voice, &text, settings, &work)?;
                    results
                        .lock()
                        .map_err(|_| anyhow!("poisoned"))?
                        .insert((voice, text), bytes);
                    let mut d = done.lock().map_err(|_| anyhow!("poisoned"))?;
                    *d += 1;
                    if *d % 200 == 0 || *d == total {
                        eprintln!("  synthesised {d}/{total}");
                    }
                }
            }));
        }
        for h in handles {
            h.join()
                .map_err(|_| anyhow!("a synthesis thread panicked"))??;
        }
        Ok(())
    })?;
    results.into_inner().map_err(|_| anyhow!("poisoned"))
}

/// Writes `bytes` to `path` unless an identical file is there already. Returns whether it wrote.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool> {
    if std::fs::read(path).ok().as_deref() == Some(bytes) {
        return Ok(false);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    Ok(true)
}

/// Generates every draft and manifest under `audio_dir` (normally `<root>/assets/audio`).
pub fn generate(root: &Path, audio_dir: &Path, settings: Settings, jobs: usize) -> Result<Summary> {
    let languages = crate::languages::languages(root)?;
    let plans = plans(root, audio_dir, &languages)?;
    let wanted: BTreeSet<(&'static str, String)> = plans
        .iter()
        .flat_map(|p| p.items.iter().map(|(_, _, v, t)| (v.espeak, t.clone())))
        .collect();
    let mut summary = Summary {
        distinct_texts: wanted.len(),
        ..Summary::default()
    };
    eprintln!(
        "make-audio: {} items in {} manifests, {} distinct texts to speak",
        plans.iter().map(|p| p.items.len()).sum::<usize>(),
        plans.len(),
        wanted.len()
    );
    let scratch = std::env::temp_dir().join(format!("heard-make-audio-{}", std::process::id()));
    let spoken = synthesise_all(wanted, settings, jobs, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    let spoken = spoken?;

    let mut referenced: BTreeSet<PathBuf> = BTreeSet::new();
    for plan in plans {
        let mut manifest = MediaManifest::new(plan.survey);
        for item in plan.kept {
            if let Some(lang) = &item.language {
                referenced.insert(audio_path(audio_dir, lang, &item.sha256));
            }
            manifest.put(item);
        }
        for (target, lang, voice, text) in plan.items {
            let bytes = spoken
                .get(&(voice.espeak, text.clone()))
                .ok_or_else(|| anyhow!("no audio for {text:?}"))?;
            let sha = Sha256::of_bytes(bytes);
            let path = audio_path(audio_dir, &lang, &sha);
            if let Ok(existing) = std::fs::read(&path) {
                let other = Sha256::of_bytes(&existing);
                if other != sha && other.to_hex()[..16] == sha.to_hex()[..16] {
                    // Two files share a 16-hex name: never silently replace one with the other.
                    bail!("{} names two different files", path.display());
                }
            }
            if write_if_changed(&path, bytes)? {
                summary.files_written += 1;
            }
            referenced.insert(path);
            summary.items += 1;
            manifest.put(MediaItem {
                target,
                kind: MediaKind::Audio,
                language: Some(lang),
                sha256: sha,
                bytes: bytes.len() as u64,
                mime: MIME.to_owned(),
                origin: MediaOrigin::Synthetic {
                    voice: voice.label.to_owned(),
                },
            });
        }
        write_if_changed(
            &manifest_path(audio_dir, &plan.name),
            &to_canonical_json(&manifest),
        )?;
        summary.manifests += 1;
    }

    // Manifests not rewritten here (a survey removed since) still own their files.
    for path in manifest_files(audio_dir)? {
        if let Some(m) = read_manifest(&path)? {
            for item in &m.items {
                if let Some(lang) = &item.language {
                    referenced.insert(audio_path(audio_dir, lang, &item.sha256));
                }
            }
        }
    }
    for file in audio_files(audio_dir)? {
        if !referenced.contains(&file) {
            std::fs::remove_file(&file).with_context(|| format!("removing {}", file.display()))?;
            summary.files_removed += 1;
        }
    }
    Ok(summary)
}

/// Every `*.json` in `<audio dir>/manifests`, sorted.
pub fn manifest_files(audio_dir: &Path) -> Result<Vec<PathBuf>> {
    let dir = audio_dir.join("manifests");
    let mut out = Vec::new();
    if dir.is_dir() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Every `<audio dir>/<tag>/*.opus`, sorted.
pub fn audio_files(audio_dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !audio_dir.is_dir() {
        return Ok(out);
    }
    for entry in std::fs::read_dir(audio_dir)? {
        let dir = entry?.path();
        if !dir.is_dir() || dir.file_name().is_some_and(|n| n == "manifests") {
            continue;
        }
        for file in std::fs::read_dir(&dir)? {
            let path = file?.path();
            if path.extension().is_some_and(|e| e == "opus") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}
