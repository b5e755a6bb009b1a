//! The committed audio drafts: complete text, sound files, no wrong-language voice, reproducible.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use heard_core::coverage::{coverage, spoken_items};
use heard_core::ids::LangTag;
use heard_core::media::{MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use heard_tools::generate::{audio_files, read_manifest};
use heard_tools::languages::{languages, voice_for, NO_VOICE};
use heard_tools::synth::{self, Settings};
use heard_tools::{audio_path, have_command, manifest_path, report, sources, UI_MANIFEST};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn audio_dir() -> PathBuf {
    root().join("assets/audio")
}

fn manifests() -> Vec<(String, MediaManifest)> {
    let check = report::check(&audio_dir()).unwrap();
    assert!(!check.manifests.is_empty(), "no manifests in assets/audio");
    check.manifests
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("heard-audio-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_builtin_survey_has_text_in_every_language() {
    let root = root();
    let langs = languages(&root).unwrap();
    assert!(langs.len() >= 18);
    let mut missing = Vec::new();
    for id in sources::builtin_ids(&root).unwrap() {
        let survey = sources::load_builtin(&root, &id).unwrap();
        for lang in &langs {
            if !survey.languages.contains(&lang.tag) {
                missing.push(format!("{id}: {}", lang.tag));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "surveys lacking a language:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_manifest_item_resolves_to_its_file() {
    let check = report::check(&audio_dir()).unwrap();
    assert!(
        check.problems.is_empty(),
        "problems in assets/audio:\n{}",
        check.problems.join("\n")
    );
    assert!(check.sizes.items > 0);
    assert!(
        check.sizes.meets_goals(),
        "{}",
        report::size_report(&check.sizes)
    );
}

#[test]
fn every_audio_file_decodes() {
    if !have_command("opusdec") {
        eprintln!("SKIPPED: opusdec is not installed (Debian: opus-tools); audio not decoded");
        return;
    }
    let files: Vec<PathBuf> = manifests()
        .iter()
        .flat_map(|(_, m)| m.items.iter())
        .filter(|i| i.kind == MediaKind::Audio)
        .map(|i| audio_path(&audio_dir(), i.language.as_ref().unwrap(), &i.sha256))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(!files.is_empty());
    let work = scratch("decode");
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for (n, chunk) in files.chunks(files.len().div_ceil(2)).enumerate() {
            let work = work.join(n.to_string());
            let failures = &failures;
            s.spawn(move || {
                for file in chunk {
                    match synth::decode(file, &work) {
                        // 16-bit mono PCM at the original 22.05 kHz: at least ~0.1 s of sound
                        // (the shortest prompts, "Вы…", "Non", last about 0.3 s).
                        Ok(bytes) if bytes > 44 + 4_000 => {}
                        Ok(bytes) => failures
                            .lock()
                            .unwrap()
                            .push(format!("{}: decodes to {bytes} bytes only", file.display())),
                        Err(e) => failures.lock().unwrap().push(format!("{e:#}")),
                    }
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&work);
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_synthetic_voice_speaks_a_language_without_its_own() {
    let all = manifests();
    for tag in NO_VOICE {
        let lang = LangTag::new(*tag).unwrap();
        assert_eq!(voice_for(&lang), None);
        for (name, m) in &all {
            for item in &m.items {
                if item.language.as_ref() == Some(&lang) {
                    assert!(
                        !matches!(item.origin, MediaOrigin::Synthetic { .. }),
                        "{name}: synthetic {tag} audio for {:?}",
                        item.target
                    );
                }
            }
        }
        // Only recordings by people may ever live here.
        let human: BTreeSet<PathBuf> = all
            .iter()
            .flat_map(|(_, m)| m.items.iter())
            .filter(|i| i.language.as_ref() == Some(&lang))
            .map(|i| audio_path(&audio_dir(), &lang, &i.sha256))
            .collect();
        for file in audio_files(&audio_dir()).unwrap() {
            if file.parent() == Some(audio_dir().join(tag).as_path()) {
                assert!(
                    human.contains(&file),
                    "{} is not a recording",
                    file.display()
                );
            }
        }
    }
    // Every synthetic item uses its own language's voice.
    for (name, m) in &all {
        for item in &m.items {
            if let MediaOrigin::Synthetic { voice } = &item.origin {
                let lang = item.language.as_ref().unwrap();
                assert_eq!(
                    Some(voice.as_str()),
                    voice_for(lang).map(|v| v.label),
                    "{name}: {lang}"
                );
            }
        }
    }
}

#[test]
fn dari_is_a_persian_voice_draft() {
    let dari = LangTag::new("fa-AF").unwrap();
    let mut seen = 0;
    for (_, m) in manifests() {
        for item in m
            .items
            .iter()
            .filter(|i| i.language.as_ref() == Some(&dari))
        {
            match &item.origin {
                MediaOrigin::Synthetic { voice } => {
                    assert_eq!(
                        voice,
                        "espeak-ng fa (Iranian Persian voice for Dari: draft)"
                    );
                    seen += 1;
                }
                MediaOrigin::Recorded | MediaOrigin::Imported => {}
            }
        }
    }
    assert!(seen > 0, "no Dari drafts");
}

#[test]
fn drafts_are_complete_for_voiced_languages_and_absent_otherwise() {
    let root = root();
    let langs: Vec<LangTag> = languages(&root)
        .unwrap()
        .into_iter()
        .map(|l| l.tag)
        .collect();
    let ui = read_manifest(&manifest_path(&audio_dir(), UI_MANIFEST))
        .unwrap()
        .expect("ui.json");
    for id in sources::builtin_ids(&root).unwrap() {
        let survey = sources::load_builtin(&root, &id).unwrap();
        let m = read_manifest(&manifest_path(&audio_dir(), &id))
            .unwrap()
            .unwrap_or_else(|| panic!("no manifest for {id}"));
        assert_eq!(m.survey.as_ref(), Some(&survey.id));
        for c in coverage(&survey, &m.overlaid_with(&ui), &langs) {
            if voice_for(&c.language).is_some() && survey.has_language(&c.language) {
                assert!(
                    c.audio.complete(),
                    "{id} [{}]: {} spoken items lack audio: run scripts/make-audio",
                    c.language,
                    c.audio.missing
                );
            }
            if voice_for(&c.language).is_none() {
                assert_eq!(c.audio.synthetic, 0, "{id} [{}]", c.language);
            }
        }
    }
    let stale = report::stale(&root, &audio_dir(), &languages(&root).unwrap()).unwrap();
    assert!(stale.is_empty(), "out of date:\n{}", stale.join("\n"));
}

#[test]
fn synthesis_is_deterministic_and_reproduces_the_committed_files() {
    if !synth::COMMANDS.iter().all(|c| have_command(c)) {
        eprintln!("SKIPPED: espeak-ng or opusenc is not installed; determinism not checked");
        return;
    }
    let root = root();
    let survey = sources::load_builtin(&root, "be-fedasil").unwrap();
    let lang = LangTag::new("en").unwrap();
    let voice = voice_for(&lang).unwrap();
    let title = spoken_items(&survey, &lang)
        .into_iter()
        .find(|i| i.target == MediaTarget::Title)
        .and_then(|i| i.text)
        .unwrap();
    let work = scratch("determinism");
    let a = synth::synthesize(voice.espeak, &title, Settings::default(), &work.join("a")).unwrap();
    let b = synth::synthesize(voice.espeak, &title, Settings::default(), &work.join("b")).unwrap();
    let _ = std::fs::remove_dir_all(&work);
    assert_eq!(a, b, "two runs gave different bytes");
    assert!(synth::pages_ok(&a), "page CRCs do not verify");
    // And the committed file is exactly what this machine makes from the current text.
    let m = read_manifest(&manifest_path(&audio_dir(), "be-fedasil"))
        .unwrap()
        .unwrap();
    let item = m
        .find(&MediaTarget::Title, MediaKind::Audio, Some(&lang))
        .expect("an English title prompt");
    assert_eq!(
        item.sha256,
        heard_core::canonical::Sha256::of_bytes(&a),
        "the committed title audio is not what make-audio makes now (text or tools changed?)"
    );
}
