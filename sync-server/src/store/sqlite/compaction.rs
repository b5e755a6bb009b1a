//! `Store::compact` for SQLite (see `crate::compaction` and `docs/anonymity.md`, "Storage").
//!
//! An attacker with a copy of the file reads rows in rowid order, slab lines in text order, free
//! pages, and the WAL's frames in the order they were written. So, holding the writer:
//! 1. one `IMMEDIATE` transaction with `secure_delete` on (moved and deleted cells are zeroed,
//!    not left in pages): every response row and upload counter gets a fresh rowid in a random
//!    order (`fresh_rowids`: disjoint from the current ones, so each row moves once); every
//!    survey × facility × service point × month's slabs become one slab of shuffled lines,
//!    inserted in a random order of keys; each counter's open day is folded into its busiest day;
//! 2. `wal_checkpoint(TRUNCATE)`, `VACUUM` (a fresh file, pages in B-tree order, no free
//!    pages), `wal_checkpoint(TRUNCATE)` again: the WAL is 0 bytes.
//!
//! The random order comes from `rand::rng()` (a CSPRNG seeded by the OS) and is never stored.

use super::SqliteStore;
use crate::compaction::{fresh_rowids, merge_slab_lines};
use crate::store::dashboard::compacted::{CellsRow, CompactedFold, SLABS_IN_ORDER};
use crate::store::{Compaction, StoreError};
use crate::tally_slabs::slab_key;
use rand::seq::SliceRandom;
use rand::Rng;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use std::sync::{Arc, Mutex};

fn poisoned<T>(_: T) -> StoreError {
    StoreError::Database("an earlier database call panicked".into())
}

impl SqliteStore {
    pub(super) async fn compact_files(&self) -> Result<Compaction, StoreError> {
        let writer = Arc::clone(&self.writer);
        let reader = Arc::clone(&self.reader);
        tokio::task::spawn_blocking(move || {
            let mut w = writer.lock().map_err(poisoned)?;
            let mut report = rewrite(&mut w)?;
            // The rewrite doubled the WAL; empty it before VACUUM writes the whole file again.
            checkpoint(&w, &reader)?;
            w.execute_batch("VACUUM")?;
            report.checkpointed = checkpoint(&w, &reader)?;
            if !report.checkpointed {
                tracing::warn!("compaction: another process kept the WAL busy; it is not empty");
            }
            Ok(report)
        })
        .await
        .map_err(|e| StoreError::Database(format!("compaction task failed: {e}")))?
    }
}

/// Step 1: the rewrite, in one transaction.
fn rewrite(c: &mut Connection) -> Result<Compaction, StoreError> {
    c.pragma_update(None, "secure_delete", true)?;
    let mut rng = rand::rng();
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let responses = permute_rows(&tx, "responses", &mut rng)?;
    let (slab_rows_before, slabs) = merge_slabs(&tx, &mut rng)?;
    fold_compacted(&tx)?;
    tx.execute(
        "UPDATE device_uploads SET busiest_day = max(busiest_day, open_responses),
                                   open_responses = 0
         WHERE open_responses <> 0",
        [],
    )?;
    let device_months = permute_rows(&tx, "device_uploads", &mut rng)?;
    tx.commit()?;
    Ok(Compaction {
        responses,
        slab_rows_before,
        slabs,
        device_months,
        checkpointed: false,
    })
}

/// Gives every row of `table` (a rowid table) a fresh rowid, in random order.
fn permute_rows(tx: &Transaction<'_>, table: &str, rng: &mut impl Rng) -> Result<u64, StoreError> {
    let mut rowids: Vec<i64> = {
        let mut st = tx.prepare(&format!("SELECT rowid FROM {table}"))?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let min = rowids.iter().copied().min().unwrap_or(0);
    let max = rowids.iter().copied().max().unwrap_or(0);
    rowids.shuffle(rng);
    let mut update = tx.prepare(&format!("UPDATE {table} SET rowid = ?1 WHERE rowid = ?2"))?;
    for (old, new) in rowids.iter().zip(fresh_rowids(min, max, rowids.len())) {
        update.execute(params![new, old])?;
    }
    Ok(rowids.len() as u64)
}

type SlabKeyColumns = (String, String, Option<String>, String);

/// One slab of shuffled lines per key, keys in random order. Returns the slab rows before and
/// after.
fn merge_slabs(tx: &Transaction<'_>, rng: &mut impl Rng) -> Result<(u64, u64), StoreError> {
    let (before, min, max): (i64, Option<i64>, Option<i64>) = tx.query_row(
        "SELECT count(*), min(rowid), max(rowid) FROM tally_slabs",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut keys: Vec<SlabKeyColumns> = {
        let mut st = tx.prepare(
            "SELECT DISTINCT survey_id, facility, service_point, period FROM tally_slabs",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    keys.shuffle(rng);
    let mut select = tx.prepare(
        "SELECT rowid, cells FROM tally_slabs
         WHERE survey_id = ?1 AND facility = ?2 AND service_point IS ?3 AND period = ?4",
    )?;
    let mut delete = tx.prepare("DELETE FROM tally_slabs WHERE rowid = ?1")?;
    let mut insert = tx.prepare(
        "INSERT INTO tally_slabs
             (rowid, survey_id, facility, service_point, period, cells, compacted)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)",
    )?;
    let fresh = fresh_rowids(min.unwrap_or(0), max.unwrap_or(0), keys.len());
    let mut slabs = 0;
    for ((survey, facility, point, period), rowid) in keys.iter().zip(fresh) {
        let found: Vec<(i64, String)> = select
            .query_map(params![survey, facility, point, period], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<Result<_, _>>()?;
        let (text, lines) = merge_slab_lines(found.iter().map(|(_, t)| t.as_str()), rng);
        for (old, _) in &found {
            delete.execute([old])?;
        }
        if lines > 0 {
            insert.execute(params![rowid, survey, facility, point, period, text])?;
            slabs += 1;
        }
    }
    Ok((u64::try_from(before).unwrap_or(0), slabs))
}

/// Recomputes `compacted_groups` and `compacted_cells` from the merged slabs, which
/// `merge_slabs` marked `compacted` (see `store/dashboard/compacted.rs`). Rows go in key order
/// (both tables are `WITHOUT ROWID`): nothing of arrival order.
fn fold_compacted(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM compacted_groups; DELETE FROM compacted_cells;")?;
    let mut insert_cells = tx.prepare(
        "INSERT INTO compacted_cells (survey_id, facility, period, cells) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut put_cells = |row: Option<CellsRow>| -> Result<(), StoreError> {
        if let Some(r) = row {
            insert_cells.execute(params![r.survey, r.facility, r.period, r.cells])?;
        }
        Ok(())
    };
    let mut fold = CompactedFold::default();
    {
        let mut st = tx.prepare(SLABS_IN_ORDER)?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let key = slab_key(
                r.get_ref(0)?.as_str()?,
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str_or_null()?,
                r.get_ref(3)?.as_str()?,
            )
            .map_err(StoreError::Corrupt)?;
            let finished = fold
                .add_slab(&key, r.get_ref(4)?.as_str()?)
                .map_err(StoreError::Corrupt)?;
            put_cells(finished)?;
        }
    }
    let (last, groups) = fold.finish().map_err(StoreError::Corrupt)?;
    put_cells(last)?;
    let mut insert_group = tx.prepare(
        "INSERT INTO compacted_groups (survey_id, facility, quarter, dimension, label, counts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for g in groups {
        insert_group.execute(params![
            g.survey,
            g.facility,
            g.quarter,
            g.dimension,
            g.label,
            g.counts
        ])?;
    }
    Ok(())
}

/// `wal_checkpoint(TRUNCATE)` with this store's reader held, so no snapshot of ours pins the
/// WAL. True when the WAL was emptied (another process's reader can keep it busy).
fn checkpoint(w: &Connection, reader: &Mutex<Connection>) -> Result<bool, StoreError> {
    let _reader = reader.lock().map_err(poisoned)?;
    let busy: i64 = w.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(busy == 0)
}
