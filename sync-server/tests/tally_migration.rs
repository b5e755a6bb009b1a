//! Migration 0003 converts a store of schema 2 (one tally row per cell) into slabs and quarter
//! summaries without losing a count, on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used)]

mod support;

use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::report::Summary;
use heard_core::report::{Cell, Tallies};
use heard_core::survey::Survey;
use heard_sync_server::store::Store;
use heard_sync_server::tally_slabs::counts_json;
use std::collections::BTreeMap;
use support::responses::ResponseGen;

/// What schema 2 held: per cell, its canonical JSON, its hash and its counts (compact text, or
/// JSON as the first rows were written).
fn old_rows(survey: &Survey) -> (Tallies, Vec<(Vec<u8>, String, String)>) {
    let mut g = ResponseGen::new(survey, &support::facility(), 77);
    let mut tallies = Tallies::default();
    for i in 0..60 {
        let mut r = g.response();
        r.period = ["2026-02", "2026-05"][i % 2].parse().unwrap();
        tallies.merge(&Tallies::of_response(survey, &r));
    }
    let mut by_cell: BTreeMap<Cell, Summary> = BTreeMap::new();
    for (cell, status) in &tallies.responses {
        by_cell.entry(cell.clone()).or_default().responses = *status;
    }
    for ((cell, q), counts) in &tallies.answers {
        by_cell
            .entry(cell.clone())
            .or_default()
            .answers
            .insert(q.clone(), counts.clone());
    }
    let rows = by_cell
        .into_iter()
        .enumerate()
        .map(|(i, (cell, counts))| {
            let json = to_canonical_json(&cell);
            let text = if i % 2 == 0 {
                counts_json(&counts).unwrap()
            } else {
                serde_json::to_string(&counts).unwrap()
            };
            (
                Sha256::of_bytes(&json).0.to_vec(),
                String::from_utf8(json).unwrap(),
                text,
            )
        })
        .collect();
    (tallies, rows)
}

async fn check_converted(store: &dyn Store, survey: &Survey, expected: &Tallies) {
    assert!(!expected.responses.is_empty());
    assert_eq!(store.tallies().await.unwrap(), *expected);
    let summaries = store.quarter_summaries(&survey.id).await.unwrap();
    assert_eq!(summaries.len(), 2, "one facility, two quarters");
    for (f, q, s) in summaries {
        assert_eq!(
            s,
            expected.summarize(|c| c.facility == f && c.period.quarter() == q),
            "{f} {q}"
        );
    }
}

#[tokio::test]
async fn sqlite_cells_become_slabs_and_quarter_summaries() {
    let survey = support::flagship();
    let (expected, rows) = old_rows(&survey);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(include_str!("../migrations/sqlite/0001_initial.sql"))
            .unwrap();
        c.execute_batch(include_str!("../migrations/sqlite/0002_dashboard.sql"))
            .unwrap();
        c.pragma_update(None, "user_version", 2).unwrap();
        for (hash, cell, counts) in &rows {
            c.execute(
                "INSERT INTO tallies (cell_hash, cell, counts) VALUES (?1, ?2, ?3)",
                rusqlite::params![hash, cell, counts],
            )
            .unwrap();
        }
    }
    let store = heard_sync_server::store::sqlite::SqliteStore::open(&path)
        .await
        .unwrap();
    check_converted(&store, &survey, &expected).await;
    let c = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 3, "migrated past 0003 (to {version})");
    let old_table: i64 = c
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'tallies'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old_table, 0, "the cell table is gone");
}

#[tokio::test]
async fn postgres_cells_become_slabs_and_quarter_summaries() {
    let Some(url) = support::postgres_url("postgres_cells_become_slabs_and_quarter_summaries")
    else {
        return;
    };
    let survey = support::flagship();
    let (expected, rows) = old_rows(&survey);
    let schema = support::fresh_schema("heard_mig3");
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(&format!(
            "CREATE SCHEMA {schema}; SET search_path = {schema};
             CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY);
             INSERT INTO schema_migrations VALUES (1), (2);"
        ))
        .await
        .unwrap();
    client
        .batch_execute(include_str!("../migrations/postgres/0001_initial.sql"))
        .await
        .unwrap();
    client
        .batch_execute(include_str!("../migrations/postgres/0002_dashboard.sql"))
        .await
        .unwrap();
    for (hash, cell, counts) in &rows {
        client
            .execute(
                "INSERT INTO tallies (cell_hash, cell, counts) VALUES ($1, $2, $3)",
                &[hash, cell, counts],
            )
            .await
            .unwrap();
    }
    let store =
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap();
    check_converted(&store, &survey, &expected).await;
    let versions: i64 = client
        .query_one("SELECT max(version)::bigint FROM schema_migrations", &[])
        .await
        .unwrap()
        .get(0);
    assert!(versions >= 3, "migrated past 0003 (to {versions})");
}
