//! `DashboardStore` for PostgreSQL.

use super::store_impl::for_each_slab;
use super::PostgresStore;
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
use futures_util::StreamExt;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{Dimension, UnitGroups};
use tokio_postgres::types::ToSql;

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn coordinator(r: &tokio_postgres::Row) -> Result<Coordinator, StoreError> {
    Ok(Coordinator {
        id: r.get(0),
        email: r.get(1),
        role: role_of(r.get::<_, &str>(2), r.get(3))?,
    })
}

#[async_trait]
impl DashboardStore for PostgresStore {
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let (role, facility) = role_columns(role);
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "INSERT INTO coordinators (email, role, facility, password_hash)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id",
                &[&email, &role, &facility, &password_hash],
            )
            .await?;
        row.map(|r| r.get(0))
            .ok_or_else(|| StoreError::AlreadyExists {
                what: "coordinator",
                name: email.to_owned(),
            })
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
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT id, email, role, facility, password_hash FROM coordinators
                 WHERE email = $1 AND NOT disabled",
                &[&email],
            )
            .await?
            .map(|r| Ok((coordinator(&r)?, r.get(4))))
            .transpose()
    }

    async fn put_session(
        &self,
        id_hash: TokenHash,
        coordinator: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO coordinator_sessions (id_hash, coordinator, expires_at)
                 VALUES ($1, $2, $3)",
                &[&&id_hash.0 .0[..], &coordinator, &expires_at],
            )
            .await?;
        client
            .execute(
                "DELETE FROM coordinator_sessions WHERE expires_at < $1",
                &[&(expires_at - 2 * 86_400)],
            )
            .await?;
        Ok(())
    }

    async fn session(
        &self,
        id_hash: TokenHash,
        now: i64,
    ) -> Result<Option<Coordinator>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT c.id, c.email, c.role, c.facility FROM coordinator_sessions s
                 JOIN coordinators c ON c.id = s.coordinator
                 WHERE s.id_hash = $1 AND s.expires_at > $2 AND NOT c.disabled",
                &[&&id_hash.0 .0[..], &now],
            )
            .await?
            .map(|r| coordinator(&r))
            .transpose()
    }

    async fn delete_session(&self, id_hash: TokenHash) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM coordinator_sessions WHERE id_hash = $1",
                &[&&id_hash.0 .0[..]],
            )
            .await?;
        Ok(())
    }

    async fn audit(&self, at: i64, coordinator: &str, what: &str) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO audit_log (at, coordinator, what) VALUES ($1, $2, $3)",
                &[&at, &coordinator, &what],
            )
            .await?;
        Ok(())
    }

    async fn audit_log(&self, limit: u32) -> Result<Vec<(i64, String, String)>, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query(
                "SELECT at, coordinator, what FROM audit_log ORDER BY id DESC LIMIT $1",
                &[&i64::from(limit)],
            )
            .await?
            .into_iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    async fn set_participation(&self, p: &Participation) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO participation (facility, quarter, eligible, invited)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (facility, quarter) DO UPDATE
                 SET eligible = excluded.eligible, invited = excluded.invited",
                &[
                    &p.facility.as_str(),
                    &p.quarter,
                    &to_i64(p.eligible),
                    &p.invited.map(to_i64),
                ],
            )
            .await?;
        Ok(())
    }

    async fn participation(&self) -> Result<Vec<Participation>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT facility, quarter, eligible, invited FROM participation
                 ORDER BY facility, quarter",
                &[],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(Participation {
                    facility: facility_code(r.get(0))?,
                    quarter: r.get(1),
                    eligible: to_u64(r.get(2)),
                    invited: r.get::<_, Option<i64>>(3).map(to_u64),
                })
            })
            .collect()
    }

    async fn add_action(&self, a: &Action) -> Result<i64, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_one(
                "INSERT INTO actions (facility, survey, topic, quarter, language, text)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &[
                    &a.facility.as_str(),
                    &a.survey,
                    &a.topic,
                    &a.quarter,
                    &a.language,
                    &a.text,
                ],
            )
            .await?
            .get(0))
    }

    async fn actions(&self, facility: &FacilityCode) -> Result<Vec<Action>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT id, facility, survey, topic, quarter, language, text FROM actions
                 WHERE facility = $1 ORDER BY quarter DESC, id DESC",
                &[&facility.as_str()],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(Action {
                    id: r.get(0),
                    facility: facility_code(r.get(1))?,
                    survey: r.get(2),
                    topic: r.get(3),
                    quarter: r.get(4),
                    language: r.get(5),
                    text: r.get(6),
                })
            })
            .collect()
    }

    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .execute(
                "DELETE FROM responses WHERE period < $1",
                &[&before.to_string()],
            )
            .await?)
    }

    async fn retire_quarters_before(&self, first_kept: Quarter) -> Result<Retirement, StoreError> {
        let cut = cut_month(first_kept);
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        // The order ingest takes them in (responses, slabs, summaries): pushes wait, readers
        // go on.
        tx.batch_execute(
            "LOCK TABLE responses, tally_slabs, quarter_tallies, retained_groups,
                        compacted_groups, compacted_cells
             IN SHARE ROW EXCLUSIVE MODE",
        )
        .await?;
        let mut fold = Fold::default();
        {
            let rows = tx
                .query_raw(
                    "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs
                     WHERE period < $1",
                    [&cut],
                )
                .await?;
            let mut rows = std::pin::pin!(rows);
            while let Some(r) = rows.next().await {
                let r = r?;
                let key = slab_key(r.get(0), r.get(1), r.get(2), r.get(3))
                    .map_err(StoreError::Corrupt)?;
                fold.add_slab(&key, r.get(4)).map_err(StoreError::Corrupt)?;
            }
        }
        let mut report = Retirement {
            units: fold.units().len() as u64,
            slab_rows: fold.slab_rows,
            ..Retirement::default()
        };
        for unit in fold.units() {
            let key: [&(dyn ToSql + Sync); 3] = [
                &unit.survey.as_str(),
                &unit.facility.as_str(),
                &unit.quarter.to_string(),
            ];
            let Some(row) = tx
                .query_opt(
                    "SELECT counts FROM quarter_tallies
                     WHERE survey_id = $1 AND facility = $2 AND quarter = $3",
                    &key,
                )
                .await?
            else {
                continue;
            };
            if let Some(counts) = retired_summary(row.get(0)).map_err(StoreError::Corrupt)? {
                tx.execute(
                    "UPDATE quarter_tallies SET counts = $4
                     WHERE survey_id = $1 AND facility = $2 AND quarter = $3",
                    &[key[0], key[1], key[2], &counts],
                )
                .await?;
                report.small_units += 1;
            }
        }
        for (key, gained) in fold.into_groups() {
            let quarter = key.unit.quarter.to_string();
            let columns: [&(dyn ToSql + Sync); 5] = [
                &key.unit.survey.as_str(),
                &key.unit.facility.as_str(),
                &quarter,
                &key.dimension.as_str(),
                &key.label,
            ];
            let before: Option<String> = tx
                .query_opt(
                    "SELECT counts FROM retained_groups WHERE survey_id = $1 AND facility = $2
                     AND quarter = $3 AND dimension = $4 AND label = $5",
                    &columns,
                )
                .await?
                .map(|r| r.get(0));
            let counts =
                retained(before.as_deref(), &gained, key.dimension).map_err(StoreError::Corrupt)?;
            let mut row = columns.to_vec();
            row.push(&counts);
            tx.execute(
                "INSERT INTO retained_groups (survey_id, facility, quarter, dimension, label, counts)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (survey_id, facility, quarter, dimension, label)
                 DO UPDATE SET counts = excluded.counts",
                &row,
            )
            .await?;
            report.groups += 1;
        }
        report.responses = tx
            .execute("DELETE FROM responses WHERE period < $1", &[&cut])
            .await?;
        tx.execute("DELETE FROM tally_slabs WHERE period < $1", &[&cut])
            .await?;
        // What the compaction folded of those slabs goes with them (`compacted.rs`).
        tx.execute(
            "DELETE FROM compacted_groups WHERE quarter < $1",
            &[&first_kept.to_string()],
        )
        .await?;
        tx.execute("DELETE FROM compacted_cells WHERE period < $1", &[&cut])
            .await?;
        tx.commit().await?;
        // Out of the files: a new file per table with only the live row versions (the old ones
        // are truncated at once and unlinked at the next checkpoint), then the checkpoint.
        client
            .batch_execute(
                "VACUUM (FULL) responses, tally_slabs, quarter_tallies, retained_groups,
                               compacted_groups, compacted_cells",
            )
            .await?;
        report.checkpointed = match client.batch_execute("CHECKPOINT").await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(
                    error = %StoreError::from(e),
                    "retention: CHECKPOINT refused (grant the server's role pg_checkpoint); \
                     the tables are rewritten, the old versions wait for the next checkpoint"
                );
                false
            }
        };
        Ok(report)
    }

    async fn retained_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError> {
        let (sql, params) =
            retained_query(survey, dimension, quarter, facility, |n| format!("${n}"));
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let client = self.pool.get().await?;
        let mut groups = UnitGroups::new();
        for r in client.query(&sql, &params).await? {
            add_retained_row(&mut groups, r.get(0), r.get(1), r.get(2), r.get(3))
                .map_err(StoreError::Corrupt)?;
        }
        Ok(groups)
    }

    async fn live_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError> {
        let (sql, params) =
            compacted_groups_query(survey, dimension, quarter, facility, |n| format!("${n}"));
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let recent = recent_slabs(survey, dimension, quarter, facility);
        let mut client = self.pool.get().await?;
        let tx = snapshot(&mut client).await?;
        let mut groups = UnitGroups::new();
        for r in tx.query(&sql, &params).await? {
            add_retained_row(&mut groups, r.get(0), r.get(1), r.get(2), r.get(3))
                .map_err(StoreError::Corrupt)?;
        }
        let mut sums = CellSums::new();
        for_each_slab(&*tx, &recent, |key, text| {
            add_recent_slab(&mut sums, key, text, dimension)
        })
        .await?;
        tx.commit().await?;
        add_recent_lines(&mut groups, sums, dimension);
        Ok(groups)
    }

    async fn visit_group_counts(
        &self,
        scope: &TallyScope,
        mut each: CellVisitor,
    ) -> Result<(), StoreError> {
        let (cells, recent) = group_count_scopes(scope);
        let (condition, params) = cells.sql(|n| format!("${n}"));
        let params: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let mut client = self.pool.get().await?;
        let tx = snapshot(&mut client).await?;
        {
            let rows = tx
                .query_raw(
                    &format!(
                        "SELECT survey_id, facility, period, cells FROM compacted_cells{condition}"
                    ),
                    params,
                )
                .await?;
            let mut rows = std::pin::pin!(rows);
            while let Some(r) = rows.next().await {
                let r = r?;
                let key = cells_key(r.get(0), r.get(1), r.get(2)).map_err(StoreError::Corrupt)?;
                visit_slab_lines(&key, r.get(3), &mut *each).map_err(StoreError::Corrupt)?;
            }
        }
        for_each_slab(&*tx, &recent, |key, text| {
            visit_slab_lines(key, text, &mut *each)
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn responses_page(
        &self,
        after: Option<Vec<u8>>,
        limit: u32,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>, StoreError> {
        let client = self.pool.get().await?;
        let after = after
            .and_then(|b| uuid::Uuid::from_slice(&b).ok())
            .unwrap_or(uuid::Uuid::nil());
        Ok(client
            .query(
                "SELECT id, body FROM responses WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &i64::from(limit)],
            )
            .await?
            .into_iter()
            .map(|r| {
                let id: uuid::Uuid = r.get(0);
                (id.as_bytes().to_vec(), r.get(1))
            })
            .collect())
    }
}

/// A read-only transaction whose reads share one snapshot (`REPEATABLE READ`): the compacted
/// tables and the slabs they do not count, however a compaction commits meanwhile.
async fn snapshot(
    client: &mut deadpool_postgres::Client,
) -> Result<deadpool_postgres::Transaction<'_>, StoreError> {
    Ok(client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?)
}
