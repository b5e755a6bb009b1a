//! Numbered migrations, tracked in `schema_migrations`. An advisory lock keeps two servers
//! starting together from both applying one.

use crate::store::StoreError;
use crate::tally_slabs::{counts_json, quarter_sums, slab_key};
use deadpool_postgres::{Client, Transaction};

const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_initial.sql",
        include_str!("../../../migrations/postgres/0001_initial.sql"),
    ),
    (
        "0002_dashboard.sql",
        include_str!("../../../migrations/postgres/0002_dashboard.sql"),
    ),
    (
        "0003_tally_slabs.sql",
        include_str!("../../../migrations/postgres/0003_tally_slabs.sql"),
    ),
    (
        "0005_upload_months.sql",
        include_str!("../../../migrations/postgres/0005_upload_months.sql"),
    ),
    (
        "0006_retained.sql",
        include_str!("../../../migrations/postgres/0006_retained.sql"),
    ),
    (
        "0007_security.sql",
        include_str!("../../../migrations/postgres/0007_security.sql"),
    ),
    (
        "0008_compacted.sql",
        include_str!("../../../migrations/postgres/0008_compacted.sql"),
    ),
];

/// Arbitrary, fixed: "heard" in ASCII.
const MIGRATION_LOCK: i64 = 0x0068_6561_7264;

pub async fn run(client: &mut Client) -> Result<(), StoreError> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
        .await?;
    let current: i32 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .await?
        .get(0);
    let current = usize::try_from(current).unwrap_or(0);
    if current > MIGRATIONS.len() {
        return Err(StoreError::Database(format!(
            "the database has schema version {current}, newer than this server knows ({}); \
             upgrade the server",
            MIGRATIONS.len()
        )));
    }
    for (number, (file, sql)) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.batch_execute(sql)
            .await
            .map_err(|e| StoreError::Migration {
                file,
                message: StoreError::from(e).to_string(),
            })?;
        if *file == "0003_tally_slabs.sql" {
            fill_quarter_tallies(&tx)
                .await
                .map_err(|message| StoreError::Migration { file, message })?;
        }
        let version = i32::try_from(number + 1).unwrap_or(i32::MAX);
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&version],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Migration 0003's second half: the quarter summaries of the slabs it converted.
async fn fill_quarter_tallies(tx: &Transaction<'_>) -> Result<(), String> {
    let db = |e: tokio_postgres::Error| StoreError::from(e).to_string();
    let rows = tx
        .query(
            "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs",
            &[],
        )
        .await
        .map_err(db)?;
    let slabs = rows
        .iter()
        .map(|r| {
            let key = slab_key(r.get(0), r.get(1), r.get(2), r.get(3))?;
            Ok((key, r.get::<_, &str>(4)))
        })
        .collect::<Result<Vec<_>, String>>()?;
    for (key, counts) in quarter_sums(slabs)? {
        tx.execute(
            "INSERT INTO quarter_tallies (survey_id, facility, quarter, counts)
             VALUES ($1, $2, $3, $4)",
            &[
                &key.survey.as_str(),
                &key.facility.as_str(),
                &key.quarter.to_string(),
                &counts_json(&counts)?,
            ],
        )
        .await
        .map_err(db)?;
    }
    Ok(())
}
