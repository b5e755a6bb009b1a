//! Languages and their voices. The voice table mirrors `languages.md`: a language gets synthetic
//! speech only from a voice of its own language. Wrong-language voices are never used (Amharic
//! reading Tigrinya, Persian reading Pashto, Kurmanji reading Sorani): such languages have no row
//! here and their prompts must be recorded by people.

use anyhow::{Context, Result};
use heard_core::ids::LangTag;
use serde::Deserialize;
use std::path::Path;

/// An espeak-ng voice for a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    /// The espeak-ng voice name (`-v`).
    pub espeak: &'static str,
    /// What manifests record in `origin: synthetic { voice }`.
    pub label: &'static str,
}

/// Tag → voice. Languages absent here (ps, ckb, ti, so, and any tag added later) get no synthetic
/// audio at all.
const VOICES: &[(&str, Voice)] = &[
    ("nl", v("nl", "espeak-ng nl")),
    ("fr", v("fr-be", "espeak-ng fr-be")),
    ("de", v("de", "espeak-ng de")),
    ("en", v("en-gb", "espeak-ng en-gb")),
    ("ar", v("ar", "espeak-ng ar (Modern Standard Arabic)")),
    ("fa", v("fa", "espeak-ng fa")),
    // Dari has no voice of its own; the Iranian Persian voice is understood but accented.
    (
        "fa-AF",
        v("fa", "espeak-ng fa (Iranian Persian voice for Dari: draft)"),
    ),
    ("ku", v("ku", "espeak-ng ku")),
    ("tr", v("tr", "espeak-ng tr")),
    ("ru", v("ru", "espeak-ng ru")),
    ("uk", v("uk", "espeak-ng uk")),
    ("es", v("es-419", "espeak-ng es-419")),
    ("fi", v("fi", "espeak-ng fi")),
    ("sv", v("sv", "espeak-ng sv")),
];

const fn v(espeak: &'static str, label: &'static str) -> Voice {
    Voice { espeak, label }
}

/// Languages that must never get synthetic audio: no voice of their own exists here.
pub const NO_VOICE: &[&str] = &["ps", "ckb", "ti", "so"];

/// The voice for a language tag, if it has one of its own.
pub fn voice_for(tag: &LangTag) -> Option<Voice> {
    VOICES
        .iter()
        .find(|(t, _)| *t == tag.as_str())
        .map(|(_, voice)| *voice)
}

/// The eighteen languages Heard ships, with their autonyms (used when
/// `locales/languages.toml` is absent or lacks a row).
pub const BUILTIN: &[(&str, &str)] = &[
    ("nl", "Nederlands"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("fa-AF", "دری"),
    ("ps", "پښتو"),
    ("ckb", "کوردی"),
    ("ku", "Kurmancî"),
    ("tr", "Türkçe"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("es", "Español"),
    ("fi", "Suomi"),
    ("sv", "Svenska"),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub tag: LangTag,
    /// The language's name in itself, spoken as the `lang-name` prompt.
    pub autonym: String,
}

#[derive(Deserialize)]
struct LanguagesFile {
    #[serde(default)]
    language: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    tag: String,
    autonym: Option<String>,
}

/// The languages: the rows of `locales/languages.toml` when it exists, followed by any of the
/// eighteen built-in languages it lacks. Autonyms come from the file, else the built-in table.
pub fn languages(root: &Path) -> Result<Vec<Language>> {
    let mut out: Vec<Language> = Vec::new();
    let path = root.join("locales/languages.toml");
    if path.is_file() {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let file: LanguagesFile =
            toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        for row in file.language {
            let tag = LangTag::new(row.tag.clone())
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let autonym = row.autonym.or_else(|| builtin_autonym(&tag));
            if let Some(autonym) = autonym {
                if !out.iter().any(|l| l.tag == tag) {
                    out.push(Language { tag, autonym });
                }
            }
        }
    }
    for (tag, autonym) in BUILTIN {
        let tag = LangTag::new(*tag).map_err(|e| anyhow::anyhow!("{e}"))?;
        if !out.iter().any(|l| l.tag == tag) {
            out.push(Language {
                tag,
                autonym: (*autonym).to_owned(),
            });
        }
    }
    Ok(out)
}

fn builtin_autonym(tag: &LangTag) -> Option<String> {
    BUILTIN
        .iter()
        .find(|(t, _)| *t == tag.as_str())
        .map(|(_, a)| (*a).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unvoiced_languages_have_no_voice_and_dari_is_marked_a_draft() {
        for tag in NO_VOICE {
            assert_eq!(voice_for(&LangTag::new(*tag).unwrap()), None, "{tag}");
        }
        let dari = voice_for(&LangTag::new("fa-AF").unwrap()).unwrap();
        assert_eq!(dari.espeak, "fa");
        assert!(dari.label.contains("Iranian Persian") && dari.label.contains("draft"));
        // Every voice is its own language's (or, for Dari, the Persian draft above).
        for (tag, voice) in VOICES {
            let lang = tag.split('-').next().unwrap();
            assert!(voice.espeak.starts_with(lang), "{tag} → {}", voice.espeak);
        }
        assert_eq!(BUILTIN.len(), 18);
        assert_eq!(VOICES.len() + NO_VOICE.len(), 18);
    }
}
