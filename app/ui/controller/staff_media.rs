//! What the staff panel's recording and coverage sections show, read from the store here (when
//! the panel opens, whenever its figures are read again, when staff pick the language they
//! record in, and after a recording is kept), so rendering never touches the store: the items
//! to record with the audio each has now, and the coverage report.

use super::Kiosk;
use crate::services::{RecordingRefused, RecordingSlot, ServiceError, Services, SurveyCoverage};
use dioxus::prelude::*;
use heard_core::canonical::Sha256;
use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::MediaOrigin;

#[derive(Debug, Clone, PartialEq)]
pub struct StaffMedia {
    /// The survey people record for: the device's survey, else the catalog's first. None: no
    /// survey on this device (nothing to record).
    pub survey: Option<SurveyId>,
    /// The language recorded in (the device's language when the panel opens).
    pub language: LangTag,
    /// What can be recorded in that language: missing first, then synthetic, then recorded;
    /// survey order within each.
    pub slots: Vec<RecordingSlot>,
    /// Text and audio per survey and language, recordings kept here included.
    pub coverage: Vec<SurveyCoverage>,
}

impl StaffMedia {
    pub(super) fn empty(language: LangTag) -> Self {
        Self {
            survey: None,
            language,
            slots: Vec::new(),
            coverage: Vec::new(),
        }
    }

    /// Reads both sections; a failed read leaves its section empty (and is logged).
    fn read(services: &Services, chosen: Option<&SurveyId>, language: LangTag) -> Self {
        let catalog = services.catalog();
        let survey = chosen
            .and_then(|id| catalog.get(id))
            .or_else(|| catalog.first());
        let slots = survey
            .as_ref()
            .map(|s| {
                services
                    .recording_slots(s, &language)
                    .inspect_err(|e| tracing::error!("recording items not read: {e}"))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        let coverage = services
            .coverage_report()
            .inspect_err(|e| tracing::error!("coverage report not read: {e}"))
            .unwrap_or_default();
        Self {
            survey: survey.map(|s| s.id.clone()),
            language,
            slots: ordered(slots),
            coverage,
        }
    }
}

/// Missing first, then synthetic, then recorded; survey order within each.
fn ordered(mut slots: Vec<RecordingSlot>) -> Vec<RecordingSlot> {
    slots.sort_by_key(|s| match s.origin {
        None => 0,
        Some(MediaOrigin::Synthetic { .. }) => 1,
        Some(_) => 2,
    });
    slots
}

impl Kiosk {
    /// Reads the recording items and the coverage report again, in the language chosen.
    pub(super) fn refresh_staff_media(&mut self) {
        let language = self.staff_media.peek().language.clone();
        self.read_staff_media(language);
    }

    fn read_staff_media(&mut self, language: LangTag) {
        let chosen = self
            .staff
            .peek()
            .settings
            .as_ref()
            .and_then(|s| s.survey.clone());
        let media = StaffMedia::read(&self.services(), chosen.as_ref(), language);
        if *self.staff_media.peek() != media {
            self.staff_media.set(media);
        }
    }

    /// The panel opens: recording starts again in the device's language.
    pub(super) fn reset_staff_media(&mut self) {
        let device = self.services().device_language().clone();
        self.read_staff_media(device);
    }

    /// Staff pick the language they record in: its items, with the audio each has now.
    pub fn choose_recording_language(&mut self, language: LangTag) {
        self.read_staff_media(language);
    }

    /// Keeps a take or an imported file for an item, in the language chosen; the items and the
    /// coverage report are read again so both show it at once.
    pub fn keep_recording(
        &mut self,
        slot: &RecordingSlot,
        bytes: Vec<u8>,
    ) -> Result<Result<Sha256, RecordingRefused>, ServiceError> {
        let language = self.staff_media.peek().language.clone();
        let outcome = self.services().keep_recording(
            slot.survey.as_ref(),
            slot.target.clone(),
            language,
            bytes,
        );
        self.refresh_staff_media();
        outcome
    }
}
