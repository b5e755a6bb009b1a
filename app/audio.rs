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
            match std::fs::read(&path) {
                Ok(bytes) => library.add_manifest(&path.display().to_string(), &bytes),
                Err(e) => library.problems.push(format!("{}: {e}", path.display())),
            }
        }
        library
    }

    /// The manifests given as (name, JSON), files served by someone else: the web build, whose
    /// audio files are static files beside the page.
    pub fn from_manifests<'a>(manifests: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Self {
        let mut library = Self::default();
        for (name, bytes) in manifests {
            library.add_manifest(name, bytes);
        }
        library
    }

    fn add_manifest(&mut self, name: &str, bytes: &[u8]) {
        match serde_json::from_slice::<MediaManifest>(bytes) {
            Ok(manifest) => {
                self.manifests.insert(manifest.survey.clone(), manifest);
            }
            Err(e) => self.problems.push(format!("{name}: {e}")),
        }
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

    /// The shipped manifest of a survey (None: the app's own prompts), if any.
    pub fn manifest(&self, survey: Option<&SurveyId>) -> Option<&MediaManifest> {
        self.manifests.get(&survey.cloned())
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
        let root = crate::platform::ASSET_ROOT;
        Some(format!("{root}audio/{language}/{}.opus", hex.get(..16)?))
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

/// The type of an audio file from its first bytes; None for anything that is not audio a
/// webview plays (recordings and imports are checked, never trusted by their name).
pub fn sniff_audio_mime(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x1a, 0x45, 0xdf, 0xa3]) {
        Some("audio/webm")
    } else if bytes.starts_with(b"OggS") {
        Some("audio/ogg")
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WAVE") {
        Some("audio/wav")
    } else if bytes.starts_with(b"ID3") || bytes.starts_with(&[0xff, 0xfb]) {
        Some("audio/mpeg")
    } else if bytes.get(4..8) == Some(b"ftyp") {
        Some("audio/mp4")
    } else {
        None
    }
}

/// The URL path of a recording kept on this device: `/recorded/<sha256 hex>`.
pub fn recorded_url(sha: &heard_core::canonical::Sha256) -> String {
    format!("/recorded/{}", sha.to_hex())
}

/// The hash in a `/recorded/<64 hex>` path; anything else is None.
pub fn recorded_sha(path: &str) -> Option<heard_core::canonical::Sha256> {
    let hex = path.strip_prefix("/recorded/")?;
    if hex.len() != 64
        || !hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    heard_core::canonical::Sha256::from_hex(hex)
}

/// Script that stops whatever is playing and any playlist in progress.
pub const STOP_SCRIPT: &str = r#"window.__heardToken = (window.__heardToken || 0) + 1;
if (window.__heardAudio) { window.__heardAudio.pause(); }"#;

/// Script that plays URLs one after the other, telling Rust the index of each as it starts
/// (`dioxus.send(i)`) and -1 at the end. A newer playlist or `STOP_SCRIPT` ends it. The audio
/// element is `window.__heardAudio`, its URL in `window.__heardAudioUrl` (for tests).
pub fn playlist_script(urls: &[String]) -> String {
    // The URLs are built by the app from language tags and hex digits only; JSON-quote anyway.
    let list = serde_json::to_string(urls).unwrap_or_else(|_| "[]".to_owned());
    format!(
        r#"const token = (window.__heardToken = (window.__heardToken || 0) + 1);
if (window.__heardAudio) {{ window.__heardAudio.pause(); }}
const urls = {list};
for (let i = 0; i < urls.length; i++) {{
  if (window.__heardToken !== token) break;
  let audio;
  try {{
    const response = await fetch(urls[i]);
    if (!response.ok) continue;
    audio = new Audio(URL.createObjectURL(await response.blob()));
  }} catch (e) {{ continue; }}
  if (window.__heardToken !== token) break;
  window.__heardAudio = audio;
  window.__heardAudioUrl = urls[i];
  dioxus.send(i);
  const finished = new Promise((resolve) => {{
    audio.addEventListener("ended", resolve);
    audio.addEventListener("pause", resolve);
    audio.addEventListener("error", resolve);
  }});
  try {{ await audio.play(); }} catch (e) {{ break; }}
  await finished;
  URL.revokeObjectURL(audio.src);
}}
if (window.__heardToken === token) {{ dioxus.send(-1); }}
return true;"#
    )
}

/// Script that plays an audio URL. Fetch + blob URL: WebKitGTK will not play media from custom
/// schemes, but fetches them; browsers take the same path. Stops what was playing first.
pub fn play_script(url: &str) -> String {
    // `url` is built by `AudioLibrary::url` from a language tag and hex digits only.
    format!(
        r#"(async () => {{
  window.__heardToken = (window.__heardToken || 0) + 1;
  if (window.__heardAudio) {{ window.__heardAudio.pause(); }}
  const response = await fetch("{url}");
  if (!response.ok) return;
  const blob = await response.blob();
  const audio = new Audio(URL.createObjectURL(blob));
  window.__heardAudio = audio;
  window.__heardAudioUrl = "{url}";
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
