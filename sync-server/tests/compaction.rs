//! `Store::compact` loses nothing, may run again and again and while tablets push, and the
//! `compact` command runs it; migration 0005 folds per-day upload counters into months. SQLite
//! and PostgreSQL (when HEARD_TEST_POSTGRES_URL is set). The ordering proof is
//! `arrival_order.rs`.
#![allow(clippy::unwrap_used)]

mod support;

use heard_core::canonical::to_canonical_json;
use heard_sync_server::calendar::days_from_civil;
use heard_sync_server::ingest::{parse_line, prepare, Edition};
use heard_sync_server::store::{IngestItem, Store};
use std::sync::Arc;
use support::responses::ResponseGen;
use support::{facility, seed};

fn items(survey: &heard_core::survey::Survey, seed: u64, n: usize) -> Vec<IngestItem> {
    let mut g = ResponseGen::new(survey, &facility(), seed);
    (0..n)
        .map(|_| {
            let line = to_canonical_json(&g.response());
            prepare(
                parse_line(&line).unwrap(),
                &line,
                Edition::Known(survey),
                &facility(),
            )
            .unwrap()
        })
        .collect()
}

/// Ingests 40 batches of 25 on `store` while compacting five times, and the same batches on
/// `plain` without: both end with the same responses, tallies and summaries.
async fn compaction_keeps_everything(store: Arc<dyn Store>, plain: Arc<dyn Store>) {
    let survey = seed(&store).await;
    seed(&plain).await;
    let all = items(&survey, 5, 1000);
    let batches: Vec<Vec<IngestItem>> = all.chunks(25).map(<[IngestItem]>::to_vec).collect();
    for b in &batches {
        plain.ingest(b.clone()).await.unwrap();
    }
    let pushing = {
        let store = Arc::clone(&store);
        let batches = batches.clone();
        tokio::spawn(async move {
            for b in batches {
                store.ingest(b).await.unwrap();
                tokio::task::yield_now().await;
            }
        })
    };
    for _ in 0..5 {
        store.compact().await.unwrap();
    }
    pushing.await.unwrap();
    let c = store.compact().await.unwrap();
    assert_eq!(c.responses, 1000);
    // One slab per survey × facility × service point × month: 3 months, with and without the
    // reception desk.
    assert_eq!(c.slabs, 6);
    assert_eq!(
        store.compact().await.unwrap().slab_rows_before,
        6,
        "idempotent"
    );
    // The same rows, byte for byte, and the same figures.
    let mut bodies = store.all_responses().await.unwrap();
    let mut expected = plain.all_responses().await.unwrap();
    bodies.sort();
    expected.sort();
    assert_eq!(bodies, expected);
    assert_eq!(
        store.tallies().await.unwrap(),
        plain.tallies().await.unwrap()
    );
    let mut got = store.quarter_summaries(&survey.id).await.unwrap();
    let mut want = plain.quarter_summaries(&survey.id).await.unwrap();
    got.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    want.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    assert_eq!(got, want);
    // Ingest still tells duplicates after the rows moved.
    let again = store.ingest(batches[3].clone()).await.unwrap();
    assert!(again
        .iter()
        .all(|o| *o == heard_sync_server::store::Ingested::Duplicate));
}

/// Counters: one row per device and month; a day is the time between two compactions.
async fn counters_are_monthly_with_their_busiest_day(store: Arc<dyn Store>) {
    seed(&store).await;
    let token = support::enrolled_token(&store, support::FACILITY).await;
    let device = store
        .device_by_token(heard_sync_server::secrets::hash_secret(&token))
        .await
        .unwrap()
        .unwrap();
    let march = days_from_civil(2026, 3, 1);
    // Day 1: 10 + 5; day 2: 200 (a burst); day 3: 0 accepted; day 4: 7. April: 1.
    for (day, n, compact) in [
        (march, 10, false),
        (march, 5, true),
        (march + 1, 200, true),
        (march + 2, 0, true),
        (march + 3, 7, false),
        (march + 31, 1, false),
    ] {
        store.record_upload(&device.id, day, n).await.unwrap();
        if compact {
            store.compact().await.unwrap();
        }
    }
    let months = store.device_months().await.unwrap();
    let got: Vec<(String, u64, u64, u64, u64)> = months
        .iter()
        .map(|m| {
            (
                m.month.to_string(),
                m.pushes,
                m.responses,
                m.active_days,
                m.busiest_day,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("2026-04".to_owned(), 1, 1, 1, 1),
            ("2026-03".to_owned(), 5, 222, 3, 200),
        ]
    );
    assert!(months.iter().all(|m| m.device == device.id.to_hex()));
}

async fn sqlite_store(dir: &tempfile::TempDir, name: &str) -> Arc<dyn Store> {
    Arc::new(
        heard_sync_server::store::sqlite::SqliteStore::open(dir.path().join(name))
            .await
            .unwrap(),
    )
}

async fn postgres_store(url: &str) -> Arc<dyn Store> {
    let schema = support::fresh_schema("heard_compact");
    Arc::new(
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(url, Some(&schema))
            .await
            .unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_compaction_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    compaction_keeps_everything(
        sqlite_store(&dir, "a.sqlite3").await,
        sqlite_store(&dir, "b.sqlite3").await,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_compaction_keeps_everything() {
    let Some(url) = support::postgres_url("postgres_compaction_keeps_everything") else {
        return;
    };
    compaction_keeps_everything(postgres_store(&url).await, postgres_store(&url).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_counters_are_monthly_with_their_busiest_day() {
    let dir = tempfile::tempdir().unwrap();
    counters_are_monthly_with_their_busiest_day(sqlite_store(&dir, "c.sqlite3").await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_counters_are_monthly_with_their_busiest_day() {
    let Some(url) = support::postgres_url("postgres_counters_are_monthly_with_their_busiest_day")
    else {
        return;
    };
    counters_are_monthly_with_their_busiest_day(postgres_store(&url).await).await;
}

/// Per-day rows of two devices: (device, day, pushes, responses).
fn old_counters() -> Vec<([u8; 8], i64, i64, i64)> {
    let march = days_from_civil(2026, 3, 1);
    vec![
        ([1; 8], march, 2, 10),
        ([1; 8], march + 30, 1, 90),
        ([1; 8], march + 31, 1, 4),
        ([2; 8], march + 5, 3, 0),
    ]
}

fn check_folded(months: &[heard_sync_server::store::DeviceMonth]) {
    let got: Vec<(String, String, u64, u64, u64, u64)> = months
        .iter()
        .map(|m| {
            (
                m.device.clone(),
                m.month.to_string(),
                m.pushes,
                m.responses,
                m.active_days,
                m.busiest_day,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("0101010101010101".into(), "2026-04".into(), 1, 4, 1, 4),
            ("0101010101010101".into(), "2026-03".into(), 3, 100, 2, 90),
            ("0202020202020202".into(), "2026-03".into(), 3, 0, 0, 0),
        ]
    );
}

#[tokio::test]
async fn sqlite_migration_folds_daily_counters_into_months() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../migrations/sqlite/0001_initial.sql"),
            include_str!("../migrations/sqlite/0002_dashboard.sql"),
            include_str!("../migrations/sqlite/0003_tally_slabs.sql"),
        ] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 3).unwrap();
        c.execute("INSERT INTO facilities VALUES ('be-test-centre', 'T')", [])
            .unwrap();
        for (device, day, pushes, responses) in old_counters() {
            c.execute(
                "INSERT OR IGNORE INTO devices (id, facility, token_hash) VALUES (?1, 'be-test-centre', ?1)",
                [&device[..]],
            )
            .unwrap();
            c.execute(
                "INSERT INTO device_uploads VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![&device[..], day, pushes, responses],
            )
            .unwrap();
        }
    }
    let store = heard_sync_server::store::sqlite::SqliteStore::open(&path)
        .await
        .unwrap();
    check_folded(&store.device_months().await.unwrap());
}

#[tokio::test]
async fn postgres_migration_folds_daily_counters_into_months() {
    let Some(url) = support::postgres_url("postgres_migration_folds_daily_counters_into_months")
    else {
        return;
    };
    let schema = support::fresh_schema("heard_mig5");
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(&format!(
            "CREATE SCHEMA {schema}; SET search_path = {schema};
             CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY);
             INSERT INTO schema_migrations VALUES (1), (2), (3);"
        ))
        .await
        .unwrap();
    for sql in [
        include_str!("../migrations/postgres/0001_initial.sql"),
        include_str!("../migrations/postgres/0002_dashboard.sql"),
        include_str!("../migrations/postgres/0003_tally_slabs.sql"),
    ] {
        client.batch_execute(sql).await.unwrap();
    }
    client
        .batch_execute("INSERT INTO facilities VALUES ('be-test-centre', 'T')")
        .await
        .unwrap();
    for (device, day, pushes, responses) in old_counters() {
        client
            .execute(
                "INSERT INTO devices (id, facility, token_hash) VALUES ($1, 'be-test-centre', $1)
                 ON CONFLICT DO NOTHING",
                &[&&device[..]],
            )
            .await
            .unwrap();
        client
            .execute(
                "INSERT INTO device_uploads VALUES ($1, $2, $3, $4)",
                &[&&device[..], &day, &pushes, &responses],
            )
            .await
            .unwrap();
    }
    let store =
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap();
    check_folded(&store.device_months().await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_compact_command_compacts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cli.sqlite3");
    {
        let store = sqlite_store(&dir, "cli.sqlite3").await;
        let survey = seed(&store).await;
        for b in items(&survey, 9, 100).chunks(10) {
            store.ingest(b.to_vec()).await.unwrap();
        }
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
        .arg("compact")
        .env("DATABASE_URL", &path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("100 responses"), "{stdout}");
    assert!(stdout.contains("log checkpointed"), "{stdout}");
    let wal = path.with_extension("sqlite3-wal");
    assert!(std::fs::metadata(&wal).map_or(0, |m| m.len()) == 0);
}
