//! End to end, exactly once: the real server binary, the real sync client, 5 tablets × 2,000
//! responses, through a seeded fault proxy, while the server is stopped gracefully once and
//! killed once. Afterwards the server holds exactly the 10,000 responses, every outbox is empty,
//! some pushes were answered `duplicate`, and neither the database nor the debug log holds a
//! client address, a device token or a device id next to a response.
#![allow(clippy::unwrap_used)]

mod support;

use heard_core::canonical::to_canonical_json;
use heard_core::report::Tallies;
use heard_core::response::{Response, ResponseId};
use heard_sync_client::{self as sync_client, Outbox, ServerUrl, SyncClient, SyncConfig};
use heard_sync_server::store::Store;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::fault_proxy::FaultProxy;
use support::responses::ResponseGen;
use support::server_process::{cli, sqlite_files, ServerProcess};
use support::sqlite_outbox::TestSqliteOutbox;

const TABLETS: usize = 5;
const PER_TABLET: usize = 2_000;

struct Outcome {
    tokens: Vec<String>,
    device_ids: Vec<String>,
    expected: BTreeMap<ResponseId, Vec<u8>>,
    tallies: Tallies,
}

/// Sets up with the CLI, runs the tablets through the proxy with two server restarts, and checks
/// the store. Returns what the privacy scan needs.
async fn run_scenario(
    database: &str,
    log: &Path,
    work: &Path,
    open: impl std::future::Future<Output = Arc<dyn Store>>,
) -> Outcome {
    let facility = support::FACILITY;
    cli(
        database,
        &["facility", "add", facility, "--name", "E2E centre"],
    );
    cli(database, &["survey", "add", "--builtin", "be-fedasil"]);
    cli(
        database,
        &["survey", "assign", "be-fedasil", "--facility", facility],
    );
    let survey = support::flagship();

    let mut server = ServerProcess::start(database, log);
    let direct = format!("http://127.0.0.1:{}", server.port);

    // Enrol each tablet with a code printed by the CLI (directly: a lost enrolment reply would
    // burn the one-time code, which is its own, documented, recovery path).
    let mut tokens = Vec::new();
    for _ in 0..TABLETS {
        let code = cli(database, &["device", "enrol", "--facility", facility]);
        let enrolment = sync_client::enrol(&direct, code.trim(), false)
            .await
            .unwrap();
        assert_eq!(enrolment.facility.as_str(), facility);
        tokens.push(enrolment.device_token);
    }
    let device_ids: Vec<String> = cli(database, &["device", "list", "--facility", facility])
        .lines()
        .filter_map(|l| l.split('\t').next().map(str::to_owned))
        .collect();
    assert_eq!(device_ids.len(), TABLETS);

    let proxy = FaultProxy::start(0x5eed, 0.3, Duration::from_millis(1500)).await;
    proxy.set_upstream(server.port);

    let mut expected = BTreeMap::new();
    let mut tallies = Tallies::default();
    let mut outboxes = Vec::new();
    let mut workers = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let mut g = ResponseGen::new(&survey, &support::facility(), 1000 + i as u64);
        let responses: Vec<Response> = (0..PER_TABLET).map(|_| g.response()).collect();
        let items: Vec<(ResponseId, Vec<u8>)> = responses
            .iter()
            .map(|r| (r.id, to_canonical_json(r)))
            .collect();
        for r in &responses {
            tallies.merge(&Tallies::of_response(&survey, r));
        }
        expected.extend(items.iter().cloned());
        let outbox =
            Arc::new(TestSqliteOutbox::open(&work.join(format!("tablet-{i}.sqlite3"))).unwrap());
        outbox.enqueue(&items).unwrap();
        let client = SyncClient::new(
            ServerUrl::parse(&proxy.url(), false).unwrap(),
            token.clone(),
            Duration::from_secs(2),
        )
        .unwrap();
        let config = SyncConfig {
            batch_size: 100,
            min_pending: 5,
            poll_interval: Duration::from_millis(100),
            backoff_base: Duration::from_millis(20),
            backoff_max: Duration::from_millis(400),
            request_timeout: Duration::from_secs(2),
            ..SyncConfig::default()
        };
        let handle = sync_client::spawn(client, Arc::clone(&outbox) as Arc<dyn Outbox>, config);
        handle.sync_now();
        outboxes.push(outbox);
        workers.push(handle);
    }
    assert_eq!(expected.len(), TABLETS * PER_TABLET);

    let pending = |outboxes: &[Arc<TestSqliteOutbox>]| -> usize {
        outboxes.iter().map(|o| o.pending_count().unwrap()).sum()
    };
    let started = Instant::now();
    let deadline = started + Duration::from_secs(100);
    let total = TABLETS * PER_TABLET;
    let mut restarts = 0;
    loop {
        let left = pending(&outboxes);
        if left == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{left} responses still queued after 100 s"
        );
        // Restart once after a quarter was delivered (gracefully), once after 60 % (a kill).
        if restarts == 0 && left <= total * 3 / 4 {
            server.terminate();
            tokio::time::sleep(Duration::from_millis(300)).await;
            server = ServerProcess::start(database, log);
            proxy.set_upstream(server.port);
            restarts += 1;
        } else if restarts == 1 && left <= total * 2 / 5 {
            server.kill();
            tokio::time::sleep(Duration::from_millis(300)).await;
            server = ServerProcess::start(database, log);
            proxy.set_upstream(server.port);
            restarts += 1;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        restarts, 2,
        "both restarts happened while tablets were sending"
    );
    let mut duplicates = 0;
    let mut set_aside = 0;
    for w in workers {
        let status = w.status();
        duplicates += status.duplicates;
        set_aside += status.set_aside;
        w.stop().await;
    }
    for o in &outboxes {
        assert_eq!(o.pending_count().unwrap(), 0);
        assert_eq!(o.set_aside_count().unwrap(), 0);
    }
    assert_eq!(set_aside, 0);
    let s = &proxy.stats;
    eprintln!(
        "e2e: {:.1} s; proxy: {} connections, {} passed, {} refused, {} reset mid-request, {} replies swallowed, {} stalled, {} truncated; {} duplicate outcomes",
        started.elapsed().as_secs_f64(),
        s.connections.load(Ordering::Relaxed),
        s.passed.load(Ordering::Relaxed),
        s.refused.load(Ordering::Relaxed),
        s.reset_mid_request.load(Ordering::Relaxed),
        s.swallowed_replies.load(Ordering::Relaxed),
        s.stalled.load(Ordering::Relaxed),
        s.truncated_replies.load(Ordering::Relaxed),
        duplicates,
    );
    assert!(
        s.swallowed_replies.load(Ordering::Relaxed) > 0,
        "the proxy swallowed some replies"
    );
    assert!(duplicates > 0, "some pushes were answered `duplicate`");
    server.terminate();

    // The store holds exactly the 10,000 responses, byte for byte, and their tallies.
    let store = open.await;
    assert_eq!(store.response_count().await.unwrap(), total as u64);
    let stored = store.all_responses().await.unwrap();
    let mut seen = BTreeSet::new();
    for body in &stored {
        let r: Response = serde_json::from_slice(body).unwrap();
        assert!(seen.insert(r.id), "response {} stored twice", r.id);
        assert_eq!(expected.get(&r.id), Some(body), "response {} differs", r.id);
    }
    assert_eq!(seen.len(), total);
    assert_eq!(store.tallies().await.unwrap(), tallies);
    Outcome {
        tokens,
        device_ids,
        expected,
        tallies,
    }
}

/// Asserts that `haystack` (named `what`) holds no client address, token or device id.
fn assert_clean(what: &str, haystack: &[u8], outcome: &Outcome, check_device_ids: bool) {
    let contains = |needle: &[u8]| memchr::memmem::find(haystack, needle).is_some();
    assert!(!contains(b"127.0.0.1"), "{what} contains a client address");
    for token in &outcome.tokens {
        assert!(
            !contains(token.as_bytes()),
            "{what} contains a device token"
        );
        let raw: Vec<u8> = (0..32)
            .map(|i| u8::from_str_radix(&token[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        assert!(!contains(&raw), "{what} contains a raw device token");
    }
    if check_device_ids {
        for id in &outcome.device_ids {
            assert!(!contains(id.as_bytes()), "{what} contains device id {id}");
        }
    }
}

fn scan_log(log: &Path, outcome: &Outcome) {
    let text = std::fs::read(log).unwrap();
    assert!(!text.is_empty(), "the server logged at debug level");
    assert!(
        String::from_utf8_lossy(&text).contains("batch ingested"),
        "the log is the server's"
    );
    assert_clean("the server log", &text, outcome, true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_responses_arrive_exactly_once_through_faults_and_restarts_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("server.sqlite3");
    let log = dir.path().join("server.log");
    let database = db.display().to_string();
    let db2 = db.clone();
    let outcome = run_scenario(&database, &log, dir.path(), async move {
        Arc::new(
            heard_sync_server::store::sqlite::SqliteStore::open(&db2)
                .await
                .unwrap(),
        ) as Arc<dyn Store>
    })
    .await;
    assert_eq!(outcome.expected.len(), TABLETS * PER_TABLET);
    assert!(!outcome.tallies.responses.is_empty());

    // Privacy scan: the database files and the debug log.
    scan_log(&log, &outcome);
    for file in sqlite_files(&db) {
        let bytes = std::fs::read(&file).unwrap();
        assert_clean(&file.display().to_string(), &bytes, &outcome, false);
    }
    // Device ids exist only in the devices and upload-count tables, never next to a response.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('responses')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        columns,
        [
            "id",
            "content_hash",
            "survey_id",
            "survey_version",
            "facility",
            "service_point",
            "period",
            "body"
        ]
    );
    let device_bytes: Vec<Vec<u8>> = conn
        .prepare("SELECT id FROM devices")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // Every column of every response row, end to end, searched once per secret.
    let mut rows = conn
        .prepare(
            "SELECT id, content_hash, survey_id, survey_version, facility, \
             coalesce(service_point, ''), period, body FROM responses",
        )
        .unwrap();
    let mut all_rows = Vec::new();
    let mut query = rows.query([]).unwrap();
    while let Some(row) = query.next().unwrap() {
        for i in 0..8 {
            match row.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Blob(b) => all_rows.extend_from_slice(b),
                rusqlite::types::ValueRef::Text(t) => all_rows.extend_from_slice(t),
                other => panic!("unexpected column type {other:?}"),
            }
            all_rows.push(0);
        }
    }
    assert!(all_rows.len() > 10_000 * 100);
    for dev in &device_bytes {
        assert!(
            memchr::memmem::find(&all_rows, dev).is_none(),
            "a device id next to a response"
        );
    }
    assert_clean("the response rows", &all_rows, &outcome, true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_responses_arrive_exactly_once_through_faults_and_restarts_postgres() {
    let Some(url) = support::postgres_url("e2e postgres") else {
        return;
    };
    let schema = support::fresh_schema("heard_e2e");
    // Create and migrate the schema, then point the server processes at it.
    heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
        .await
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let database = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let (url2, schema2) = (url.clone(), schema.clone());
    let outcome = run_scenario(&database, &log, dir.path(), async move {
        Arc::new(
            heard_sync_server::store::postgres::PostgresStore::connect_in_schema(
                &url2,
                Some(&schema2),
            )
            .await
            .unwrap(),
        ) as Arc<dyn Store>
    })
    .await;
    scan_log(&log, &outcome);

    // Privacy scan of the PostgreSQL tables: response columns and every response row.
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let columns: Vec<String> = client
        .query(
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_schema = $1 AND table_name = 'responses' ORDER BY ordinal_position",
            &[&schema],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        columns,
        [
            "id",
            "content_hash",
            "survey_id",
            "survey_version",
            "facility",
            "service_point",
            "period",
            "body"
        ]
    );
    let mut all_rows = Vec::new();
    for row in client
        .query(
            &format!(
                "SELECT id::text, content_hash, survey_id, survey_version, facility, \
                 coalesce(service_point, ''), period, body FROM {schema}.responses"
            ),
            &[],
        )
        .await
        .unwrap()
    {
        for i in [0, 2, 3, 4, 5, 6] {
            all_rows.extend_from_slice(row.get::<_, String>(i).as_bytes());
        }
        all_rows.extend_from_slice(row.get::<_, &[u8]>(1));
        all_rows.extend_from_slice(row.get::<_, &[u8]>(7));
    }
    let devices: Vec<Vec<u8>> = client
        .query(&format!("SELECT id FROM {schema}.devices"), &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(devices.len(), TABLETS);
    for dev in &devices {
        assert!(
            memchr::memmem::find(&all_rows, dev).is_none(),
            "a device id next to a response"
        );
    }
    assert_clean("the response rows", &all_rows, &outcome, true);
}
