//! Spoken prompts as the device has them: the shipped manifests overlaid with what people
//! recorded here (`MediaManifest::overlaid_with`), recording and importing prompts, and the
//! coverage report (text and audio per survey and language, from `heard_core::coverage`).

use super::{ServiceError, Services};
use crate::audio::{recorded_sha, recorded_url, sniff_audio_mime};
use crate::store::RecordedMedia;
use heard_core::canonical::Sha256;
use heard_core::coverage::{coverage, shared_prompts, spoken_items, LanguageCoverage};
use heard_core::ids::{LangTag, SurveyId};
use heard_core::listening::{listening_gaps, path_prompts, Gap};
use heard_core::media::{MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use heard_core::survey::Survey;

/// The longest recording kept (about two minutes of webm/opus speech).
pub const MAX_RECORDING_BYTES: usize = 2 * 1024 * 1024;

/// The prompt id of a language's own name, spoken on the language grid.
pub const LANGUAGE_NAME_PROMPT: &str = "lang-name";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordingRefused {
    #[error("the file is empty or too short")]
    Empty,
    #[error("the file is larger than 2 MB")]
    TooLarge,
    #[error("the file is not audio the tablet can play")]
    NotAudio,
}

/// Something to record: where it goes, what to say, and what exists now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingSlot {
    /// None: the app's own prompts (UI manifest).
    pub survey: Option<SurveyId>,
    pub target: MediaTarget,
    /// The words to read aloud.
    pub text: String,
    /// None: no audio yet.
    pub origin: Option<MediaOrigin>,
}

/// One survey's coverage in every language of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyCoverage {
    pub survey: SurveyId,
    pub languages: Vec<LanguageCoverage>,
    /// Per language (same order): how many prompts of the resident's path still lack audio
    /// before the language can be offered by ear (`heard_core::listening`).
    pub listen_gaps: Vec<usize>,
}

impl Services {
    /// A manifest as this device has it: shipped items, then recordings kept here on top.
    pub fn manifest_for(&self, survey: Option<&SurveyId>) -> Result<MediaManifest, ServiceError> {
        let shipped = self
            .audio()
            .manifest(survey)
            .cloned()
            .unwrap_or_else(|| MediaManifest::new(survey.cloned()));
        let store = self.store()?;
        // Files that came with a downloaded survey, where this tablet holds them.
        let mut downloaded = MediaManifest::new(survey.cloned());
        if let Some(manifest) = survey.and_then(|id| self.catalog().downloaded_manifest(id)) {
            for item in &manifest.items {
                if item.origin != MediaOrigin::Recorded
                    && store.has_downloaded_media(&item.sha256)?
                {
                    downloaded.put(item.clone());
                }
            }
        }
        let mut overlay = MediaManifest::new(survey.cloned());
        for media in store.recorded_media(survey)? {
            overlay.put(media.item());
        }
        Ok(shipped.overlaid_with(&downloaded).overlaid_with(&overlay))
    }

    /// The hash of a downloaded survey's own file for a target, if this tablet holds it.
    fn downloaded_sha_for(
        &self,
        survey: &SurveyId,
        target: &MediaTarget,
        language: &LangTag,
    ) -> Option<Sha256> {
        let manifest = self.catalog().downloaded_manifest(survey)?;
        let item = manifest.find(target, MediaKind::Audio, Some(language))?;
        let store = self.store().ok()?;
        (item.origin != MediaOrigin::Recorded && store.has_downloaded_media(&item.sha256).ok()?)
            .then_some(item.sha256)
    }

    /// The URL of the audio for a target: a recording kept here first, else the shipped file.
    pub fn audio_url(
        &self,
        survey: Option<&SurveyId>,
        target: &MediaTarget,
        language: &LangTag,
    ) -> Option<String> {
        let recorded = self
            .store()
            .ok()
            .and_then(|s| s.recorded_sha_for(survey, target, language).ok().flatten());
        let recorded = recorded
            .or_else(|| survey.and_then(|id| self.downloaded_sha_for(id, target, language)));
        match recorded {
            Some(sha) => Some(recorded_url(&sha)),
            None => self.audio().url(survey, target, language),
        }
    }

    /// (mime, bytes) of a `/recorded/<sha256>` path: a recording kept here, or a file that came
    /// with a downloaded survey.
    pub fn recorded_for_path(&self, path: &str) -> Option<(String, Vec<u8>)> {
        let sha = recorded_sha(path)?;
        let store = self.store().ok()?;
        match store.recorded_media_bytes(&sha).ok().flatten() {
            Some(found) => Some(found),
            None => store.downloaded_media_bytes(&sha).ok().flatten(),
        }
    }

    /// Keeps a recording (or imported file) for a target, after checking it is playable audio.
    /// It plays from then on in place of any synthetic draft.
    pub fn keep_recording(
        &self,
        survey: Option<&SurveyId>,
        target: MediaTarget,
        language: LangTag,
        bytes: Vec<u8>,
    ) -> Result<Result<Sha256, RecordingRefused>, ServiceError> {
        if bytes.len() < 64 {
            return Ok(Err(RecordingRefused::Empty));
        }
        if bytes.len() > MAX_RECORDING_BYTES {
            return Ok(Err(RecordingRefused::TooLarge));
        }
        let Some(mime) = sniff_audio_mime(&bytes) else {
            return Ok(Err(RecordingRefused::NotAudio));
        };
        let media = RecordedMedia {
            survey: survey.cloned(),
            target,
            language,
            mime: mime.to_owned(),
            bytes,
        };
        Ok(Ok(self.store()?.keep_recording(&media)?))
    }

    /// Text and audio coverage of every survey in every language of the app (missing,
    /// synthetic, recorded), counting recordings kept on this device.
    pub fn coverage_report(&self) -> Result<Vec<SurveyCoverage>, ServiceError> {
        let languages: Vec<LangTag> = self
            .texts()
            .languages()
            .iter()
            .map(|l| l.tag.clone())
            .collect();
        let ui = self.manifest_for(None)?;
        let mut out = Vec::new();
        for id in self.catalog().ids() {
            let Some(survey) = self.catalog().get(id) else {
                continue;
            };
            let own = self.manifest_for(Some(id))?;
            let manifest = own.overlaid_with(&ui);
            let listen_gaps = languages
                .iter()
                .map(|l| listening_gaps(&survey, &own, &ui, l).len())
                .collect();
            out.push(SurveyCoverage {
                survey: id.clone(),
                languages: coverage(&survey, &manifest, &languages),
                listen_gaps,
            });
        }
        Ok(out)
    }

    /// Where a resident choosing `language` by ear would meet silence in this survey (the
    /// core's rule, `heard_core::listening`): empty means it may be offered by ear.
    pub fn listening_gaps(
        &self,
        survey: &Survey,
        language: &LangTag,
    ) -> Result<Vec<Gap>, ServiceError> {
        let own = self.manifest_for(Some(&survey.id))?;
        let ui = self.manifest_for(None)?;
        Ok(listening_gaps(survey, &own, &ui, language))
    }

    /// Whether `language` may be offered by ear for this survey. A store that cannot say
    /// counts as not listenable: better a call for help than silence.
    pub fn listenable(&self, survey: &Survey, language: &LangTag) -> bool {
        self.listening_gaps(survey, language)
            .is_ok_and(|gaps| gaps.is_empty())
    }

    /// Everything a person can record for a survey in a language: its spoken items, the app's
    /// prompts of the listening path and the shared prompts it uses, and the language's name; each with the audio that exists now.
    pub fn recording_slots(
        &self,
        survey: &Survey,
        language: &LangTag,
    ) -> Result<Vec<RecordingSlot>, ServiceError> {
        let own = self.manifest_for(Some(&survey.id))?;
        let ui = self.manifest_for(None)?;
        let origin = |m: &MediaManifest, t: &MediaTarget| {
            m.find(t, MediaKind::Audio, Some(language))
                .map(|i| i.origin.clone())
        };
        let mut slots = Vec::new();
        let name = self
            .texts()
            .language(language)
            .map(|l| l.autonym.clone())
            .unwrap_or_default();
        let name_target = MediaTarget::Prompt(LANGUAGE_NAME_PROMPT.to_owned());
        slots.push(RecordingSlot {
            survey: None,
            origin: origin(&ui, &name_target),
            target: name_target,
            text: name,
        });
        for item in spoken_items(survey, language) {
            let Some(text) = item.text else { continue };
            slots.push(RecordingSlot {
                survey: Some(survey.id.clone()),
                origin: origin(&own, &item.target),
                target: item.target,
                text,
            });
        }
        let path = path_prompts().into_iter().map(str::to_owned);
        for id in path.chain(shared_prompts(survey)) {
            let Some(text) = self.texts().get_own(language, &id) else {
                continue;
            };
            let target = MediaTarget::Prompt(id);
            slots.push(RecordingSlot {
                survey: None,
                origin: origin(&ui, &target),
                target,
                text,
            });
        }
        // "What is kept?" read aloud: two recordings, each a heading and its list as the
        // dialog shows them (no synthetic drafts ship: the audio bundle goal).
        for list in heard_core::kept::spoken_lists() {
            let lines: Vec<Option<String>> = list
                .messages
                .iter()
                .map(|id| self.texts().get_own(language, id))
                .collect();
            let Some(text) = heard_core::kept::spoken_text(&lines) else {
                continue;
            };
            let target = MediaTarget::Prompt(list.prompt.to_owned());
            slots.push(RecordingSlot {
                survey: None,
                origin: origin(&ui, &target),
                target,
                text,
            });
        }
        Ok(slots)
    }
}
