//! Spoken prompts: the media manifests (`assets/audio/manifests/*.json`) say which file reads
//! which text in which language; files live at `assets/audio/<tag>/<first 16 hex of sha256>.opus`.
//! They are read from disk (about 14 MB; too much to embed) and served at `/audio/<tag>/<file>`
//! by the browser kiosk and the desktop webview's asset handler.

use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::{MediaKind, MediaManifest, MediaTarget};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct AudioLibrary {
    /// The assets folder holding `audio/`.
    root: Option<PathBuf>,
    /// Per survey; `None` holds the app's own prompts (`ui.json`).
    manifests: BTreeMap<Option<SurveyId>, MediaManifest>,
    problems: Vec<String>,
}

impl AudioLibrary {
    /// Loads every manifest under `<assets>/audio/manifests`. A missing folder means no audio
    /// (the app works silently); a bad manifest is reported and skipped.
    pub fn load(assets: &Path) -> Self {
        let mut library = Self {
            root: Some(assets.to_owned()),
            ..Self::default()
        };
        let dir = assets.join("audio").join("manifests");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            library.root = None;
            return library;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let parsed = std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    serde_json::from_slice::<MediaManifest>(&bytes).map_err(|e| e.to_string())
                });
            match parsed {
                Ok(manifest) => {
                    library.manifests.insert(manifest.survey.clone(), manifest);
                }
                Err(e) => library.problems.push(format!("{}: {e}", path.display())),
            }
        }
        library
    }

    /// Where the assets are: `HEARD_ASSETS`, else `assets/` next to the executable, else the
    /// source tree's (development runs).
    pub fn default_assets_dir() -> PathBuf {
        if let Some(dir) = std::env::var_os("HEARD_ASSETS") {
            return PathBuf::from(dir);
        }
        let beside_exe = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|d| d.join("assets")))
            .filter(|d| d.join("audio").is_dir());
        beside_exe.unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/assets")))
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The URL path of the audio reading `target` in `language`, if recorded or synthesized.
    pub fn url(
        &self,
        survey: Option<&SurveyId>,
        target: &MediaTarget,
        language: &LangTag,
    ) -> Option<String> {
        let manifest = self.manifests.get(&survey.cloned())?;
        let item = manifest.find(target, MediaKind::Audio, Some(language))?;
        let hex = item.sha256.to_hex();
        Some(format!("/audio/{language}/{}.opus", hex.get(..16)?))
    }

    /// The bytes for a request path `/audio/<tag>/<16 hex>.opus`. Anything else is refused, so
    /// no other file can be reached through this.
    pub fn file_for_path(&self, path: &str) -> Option<Vec<u8>> {
        let root = self.root.as_ref()?;
        let rest = path.strip_prefix("/audio/")?;
        let (tag, file) = rest.split_once('/')?;
        let tag = LangTag::new(tag).ok()?;
        let stem = file.strip_suffix(".opus")?;
        if stem.len() != 16
            || !stem
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return None;
        }
        std::fs::read(root.join("audio").join(tag.as_str()).join(file)).ok()
    }
}

/// Script that plays an audio URL. Fetch + blob URL: WebKitGTK will not play media from custom
/// schemes, but fetches them; browsers take the same path. Stops what was playing first.
pub fn play_script(url: &str) -> String {
    // `url` is built by `AudioLibrary::url` from a language tag and hex digits only.
    format!(
        r#"(async () => {{
  if (window.__heardAudio) {{ window.__heardAudio.pause(); }}
  const response = await fetch("{url}");
  if (!response.ok) return;
  const blob = await response.blob();
  const audio = new Audio(URL.createObjectURL(blob));
  window.__heardAudio = audio;
  await audio.play();
}})();"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> AudioLibrary {
        AudioLibrary::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets")))
    }

    #[test]
    fn question_audio_resolves_to_a_served_file() {
        let lib = library();
        assert!(lib.problems().is_empty(), "{:?}", lib.problems());
        let survey = SurveyId::new("be-fedasil").unwrap();
        let target =
            MediaTarget::Question(heard_core::ids::QuestionId::new("room-satisfied").unwrap());
        let url = lib
            .url(Some(&survey), &target, &LangTag::new("ar").unwrap())
            .unwrap();
        assert!(
            url.starts_with("/audio/ar/") && url.ends_with(".opus"),
            "{url}"
        );
        let bytes = lib.file_for_path(&url).unwrap();
        assert!(bytes.starts_with(b"OggS"), "an Ogg file");
    }

    #[test]
    fn every_survey_manifest_is_loaded() {
        let lib = library();
        for id in ["be-fedasil", "lt-desk", "pl-udsc"] {
            let survey = SurveyId::new(id).unwrap();
            assert!(
                lib.manifests.contains_key(&Some(survey.clone())),
                "{id}: {:?}",
                lib.manifests.keys().collect::<Vec<_>>()
            );
        }
        let target = MediaTarget::Question(heard_core::ids::QuestionId::new("service").unwrap());
        let lt = SurveyId::new("lt-desk").unwrap();
        assert!(lib
            .url(Some(&lt), &target, &LangTag::new("en").unwrap())
            .is_some());
    }

    #[test]
    fn only_manifest_shaped_paths_are_served() {
        let lib = library();
        for bad in [
            "/audio/ar/../../Cargo.toml",
            "/audio/ar/4b6f8861ba33b86f.wav",
            "/audio/AR/4b6f8861ba33b86f.opus",
            "/audio/ar/4B6F8861BA33B86F.opus",
            "/audio/ar/manifests.opus",
            "/fonts/NotoSans-Regular.woff2",
        ] {
            assert!(lib.file_for_path(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_play_script_fetches_then_plays_a_blob() {
        let script = play_script("/audio/ar/4b6f8861ba33b86f.opus");
        assert!(script.contains("fetch(\"/audio/ar/4b6f8861ba33b86f.opus\")"));
        assert!(script.contains("createObjectURL"));
    }
}
