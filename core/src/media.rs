//! The media manifest: audio prompts and pictograms for a survey, content-addressed by SHA-256.
//! Kept apart from the survey so that adding a recording changes the manifest hash, not the
//! survey's version hash (responses stay comparable).

use crate::canonical::Sha256;
use crate::ids::{ChoiceId, LangTag, QuestionId, SurveyId};
use serde::{Deserialize, Serialize};

/// What a media item belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MediaTarget {
    /// The survey's title.
    Title,
    Question(QuestionId),
    Choice {
        question: QuestionId,
        choice: ChoiceId,
    },
    /// A fixed UI prompt or shared label, by its Fluent id (`welcome`, `choice-yes`, `lang-name`).
    Prompt(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MediaKind {
    Audio,
    Pictogram,
}

/// Where a file came from. Synthetic speech is a stopgap; recordings by people are the goal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MediaOrigin {
    /// Text-to-speech draft; `voice` names the engine voice (e.g. `espeak-ng fa`).
    Synthetic { voice: String },
    /// Recorded by a person (interpreter, staff).
    Recorded,
    /// Drawn or imported file (pictograms, XLSForm media).
    Imported,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MediaItem {
    pub target: MediaTarget,
    pub kind: MediaKind,
    /// None for language-independent media (pictograms).
    pub language: Option<LangTag>,
    pub sha256: Sha256,
    pub bytes: u64,
    /// `audio/ogg`, `image/svg+xml`, …
    pub mime: String,
    pub origin: MediaOrigin,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MediaManifest {
    /// None for the app's own UI prompts.
    pub survey: Option<SurveyId>,
    /// Sorted by (target, kind, language); at most one item per key.
    pub items: Vec<MediaItem>,
}

impl MediaManifest {
    pub fn new(survey: Option<SurveyId>) -> Self {
        Self {
            survey,
            items: Vec::new(),
        }
    }

    /// Adds or replaces the item for its (target, kind, language), keeping the order canonical.
    pub fn put(&mut self, item: MediaItem) {
        let key = |i: &MediaItem| (i.target.clone(), i.kind, i.language.clone());
        match self
            .items
            .binary_search_by(|probe| key(probe).cmp(&key(&item)))
        {
            Ok(at) => self.items[at] = item,
            Err(at) => self.items.insert(at, item),
        }
    }

    pub fn find(
        &self,
        target: &MediaTarget,
        kind: MediaKind,
        language: Option<&LangTag>,
    ) -> Option<&MediaItem> {
        self.items
            .iter()
            .find(|i| &i.target == target && i.kind == kind && i.language.as_ref() == language)
    }

    /// Layers `overlay` (e.g. a facility's recordings) over this manifest: its items win.
    pub fn overlaid_with(&self, overlay: &MediaManifest) -> MediaManifest {
        let mut merged = self.clone();
        for item in &overlay.items {
            merged.put(item.clone());
        }
        merged
    }

    /// Distinct files: identical prompts (yes/no, scale points) are stored once.
    pub fn distinct_files(&self) -> std::collections::BTreeSet<Sha256> {
        self.items.iter().map(|i| i.sha256).collect()
    }

    /// The manifest's own version: SHA-256 of its canonical JSON.
    pub fn hash(&self) -> Sha256 {
        crate::canonical::hash_of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(q: &str, lang: &str, bytes: &[u8]) -> MediaItem {
        MediaItem {
            target: MediaTarget::Question(QuestionId::new(q).unwrap()),
            kind: MediaKind::Audio,
            language: Some(LangTag::new(lang).unwrap()),
            sha256: Sha256::of_bytes(bytes),
            bytes: bytes.len() as u64,
            mime: "audio/ogg".into(),
            origin: MediaOrigin::Recorded,
        }
    }

    #[test]
    fn put_keeps_one_item_per_key_in_canonical_order() {
        let mut a = MediaManifest::new(None);
        a.put(item("b", "en", b"1"));
        a.put(item("a", "en", b"2"));
        a.put(item("a", "en", b"3"));
        assert_eq!(a.items.len(), 2);
        let mut b = MediaManifest::new(None);
        b.put(item("a", "en", b"3"));
        b.put(item("b", "en", b"1"));
        assert_eq!(a, b);
        assert_eq!(a.hash(), b.hash());
    }

    #[test]
    fn overlay_items_win_and_change_the_hash() {
        let mut base = MediaManifest::new(None);
        base.put(item("a", "ar", b"synthetic"));
        let mut overlay = MediaManifest::new(None);
        overlay.put(item("a", "ar", b"recorded"));
        let merged = base.overlaid_with(&overlay);
        assert_eq!(merged.items.len(), 1);
        assert_eq!(merged.items[0].sha256, Sha256::of_bytes(b"recorded"));
        assert_ne!(merged.hash(), base.hash());
    }
}
