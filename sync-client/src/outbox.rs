//! The tablet's queue of finished responses, as the sync worker sees it. The app implements this
//! on its SQLite store; acknowledged rows are deleted with `secure_delete=ON` followed by
//! `wal_checkpoint(TRUNCATE)` so no copy lingers in free pages or the WAL.
//!
//! Calls may block (SQLite): the worker makes them through `Platform::spawn_blocking`.

use heard_core::canonical::Sha256;
use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::{MediaItem, MediaTarget};
use heard_core::response::ResponseId;
use heard_core::wire::{ActionList, SurveyBundle};

/// A storage failure, in words for the staff status line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct OutboxError(pub String);

pub trait Outbox: Send + Sync + 'static {
    /// Up to `limit` responses waiting to be sent, as `(id, canonical JSON bytes)`, in random
    /// order (never in the order they were answered). Set-aside responses are not pending.
    fn pending(&self, limit: usize) -> Result<Vec<(ResponseId, Vec<u8>)>, OutboxError>;
    /// The server holds these exactly: delete them for good.
    fn acknowledge(&self, ids: &[ResponseId]) -> Result<(), OutboxError>;
    /// The server refused this one for good (`code`, `reason`): keep it out of the queue, for
    /// a coordinator to look at.
    fn set_aside(&self, id: ResponseId, code: &str, reason: &str) -> Result<(), OutboxError>;
    fn pending_count(&self) -> Result<usize, OutboxError>;
    /// The server's clock (its `Date` header, Unix seconds) at the end of a run that reached it:
    /// the tablet checks its own clock against it and dates what it set aside with it.
    fn server_date(&self, _unix_seconds: i64) -> Result<(), OutboxError> {
        Ok(())
    }

    /// Whether this outbox keeps recorded prompts; without them the worker never touches
    /// `/v1/media` or the survey manifests.
    fn keeps_recordings(&self) -> bool {
        false
    }
    /// Recordings made on this tablet that the server does not have yet (`POST /v1/media`).
    /// Only survey recordings: the server keeps no overlay for the app's own prompts.
    fn pending_recordings(&self) -> Result<Vec<Recording>, OutboxError> {
        Ok(Vec::new())
    }
    /// The server stored this recording: do not upload it again.
    fn recording_uploaded(&self, _sha256: &Sha256) -> Result<(), OutboxError> {
        Ok(())
    }
    /// Whether this tablet holds a recording with this hash (made here or downloaded). The
    /// default says yes, so an outbox without recordings downloads nothing.
    fn has_recording(&self, _sha256: &Sha256) -> Result<bool, OutboxError> {
        Ok(true)
    }
    /// Keeps a recording another tablet of the facility made (its overlay `item` and checked
    /// `bytes`), as already uploaded.
    fn keep_downloaded_recording(
        &self,
        _survey: &SurveyId,
        _item: &MediaItem,
        _bytes: Vec<u8>,
    ) -> Result<(), OutboxError> {
        Ok(())
    }

    /// Whether this outbox keeps what the server offers the facility's tablets: the assigned
    /// surveys with their media files, and the "you said, we did" actions. Without it the
    /// worker never downloads them.
    fn keeps_downloads(&self) -> bool {
        false
    }
    /// The (version, media manifest) hashes of the stored edition of a survey, if any: the
    /// worker downloads a survey only when the server lists other hashes.
    fn stored_survey(&self, _id: &SurveyId) -> Result<Option<(Sha256, Sha256)>, OutboxError> {
        Ok(None)
    }
    /// Whether a downloaded media file with this hash is kept. The default says yes.
    fn has_media(&self, _sha256: &Sha256) -> Result<bool, OutboxError> {
        Ok(true)
    }
    /// Keeps a downloaded media file (`bytes` already checked against `item.sha256`).
    fn keep_media(&self, _item: &MediaItem, _bytes: Vec<u8>) -> Result<(), OutboxError> {
        Ok(())
    }
    /// Keeps a downloaded survey edition (checked against the list entry) with the manifest
    /// hash the server listed, replacing any earlier edition of the same survey.
    fn keep_survey(&self, _bundle: &SurveyBundle, _media: &Sha256) -> Result<(), OutboxError> {
        Ok(())
    }
    /// Replaces every kept action with the server's current list.
    fn keep_actions(&self, _actions: &ActionList) -> Result<(), OutboxError> {
        Ok(())
    }
}

/// A recorded prompt as the sync worker sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    pub survey: SurveyId,
    pub target: MediaTarget,
    pub language: LangTag,
    /// `audio/ogg`, `audio/webm`, …
    pub mime: String,
    pub bytes: Vec<u8>,
}

impl Recording {
    pub fn sha256(&self) -> Sha256 {
        Sha256::of_bytes(&self.bytes)
    }
}
