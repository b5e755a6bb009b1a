//! `Store` for PostgreSQL.

use super::PostgresStore;
use crate::calendar::{first_day_of_month, month_of_day};
use crate::store::decode::{content_hash, device_id, facility_code, stored_survey, text_of};
use crate::store::overlay_key;
use crate::store::{CellVisitor, TallyScope};
use crate::store::{
    Compaction, Device, DeviceId, DeviceMonth, Facility, IngestItem, Ingested, MediaBlob,
    PendingRecording, RecordingUsage, Redeemed, Store, StoreError, StoredSurvey, TokenHash,
};
use crate::tally_slabs::{
    add_slab, counts_json, parse_counts, quarter_key, slab_key, visit_slab_lines, BatchTallies,
    SlabKey,
};
use crate::tally_slabs::{tallies_of, CellSums};
use async_trait::async_trait;
use futures_util::StreamExt;
use heard_core::canonical::Sha256;
use heard_core::enrolment::code_expired;
use heard_core::idempotency::classify;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::{MediaItem, MediaManifest};
use heard_core::period::Quarter;
use heard_core::report::{Summary, Tallies};
use heard_core::response::ResponseId;
use std::collections::HashMap;

/// Deadlocks and serialization failures become `Busy`: worth one more try of the whole
/// transaction.
fn pg_err(e: tokio_postgres::Error) -> StoreError {
    let retryable = e.code().is_some_and(|c| {
        *c == tokio_postgres::error::SqlState::T_R_DEADLOCK_DETECTED
            || *c == tokio_postgres::error::SqlState::T_R_SERIALIZATION_FAILURE
    });
    let e = StoreError::from(e);
    if retryable {
        StoreError::Busy(e.to_string())
    } else {
        e
    }
}

impl PostgresStore {
    async fn ingest_once(&self, items: &[IngestItem]) -> Result<Vec<Ingested>, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await.map_err(pg_err)?;
        let ids: Vec<uuid::Uuid> = items.iter().map(|i| i.id.as_uuid()).collect();
        let hashes: Vec<Vec<u8>> = items.iter().map(|i| i.content_hash.0.to_vec()).collect();
        let survey_ids: Vec<&str> = items.iter().map(|i| i.survey.id.as_str()).collect();
        let versions: Vec<String> = items.iter().map(|i| i.survey.version.to_hex()).collect();
        let facilities: Vec<&str> = items.iter().map(|i| i.facility.as_str()).collect();
        let points: Vec<Option<&str>> = items
            .iter()
            .map(|i| i.service_point.as_ref().map(|s| s.as_str()))
            .collect();
        let periods: Vec<String> = items.iter().map(|i| i.period.to_string()).collect();
        let bodies: Vec<&[u8]> = items.iter().map(|i| i.canonical.as_slice()).collect();
        let inserted: std::collections::HashSet<uuid::Uuid> = tx.query(
                &tx.prepare_cached("INSERT INTO responses
                 (id, content_hash, survey_id, survey_version, facility, service_point, period, body)
                 SELECT * FROM UNNEST($1::uuid[], $2::bytea[], $3::text[], $4::text[], $5::text[],
                                      $6::text[], $7::text[], $8::bytea[])
                 ON CONFLICT (id) DO NOTHING RETURNING id")
                    .await
                    .map_err(pg_err)?,
                &[&ids, &hashes, &survey_ids, &versions, &facilities, &points, &periods, &bodies],
            )
            .await
            .map_err(pg_err)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let others: Vec<uuid::Uuid> = ids
            .iter()
            .filter(|id| !inserted.contains(id))
            .copied()
            .collect();
        let mut stored: HashMap<uuid::Uuid, Sha256> = HashMap::new();
        if !others.is_empty() {
            for row in tx
                .query(
                    &tx.prepare_cached("SELECT id, content_hash FROM responses WHERE id = ANY($1)")
                        .await
                        .map_err(pg_err)?,
                    &[&others],
                )
                .await
                .map_err(pg_err)?
            {
                stored.insert(row.get(0), content_hash(row.get(1))?);
            }
        }
        // The first line with a newly inserted id is the accepted one; later lines with the same
        // id compare against it.
        let mut outcomes = Vec::with_capacity(items.len());
        let mut gained = BatchTallies::default();
        for item in items {
            let id = item.id.as_uuid();
            let outcome = if inserted.contains(&id) || stored.contains_key(&id) {
                classify(stored.get(&id), &item.content_hash)
            } else {
                // Refused by the insert, yet gone before its hash could be read (retention racing
                // the push): never tell the tablet it is stored.
                Ingested::Conflict
            };
            if outcome == Ingested::Accepted {
                stored.insert(id, item.content_hash);
                gained.add(&item.tally);
            }
            outcomes.push(outcome);
        }
        if !gained.is_empty() {
            write_tallies(&tx, gained).await?;
        }
        tx.commit().await.map_err(pg_err)?;
        Ok(outcomes)
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn add_facility(&self, facility: &Facility) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let n = client
            .execute(
                "INSERT INTO facilities (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&facility.code.as_str(), &facility.name],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::AlreadyExists {
                what: "facility",
                name: facility.code.to_string(),
            });
        }
        Ok(())
    }

    async fn facilities(&self) -> Result<Vec<Facility>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query("SELECT code, name FROM facilities ORDER BY code", &[])
            .await?
            .into_iter()
            .map(|r| {
                Ok(Facility {
                    code: facility_code(r.get(0))?,
                    name: r.get(1),
                })
            })
            .collect()
    }

    async fn add_enrolment_code(
        &self,
        code_hash: TokenHash,
        facility: &FacilityCode,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let known: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM facilities WHERE code = $1)",
                &[&facility.as_str()],
            )
            .await?
            .get(0);
        if !known {
            return Err(StoreError::NotFound {
                what: "facility",
                name: facility.to_string(),
            });
        }
        client
            .execute(
                "INSERT INTO enrolment_codes (code_hash, facility, expires_at) VALUES ($1, $2, $3)",
                &[&&code_hash.0 .0[..], &facility.as_str(), &expires_at],
            )
            .await?;
        Ok(())
    }

    async fn redeem_enrolment_code(
        &self,
        code_hash: TokenHash,
        now: i64,
        device_id: DeviceId,
        token_hash: TokenHash,
    ) -> Result<Redeemed, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let found = tx
            .query_opt(
                "DELETE FROM enrolment_codes WHERE code_hash = $1 RETURNING facility, expires_at",
                &[&&code_hash.0 .0[..]],
            )
            .await?;
        let outcome = match found {
            None => Redeemed::UnknownCode,
            Some(row) => {
                let facility: String = row.get(0);
                let expires_at: i64 = row.get(1);
                if code_expired(expires_at, now) {
                    Redeemed::Expired
                } else {
                    tx.execute(
                        "INSERT INTO devices (id, facility, token_hash) VALUES ($1, $2, $3)",
                        &[&&device_id.0[..], &facility, &&token_hash.0 .0[..]],
                    )
                    .await?;
                    Redeemed::Enrolled(Device {
                        id: device_id,
                        facility: facility_code(facility)?,
                    })
                }
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    async fn device_by_token(&self, token_hash: TokenHash) -> Result<Option<Device>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT id, facility FROM devices WHERE token_hash = $1 AND NOT revoked",
                &[&&token_hash.0 .0[..]],
            )
            .await?
            .map(|r| {
                Ok(Device {
                    id: device_id(r.get(0))?,
                    facility: facility_code(r.get(1))?,
                })
            })
            .transpose()
    }

    async fn devices(&self, facility: &FacilityCode) -> Result<Vec<(Device, bool)>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT id, revoked FROM devices WHERE facility = $1 ORDER BY id",
                &[&facility.as_str()],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok((
                    Device {
                        id: device_id(r.get(0))?,
                        facility: facility.clone(),
                    },
                    r.get(1),
                ))
            })
            .collect()
    }

    async fn revoke_device(&self, id: &DeviceId) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let found = tx
            .execute(
                "UPDATE devices SET revoked = TRUE WHERE id = $1",
                &[&&id.0[..]],
            )
            .await?
            > 0;
        super::recordings::drop_device_recordings(&tx, id).await?;
        tx.commit().await?;
        Ok(found)
    }

    async fn record_upload(
        &self,
        device: &DeviceId,
        day: i64,
        responses: u64,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let responses = i64::try_from(responses).unwrap_or(i64::MAX);
        // One row per device and month (keyed by the month's first day); the day itself is
        // kept only as "the open day" (`open_responses`) until the next compaction folds it.
        let month = first_day_of_month(day);
        client
            .execute(
                "INSERT INTO device_uploads
                 (device, day, pushes, responses, active_days, busiest_day, open_responses)
                 VALUES ($1, $2, 1, $3::bigint, CASE WHEN $3::bigint > 0 THEN 1 ELSE 0 END, 0, $3::bigint)
                 ON CONFLICT (device, day) DO UPDATE
                 SET pushes = device_uploads.pushes + 1,
                     responses = device_uploads.responses + excluded.responses,
                     active_days = device_uploads.active_days
                         + CASE WHEN device_uploads.open_responses = 0
                                     AND excluded.responses > 0 THEN 1 ELSE 0 END,
                     open_responses = device_uploads.open_responses + excluded.responses",
                &[&&device.0[..], &month, &responses],
            )
            .await?;
        Ok(())
    }

    async fn device_months(&self) -> Result<Vec<DeviceMonth>, StoreError> {
        let client = self.pool.get().await?;
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        client
            .query(
                "SELECT u.device, d.facility, u.day, u.pushes, u.responses, u.active_days,
                        greatest(u.busiest_day, u.open_responses)
                 FROM device_uploads u JOIN devices d ON d.id = u.device
                 ORDER BY u.day DESC, u.device",
                &[],
            )
            .await?
            .into_iter()
            .map(|r| {
                let day: i64 = r.get(2);
                Ok(DeviceMonth {
                    device: device_id(r.get(0))?.to_hex(),
                    facility: facility_code(r.get(1))?,
                    month: month_of_day(day).ok_or_else(|| {
                        StoreError::Corrupt(format!("upload counter for day {day}"))
                    })?,
                    pushes: count(r.get(3)),
                    responses: count(r.get(4)),
                    active_days: count(r.get(5)),
                    busiest_day: count(r.get(6)),
                })
            })
            .collect()
    }

    async fn add_survey(&self, survey: &StoredSurvey) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let version = survey.version.to_hex();
        // Serialize editions of one survey id so two adds cannot both stay current.
        tx.execute(
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            &[&survey.survey.id.as_str()],
        )
        .await?;
        let exists: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM surveys WHERE version = $1)",
                &[&version],
            )
            .await?
            .get(0);
        if exists {
            return Ok(false);
        }
        tx.execute(
            "UPDATE surveys SET retired = TRUE WHERE survey_id = $1",
            &[&survey.survey.id.as_str()],
        )
        .await?;
        tx.execute(
            "INSERT INTO surveys (version, survey_id, definition, manifest, retired)
             VALUES ($1, $2, $3, $4, FALSE)",
            &[
                &version,
                &survey.survey.id.as_str(),
                &text_of(&survey.survey),
                &text_of(&survey.manifest),
            ],
        )
        .await?;
        for sha in survey.manifest.distinct_files() {
            tx.execute(
                "INSERT INTO survey_media (version, sha256) VALUES ($1, $2)",
                &[&version, &sha.to_hex()],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn assign_survey(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let known: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM surveys WHERE survey_id = $1)",
                &[&survey.as_str()],
            )
            .await?
            .get(0);
        if !known {
            return Err(StoreError::NotFound {
                what: "survey",
                name: survey.to_string(),
            });
        }
        let facility_known: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM facilities WHERE code = $1)",
                &[&facility.as_str()],
            )
            .await?
            .get(0);
        if !facility_known {
            return Err(StoreError::NotFound {
                what: "facility",
                name: facility.to_string(),
            });
        }
        client
            .execute(
                "INSERT INTO assignments (facility, survey_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&facility.as_str(), &survey.as_str()],
            )
            .await?;
        Ok(())
    }

    async fn survey_by_version(
        &self,
        version: &Sha256,
    ) -> Result<Option<StoredSurvey>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT definition, manifest, retired FROM surveys WHERE version = $1",
                &[&version.to_hex()],
            )
            .await?
            .map(|r| stored_survey(r.get(0), r.get(1), r.get(2)))
            .transpose()
    }

    async fn current_survey(&self, survey: &SurveyId) -> Result<Option<StoredSurvey>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT definition, manifest, retired FROM surveys WHERE survey_id = $1 AND NOT retired",
                &[&survey.to_string()],
            )
            .await?
            .map(|r| stored_survey(r.get(0), r.get(1), r.get(2)))
            .transpose()
    }

    async fn assigned_surveys(
        &self,
        facility: &FacilityCode,
    ) -> Result<Vec<StoredSurvey>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT s.definition, s.manifest FROM surveys s
                 JOIN assignments a ON a.survey_id = s.survey_id
                 WHERE a.facility = $1 AND NOT s.retired ORDER BY s.survey_id",
                &[&facility.as_str()],
            )
            .await?
            .into_iter()
            .map(|r| stored_survey(r.get(0), r.get(1), false))
            .collect()
    }

    async fn is_assigned(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<bool, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM assignments WHERE facility = $1 AND survey_id = $2)",
                &[&facility.as_str(), &survey.as_str()],
            )
            .await?
            .get(0))
    }

    async fn put_media(&self, blob: &MediaBlob) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO media (sha256, mime, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                &[&blob.sha256.to_hex(), &blob.mime, &blob.bytes],
            )
            .await?;
        Ok(())
    }

    async fn media(&self, sha256: &Sha256) -> Result<Option<MediaBlob>, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_opt(
                "SELECT mime, bytes FROM media WHERE sha256 = $1",
                &[&sha256.to_hex()],
            )
            .await?
            .map(|r| MediaBlob {
                sha256: *sha256,
                mime: r.get(0),
                bytes: r.get(1),
            }))
    }

    async fn media_visible(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_one(
                "SELECT EXISTS (
                    SELECT 1 FROM survey_media m
                    JOIN surveys s ON s.version = m.version
                    JOIN assignments a ON a.survey_id = s.survey_id
                    WHERE a.facility = $1 AND m.sha256 = $2
                    UNION ALL
                    SELECT 1 FROM media_overlay WHERE facility = $1 AND sha256 = $2)",
                &[&facility.as_str(), &sha256.to_hex()],
            )
            .await?
            .get(0))
    }

    async fn put_overlay_item(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        item: &MediaItem,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO media_overlay (facility, survey_id, item_key, item, sha256, bytes)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (facility, survey_id, item_key)
                 DO UPDATE SET item = excluded.item, sha256 = excluded.sha256,
                 bytes = excluded.bytes",
                &[
                    &facility.as_str(),
                    &survey.as_str(),
                    &overlay_key(item),
                    &text_of(item),
                    &item.sha256.to_hex(),
                    &i64::try_from(item.bytes).unwrap_or(i64::MAX),
                ],
            )
            .await?;
        Ok(())
    }

    async fn overlay(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<MediaManifest, StoreError> {
        let client = self.pool.get().await?;
        let mut manifest = MediaManifest::new(Some(survey.clone()));
        for row in client
            .query(
                "SELECT item FROM media_overlay WHERE facility = $1 AND survey_id = $2",
                &[&facility.as_str(), &survey.as_str()],
            )
            .await?
        {
            manifest.put(serde_json::from_str(row.get(0))?);
        }
        Ok(manifest)
    }

    async fn put_pending_recording(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        device: &DeviceId,
        item: &MediaItem,
    ) -> Result<(), StoreError> {
        self.put_pending(facility, survey, device, item).await
    }

    async fn pending_recordings(
        &self,
        facility: Option<&FacilityCode>,
    ) -> Result<Vec<PendingRecording>, StoreError> {
        self.pending(facility).await
    }

    async fn approve_recording(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError> {
        self.settle(facility, sha256, true).await
    }

    async fn discard_recording(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError> {
        self.settle(facility, sha256, false).await
    }

    async fn recording_usage(
        &self,
        facility: &FacilityCode,
        device: &DeviceId,
    ) -> Result<RecordingUsage, StoreError> {
        self.usage(facility, device).await
    }

    async fn ingest(&self, items: Vec<IngestItem>) -> Result<Vec<Ingested>, StoreError> {
        let mut attempt = 0;
        loop {
            match self.ingest_once(&items).await {
                Ok(outcomes) => return Ok(outcomes),
                Err(StoreError::Busy(_)) if attempt < 3 => attempt += 1,
                Err(e) => return Err(e),
            }
        }
    }

    async fn response_count(&self) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        let n: i64 = client
            .query_one("SELECT count(*) FROM responses", &[])
            .await?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn response(&self, id: &ResponseId) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_opt("SELECT body FROM responses WHERE id = $1", &[&id.as_uuid()])
            .await?
            .map(|r| r.get(0)))
    }

    async fn all_responses(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query("SELECT body FROM responses ORDER BY id", &[])
            .await?
            .into_iter()
            .map(|r| r.get(0))
            .collect())
    }

    async fn survey_response_count(&self, survey: &SurveyId) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        let n: i64 = client
            .query_one(
                "SELECT count(*) FROM responses WHERE survey_id = $1",
                &[&survey.as_str()],
            )
            .await?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn tallies_in(&self, scope: &TallyScope) -> Result<Tallies, StoreError> {
        let mut sums = CellSums::new();
        self.for_each_slab(scope, |key, text| {
            add_slab(&mut sums, key, text, scope.dimension)
        })
        .await?;
        Ok(tallies_of(sums))
    }

    async fn visit_cell_counts(
        &self,
        scope: &TallyScope,
        mut each: CellVisitor,
    ) -> Result<(), StoreError> {
        self.for_each_slab(scope, |key, text| visit_slab_lines(key, text, &mut *each))
            .await
    }

    async fn quarter_summaries(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<(FacilityCode, Quarter, Summary)>, StoreError> {
        let client = self.pool.get().await?;
        let mut out = Vec::new();
        for r in client
            .query(
                "SELECT survey_id, facility, quarter, counts FROM quarter_tallies
                 WHERE survey_id = $1",
                &[&survey.as_str()],
            )
            .await?
        {
            let key = quarter_key(r.get(0), r.get(1), r.get(2)).map_err(StoreError::Corrupt)?;
            let counts = parse_counts(r.get(3)).map_err(StoreError::Corrupt)?;
            out.push((key.facility, key.quarter, counts));
        }
        Ok(out)
    }

    async fn compact(&self) -> Result<Compaction, StoreError> {
        self.compact_files().await
    }
}

impl PostgresStore {
    async fn for_each_slab(
        &self,
        scope: &TallyScope,
        each: impl FnMut(&SlabKey, &str) -> Result<(), String> + Send,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        for_each_slab(&**client, scope, each).await
    }
}

/// Calls `each` with every slab in scope, read through `client` (a connection, or a transaction
/// for a snapshot shared with other reads).
pub(super) async fn for_each_slab<C: tokio_postgres::GenericClient + Sync>(
    client: &C,
    scope: &TallyScope,
    mut each: impl FnMut(&SlabKey, &str) -> Result<(), String> + Send,
) -> Result<(), StoreError> {
    let (condition, params) = scope.sql(|n| format!("${n}"));
    let params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = params
        .iter()
        .map(|p| p as &(dyn tokio_postgres::types::ToSql + Sync))
        .collect();
    // Streamed, one row at a time: the export's plan reads every slab of a survey (a line
    // per response), which collected at once held ~300 MB per million responses.
    let rows = client
        .query_raw(
            &format!(
                "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs{condition}"
            ),
            params,
        )
        .await?;
    let mut rows = std::pin::pin!(rows);
    while let Some(r) = rows.next().await {
        let r = r?;
        let key = slab_key(r.get(0), r.get(1), r.get(2), r.get(3)).map_err(StoreError::Corrupt)?;
        each(&key, r.get(4)).map_err(StoreError::Corrupt)?;
    }
    Ok(())
}

/// Writes a batch's slabs and adds it to the quarter summaries, inside the ingest transaction.
/// Summary rows are created empty first and then locked in key order, so concurrent batches
/// neither lose each other's counts nor deadlock.
async fn write_tallies(
    tx: &deadpool_postgres::Transaction<'_>,
    gained: BatchTallies,
) -> Result<(), StoreError> {
    let mut surveys = Vec::new();
    let mut facilities = Vec::new();
    let mut points: Vec<Option<&str>> = Vec::new();
    let mut periods = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    for (key, text) in &gained.slabs {
        surveys.push(key.survey.as_str());
        facilities.push(key.facility.as_str());
        points.push(key.service_point.as_ref().map(|p| p.as_str()));
        periods.push(key.period.to_string());
        texts.push(text);
    }
    tx.execute(
        &tx.prepare_cached(
            "INSERT INTO tally_slabs (survey_id, facility, service_point, period, cells)
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])",
        )
        .await
        .map_err(pg_err)?,
        &[&surveys, &facilities, &points, &periods, &texts],
    )
    .await
    .map_err(pg_err)?;
    let keys: Vec<_> = gained.quarters.keys().cloned().collect();
    let q_surveys: Vec<&str> = keys.iter().map(|k| k.survey.as_str()).collect();
    let q_facilities: Vec<&str> = keys.iter().map(|k| k.facility.as_str()).collect();
    let q_quarters: Vec<String> = keys.iter().map(|k| k.quarter.to_string()).collect();
    let empty = counts_json(&Default::default()).map_err(StoreError::Corrupt)?;
    tx.execute(
        &tx.prepare_cached(
            "INSERT INTO quarter_tallies (survey_id, facility, quarter, counts)
         SELECT s, f, q, $4 FROM UNNEST($1::text[], $2::text[], $3::text[]) AS u(s, f, q)
         ORDER BY s, f, q
         ON CONFLICT DO NOTHING",
        )
        .await
        .map_err(pg_err)?,
        &[&q_surveys, &q_facilities, &q_quarters, &empty],
    )
    .await
    .map_err(pg_err)?;
    let mut stored = HashMap::new();
    for r in tx
        .query(
            &tx.prepare_cached(
                "SELECT t.survey_id, t.facility, t.quarter, t.counts FROM quarter_tallies t
             JOIN UNNEST($1::text[], $2::text[], $3::text[]) AS u(s, f, q)
               ON t.survey_id = u.s AND t.facility = u.f AND t.quarter = u.q
             ORDER BY t.survey_id, t.facility, t.quarter FOR UPDATE OF t",
            )
            .await
            .map_err(pg_err)?,
            &[&q_surveys, &q_facilities, &q_quarters],
        )
        .await
        .map_err(pg_err)?
    {
        let key = quarter_key(r.get(0), r.get(1), r.get(2)).map_err(StoreError::Corrupt)?;
        let counts = parse_counts(r.get(3)).map_err(StoreError::Corrupt)?;
        stored.insert(key, counts);
    }
    let mut merged = Vec::with_capacity(keys.len());
    for (key, mut counts) in gained.quarters {
        // Sorted like `keys`: BTreeMap order.
        if let Some(s) = stored.get(&key) {
            counts.merge(s);
        }
        merged.push(counts_json(&counts).map_err(StoreError::Corrupt)?);
    }
    tx.execute(
        &tx.prepare_cached(
            "UPDATE quarter_tallies t SET counts = u.c
         FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[]) AS u(s, f, q, c)
         WHERE t.survey_id = u.s AND t.facility = u.f AND t.quarter = u.q",
        )
        .await
        .map_err(pg_err)?,
        &[&q_surveys, &q_facilities, &q_quarters, &merged],
    )
    .await
    .map_err(pg_err)?;
    Ok(())
}
