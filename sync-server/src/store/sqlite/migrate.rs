//! Numbered migrations, tracked in `PRAGMA user_version`. Files are never edited once landed.

use crate::store::StoreError;
use crate::tally_slabs::{counts_json, quarter_sums, slab_key};
use rusqlite::{params, Connection, Transaction};

const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_initial.sql",
        include_str!("../../../migrations/sqlite/0001_initial.sql"),
    ),
    (
        "0002_dashboard.sql",
        include_str!("../../../migrations/sqlite/0002_dashboard.sql"),
    ),
    (
        "0003_tally_slabs.sql",
        include_str!("../../../migrations/sqlite/0003_tally_slabs.sql"),
    ),
    (
        "0005_upload_months.sql",
        include_str!("../../../migrations/sqlite/0005_upload_months.sql"),
    ),
    (
        "0006_retained.sql",
        include_str!("../../../migrations/sqlite/0006_retained.sql"),
    ),
    (
        "0007_security.sql",
        include_str!("../../../migrations/sqlite/0007_security.sql"),
    ),
    (
        "0008_compacted.sql",
        include_str!("../../../migrations/sqlite/0008_compacted.sql"),
    ),
];

pub fn run(conn: &mut Connection) -> Result<(), StoreError> {
    // rusqlite reads and writes SQLite's integers as i64 (no usize conversions since 0.38).
    let stored: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let current = usize::try_from(stored).map_err(|_| {
        StoreError::Database(format!(
            "the database has an invalid schema version {stored}"
        ))
    })?;
    if current > MIGRATIONS.len() {
        return Err(StoreError::Database(format!(
            "the database has schema version {current}, newer than this server knows ({}); \
             upgrade the server",
            MIGRATIONS.len()
        )));
    }
    for ((file, sql), version) in MIGRATIONS.iter().zip(1_i64..).skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migration {
            file,
            message: e.to_string(),
        })?;
        if *file == "0003_tally_slabs.sql" {
            fill_quarter_tallies(&tx).map_err(|message| StoreError::Migration { file, message })?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// Migration 0003's second half: the quarter summaries of the slabs it converted.
fn fill_quarter_tallies(tx: &Transaction<'_>) -> Result<(), String> {
    let db = |e: rusqlite::Error| e.to_string();
    let mut st = tx
        .prepare("SELECT survey_id, facility, service_point, period, cells FROM tally_slabs")
        .map_err(db)?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .map_err(db)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(db)?;
    let slabs = rows
        .iter()
        .map(|(s, f, p, m, text)| Ok((slab_key(s, f, p.as_deref(), m)?, text.as_str())))
        .collect::<Result<Vec<_>, String>>()?;
    let mut insert = tx
        .prepare(
            "INSERT INTO quarter_tallies (survey_id, facility, quarter, counts)
             VALUES (?1, ?2, ?3, ?4)",
        )
        .map_err(db)?;
    for (key, counts) in quarter_sums(slabs)? {
        insert
            .execute(params![
                key.survey.as_str(),
                key.facility.as_str(),
                key.quarter.to_string(),
                counts_json(&counts)?
            ])
            .map_err(db)?;
    }
    Ok(())
}
