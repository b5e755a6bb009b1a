//! Prompts recorded or imported by people on this device (interpreters, staff): kept locally,
//! overlaid on the shipped media manifests so they play from then on, and uploaded by the sync
//! client (`recorded_media_pending_upload`, then `mark_media_uploaded` once the server has it).

use super::{Store, StoreError};
use heard_core::canonical::Sha256;
use heard_core::ids::{LangTag, SurveyId};
use heard_core::media::{MediaItem, MediaKind, MediaOrigin, MediaTarget};
use rusqlite::{params, OptionalExtension};

/// One recording with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedMedia {
    /// None: one of the app's own prompts (the UI manifest).
    pub survey: Option<SurveyId>,
    pub target: MediaTarget,
    pub language: LangTag,
    /// `audio/webm`, `audio/ogg`, …
    pub mime: String,
    pub bytes: Vec<u8>,
}

impl RecordedMedia {
    pub fn sha256(&self) -> Sha256 {
        Sha256::of_bytes(&self.bytes)
    }

    /// Its manifest entry: audio, recorded by a person.
    pub fn item(&self) -> MediaItem {
        MediaItem {
            target: self.target.clone(),
            kind: MediaKind::Audio,
            language: Some(self.language.clone()),
            sha256: self.sha256(),
            bytes: self.bytes.len() as u64,
            mime: self.mime.clone(),
            origin: MediaOrigin::Recorded,
        }
    }
}

fn survey_key(survey: Option<&SurveyId>) -> &str {
    survey.map_or("", SurveyId::as_str)
}

fn target_key(target: &MediaTarget) -> Result<String, StoreError> {
    serde_json::to_string(target).map_err(|e| StoreError::Corrupt(e.to_string()))
}

type Row = (String, String, String, String, String, Vec<u8>);

fn decode((_, survey, target, language, mime, bytes): Row) -> Result<RecordedMedia, StoreError> {
    let corrupt = |e: String| StoreError::Corrupt(format!("recorded media: {e}"));
    Ok(RecordedMedia {
        survey: match survey.as_str() {
            "" => None,
            s => Some(SurveyId::new(s).map_err(|e| corrupt(e.to_string()))?),
        },
        target: serde_json::from_str(&target).map_err(|e| corrupt(e.to_string()))?,
        language: LangTag::new(language).map_err(|e| corrupt(e.to_string()))?,
        mime,
        bytes,
    })
}

const COLUMNS: &str = "sha256, survey, target, language, mime, bytes";

impl Store {
    /// Keeps a recording, replacing an earlier one for the same survey, target and language.
    /// Durable when it returns.
    pub fn keep_recording(&mut self, media: &RecordedMedia) -> Result<Sha256, StoreError> {
        self.keep_recording_as(media, false)
    }

    /// Keeps a recording made on another tablet of the facility and downloaded through sync:
    /// already on the server, so never uploaded again. Replaces the slot like `keep_recording`.
    pub fn keep_downloaded_recording(
        &mut self,
        media: &RecordedMedia,
    ) -> Result<Sha256, StoreError> {
        self.keep_recording_as(media, true)
    }

    /// Whether a recording with this hash is on this tablet.
    pub fn has_recording(&self, sha: &Sha256) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM recorded_media WHERE sha256 = ?1",
                params![sha.to_hex()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn keep_recording_as(
        &mut self,
        media: &RecordedMedia,
        uploaded: bool,
    ) -> Result<Sha256, StoreError> {
        let sha = media.sha256();
        let survey = survey_key(media.survey.as_ref());
        let target = target_key(&media.target)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM recorded_media WHERE (survey = ?1 AND target = ?2 AND language = ?3) OR sha256 = ?4",
            params![survey, target, media.language.as_str(), sha.to_hex()],
        )?;
        tx.execute(
            "INSERT INTO recorded_media (sha256, survey, target, language, mime, bytes, uploaded)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                sha.to_hex(),
                survey,
                target,
                media.language.as_str(),
                media.mime,
                media.bytes,
                i64::from(uploaded)
            ],
        )?;
        tx.commit()?;
        Ok(sha)
    }

    fn recorded_where(
        &self,
        clause: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<RecordedMedia>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM recorded_media WHERE {clause} ORDER BY sha256"
        ))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<Result<Vec<Row>, _>>()?;
        rows.into_iter().map(decode).collect()
    }

    /// The recordings for one survey's manifest (None: the app's own prompts).
    pub fn recorded_media(
        &self,
        survey: Option<&SurveyId>,
    ) -> Result<Vec<RecordedMedia>, StoreError> {
        self.recorded_where("survey = ?1", params![survey_key(survey)])
    }

    /// The hash of the recording for one slot, if there is one.
    pub fn recorded_sha_for(
        &self,
        survey: Option<&SurveyId>,
        target: &MediaTarget,
        language: &LangTag,
    ) -> Result<Option<Sha256>, StoreError> {
        let hex: Option<String> = self
            .conn
            .query_row(
                "SELECT sha256 FROM recorded_media WHERE survey = ?1 AND target = ?2 AND language = ?3",
                params![survey_key(survey), target_key(target)?, language.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        hex.map(|h| {
            Sha256::from_hex(&h).ok_or_else(|| StoreError::Corrupt(format!("recorded media: {h}")))
        })
        .transpose()
    }

    /// A recording's mime type and bytes, by hash.
    pub fn recorded_media_bytes(
        &self,
        sha: &Sha256,
    ) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT mime, bytes FROM recorded_media WHERE sha256 = ?1",
                params![sha.to_hex()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Recordings the server does not have yet (for `POST /v1/media`).
    pub fn recorded_media_pending_upload(&self) -> Result<Vec<RecordedMedia>, StoreError> {
        self.recorded_where("uploaded = 0", [])
    }

    /// The server has stored this recording. Returns whether it was pending.
    pub fn mark_media_uploaded(&mut self, sha: &Sha256) -> Result<bool, StoreError> {
        let changed = self.conn.execute(
            "UPDATE recorded_media SET uploaded = 1 WHERE sha256 = ?1 AND uploaded = 0",
            params![sha.to_hex()],
        )?;
        Ok(changed == 1)
    }
}
