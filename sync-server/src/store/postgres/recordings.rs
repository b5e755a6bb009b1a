//! Recorded prompts on PostgreSQL: waiting for approval, approved (the overlay), dropped with
//! their device, and their bytes deleted once nothing refers to them.

use super::PostgresStore;
use crate::store::decode::{facility_code, text_of};
use crate::store::{overlay_key, DeviceId, PendingRecording, RecordingUsage, StoreError};
use deadpool_postgres::Transaction;
use heard_core::canonical::Sha256;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::MediaItem;

/// Deletes a blob no survey edition, approved or waiting recording uses any more.
pub(super) async fn delete_if_unused(tx: &Transaction<'_>, sha: &str) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM media WHERE sha256 = $1
           AND NOT EXISTS (SELECT 1 FROM survey_media WHERE sha256 = $1)
           AND NOT EXISTS (SELECT 1 FROM media_overlay WHERE sha256 = $1)
           AND NOT EXISTS (SELECT 1 FROM recordings_pending WHERE sha256 = $1)",
        &[&sha],
    )
    .await?;
    Ok(())
}

/// What `revoke_device` does besides marking the device: its recordings leave.
pub(super) async fn drop_device_recordings(
    tx: &Transaction<'_>,
    device: &DeviceId,
) -> Result<(), StoreError> {
    let mut shas: Vec<String> = Vec::new();
    for table in ["media_overlay", "recordings_pending"] {
        for row in tx
            .query(
                &format!("DELETE FROM {table} WHERE device = $1 RETURNING sha256"),
                &[&&device.0[..]],
            )
            .await?
        {
            shas.push(row.get(0));
        }
    }
    for sha in shas {
        delete_if_unused(tx, &sha).await?;
    }
    Ok(())
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl PostgresStore {
    pub(super) async fn put_pending(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        device: &DeviceId,
        item: &MediaItem,
    ) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let key = overlay_key(item);
        let older = tx
            .query_opt(
                "SELECT sha256 FROM recordings_pending
                 WHERE facility = $1 AND survey_id = $2 AND item_key = $3 FOR UPDATE",
                &[&facility.as_str(), &survey.as_str(), &key],
            )
            .await?
            .map(|r| r.get::<_, String>(0));
        tx.execute(
            "INSERT INTO recordings_pending
             (facility, survey_id, item_key, item, sha256, device, bytes)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (facility, survey_id, item_key) DO UPDATE SET
             item = excluded.item, sha256 = excluded.sha256, device = excluded.device,
             bytes = excluded.bytes",
            &[
                &facility.as_str(),
                &survey.as_str(),
                &key,
                &text_of(item),
                &item.sha256.to_hex(),
                &&device.0[..],
                &to_i64(item.bytes),
            ],
        )
        .await?;
        if let Some(older) = older {
            delete_if_unused(&tx, &older).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn pending(
        &self,
        facility: Option<&FacilityCode>,
    ) -> Result<Vec<PendingRecording>, StoreError> {
        let client = self.pool.get().await?;
        let facility = facility.map(|f| f.as_str().to_owned());
        let mut out = Vec::new();
        for row in client
            .query(
                "SELECT facility, survey_id, item FROM recordings_pending
                 WHERE $1::TEXT IS NULL OR facility = $1
                 ORDER BY facility, survey_id, item_key",
                &[&facility],
            )
            .await?
        {
            out.push(PendingRecording {
                facility: facility_code(row.get(0))?,
                survey: SurveyId::new(row.get::<_, String>(1))
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                item: serde_json::from_str(row.get(2))?,
            });
        }
        Ok(out)
    }

    /// Approves (`approve`) or discards the facility's waiting recordings with these bytes.
    pub(super) async fn settle(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
        approve: bool,
    ) -> Result<bool, StoreError> {
        let sha = sha256.to_hex();
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let waiting = tx
            .query(
                "DELETE FROM recordings_pending WHERE facility = $1 AND sha256 = $2
                 RETURNING survey_id, item_key, item, device, bytes",
                &[&facility.as_str(), &sha],
            )
            .await?;
        let mut replaced: Vec<String> = Vec::new();
        if approve {
            for row in &waiting {
                let (survey, key): (String, String) = (row.get(0), row.get(1));
                let older = tx
                    .query_opt(
                        "SELECT sha256 FROM media_overlay
                         WHERE facility = $1 AND survey_id = $2 AND item_key = $3",
                        &[&facility.as_str(), &survey, &key],
                    )
                    .await?;
                replaced.extend(older.map(|r| r.get::<_, String>(0)));
                tx.execute(
                    "INSERT INTO media_overlay
                     (facility, survey_id, item_key, item, sha256, device, bytes)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (facility, survey_id, item_key) DO UPDATE SET
                     item = excluded.item, sha256 = excluded.sha256,
                     device = excluded.device, bytes = excluded.bytes",
                    &[
                        &facility.as_str(),
                        &survey,
                        &key,
                        &row.get::<_, String>(2),
                        &sha,
                        &row.get::<_, Vec<u8>>(3),
                        &row.get::<_, i64>(4),
                    ],
                )
                .await?;
            }
        } else {
            replaced.push(sha.clone());
        }
        for older in replaced {
            delete_if_unused(&tx, &older).await?;
        }
        tx.commit().await?;
        Ok(!waiting.is_empty())
    }

    pub(super) async fn usage(
        &self,
        facility: &FacilityCode,
        device: &DeviceId,
    ) -> Result<RecordingUsage, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT COALESCE(SUM(bytes), 0)::BIGINT,
                        COALESCE(SUM(CASE WHEN device = $2 THEN bytes END), 0)::BIGINT
                 FROM (SELECT bytes, device FROM media_overlay WHERE facility = $1
                       UNION ALL
                       SELECT bytes, device FROM recordings_pending WHERE facility = $1) r",
                &[&facility.as_str(), &&device.0[..]],
            )
            .await?;
        Ok(RecordingUsage {
            facility_bytes: u64::try_from(row.get::<_, i64>(0)).unwrap_or(0),
            device_bytes: u64::try_from(row.get::<_, i64>(1)).unwrap_or(0),
        })
    }
}
