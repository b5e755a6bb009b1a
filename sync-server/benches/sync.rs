//! Sync benchmarks. `cargo bench -p heard-sync-server --bench sync -- [--quick]`
//!
//! 1. Ingest rate into SQLite through `Store::ingest` (uniqueness check, content hash compare,
//!    tallies, one transaction per batch of 500) against a plain rusqlite batched insert of the
//!    same rows into the same table shape, measured in the same run. Goal: ≥ 0.5×.
//! 2. Wire bytes per response, gzipped, for the flagship survey. Goal: < 150 B.
//! 3. Time for one tablet to drain 10,000 queued responses to a server on loopback. Goal: < 2 s.
//! 4. `Store::compact` of the SQLite store holding the responses of 1 (issue 13: rewrite in
//!    random order, merge slabs, VACUUM, WAL truncated), the first time and again; then a
//!    quarter as many responses more, alternately into the compacted store, a never-compacted
//!    control with the same rows, and the plain baseline. With `--postgres` and
//!    HEARD_TEST_POSTGRES_URL, also ingest and compaction on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
mod support;

use heard_core::canonical::to_canonical_json;
use heard_core::wire::join_batch;

use heard_sync_client::{self as sync_client, Outbox, ServerUrl, SyncClient, SyncConfig};
use heard_sync_server::ingest::{parse_line, prepare, Edition};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{IngestItem, Store};
use rusqlite::params;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::responses::ResponseGen;
use support::sqlite_outbox::TestSqliteOutbox;

const BATCH: usize = 500;

/// The baseline: a plain rusqlite batched insert of the same rows into the same table shape.
struct PlainInsert(rusqlite::Connection);

impl PlainInsert {
    fn open(path: &std::path::Path) -> Self {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
             CREATE TABLE responses (id BLOB NOT NULL UNIQUE, content_hash BLOB NOT NULL,
               survey_id TEXT NOT NULL, survey_version TEXT NOT NULL, facility TEXT NOT NULL,
               service_point TEXT, period TEXT NOT NULL, body BLOB NOT NULL);",
        )
        .unwrap();
        Self(conn)
    }

    /// One batch in one transaction; returns its time.
    fn batch(&mut self, chunk: &[IngestItem]) -> Duration {
        let started = Instant::now();
        let tx = self.0.transaction().unwrap();
        {
            let mut st = tx
                .prepare_cached("INSERT INTO responses VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .unwrap();
            for i in chunk {
                st.execute(params![
                    &i.id.as_uuid().as_bytes()[..],
                    &i.content_hash.0[..],
                    i.survey.id.as_str(),
                    i.survey.version.to_hex(),
                    i.facility.as_str(),
                    i.service_point.as_ref().map(|s| s.as_str()),
                    i.period.to_string(),
                    i.canonical
                ])
                .unwrap();
            }
        }
        tx.commit().unwrap();
        started.elapsed()
    }
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let n = if quick { 20_000 } else { 100_000 };
    let dir = tempfile::tempdir().unwrap();
    let survey = support::flagship();
    let facility = support::facility();
    let mut g = ResponseGen::new(&survey, &facility, 42);
    let lines: Vec<Vec<u8>> = (0..n).map(|_| to_canonical_json(&g.response())).collect();

    // Parse + validate + tallies (the CPU part of ingest).
    let started = Instant::now();
    let items: Vec<IngestItem> = lines
        .iter()
        .map(|l| {
            let r = parse_line(l).unwrap();
            prepare(r, l, Edition::Known(&survey), &facility).unwrap()
        })
        .collect();
    let validate = started.elapsed();

    // Store::ingest in batches of 500.
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("store.sqlite3"))
            .await
            .unwrap(),
    );
    support::seed(&store).await;
    // Batch by batch, alternately into the store and into the plain baseline, so both see the
    // same disk and machine load (one after the other, the quick mode's ratio moved by ±0.1).
    let mut plain_db = PlainInsert::open(&dir.path().join("plain.sqlite3"));
    let (mut ingest, mut plain) = (Duration::ZERO, Duration::ZERO);
    for chunk in items.chunks(BATCH) {
        let batch = chunk.to_vec();
        let started = Instant::now();
        store.ingest(batch).await.unwrap();
        ingest += started.elapsed();
        plain += plain_db.batch(chunk);
    }
    assert_eq!(store.response_count().await.unwrap(), n as u64);

    // A control store with the same rows, never compacted (not timed).
    let control: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("control.sqlite3"))
            .await
            .unwrap(),
    );
    support::seed(&control).await;
    for chunk in items.chunks(BATCH) {
        control.ingest(chunk.to_vec()).await.unwrap();
    }

    // The daily compaction of the store: first after ingest (one slab per batch and key), then
    // again (slabs already merged: the steady state of a daily run).
    let db_path = dir.path().join("store.sqlite3");
    let db_before = std::fs::metadata(&db_path).unwrap().len();
    let started = Instant::now();
    let first = store.compact().await.unwrap();
    let compact_first = started.elapsed();
    assert_eq!(first.responses, n as u64);
    assert!(first.checkpointed);
    let started = Instant::now();
    let again = store.compact().await.unwrap();
    let compact_again = started.elapsed();
    assert_eq!(again.slab_rows_before, first.slabs);
    let wal = std::fs::metadata(dir.path().join("store.sqlite3-wal")).map_or(0, |m| m.len());
    let db_after = std::fs::metadata(&db_path).unwrap().len();
    assert_eq!(wal, 0, "the compaction truncates the WAL");

    // Ingest right after the compaction (the writer now has `secure_delete` on, the WAL starts
    // from 0 bytes, the file is freshly vacuumed), a quarter as many new responses, batch by
    // batch alternately with the control store and the plain baseline.
    let mut g2 = ResponseGen::new(&survey, &facility, 45);
    let more: Vec<IngestItem> = (0..n / 4)
        .map(|_| {
            let l = to_canonical_json(&g2.response());
            let r = parse_line(&l).unwrap();
            prepare(r, &l, Edition::Known(&survey), &facility).unwrap()
        })
        .collect();
    let (mut after, mut control_after, mut plain_after) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for chunk in more.chunks(BATCH) {
        let started = Instant::now();
        store.ingest(chunk.to_vec()).await.unwrap();
        after += started.elapsed();
        let started = Instant::now();
        control.ingest(chunk.to_vec()).await.unwrap();
        control_after += started.elapsed();
        plain_after += plain_db.batch(chunk);
    }
    let ratio_after = plain_after.as_secs_f64() / after.as_secs_f64();
    let ratio_control = plain_after.as_secs_f64() / control_after.as_secs_f64();
    let postgres = if std::env::args().any(|a| a == "--postgres") {
        postgres_compaction(&items).await
    } else {
        None
    };

    // Wire size: the flagship's responses gzipped in batches of 500, and alone.
    let gz = support::gzip(&join_batch(lines.iter().take(BATCH).map(Vec::as_slice)));
    let per_response_batched = gz.len() as f64 / BATCH as f64;
    let single = support::gzip(&lines[0]).len();
    let raw = lines.iter().take(BATCH).map(Vec::len).sum::<usize>() as f64 / BATCH as f64;

    // Drain 10,000 queued responses from one tablet over loopback.
    let drain_n = 10_000;
    let server_store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("server.sqlite3"))
            .await
            .unwrap(),
    );
    support::seed(&server_store).await;
    let token = support::enrolled_token(&server_store, support::FACILITY).await;
    let server =
        heard_sync_server::testing::LoopbackServer::start(Arc::clone(&server_store), None).await;
    let outbox = Arc::new(TestSqliteOutbox::open(&dir.path().join("tablet.sqlite3")).unwrap());
    let mut tg = ResponseGen::new(&survey, &facility, 43);
    outbox.enqueue(&tg.canonical(drain_n)).unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&server.http_url(), false).unwrap(),
        token,
        Duration::from_secs(30),
    )
    .unwrap();
    // Parts of the drain, measured alone: the tablet's outbox work, and pushes without it.
    let parts_outbox = Arc::new(TestSqliteOutbox::open(&dir.path().join("parts.sqlite3")).unwrap());
    let queued = ResponseGen::new(&survey, &facility, 44).canonical(drain_n);
    parts_outbox.enqueue(&queued).unwrap();
    let started = Instant::now();
    loop {
        let batch = parts_outbox.pending(BATCH).unwrap();
        if batch.is_empty() {
            break;
        }
        let ids: Vec<_> = batch.iter().map(|(id, _)| *id).collect();
        parts_outbox.acknowledge(&ids).unwrap();
    }
    let outbox_only = started.elapsed();
    let started = Instant::now();
    for batch in queued.chunks(BATCH) {
        client.push(batch).await.unwrap();
    }
    let push_only = started.elapsed();

    let started = Instant::now();
    let worker = sync_client::spawn(
        client.clone(),
        Arc::clone(&outbox) as Arc<dyn Outbox>,
        SyncConfig {
            batch_size: BATCH,
            poll_interval: Duration::from_millis(10),
            ..SyncConfig::default()
        },
    );
    worker.sync_now();
    while outbox.pending_count().unwrap() > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let drain = started.elapsed();
    worker.stop().await;
    assert_eq!(
        server_store.response_count().await.unwrap(),
        2 * drain_n as u64
    );
    server.shutdown().await;

    let ratio = rate(n, ingest) / rate(n, plain);
    println!(
        "Sync benchmark ({} mode, {n} flagship responses, batches of {BATCH})",
        if quick { "quick" } else { "full" }
    );
    println!(
        "  parse + validate + tallies:     {:>9.0} responses/s",
        rate(n, validate)
    );
    println!(
        "  Store::ingest into SQLite:      {:>9.0} responses/s",
        rate(n, ingest)
    );
    println!(
        "  plain rusqlite batched insert:  {:>9.0} responses/s",
        rate(n, plain)
    );
    println!("  ingest / plain:                 {ratio:>9.2}x   (goal >= 0.5x)");
    println!(
        "    {} more, right after a compaction: {ratio_after:.2}x; same store never compacted: \
         {ratio_control:.2}x",
        n / 4
    );
    println!("  canonical JSON per response:    {raw:>9.0} B");
    println!("  gzipped, in a batch of {BATCH}:     {per_response_batched:>9.1} B/response (goal < 150 B)");
    println!("  gzipped, a single response:     {single:>9} B");
    println!(
        "    of which the outbox alone:    {:>9.2} s; pushes alone: {:.2} s",
        outbox_only.as_secs_f64(),
        push_only.as_secs_f64()
    );
    println!(
        "  drain {drain_n} over loopback:      {:>9.2} s   (goal < 2 s)",
        drain.as_secs_f64()
    );
    println!(
        "  compaction, SQLite, {n} responses: {:.2} s first ({} slabs -> {}), {:.2} s again; \
         file {:.1} -> {:.1} MB, WAL {wal} B",
        compact_first.as_secs_f64(),
        first.slab_rows_before,
        first.slabs,
        compact_again.as_secs_f64(),
        db_before as f64 / 1e6,
        db_after as f64 / 1e6,
    );
    if let Some((ingest, first, again, checkpointed)) = postgres {
        println!(
            "  PostgreSQL: Store::ingest {:.0} responses/s; compaction {:.2} s first, {:.2} s again \
             (CHECKPOINT {})",
            rate(n, ingest),
            first.as_secs_f64(),
            again.as_secs_f64(),
            if checkpointed { "ran" } else { "refused: no pg_checkpoint role" }
        );
    }
}

/// The same rows into a fresh PostgreSQL schema, then two compactions (`--postgres`).
async fn postgres_compaction(items: &[IngestItem]) -> Option<(Duration, Duration, Duration, bool)> {
    let url = support::postgres_url("bench-sync --postgres")?;
    let schema = support::fresh_schema("heard_bench");
    let store: Arc<dyn Store> = Arc::new(
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap(),
    );
    support::seed(&store).await;
    let started = Instant::now();
    for chunk in items.chunks(BATCH) {
        store.ingest(chunk.to_vec()).await.unwrap();
    }
    let ingest = started.elapsed();
    let started = Instant::now();
    store.compact().await.unwrap();
    let first = started.elapsed();
    let started = Instant::now();
    let checkpointed = store.compact().await.unwrap().checkpointed;
    let again = started.elapsed();
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
    Some((ingest, first, again, checkpointed))
}
