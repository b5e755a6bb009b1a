//! `DashboardStore` for SQLite.

use super::store_impl::for_each_slab;
use super::SqliteStore;
use crate::store::dashboard::compacted::{
    add_recent_lines, add_recent_slab, cells_key, compacted_groups_query, group_count_scopes,
    recent_slabs,
};
use crate::store::dashboard::retention::{
    add_retained_row, cut_month, retained, retained_query, retired_summary, Fold,
};
use crate::store::dashboard::{role_columns, role_of};
use crate::store::decode::facility_code;
use crate::store::{
    Action, Coordinator, CoordinatorAccount, DashboardStore, Participation, Retirement, Role,
    StoreError, TokenHash,
};
use crate::store::{CellVisitor, TallyScope};
use crate::tally_slabs::{slab_key, visit_slab_lines, CellSums};
use async_trait::async_trait;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{Dimension, UnitGroups};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::sync::{Arc, Mutex};

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

#[async_trait]
impl DashboardStore for SqliteStore {
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let (role, facility) = role_columns(role);
        let (email, hash) = (email.to_owned(), password_hash.to_owned());
        self.write(move |c| {
            let n = c.execute(
                "INSERT INTO coordinators (email, role, facility, password_hash)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (email) DO NOTHING",
                params![email, role, facility, hash],
            )?;
            if n == 0 {
                return Err(StoreError::AlreadyExists {
                    what: "coordinator",
                    name: email,
                });
            }
            Ok(c.last_insert_rowid())
        })
        .await
    }

    async fn coordinators(&self, now: i64) -> Result<Vec<CoordinatorAccount>, StoreError> {
        self.accounts(now).await
    }

    async fn set_coordinator_disabled(
        &self,
        email: &str,
        disabled: bool,
    ) -> Result<bool, StoreError> {
        self.account_disabled(email, disabled).await
    }

    async fn remove_coordinator(&self, email: &str) -> Result<bool, StoreError> {
        self.remove_account(email).await
    }

    async fn set_coordinator_password(
        &self,
        email: &str,
        password_hash: &str,
        keep: Option<TokenHash>,
    ) -> Result<bool, StoreError> {
        self.account_password(email, password_hash, keep).await
    }

    async fn end_sessions(&self, email: &str) -> Result<Option<u64>, StoreError> {
        self.end_account_sessions(email).await
    }

    async fn coordinator_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Coordinator, String)>, StoreError> {
        let email = email.to_owned();
        self.read(move |c| {
            let row = c
                .query_row(
                    "SELECT id, email, role, facility, password_hash FROM coordinators
                     WHERE email = ?1 AND disabled = 0",
                    params![email],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<String>>(3)?,
                            r.get::<_, String>(4)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(id, email, role, facility, hash)| {
                Ok((
                    Coordinator {
                        id,
                        email,
                        role: role_of(&role, facility)?,
                    },
                    hash,
                ))
            })
            .transpose()
        })
        .await
    }

    async fn put_session(
        &self,
        id_hash: TokenHash,
        coordinator: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.write(move |c| {
            c.execute(
                "INSERT INTO coordinator_sessions (id_hash, coordinator, expires_at)
                 VALUES (?1, ?2, ?3)",
                params![&id_hash.0 .0[..], coordinator, expires_at],
            )?;
            c.execute(
                "DELETE FROM coordinator_sessions WHERE expires_at < ?1",
                params![expires_at - 2 * 86_400],
            )?;
            Ok(())
        })
        .await
    }

    async fn session(
        &self,
        id_hash: TokenHash,
        now: i64,
    ) -> Result<Option<Coordinator>, StoreError> {
        self.read(move |c| {
            let row = c
                .query_row(
                    "SELECT c.id, c.email, c.role, c.facility FROM coordinator_sessions s
                     JOIN coordinators c ON c.id = s.coordinator
                     WHERE s.id_hash = ?1 AND s.expires_at > ?2 AND c.disabled = 0",
                    params![&id_hash.0 .0[..], now],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<String>>(3)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(id, email, role, facility)| {
                Ok(Coordinator {
                    id,
                    email,
                    role: role_of(&role, facility)?,
                })
            })
            .transpose()
        })
        .await
    }

    async fn delete_session(&self, id_hash: TokenHash) -> Result<(), StoreError> {
        self.write(move |c| {
            c.execute(
                "DELETE FROM coordinator_sessions WHERE id_hash = ?1",
                params![&id_hash.0 .0[..]],
            )?;
            Ok(())
        })
        .await
    }

    async fn audit(&self, at: i64, coordinator: &str, what: &str) -> Result<(), StoreError> {
        let (who, what) = (coordinator.to_owned(), what.to_owned());
        self.write(move |c| {
            c.execute(
                "INSERT INTO audit_log (at, coordinator, what) VALUES (?1, ?2, ?3)",
                params![at, who, what],
            )?;
            Ok(())
        })
        .await
    }

    async fn audit_log(&self, limit: u32) -> Result<Vec<(i64, String, String)>, StoreError> {
        self.read(move |c| {
            let mut st =
                c.prepare("SELECT at, coordinator, what FROM audit_log ORDER BY id DESC LIMIT ?1")?;
            let rows = st.query_map(params![limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    async fn set_participation(&self, p: &Participation) -> Result<(), StoreError> {
        let p = p.clone();
        self.write(move |c| {
            c.execute(
                "INSERT INTO participation (facility, quarter, eligible, invited)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (facility, quarter) DO UPDATE
                 SET eligible = excluded.eligible, invited = excluded.invited",
                params![
                    p.facility.as_str(),
                    p.quarter,
                    to_i64(p.eligible),
                    p.invited.map(to_i64)
                ],
            )?;
            Ok(())
        })
        .await
    }

    async fn participation(&self) -> Result<Vec<Participation>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT facility, quarter, eligible, invited FROM participation
                 ORDER BY facility, quarter",
            )?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                ))
            })?;
            rows.map(|row| {
                let (f, quarter, eligible, invited) = row?;
                Ok(Participation {
                    facility: facility_code(f)?,
                    quarter,
                    eligible: to_u64(eligible),
                    invited: invited.map(to_u64),
                })
            })
            .collect()
        })
        .await
    }

    async fn add_action(&self, a: &Action) -> Result<i64, StoreError> {
        let a = a.clone();
        self.write(move |c| {
            c.execute(
                "INSERT INTO actions (facility, survey, topic, quarter, language, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    a.facility.as_str(),
                    a.survey,
                    a.topic,
                    a.quarter,
                    a.language,
                    a.text
                ],
            )?;
            Ok(c.last_insert_rowid())
        })
        .await
    }

    async fn actions(&self, facility: &FacilityCode) -> Result<Vec<Action>, StoreError> {
        let facility = facility.to_string();
        self.read(move |c| {
            let mut st = c.prepare(
                "SELECT id, facility, survey, topic, quarter, language, text FROM actions
                 WHERE facility = ?1 ORDER BY quarter DESC, id DESC",
            )?;
            let rows = st.query_map(params![facility], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?;
            rows.map(|row| {
                let (id, f, survey, topic, quarter, language, text) = row?;
                Ok(Action {
                    id,
                    facility: facility_code(f)?,
                    survey,
                    topic,
                    quarter,
                    language,
                    text,
                })
            })
            .collect()
        })
        .await
    }

    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError> {
        let before = before.to_string();
        self.write(move |c| {
            let n = c.execute("DELETE FROM responses WHERE period < ?1", params![before])?;
            Ok(n as u64)
        })
        .await
    }

    async fn retire_quarters_before(&self, first_kept: Quarter) -> Result<Retirement, StoreError> {
        let writer = Arc::clone(&self.writer);
        let reader = Arc::clone(&self.reader);
        tokio::task::spawn_blocking(move || {
            let mut w = writer.lock().map_err(poisoned)?;
            let mut report = fold_and_delete(&mut w, first_kept)?;
            // The deletion's pages are in the WAL (zeroed where rows were, by secure_delete);
            // empty it, rewrite the file without free pages, and empty the WAL VACUUM filled.
            empty_wal(&w, &reader)?;
            w.execute_batch("VACUUM")?;
            report.checkpointed = empty_wal(&w, &reader)?;
            if !report.checkpointed {
                tracing::warn!("retention: another process kept the WAL busy; it is not empty");
            }
            Ok(report)
        })
        .await
        .map_err(|e| StoreError::Database(format!("retention task failed: {e}")))?
    }

    async fn retained_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError> {
        let (sql, params) =
            retained_query(survey, dimension, quarter, facility, |n| format!("?{n}"));
        self.read(move |c| {
            let mut groups = UnitGroups::new();
            add_group_rows(c, &sql, params, &mut groups)?;
            Ok(groups)
        })
        .await
    }

    async fn live_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError> {
        let (sql, params) =
            compacted_groups_query(survey, dimension, quarter, facility, |n| format!("?{n}"));
        let recent = recent_slabs(survey, dimension, quarter, facility);
        self.read(move |c| {
            // One read transaction: one snapshot of the compacted groups and the slabs they
            // do not count, however a compaction commits meanwhile.
            let tx = c.transaction()?;
            let mut groups = UnitGroups::new();
            add_group_rows(&tx, &sql, params, &mut groups)?;
            let mut sums = CellSums::new();
            for_each_slab(&tx, &recent, |key, text| {
                add_recent_slab(&mut sums, key, text, dimension)
            })?;
            add_recent_lines(&mut groups, sums, dimension);
            tx.finish()?;
            Ok(groups)
        })
        .await
    }

    async fn visit_group_counts(
        &self,
        scope: &TallyScope,
        mut each: CellVisitor,
    ) -> Result<(), StoreError> {
        let (cells, recent) = group_count_scopes(scope);
        self.read(move |c| {
            let tx = c.transaction()?;
            {
                let (condition, params) = cells.sql(|n| format!("?{n}"));
                let mut st = tx.prepare(&format!(
                    "SELECT survey_id, facility, period, cells FROM compacted_cells{condition}"
                ))?;
                let mut rows = st.query(rusqlite::params_from_iter(params))?;
                while let Some(r) = rows.next()? {
                    let key = cells_key(
                        r.get_ref(0)?.as_str()?,
                        r.get_ref(1)?.as_str()?,
                        r.get_ref(2)?.as_str()?,
                    )
                    .map_err(StoreError::Corrupt)?;
                    visit_slab_lines(&key, r.get_ref(3)?.as_str()?, &mut *each)
                        .map_err(StoreError::Corrupt)?;
                }
            }
            for_each_slab(&tx, &recent, |key, text| {
                visit_slab_lines(key, text, &mut *each)
            })?;
            tx.finish()?;
            Ok(())
        })
        .await
    }

    async fn responses_page(
        &self,
        after: Option<Vec<u8>>,
        limit: u32,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>, StoreError> {
        self.read(move |c| {
            let mut st = c.prepare_cached(
                "SELECT id, body FROM responses WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let after = after.unwrap_or_default();
            let rows = st.query_map(params![after, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }
}

fn poisoned<T>(_: T) -> StoreError {
    StoreError::Database("an earlier database call panicked".into())
}

/// Retention's transaction (see `DashboardStore::retire_quarters_before`): folds the slab lines of
/// the retired months into the retained groups, reduces small retired units to their counts,
/// deletes the rows and slabs. `secure_delete` is on for the server's connections (`open`).
fn fold_and_delete(c: &mut Connection, first_kept: Quarter) -> Result<Retirement, StoreError> {
    let cut = cut_month(first_kept);
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut fold = Fold::default();
    {
        let mut st = tx.prepare(
            "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs
             WHERE period < ?1",
        )?;
        let mut rows = st.query([&cut])?;
        while let Some(r) = rows.next()? {
            let key = slab_key(
                r.get_ref(0)?.as_str()?,
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str_or_null()?,
                r.get_ref(3)?.as_str()?,
            )
            .map_err(StoreError::Corrupt)?;
            fold.add_slab(&key, r.get_ref(4)?.as_str()?)
                .map_err(StoreError::Corrupt)?;
        }
    }
    let mut report = Retirement {
        units: fold.units().len() as u64,
        slab_rows: fold.slab_rows,
        ..Retirement::default()
    };
    {
        let mut summary = tx.prepare(
            "SELECT counts FROM quarter_tallies
             WHERE survey_id = ?1 AND facility = ?2 AND quarter = ?3",
        )?;
        let mut reduce = tx.prepare(
            "UPDATE quarter_tallies SET counts = ?4
             WHERE survey_id = ?1 AND facility = ?2 AND quarter = ?3",
        )?;
        for unit in fold.units() {
            let (survey, facility) = (unit.survey.as_str(), unit.facility.as_str());
            let quarter = unit.quarter.to_string();
            let stored: Option<String> = summary
                .query_row(params![survey, facility, quarter], |r| r.get(0))
                .optional()?;
            let Some(stored) = stored else { continue };
            if let Some(counts) = retired_summary(&stored).map_err(StoreError::Corrupt)? {
                reduce.execute(params![survey, facility, quarter, counts])?;
                report.small_units += 1;
            }
        }
    }
    {
        let mut existing = tx.prepare(
            "SELECT counts FROM retained_groups WHERE survey_id = ?1 AND facility = ?2
             AND quarter = ?3 AND dimension = ?4 AND label = ?5",
        )?;
        let mut upsert = tx.prepare(
            "INSERT INTO retained_groups (survey_id, facility, quarter, dimension, label, counts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (survey_id, facility, quarter, dimension, label)
             DO UPDATE SET counts = excluded.counts",
        )?;
        for (key, gained) in fold.into_groups() {
            let quarter = key.unit.quarter.to_string();
            let columns = params![
                key.unit.survey.as_str(),
                key.unit.facility.as_str(),
                quarter,
                key.dimension.as_str(),
                key.label,
            ];
            let before: Option<String> = existing.query_row(columns, |r| r.get(0)).optional()?;
            let counts =
                retained(before.as_deref(), &gained, key.dimension).map_err(StoreError::Corrupt)?;
            let mut row = columns.to_vec();
            row.push(&counts);
            upsert.execute(row.as_slice())?;
            report.groups += 1;
        }
    }
    report.responses = tx.execute("DELETE FROM responses WHERE period < ?1", [&cut])? as u64;
    tx.execute("DELETE FROM tally_slabs WHERE period < ?1", [&cut])?;
    // What the compaction folded of those slabs goes with them (`compacted.rs`).
    tx.execute(
        "DELETE FROM compacted_groups WHERE quarter < ?1",
        [first_kept.to_string()],
    )?;
    tx.execute("DELETE FROM compacted_cells WHERE period < ?1", [&cut])?;
    tx.commit()?;
    Ok(report)
}

/// `wal_checkpoint(TRUNCATE)` with this store's reader held, so no snapshot of ours pins the
/// WAL. True when the WAL was emptied (another process's reader can keep it busy).
fn empty_wal(w: &Connection, reader: &Mutex<Connection>) -> Result<bool, StoreError> {
    let _reader = reader.lock().map_err(poisoned)?;
    let busy: i64 = w.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(busy == 0)
}

/// Adds the rows of a groups query (retained or compacted: facility, quarter, label, counts)
/// to `groups`.
fn add_group_rows(
    conn: &rusqlite::Connection,
    sql: &str,
    params: Vec<String>,
    groups: &mut UnitGroups,
) -> Result<(), StoreError> {
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        add_retained_row(
            groups,
            r.get_ref(0)?.as_str()?,
            r.get_ref(1)?.as_str()?,
            r.get::<_, String>(2)?,
            r.get_ref(3)?.as_str()?,
        )
        .map_err(StoreError::Corrupt)?;
    }
    Ok(())
}
