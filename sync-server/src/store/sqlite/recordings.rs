//! Recorded prompts on SQLite: waiting for approval, approved (the overlay), dropped with their
//! device, and their bytes deleted once nothing refers to them.

use super::SqliteStore;
use crate::store::decode::{facility_code, text_of};
use crate::store::{overlay_key, DeviceId, PendingRecording, RecordingUsage, StoreError};
use heard_core::canonical::Sha256;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::MediaItem;
use rusqlite::{params, Connection, OptionalExtension};

/// Deletes a blob no survey edition, approved or waiting recording uses any more.
pub(super) fn delete_if_unused(c: &Connection, sha: &str) -> Result<(), StoreError> {
    c.execute(
        "DELETE FROM media WHERE sha256 = ?1
           AND NOT EXISTS (SELECT 1 FROM survey_media WHERE sha256 = ?1)
           AND NOT EXISTS (SELECT 1 FROM media_overlay WHERE sha256 = ?1)
           AND NOT EXISTS (SELECT 1 FROM recordings_pending WHERE sha256 = ?1)",
        [sha],
    )?;
    Ok(())
}

/// What `revoke_device` does besides marking the device: its recordings leave.
pub(super) fn drop_device_recordings(c: &Connection, device: &DeviceId) -> Result<(), StoreError> {
    let mut shas: Vec<String> = Vec::new();
    for table in ["media_overlay", "recordings_pending"] {
        let mut st = c.prepare(&format!(
            "DELETE FROM {table} WHERE device = ?1 RETURNING sha256"
        ))?;
        let rows = st.query_map([&device.0[..]], |r| r.get::<_, String>(0))?;
        for row in rows {
            shas.push(row?);
        }
    }
    for sha in shas {
        delete_if_unused(c, &sha)?;
    }
    Ok(())
}

impl SqliteStore {
    pub(super) async fn put_pending(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        device: &DeviceId,
        item: &MediaItem,
    ) -> Result<(), StoreError> {
        let (facility, survey, device, item) =
            (facility.clone(), survey.clone(), *device, item.clone());
        self.write(move |c| {
            let tx = c.transaction()?;
            let key = overlay_key(&item);
            let older: Option<String> = tx
                .query_row(
                    "SELECT sha256 FROM recordings_pending
                     WHERE facility = ?1 AND survey_id = ?2 AND item_key = ?3",
                    params![facility.as_str(), survey.as_str(), key],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO recordings_pending
                 (facility, survey_id, item_key, item, sha256, device, bytes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (facility, survey_id, item_key) DO UPDATE SET
                 item = excluded.item, sha256 = excluded.sha256, device = excluded.device,
                 bytes = excluded.bytes",
                params![
                    facility.as_str(),
                    survey.as_str(),
                    key,
                    text_of(&item),
                    item.sha256.to_hex(),
                    &device.0[..],
                    i64::try_from(item.bytes).unwrap_or(i64::MAX)
                ],
            )?;
            if let Some(older) = older {
                delete_if_unused(&tx, &older)?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn pending(
        &self,
        facility: Option<&FacilityCode>,
    ) -> Result<Vec<PendingRecording>, StoreError> {
        let facility = facility.map(|f| f.as_str().to_owned());
        self.read(move |c| {
            let mut st = c.prepare(
                "SELECT facility, survey_id, item FROM recordings_pending
                 WHERE ?1 IS NULL OR facility = ?1
                 ORDER BY facility, survey_id, item_key",
            )?;
            let rows = st.query_map([facility], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (facility, survey, item) = row?;
                out.push(PendingRecording {
                    facility: facility_code(facility)?,
                    survey: SurveyId::new(survey)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    item: serde_json::from_str(&item)?,
                });
            }
            Ok(out)
        })
        .await
    }

    /// Approves (`approve`) or discards the facility's waiting recordings with these bytes.
    pub(super) async fn settle(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
        approve: bool,
    ) -> Result<bool, StoreError> {
        let (facility, sha) = (facility.clone(), sha256.to_hex());
        self.write(move |c| {
            let tx = c.transaction()?;
            let waiting: Vec<(String, String, String, Vec<u8>, i64)> = {
                let mut st = tx.prepare(
                    "DELETE FROM recordings_pending WHERE facility = ?1 AND sha256 = ?2
                     RETURNING survey_id, item_key, item, device, bytes",
                )?;
                let rows = st.query_map([facility.as_str(), sha.as_str()], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })?;
                rows.collect::<Result<_, _>>()?
            };
            let mut replaced: Vec<String> = Vec::new();
            if approve {
                for (survey, key, item, device, bytes) in &waiting {
                    let older: Option<String> = tx
                        .query_row(
                            "SELECT sha256 FROM media_overlay
                             WHERE facility = ?1 AND survey_id = ?2 AND item_key = ?3",
                            params![facility.as_str(), survey, key],
                            |r| r.get(0),
                        )
                        .optional()?;
                    replaced.extend(older);
                    tx.execute(
                        "INSERT INTO media_overlay
                         (facility, survey_id, item_key, item, sha256, device, bytes)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                         ON CONFLICT (facility, survey_id, item_key) DO UPDATE SET
                         item = excluded.item, sha256 = excluded.sha256,
                         device = excluded.device, bytes = excluded.bytes",
                        params![facility.as_str(), survey, key, item, sha, device, bytes],
                    )?;
                }
            } else {
                replaced.push(sha.clone());
            }
            for older in replaced {
                delete_if_unused(&tx, &older)?;
            }
            tx.commit()?;
            Ok(!waiting.is_empty())
        })
        .await
    }

    pub(super) async fn usage(
        &self,
        facility: &FacilityCode,
        device: &DeviceId,
    ) -> Result<RecordingUsage, StoreError> {
        let (facility, device) = (facility.clone(), *device);
        self.read(move |c| {
            let (f, d): (i64, i64) = c.query_row(
                "SELECT COALESCE(SUM(bytes), 0), COALESCE(SUM(CASE WHEN device = ?2 THEN bytes END), 0)
                 FROM (SELECT bytes, device FROM media_overlay WHERE facility = ?1
                       UNION ALL
                       SELECT bytes, device FROM recordings_pending WHERE facility = ?1)",
                params![facility.as_str(), &device.0[..]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(RecordingUsage {
                facility_bytes: u64::try_from(f).unwrap_or(0),
                device_bytes: u64::try_from(d).unwrap_or(0),
            })
        })
        .await
    }
}
