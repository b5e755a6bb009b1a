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
//!    control with the same rows, and the plain baseline.
//!
//! `--backend postgres` (HEARD_TEST_POSTGRES_URL; `--postgres` is the same) measures 1, 3 and 4
//! on PostgreSQL instead: `Store::ingest` against a plain batched insert (`INSERT … UNNEST`) and
//! binary `COPY` of the same rows into tables of the same shape, batch by batch alternately
//! (`parts/pg_baseline.rs`), the drain to a server whose store is PostgreSQL, and compaction.
#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "parts/pg_baseline.rs"]
mod pg_baseline;

use heard_core::canonical::to_canonical_json;
use heard_core::wire::join_batch;

use heard_core::ids::FacilityCode;
use heard_core::survey::Survey;
use heard_sync_client::{self as sync_client, Outbox, ServerUrl, SyncClient, SyncConfig};
use heard_sync_server::ingest::{parse_line, prepare, Edition};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{IngestItem, Store};
use rusqlite::params;
use std::path::Path;
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
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    let postgres = args.iter().any(|a| a == "--postgres")
        || args
            .iter()
            .position(|a| a == "--backend")
            .and_then(|i| args.get(i + 1))
            .is_some_and(|b| b == "postgres");
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
    let mut g2 = ResponseGen::new(&survey, &facility, 45);
    let more: Vec<IngestItem> = (0..n / 4)
        .map(|_| {
            let l = to_canonical_json(&g2.response());
            let r = parse_line(&l).unwrap();
            prepare(r, &l, Edition::Known(&survey), &facility).unwrap()
        })
        .collect();

    println!(
        "Sync benchmark ({} mode, {n} flagship responses, batches of {BATCH}, {})",
        if quick { "quick" } else { "full" },
        if postgres { "PostgreSQL" } else { "SQLite" }
    );
    println!(
        "  parse + validate + tallies:     {:>9.0} responses/s",
        rate(n, validate)
    );
    let mut drain_schema = None;
    let server_store: Arc<dyn Store> = if postgres {
        let Some(url) = support::postgres_url("bench-sync --backend postgres") else {
            eprintln!("bench-sync --backend postgres needs HEARD_TEST_POSTGRES_URL");
            std::process::exit(2);
        };
        postgres_figures(&url, &items, &more).await;
        let schema = support::fresh_schema("heard_bench_drain");
        let store = heard_sync_server::store::postgres::PostgresStore::connect_in_schema(
            &url,
            Some(&schema),
        )
        .await
        .unwrap();
        drain_schema = Some((url, schema));
        Arc::new(store)
    } else {
        sqlite_figures(dir.path(), &items, &more).await;
        Arc::new(
            SqliteStore::open(dir.path().join("server.sqlite3"))
                .await
                .unwrap(),
        )
    };

    // Wire size: the flagship's responses gzipped in batches of 500, and alone.
    let gz = support::gzip(&join_batch(lines.iter().take(BATCH).map(Vec::as_slice)));
    let per_response_batched = gz.len() as f64 / BATCH as f64;
    let single = support::gzip(&lines[0]).len();
    let raw = lines.iter().take(BATCH).map(Vec::len).sum::<usize>() as f64 / BATCH as f64;
    println!("  canonical JSON per response:    {raw:>9.0} B");
    println!("  gzipped, in a batch of {BATCH}:     {per_response_batched:>9.1} B/response (goal < 150 B)");
    println!("  gzipped, a single response:     {single:>9} B");

    let (outbox_only, push_only, drain) =
        drain_figures(dir.path(), server_store, &survey, &facility).await;
    println!(
        "    of which the outbox alone:    {:>9.2} s; pushes alone: {:.2} s",
        outbox_only.as_secs_f64(),
        push_only.as_secs_f64()
    );
    println!(
        "  drain {DRAIN} over loopback:      {:>9.2} s   (goal < 2 s)",
        drain.as_secs_f64()
    );
    if let Some((url, schema)) = drain_schema {
        drop_schema(&url, &schema).await;
    }
}

const DRAIN: usize = 10_000;

/// Ingest against the plain baseline, then compaction, on SQLite (figures 1 and 4).
async fn sqlite_figures(dir: &Path, items: &[IngestItem], more: &[IngestItem]) {
    let n = items.len();
    // Store::ingest in batches of 500.
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.join("store.sqlite3")).await.unwrap());
    support::seed(&store).await;
    // Batch by batch, alternately into the store and into the plain baseline, so both see the
    // same disk and machine load (one after the other, the quick mode's ratio moved by ±0.1).
    let mut plain_db = PlainInsert::open(&dir.join("plain.sqlite3"));
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
        SqliteStore::open(dir.join("control.sqlite3"))
            .await
            .unwrap(),
    );
    support::seed(&control).await;
    for chunk in items.chunks(BATCH) {
        control.ingest(chunk.to_vec()).await.unwrap();
    }

    // The daily compaction of the store: first after ingest (one slab per batch and key), then
    // again (slabs already merged: the steady state of a daily run).
    let db_path = dir.join("store.sqlite3");
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
    let wal = std::fs::metadata(dir.join("store.sqlite3-wal")).map_or(0, |m| m.len());
    let db_after = std::fs::metadata(&db_path).unwrap().len();
    assert_eq!(wal, 0, "the compaction truncates the WAL");

    // Ingest right after the compaction (the writer now has `secure_delete` on, the WAL starts
    // from 0 bytes, the file is freshly vacuumed), a quarter as many new responses, batch by
    // batch alternately with the control store and the plain baseline.
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

    let ratio = rate(n, ingest) / rate(n, plain);
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
        more.len()
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
}

/// Ingest against a plain batched insert and `COPY`, then compaction, on PostgreSQL.
async fn postgres_figures(url: &str, items: &[IngestItem], more: &[IngestItem]) {
    let n = items.len();
    let schema = support::fresh_schema("heard_bench");
    let store: Arc<dyn Store> = Arc::new(
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(url, Some(&schema))
            .await
            .unwrap(),
    );
    support::seed(&store).await;
    let mut base =
        pg_baseline::PgBaseline::open(url, &support::fresh_schema("heard_bench_plain")).await;
    // Batch by batch, alternately: the store, the plain insert, COPY.
    let (mut ingest, mut plain, mut copy) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for chunk in items.chunks(BATCH) {
        let started = Instant::now();
        store.ingest(chunk.to_vec()).await.unwrap();
        ingest += started.elapsed();
        plain += base.insert(chunk).await;
        copy += base.copy(chunk).await;
    }
    assert_eq!(store.response_count().await.unwrap(), n as u64);

    let started = Instant::now();
    let first = store.compact().await.unwrap();
    let compact_first = started.elapsed();
    assert_eq!(first.responses, n as u64);
    let started = Instant::now();
    let again = store.compact().await.unwrap();
    let compact_again = started.elapsed();

    // A quarter more right after the compaction, alternately with the plain insert.
    let (mut after, mut plain_after) = (Duration::ZERO, Duration::ZERO);
    for chunk in more.chunks(BATCH) {
        let started = Instant::now();
        store.ingest(chunk.to_vec()).await.unwrap();
        after += started.elapsed();
        plain_after += base.insert(chunk).await;
    }
    base.drop_schema().await;
    drop(store);
    drop_schema(url, &schema).await;

    println!(
        "  Store::ingest into PostgreSQL:  {:>9.0} responses/s",
        rate(n, ingest)
    );
    println!(
        "  plain batched insert (UNNEST):  {:>9.0} responses/s",
        rate(n, plain)
    );
    println!(
        "  COPY (binary):                  {:>9.0} responses/s",
        rate(n, copy)
    );
    println!(
        "  ingest / plain:                 {:>9.2}x   (goal >= 0.5x); ingest / COPY: {:.2}x",
        plain.as_secs_f64() / ingest.as_secs_f64(),
        copy.as_secs_f64() / ingest.as_secs_f64()
    );
    println!(
        "    {} more, right after a compaction: {:.2}x",
        more.len(),
        plain_after.as_secs_f64() / after.as_secs_f64()
    );
    println!(
        "  compaction, PostgreSQL, {n} responses: {:.2} s first ({} slabs -> {}), {:.2} s again \
         (CHECKPOINT {})",
        compact_first.as_secs_f64(),
        first.slab_rows_before,
        first.slabs,
        compact_again.as_secs_f64(),
        if again.checkpointed {
            "ran"
        } else {
            "refused: no pg_checkpoint role"
        }
    );
}

async fn drop_schema(url: &str, schema: &str) {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
}

/// One tablet drains 10,000 queued responses to `server_store` served on loopback; also the
/// tablet's outbox work alone and the pushes alone. Returns (outbox, pushes, drain).
async fn drain_figures(
    dir: &Path,
    server_store: Arc<dyn Store>,
    survey: &Survey,
    facility: &FacilityCode,
) -> (Duration, Duration, Duration) {
    support::seed(&server_store).await;
    let token = support::enrolled_token(&server_store, support::FACILITY).await;
    let server =
        heard_sync_server::testing::LoopbackServer::start(Arc::clone(&server_store), None).await;
    let outbox = Arc::new(TestSqliteOutbox::open(&dir.join("tablet.sqlite3")).unwrap());
    let mut tg = ResponseGen::new(survey, facility, 43);
    outbox.enqueue(&tg.canonical(DRAIN)).unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&server.http_url(), false).unwrap(),
        token,
        Duration::from_secs(30),
    )
    .unwrap();
    // Parts of the drain, measured alone: the tablet's outbox work, and pushes without it.
    let parts_outbox = Arc::new(TestSqliteOutbox::open(&dir.join("parts.sqlite3")).unwrap());
    let queued = ResponseGen::new(survey, facility, 44).canonical(DRAIN);
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
        2 * DRAIN as u64
    );
    server.shutdown().await;
    (outbox_only, push_only, drain)
}
