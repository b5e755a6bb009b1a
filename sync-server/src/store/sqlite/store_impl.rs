//! `Store` for SQLite.

use super::SqliteStore;
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
use heard_core::canonical::Sha256;
use heard_core::enrolment::code_expired;
use heard_core::idempotency::classify;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::{MediaItem, MediaManifest};
use heard_core::period::Quarter;
use heard_core::report::{Summary, Tallies};
use heard_core::response::ResponseId;
use rusqlite::{params, OptionalExtension};

#[async_trait]
impl Store for SqliteStore {
    async fn add_facility(&self, facility: &Facility) -> Result<(), StoreError> {
        let facility = facility.clone();
        self.write(move |c| {
            let n = c.execute(
                "INSERT INTO facilities (code, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![facility.code.as_str(), facility.name],
            )?;
            if n == 0 {
                return Err(StoreError::AlreadyExists {
                    what: "facility",
                    name: facility.code.to_string(),
                });
            }
            Ok(())
        })
        .await
    }

    async fn facilities(&self) -> Result<Vec<Facility>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare("SELECT code, name FROM facilities ORDER BY code")?;
            let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
            rows.map(|row| {
                let (code, name) = row?;
                Ok(Facility {
                    code: facility_code(code)?,
                    name,
                })
            })
            .collect()
        })
        .await
    }

    async fn add_enrolment_code(
        &self,
        code_hash: TokenHash,
        facility: &FacilityCode,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let facility = facility.clone();
        self.write(move |c| {
            let known: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM facilities WHERE code = ?1)",
                [facility.as_str()],
                |r| r.get(0),
            )?;
            if !known {
                return Err(StoreError::NotFound {
                    what: "facility",
                    name: facility.to_string(),
                });
            }
            c.execute(
                "INSERT INTO enrolment_codes (code_hash, facility, expires_at) VALUES (?1, ?2, ?3)",
                params![&code_hash.0 .0[..], facility.as_str(), expires_at],
            )?;
            Ok(())
        })
        .await
    }

    async fn redeem_enrolment_code(
        &self,
        code_hash: TokenHash,
        now: i64,
        device_id: DeviceId,
        token_hash: TokenHash,
    ) -> Result<Redeemed, StoreError> {
        self.write(move |c| {
            let tx = c.transaction()?;
            let found: Option<(String, i64)> = tx
                .query_row(
                    "DELETE FROM enrolment_codes WHERE code_hash = ?1 RETURNING facility, expires_at",
                    [&code_hash.0 .0[..]],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let outcome = match found {
                None => Redeemed::UnknownCode,
                Some((_, expires_at)) if code_expired(expires_at, now) => Redeemed::Expired,
                Some((facility, _)) => {
                    tx.execute(
                        "INSERT INTO devices (id, facility, token_hash) VALUES (?1, ?2, ?3)",
                        params![&device_id.0[..], facility, &token_hash.0 .0[..]],
                    )?;
                    Redeemed::Enrolled(Device {
                        id: device_id,
                        facility: facility_code(facility)?,
                    })
                }
            };
            tx.commit()?;
            Ok(outcome)
        })
        .await
    }

    async fn device_by_token(&self, token_hash: TokenHash) -> Result<Option<Device>, StoreError> {
        self.read(move |c| {
            let row: Option<(Vec<u8>, String)> = c
                .query_row(
                    "SELECT id, facility FROM devices WHERE token_hash = ?1 AND revoked = 0",
                    [&token_hash.0 .0[..]],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            row.map(|(id, facility)| {
                Ok(Device {
                    id: device_id(id)?,
                    facility: facility_code(facility)?,
                })
            })
            .transpose()
        })
        .await
    }

    async fn devices(&self, facility: &FacilityCode) -> Result<Vec<(Device, bool)>, StoreError> {
        let facility = facility.clone();
        self.read(move |c| {
            let mut st =
                c.prepare("SELECT id, revoked FROM devices WHERE facility = ?1 ORDER BY id")?;
            let rows = st.query_map([facility.as_str()], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, bool>(1)?))
            })?;
            rows.map(|row| {
                let (id, revoked) = row?;
                Ok((
                    Device {
                        id: device_id(id)?,
                        facility: facility.clone(),
                    },
                    revoked,
                ))
            })
            .collect()
        })
        .await
    }

    async fn revoke_device(&self, id: &DeviceId) -> Result<bool, StoreError> {
        let id = *id;
        self.write(move |c| {
            let tx = c.transaction()?;
            let found =
                tx.execute("UPDATE devices SET revoked = 1 WHERE id = ?1", [&id.0[..]])? > 0;
            super::recordings::drop_device_recordings(&tx, &id)?;
            tx.commit()?;
            Ok(found)
        })
        .await
    }

    async fn record_upload(
        &self,
        device: &DeviceId,
        day: i64,
        responses: u64,
    ) -> Result<(), StoreError> {
        let device = *device;
        let responses = i64::try_from(responses).unwrap_or(i64::MAX);
        // One row per device and month (keyed by the month's first day); the day itself is
        // kept only as "the open day" (`open_responses`) until the next compaction folds it.
        let month = first_day_of_month(day);
        self.upload_grouped(device, month, responses).await
    }

    async fn device_months(&self) -> Result<Vec<DeviceMonth>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT u.device, d.facility, u.day, u.pushes, u.responses, u.active_days,
                        max(u.busiest_day, u.open_responses)
                 FROM device_uploads u JOIN devices d ON d.id = u.device
                 ORDER BY u.day DESC, u.device",
            )?;
            let mut rows = st.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let count = |i: usize| -> Result<u64, StoreError> {
                    Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
                };
                let day: i64 = r.get(2)?;
                out.push(DeviceMonth {
                    device: device_id(r.get(0)?)?.to_hex(),
                    facility: facility_code(r.get(1)?)?,
                    month: month_of_day(day).ok_or_else(|| {
                        StoreError::Corrupt(format!("upload counter for day {day}"))
                    })?,
                    pushes: count(3)?,
                    responses: count(4)?,
                    active_days: count(5)?,
                    busiest_day: count(6)?,
                });
            }
            Ok(out)
        })
        .await
    }

    async fn add_survey(&self, survey: &StoredSurvey) -> Result<bool, StoreError> {
        let survey = survey.clone();
        self.write(move |c| {
            let tx = c.transaction()?;
            let version = survey.version.to_hex();
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM surveys WHERE version = ?1)",
                [&version],
                |r| r.get(0),
            )?;
            if exists {
                return Ok(false);
            }
            tx.execute(
                "UPDATE surveys SET retired = 1 WHERE survey_id = ?1",
                [survey.survey.id.as_str()],
            )?;
            tx.execute(
                "INSERT INTO surveys (version, survey_id, definition, manifest, retired)
                 VALUES (?1, ?2, ?3, ?4, 0)",
                params![
                    version,
                    survey.survey.id.as_str(),
                    text_of(&survey.survey),
                    text_of(&survey.manifest)
                ],
            )?;
            for sha in survey.manifest.distinct_files() {
                tx.execute(
                    "INSERT INTO survey_media (version, sha256) VALUES (?1, ?2)",
                    params![version, sha.to_hex()],
                )?;
            }
            tx.commit()?;
            Ok(true)
        })
        .await
    }

    async fn assign_survey(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<(), StoreError> {
        let (facility, survey) = (facility.clone(), survey.clone());
        self.write(move |c| {
            let known: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM surveys WHERE survey_id = ?1)",
                [survey.as_str()],
                |r| r.get(0),
            )?;
            if !known {
                return Err(StoreError::NotFound {
                    what: "survey",
                    name: survey.to_string(),
                });
            }
            let n = c.execute(
                "INSERT INTO assignments (facility, survey_id)
                 SELECT code, ?2 FROM facilities WHERE code = ?1
                 ON CONFLICT DO NOTHING",
                params![facility.as_str(), survey.as_str()],
            )?;
            if n == 0 {
                let facility_known: bool = c.query_row(
                    "SELECT EXISTS (SELECT 1 FROM facilities WHERE code = ?1)",
                    [facility.as_str()],
                    |r| r.get(0),
                )?;
                if !facility_known {
                    return Err(StoreError::NotFound {
                        what: "facility",
                        name: facility.to_string(),
                    });
                }
            }
            Ok(())
        })
        .await
    }

    async fn survey_by_version(
        &self,
        version: &Sha256,
    ) -> Result<Option<StoredSurvey>, StoreError> {
        let version = version.to_hex();
        self.read(move |c| {
            let row: Option<(String, String, bool)> = c
                .query_row(
                    "SELECT definition, manifest, retired FROM surveys WHERE version = ?1",
                    [version],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            row.map(|(d, m, retired)| stored_survey(&d, &m, retired))
                .transpose()
        })
        .await
    }

    async fn current_survey(&self, survey: &SurveyId) -> Result<Option<StoredSurvey>, StoreError> {
        let survey = survey.to_string();
        self.read(move |c| {
            let row: Option<(String, String, bool)> = c
                .query_row(
                    "SELECT definition, manifest, retired FROM surveys WHERE survey_id = ?1 AND retired = 0",
                    [survey],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            row.map(|(d, m, retired)| stored_survey(&d, &m, retired))
                .transpose()
        })
        .await
    }

    async fn assigned_surveys(
        &self,
        facility: &FacilityCode,
    ) -> Result<Vec<StoredSurvey>, StoreError> {
        let facility = facility.clone();
        self.read(move |c| {
            let mut st = c.prepare(
                "SELECT s.definition, s.manifest FROM surveys s
                 JOIN assignments a ON a.survey_id = s.survey_id
                 WHERE a.facility = ?1 AND s.retired = 0 ORDER BY s.survey_id",
            )?;
            let rows = st.query_map([facility.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            rows.map(|row| {
                let (d, m) = row?;
                stored_survey(&d, &m, false)
            })
            .collect()
        })
        .await
    }

    async fn is_assigned(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<bool, StoreError> {
        let (facility, survey) = (facility.clone(), survey.clone());
        self.read(move |c| {
            Ok(c.query_row(
                "SELECT EXISTS (SELECT 1 FROM assignments WHERE facility = ?1 AND survey_id = ?2)",
                [facility.as_str(), survey.as_str()],
                |r| r.get(0),
            )?)
        })
        .await
    }

    async fn put_media(&self, blob: &MediaBlob) -> Result<(), StoreError> {
        let blob = blob.clone();
        self.write(move |c| {
            c.execute(
                "INSERT INTO media (sha256, mime, bytes) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                params![blob.sha256.to_hex(), blob.mime, blob.bytes],
            )?;
            Ok(())
        })
        .await
    }

    async fn media(&self, sha256: &Sha256) -> Result<Option<MediaBlob>, StoreError> {
        let sha = *sha256;
        self.read(move |c| {
            Ok(c.query_row(
                "SELECT mime, bytes FROM media WHERE sha256 = ?1",
                [sha.to_hex()],
                |r| {
                    Ok(MediaBlob {
                        sha256: sha,
                        mime: r.get(0)?,
                        bytes: r.get(1)?,
                    })
                },
            )
            .optional()?)
        })
        .await
    }

    async fn media_visible(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError> {
        let (facility, sha) = (facility.clone(), sha256.to_hex());
        self.read(move |c| {
            Ok(c.query_row(
                "SELECT EXISTS (
                    SELECT 1 FROM survey_media m
                    JOIN surveys s ON s.version = m.version
                    JOIN assignments a ON a.survey_id = s.survey_id
                    WHERE a.facility = ?1 AND m.sha256 = ?2
                    UNION ALL
                    SELECT 1 FROM media_overlay WHERE facility = ?1 AND sha256 = ?2)",
                [facility.as_str(), sha.as_str()],
                |r| r.get(0),
            )?)
        })
        .await
    }

    async fn put_overlay_item(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        item: &MediaItem,
    ) -> Result<(), StoreError> {
        let (facility, survey, item) = (facility.clone(), survey.clone(), item.clone());
        self.write(move |c| {
            c.execute(
                "INSERT INTO media_overlay (facility, survey_id, item_key, item, sha256, bytes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (facility, survey_id, item_key)
                 DO UPDATE SET item = excluded.item, sha256 = excluded.sha256,
                 bytes = excluded.bytes",
                params![
                    facility.as_str(),
                    survey.as_str(),
                    overlay_key(&item),
                    text_of(&item),
                    item.sha256.to_hex(),
                    i64::try_from(item.bytes).unwrap_or(i64::MAX)
                ],
            )?;
            Ok(())
        })
        .await
    }

    async fn overlay(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<MediaManifest, StoreError> {
        let (facility, survey) = (facility.clone(), survey.clone());
        self.read(move |c| {
            let mut st =
                c.prepare("SELECT item FROM media_overlay WHERE facility = ?1 AND survey_id = ?2")?;
            let rows = st.query_map([facility.as_str(), survey.as_str()], |r| {
                r.get::<_, String>(0)
            })?;
            let mut manifest = MediaManifest::new(Some(survey.clone()));
            for row in rows {
                manifest.put(serde_json::from_str(&row?)?);
            }
            Ok(manifest)
        })
        .await
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
        // Shares the writer's next transaction with other pushes (`group_commit.rs`).
        self.ingest_grouped(items).await
    }

    async fn response_count(&self) -> Result<u64, StoreError> {
        self.read(|c| {
            let n: i64 = c.query_row("SELECT count(*) FROM responses", [], |r| r.get(0))?;
            Ok(u64::try_from(n).unwrap_or(0))
        })
        .await
    }

    async fn response(&self, id: &ResponseId) -> Result<Option<Vec<u8>>, StoreError> {
        let id = id.as_uuid();
        self.read(move |c| {
            Ok(c.query_row(
                "SELECT body FROM responses WHERE id = ?1",
                [&id.as_bytes()[..]],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    async fn all_responses(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare("SELECT body FROM responses ORDER BY id")?;
            let rows = st.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<Vec<Vec<u8>>, _>>()?)
        })
        .await
    }

    async fn survey_response_count(&self, survey: &SurveyId) -> Result<u64, StoreError> {
        let survey = survey.to_string();
        self.read(move |c| {
            let n: i64 = c.query_row(
                "SELECT count(*) FROM responses WHERE survey_id = ?1",
                [survey],
                |r| r.get(0),
            )?;
            Ok(u64::try_from(n).unwrap_or(0))
        })
        .await
    }

    async fn tallies_in(&self, scope: &TallyScope) -> Result<Tallies, StoreError> {
        let scope = scope.clone();
        self.read(move |c| {
            let mut sums = CellSums::new();
            for_each_slab(c, &scope, |key, text| {
                add_slab(&mut sums, key, text, scope.dimension)
            })?;
            Ok(tallies_of(sums))
        })
        .await
    }

    async fn visit_cell_counts(
        &self,
        scope: &TallyScope,
        mut each: CellVisitor,
    ) -> Result<(), StoreError> {
        let scope = scope.clone();
        self.read(move |c| {
            for_each_slab(c, &scope, |key, text| {
                visit_slab_lines(key, text, &mut *each)
            })
        })
        .await
    }

    async fn quarter_summaries(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<(FacilityCode, Quarter, Summary)>, StoreError> {
        let survey = survey.to_string();
        self.read(move |c| {
            let mut st = c.prepare_cached(
                "SELECT survey_id, facility, quarter, counts FROM quarter_tallies
                 WHERE survey_id = ?1",
            )?;
            let mut rows = st.query([survey])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let key = quarter_key(
                    r.get_ref(0)?.as_str()?,
                    r.get_ref(1)?.as_str()?,
                    r.get_ref(2)?.as_str()?,
                )
                .map_err(StoreError::Corrupt)?;
                let counts = parse_counts(r.get_ref(3)?.as_str()?).map_err(StoreError::Corrupt)?;
                out.push((key.facility, key.quarter, counts));
            }
            Ok(out)
        })
        .await
    }

    async fn compact(&self) -> Result<Compaction, StoreError> {
        self.compact_files().await
    }
}

/// Writes a batch's slabs and adds it to the quarter summaries, inside the ingest transaction.
/// One push's lines inside the writer's transaction: each inserted unless its id is stored,
/// classified against what is stored; the accepted lines' tallies are added to `gained`.
pub(super) fn ingest_items(
    tx: &rusqlite::Connection,
    items: Vec<IngestItem>,
    gained: &mut BatchTallies,
) -> Result<Vec<Ingested>, StoreError> {
    let mut outcomes = Vec::with_capacity(items.len());
    let mut insert = tx.prepare_cached(
        "INSERT INTO responses
         (id, content_hash, survey_id, survey_version, facility, service_point, period, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING",
    )?;
    let mut existing = tx.prepare_cached("SELECT content_hash FROM responses WHERE id = ?1")?;
    for item in items {
        let id = item.id.as_uuid();
        let inserted = insert.execute(params![
            &id.as_bytes()[..],
            &item.content_hash.0[..],
            item.survey.id.as_str(),
            item.survey.version.to_hex(),
            item.facility.as_str(),
            item.service_point.as_ref().map(|s| s.as_str()),
            item.period.to_string(),
            item.canonical
        ])?;
        // The insert went in only if nothing was stored under this id; otherwise the stored
        // row (perhaps an earlier line of this batch, or of a push in the same transaction)
        // is compared.
        let stored = if inserted == 1 {
            None
        } else {
            let bytes: Vec<u8> = existing.query_row([&id.as_bytes()[..]], |r| r.get(0))?;
            Some(content_hash(bytes)?)
        };
        let outcome = classify(stored.as_ref(), &item.content_hash);
        if outcome == Ingested::Accepted {
            gained.add(&item.tally);
        }
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Adds one push to its device's counter for the month (`Store::record_upload`).
pub(super) fn upsert_upload(
    c: &rusqlite::Connection,
    device: &DeviceId,
    month: i64,
    responses: i64,
) -> Result<(), StoreError> {
    // One row per device and month (keyed by the month's first day); the day itself is kept
    // only as "the open day" (`open_responses`) until the next compaction folds it.
    c.prepare_cached(
        "INSERT INTO device_uploads
         (device, day, pushes, responses, active_days, busiest_day, open_responses)
         VALUES (?1, ?2, 1, ?3, ?3 > 0, 0, ?3)
         ON CONFLICT (device, day) DO UPDATE
         SET pushes = pushes + 1,
             responses = responses + excluded.responses,
             active_days = active_days + (open_responses = 0 AND excluded.responses > 0),
             open_responses = open_responses + excluded.responses",
    )?
    .execute(params![&device.0[..], month, responses])?;
    Ok(())
}

pub(super) fn write_tallies(
    tx: &rusqlite::Transaction<'_>,
    gained: BatchTallies,
) -> Result<(), StoreError> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO tally_slabs (survey_id, facility, service_point, period, cells)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (key, text) in &gained.slabs {
        insert.execute(params![
            key.survey.as_str(),
            key.facility.as_str(),
            key.service_point.as_ref().map(|p| p.as_str()),
            key.period.to_string(),
            text
        ])?;
    }
    let mut read = tx.prepare_cached(
        "SELECT counts FROM quarter_tallies WHERE survey_id = ?1 AND facility = ?2 AND quarter = ?3",
    )?;
    let mut upsert = tx.prepare_cached(
        "INSERT INTO quarter_tallies (survey_id, facility, quarter, counts) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (survey_id, facility, quarter) DO UPDATE SET counts = excluded.counts",
    )?;
    for (key, mut counts) in gained.quarters {
        let quarter = key.quarter.to_string();
        let stored: Option<String> = read
            .query_row(
                params![key.survey.as_str(), key.facility.as_str(), quarter],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(stored) = stored {
            counts.merge(&parse_counts(&stored).map_err(StoreError::Corrupt)?);
        }
        upsert.execute(params![
            key.survey.as_str(),
            key.facility.as_str(),
            quarter,
            counts_json(&counts).map_err(StoreError::Corrupt)?
        ])?;
    }
    Ok(())
}

/// Calls `each` with every slab in scope (key columns read first, text borrowed from the row).
pub(super) fn for_each_slab(
    c: &rusqlite::Connection,
    scope: &TallyScope,
    mut each: impl FnMut(&SlabKey, &str) -> Result<(), String>,
) -> Result<(), StoreError> {
    let (condition, params) = scope.sql(|n| format!("?{n}"));
    let mut st = c.prepare(&format!(
        "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs{condition}"
    ))?;
    let mut rows = st.query(rusqlite::params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        let key = slab_key(
            r.get_ref(0)?.as_str()?,
            r.get_ref(1)?.as_str()?,
            r.get_ref(2)?.as_str_or_null()?,
            r.get_ref(3)?.as_str()?,
        )
        .map_err(StoreError::Corrupt)?;
        each(&key, r.get_ref(4)?.as_str()?).map_err(StoreError::Corrupt)?;
    }
    Ok(())
}
