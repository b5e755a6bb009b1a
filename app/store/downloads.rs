//! Surveys downloaded from the sync server and their media files. One edition per survey id
//! (the newest the server listed): the bundle's canonical JSON with the version and media hashes
//! the server named, so the sync worker can skip what it already holds. Media files are kept by
//! content hash, once each, whatever survey names them.
//!
//! Reading a bundle back does not trust it: `downloaded_surveys` returns each row's bytes
//! decoded or the reason they are not, and the catalog checks hashes and definitions.

use super::{Store, StoreError};
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::SurveyId;
use heard_core::wire::SurveyBundle;
use rusqlite::{params, OptionalExtension};

/// One stored row, decoded as far as it could be.
#[derive(Debug, Clone)]
pub struct DownloadedSurvey {
    /// The survey id the row is stored under (a name for errors even when the bundle is bad).
    pub id: String,
    /// The version hash the server listed.
    pub version: String,
    /// The bundle, or why its bytes are not one.
    pub bundle: Result<SurveyBundle, String>,
}

impl Store {
    /// The (version, media) hashes of the stored edition of a survey, if one is stored.
    pub fn downloaded_survey_hashes(
        &self,
        id: &SurveyId,
    ) -> Result<Option<(Sha256, Sha256)>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT version, media FROM downloaded_survey WHERE id = ?1",
                params![id.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        // A damaged hash reads as "not stored": the next sync downloads the survey again.
        Ok(row.and_then(|(v, m)| Some((Sha256::from_hex(&v)?, Sha256::from_hex(&m)?))))
    }

    /// Keeps a downloaded edition (replacing any earlier one of the same survey), with the
    /// manifest hash the server listed for it. Durable when it returns.
    pub fn keep_downloaded_survey(
        &mut self,
        bundle: &SurveyBundle,
        media: &Sha256,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO downloaded_survey (id, version, media, bundle) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, media = excluded.media,
                 bundle = excluded.bundle",
            params![
                bundle.survey.id.as_str(),
                bundle.survey.version_hash().to_hex(),
                media.to_hex(),
                to_canonical_json(bundle)
            ],
        )?;
        Ok(())
    }

    /// Every stored downloaded survey, by id, each decoded or with the reason it is not.
    pub fn downloaded_surveys(&self) -> Result<Vec<DownloadedSurvey>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, version, bundle FROM downloaded_survey ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows
            .into_iter()
            .map(|(id, version, bytes)| DownloadedSurvey {
                id,
                version,
                bundle: serde_json::from_slice(&bytes)
                    .map_err(|e| format!("the stored bytes are not a survey bundle ({e})")),
            })
            .collect())
    }

    /// Whether a downloaded media file with this hash is stored.
    pub fn has_downloaded_media(&self, sha: &Sha256) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM downloaded_media WHERE sha256 = ?1",
                params![sha.to_hex()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Keeps a downloaded media file under its content hash (computed here). Returns the hash.
    pub fn keep_downloaded_media(
        &mut self,
        mime: &str,
        bytes: &[u8],
    ) -> Result<Sha256, StoreError> {
        let sha = Sha256::of_bytes(bytes);
        self.conn.execute(
            "INSERT OR IGNORE INTO downloaded_media (sha256, mime, bytes) VALUES (?1, ?2, ?3)",
            params![sha.to_hex(), mime, bytes],
        )?;
        Ok(sha)
    }

    /// A downloaded media file's mime type and bytes, by hash.
    pub fn downloaded_media_bytes(
        &self,
        sha: &Sha256,
    ) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT mime, bytes FROM downloaded_media WHERE sha256 = ?1",
                params![sha.to_hex()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}
