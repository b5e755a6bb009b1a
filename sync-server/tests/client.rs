//! The sync client against a real server on 127.0.0.1: enrolment errors in plain words, TLS,
//! the upload policy (≥ 5 pending, or "Sync now"), set-asides, status, and graceful shutdown.
#![allow(clippy::unwrap_used)]

mod support;

use heard_core::canonical::to_canonical_json;
use heard_sync_client::{
    self as sync_client, EnrolError, Outbox, ServerUrl, SyncClient, SyncConfig,
};
use heard_sync_server::config::Tls;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::Store;
use heard_sync_server::testing::LoopbackServer;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use support::responses::ResponseGen;
use support::sqlite_outbox::TestSqliteOutbox;
use support::{enrolled_token, enrolment_code, facility, seed, FACILITY};

async fn start(store: Arc<dyn Store>, tls: Option<Tls>) -> LoopbackServer {
    LoopbackServer::start(store, tls).await
}

async fn store_in(dir: &Path) -> Arc<dyn Store> {
    Arc::new(SqliteStore::open(dir.join("server.sqlite3")).await.unwrap())
}

#[tokio::test]
async fn enrolment_succeeds_once_and_explains_failures() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path()).await;
    seed(&store).await;
    let server = start(Arc::clone(&store), None).await;
    let url = format!("http://{}", server.addr);

    let code = enrolment_code(&store, FACILITY, 3600).await;
    let ok = sync_client::enrol(&url, &code, false).await.unwrap();
    assert_eq!(ok.facility, facility());
    assert_eq!(ok.device_token.len(), 64);

    let again = sync_client::enrol(&url, &code, false).await.unwrap_err();
    assert_eq!(again, EnrolError::WrongCode);
    assert!(again.to_string().contains("not right"));
    let typo = sync_client::enrol(&url, "ABCD", false).await.unwrap_err();
    assert_eq!(typo, EnrolError::WrongCode);
    let expired = enrolment_code(&store, FACILITY, -5).await;
    let e = sync_client::enrol(&url, &expired, false).await.unwrap_err();
    assert_eq!(e, EnrolError::Expired);
    assert!(e.to_string().contains("expired"));

    // Plain http to another machine is refused before anything is sent.
    let e = sync_client::enrol("http://192.0.2.1:9", &code, false)
        .await
        .unwrap_err();
    assert!(matches!(e, EnrolError::BadAddress(_)));
    assert!(e.to_string().contains("not encrypted"));

    server.shutdown().await;
    // Nobody listens any more.
    let e = sync_client::enrol(&url, &code, false).await.unwrap_err();
    assert_eq!(e, EnrolError::Unreachable);
    assert!(e.to_string().contains("Could not reach the server"));
}

/// A self-signed certificate for 127.0.0.1 made with the openssl tool, or None.
fn self_signed(dir: &Path) -> Option<Tls> {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let status = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .args([
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            // A server certificate, not a CA (rustls refuses a CA as the end entity).
            "-addext",
            "basicConstraints=critical,CA:FALSE",
        ])
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    status.success().then_some(Tls { cert, key })
}

#[tokio::test]
async fn tls_serves_https_and_an_untrusted_certificate_is_a_tls_problem() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tls) = self_signed(dir.path()) else {
        eprintln!("skipped: the openssl tool is not installed");
        return;
    };
    let store = store_in(dir.path()).await;
    seed(&store).await;
    let server = start(Arc::clone(&store), Some(tls.clone())).await;
    let url = format!("https://127.0.0.1:{}", server.addr.port());
    let code = enrolment_code(&store, FACILITY, 3600).await;
    // The tablet trusts only public roots: a self-signed server is a TLS problem, in words.
    let e = sync_client::enrol(&url, &code, false).await.unwrap_err();
    assert_eq!(e, EnrolError::Tls);
    assert!(e.to_string().contains("secure connection"));
    // A client that trusts the certificate gets a real HTTPS answer.
    let pem = std::fs::read(&tls.cert).unwrap();
    let client = reqwest::Client::builder()
        .use_rustls_tls()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap())
        .build()
        .unwrap();
    let r = client.get(format!("{url}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    server.shutdown().await;
}

fn fast_config(min_pending: usize) -> SyncConfig {
    SyncConfig {
        batch_size: 50,
        min_pending,
        poll_interval: Duration::from_millis(50),
        backoff_base: Duration::from_millis(20),
        backoff_max: Duration::from_millis(200),
        request_timeout: Duration::from_secs(5),
        ..SyncConfig::default()
    }
}

async fn wait_for(mut pred: impl FnMut() -> bool, what: &str) {
    for _ in 0..200 {
        if pred() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_waits_for_five_or_sync_now_and_sets_refusals_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path()).await;
    let survey = seed(&store).await;
    let token = enrolled_token(&store, FACILITY).await;
    let server = start(Arc::clone(&store), None).await;
    let outbox = Arc::new(TestSqliteOutbox::open(&dir.path().join("tablet.sqlite3")).unwrap());
    let mut g = ResponseGen::new(&survey, &facility(), 11);
    outbox.enqueue(&g.canonical(4)).unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&format!("http://{}", server.addr), false).unwrap(),
        token,
        Duration::from_secs(5),
    )
    .unwrap();
    let worker = sync_client::spawn(
        client,
        Arc::clone(&outbox) as Arc<dyn Outbox>,
        fast_config(5),
    );

    // Four waiting: below the threshold, nothing leaves.
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(store.response_count().await.unwrap(), 0);
    assert_eq!(worker.status().pending, 4);
    assert_eq!(worker.status().last_success, None);

    // A fifth arrives: all five go.
    outbox.enqueue(&g.canonical(1)).unwrap();
    wait_for(|| outbox.pending_count().unwrap() == 0, "five to be sent").await;
    assert_eq!(store.response_count().await.unwrap(), 5);
    wait_for(|| worker.status().last_success.is_some(), "status").await;
    assert_eq!(worker.status().accepted, 5);

    // One more, plus one the server must refuse: "Sync now" sends both despite the threshold.
    let mut bad = g.response();
    bad.answers.insert(
        heard_core::ids::QuestionId::new("overall-rating").unwrap(),
        heard_core::response::Answer::Point(99),
    );
    let mut items = g.canonical(1);
    items.push((bad.id, to_canonical_json(&bad)));
    outbox.enqueue(&items).unwrap();
    worker.sync_now();
    wait_for(|| outbox.pending_count().unwrap() == 0, "sync now").await;
    assert_eq!(store.response_count().await.unwrap(), 6);
    assert_eq!(outbox.set_aside_count().unwrap(), 1);
    wait_for(|| worker.status().set_aside == 1, "set-aside in status").await;
    assert_eq!(worker.status().last_error, None);
    worker.stop().await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_server_shows_in_plain_words_and_sending_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path()).await;
    let survey = seed(&store).await;
    let token = enrolled_token(&store, FACILITY).await;
    // Reserve a port, then leave it closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let outbox = Arc::new(TestSqliteOutbox::open(&dir.path().join("tablet.sqlite3")).unwrap());
    outbox
        .enqueue(&ResponseGen::new(&survey, &facility(), 12).canonical(30))
        .unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&format!("http://127.0.0.1:{port}"), false).unwrap(),
        token.clone(),
        Duration::from_secs(2),
    )
    .unwrap();
    let worker = sync_client::spawn(
        client,
        Arc::clone(&outbox) as Arc<dyn Outbox>,
        fast_config(5),
    );
    wait_for(|| worker.status().last_error.is_some(), "an error").await;
    let status = worker.status();
    assert!(status
        .last_error
        .unwrap()
        .contains("Could not reach the server"));
    assert_eq!(status.pending, 30);
    assert_eq!(outbox.pending_count().unwrap(), 30);
    worker.stop().await;

    // Restarted worker (as after an app restart), server up: the outbox drains.
    let server = start(Arc::clone(&store), None).await;
    let client = SyncClient::new(
        ServerUrl::parse(&format!("http://{}", server.addr), false).unwrap(),
        token,
        Duration::from_secs(2),
    )
    .unwrap();
    let worker = sync_client::spawn(
        client,
        Arc::clone(&outbox) as Arc<dyn Outbox>,
        fast_config(5),
    );
    wait_for(
        || outbox.pending_count().unwrap() == 0,
        "drain after restart",
    )
    .await;
    assert_eq!(store.response_count().await.unwrap(), 30);
    worker.stop().await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_tablet_keeps_its_answers_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path()).await;
    let survey = seed(&store).await;
    let token = enrolled_token(&store, FACILITY).await;
    for (d, _) in store.devices(&facility()).await.unwrap() {
        store.revoke_device(&d.id).await.unwrap();
    }
    let server = start(Arc::clone(&store), None).await;
    let outbox = Arc::new(TestSqliteOutbox::open(&dir.path().join("tablet.sqlite3")).unwrap());
    outbox
        .enqueue(&ResponseGen::new(&survey, &facility(), 13).canonical(5))
        .unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&format!("http://{}", server.addr), false).unwrap(),
        token,
        Duration::from_secs(2),
    )
    .unwrap();
    let worker = sync_client::spawn(
        client,
        Arc::clone(&outbox) as Arc<dyn Outbox>,
        fast_config(5),
    );
    wait_for(|| worker.status().last_error.is_some(), "an error").await;
    assert!(worker
        .status()
        .last_error
        .unwrap()
        .contains("enrol it again"));
    assert_eq!(outbox.pending_count().unwrap(), 5);
    worker.stop().await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_graceful_shutdown_finishes_the_batch_in_flight() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path()).await;
    let survey = seed(&store).await;
    let token = enrolled_token(&store, FACILITY).await;
    let mut server = start(Arc::clone(&store), None).await;

    let lines = ResponseGen::new(&survey, &facility(), 14).canonical(200);
    let body = support::gzip(&heard_core::wire::join_batch(
        lines.iter().map(|(_, b)| b.as_slice()),
    ));
    let head = format!(
        "POST /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\
         Content-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut conn = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    conn.write_all(head.as_bytes()).await.unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    conn.write_all(first).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;

    // Shut down while half the body is still to come.
    server.begin_shutdown();
    tokio::time::sleep(Duration::from_millis(100)).await;
    // No new connections are taken ...
    assert!(tokio::net::TcpStream::connect(server.addr).await.is_err());
    // ... but the batch in flight completes and is acknowledged.
    conn.write_all(rest).await.unwrap();
    let mut reply = Vec::new();
    conn.read_to_end(&mut reply).await.unwrap();
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert_eq!(reply.matches("\"accepted\"").count(), 200);
    server.shutdown().await;
    assert_eq!(store.response_count().await.unwrap(), 200);
}
