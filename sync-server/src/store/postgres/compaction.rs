//! `Store::compact` for PostgreSQL (see `crate::compaction` and `docs/anonymity.md`, "Storage").
//!
//! Heap order (`ctid`) plays the rowid's role, and every row version carries the id of the
//! transaction that wrote it (`xmin`): one per ingest batch, in arrival order. So:
//! 1. one transaction takes `SHARE ROW EXCLUSIVE` locks on the tables it rewrites (writers wait,
//!    readers go on), deletes every row of `responses`, `quarter_tallies` and `device_uploads`
//!    and inserts them again `ORDER BY random()` in the same statement (the new versions all
//!    carry this transaction's `xmin`); every survey × facility × service point × month's slabs
//!    become one slab of shuffled lines, inserted in random order; each upload counter's open
//!    day is folded into its busiest day;
//! 2. `VACUUM (FULL)` of those tables: a new file per table holding only the new versions, in
//!    the order they were inserted; then `CHECKPOINT`, which needs the `pg_checkpoint` role or
//!    superuser (without it the log says so and the rest stands).
//!
//! Out of reach: `pg_wal` and WAL archives still hold the old versions until recycled (encrypt
//! the volume; see the docs).

use super::PostgresStore;
use crate::store::dashboard::compacted::{CellsRow, CompactedFold, SLABS_IN_ORDER};
use crate::store::{Compaction, StoreError};
use crate::tally_slabs::slab_key;

/// Delete-and-reinsert in random order, one statement per table (a row deleted by this very
/// transaction does not count against the primary key of its new version).
const REWRITE: [&str; 3] = ["responses", "quarter_tallies", "device_uploads"];

impl PostgresStore {
    pub(super) async fn compact_files(&self) -> Result<Compaction, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        // The order ingest takes them in (responses, slabs, summaries), so no deadlock.
        tx.batch_execute(
            "LOCK TABLE responses, tally_slabs, quarter_tallies, device_uploads,
                        compacted_groups, compacted_cells
             IN SHARE ROW EXCLUSIVE MODE",
        )
        .await?;
        tx.execute(
            "UPDATE device_uploads SET busiest_day = greatest(busiest_day, open_responses),
                                       open_responses = 0
             WHERE open_responses <> 0",
            &[],
        )
        .await?;
        let mut rewritten = [0; REWRITE.len()];
        for (table, n) in REWRITE.iter().zip(&mut rewritten) {
            *n = tx
                .execute(
                    &format!(
                        "WITH gone AS (DELETE FROM {table} RETURNING *)
                         INSERT INTO {table} SELECT * FROM gone ORDER BY random()"
                    ),
                    &[],
                )
                .await?;
        }
        let [responses, _, device_months] = rewritten;
        let before: i64 = tx
            .query_one("SELECT count(*) FROM tally_slabs", &[])
            .await?
            .get(0);
        let slabs = tx
            .execute(
                "WITH gone AS (DELETE FROM tally_slabs
                               RETURNING survey_id, facility, service_point, period, cells),
                 lines AS (SELECT survey_id, facility, service_point, period, line
                           FROM gone, regexp_split_to_table(cells, E'\\n') AS line
                           WHERE line <> ''),
                 merged AS (SELECT survey_id, facility, service_point, period,
                                   string_agg(line || E'\\n', '' ORDER BY random()) AS cells
                            FROM lines GROUP BY survey_id, facility, service_point, period)
                 INSERT INTO tally_slabs
                     (survey_id, facility, service_point, period, cells, compacted)
                 SELECT survey_id, facility, service_point, period, cells, 1
                 FROM merged ORDER BY random()",
                &[],
            )
            .await?;
        fold_compacted(&tx).await?;
        tx.commit().await?;
        // New writes may land between the commit and the VACUUM: they arrived after this
        // compaction and stay after the rewritten rows, which is all a copy can tell.
        client
            .batch_execute(
                "VACUUM (FULL) responses, tally_slabs, quarter_tallies, device_uploads,
                               compacted_groups, compacted_cells",
            )
            .await?;
        let checkpointed = match client.batch_execute("CHECKPOINT").await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(
                    error = %StoreError::from(e),
                    "compaction: CHECKPOINT refused (grant the server's role pg_checkpoint); \
                     the tables are rewritten, the old versions wait for the next checkpoint"
                );
                false
            }
        };
        Ok(Compaction {
            responses,
            slab_rows_before: u64::try_from(before).unwrap_or(0),
            slabs,
            device_months,
            checkpointed,
        })
    }
}

/// Recomputes `compacted_groups` and `compacted_cells` from the merged slabs, which the merge
/// marked `compacted` (see `store/dashboard/compacted.rs`). Rows go in key order: nothing of
/// arrival order, and every version carries this transaction's `xmin`.
async fn fold_compacted(tx: &deadpool_postgres::Transaction<'_>) -> Result<(), StoreError> {
    tx.batch_execute("DELETE FROM compacted_groups; DELETE FROM compacted_cells;")
        .await?;
    let mut fold = CompactedFold::default();
    // A portal read a few slabs at a time, not a stream: the connection must be free between
    // reads to insert the finished months (a query sent while a stream is open waits for it).
    let portal = tx.bind(SLABS_IN_ORDER, &[]).await?;
    loop {
        let rows = tx.query_portal(&portal, 16).await?;
        if rows.is_empty() {
            break;
        }
        let mut cells: Vec<CellsRow> = Vec::new();
        for r in rows {
            let key =
                slab_key(r.get(0), r.get(1), r.get(2), r.get(3)).map_err(StoreError::Corrupt)?;
            let finished = fold.add_slab(&key, r.get(4)).map_err(StoreError::Corrupt)?;
            cells.extend(finished);
        }
        insert_cells(tx, cells).await?;
    }
    let (last, groups) = fold.finish().map_err(StoreError::Corrupt)?;
    insert_cells(tx, last.into_iter().collect()).await?;
    for chunk in groups.chunks(5_000) {
        let column = |f: fn(&_) -> &str| chunk.iter().map(f).collect::<Vec<&str>>();
        tx.execute(
            "INSERT INTO compacted_groups (survey_id, facility, quarter, dimension, label, counts)
             SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                                  $6::text[])",
            &[
                &column(|g| &g.survey),
                &column(|g| &g.facility),
                &column(|g| &g.quarter),
                &column(|g| g.dimension),
                &column(|g| &g.label),
                &column(|g| &g.counts),
            ],
        )
        .await?;
    }
    Ok(())
}

async fn insert_cells(
    tx: &deadpool_postgres::Transaction<'_>,
    rows: Vec<CellsRow>,
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
    }
    let column = |f: fn(&CellsRow) -> &str| rows.iter().map(f).collect::<Vec<&str>>();
    tx.execute(
        "INSERT INTO compacted_cells (survey_id, facility, period, cells)
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[])",
        &[
            &column(|r| &r.survey),
            &column(|r| &r.facility),
            &column(|r| &r.period),
            &column(|r| &r.cells),
        ],
    )
    .await?;
    Ok(())
}
