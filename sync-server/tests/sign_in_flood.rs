//! Floods on the real server (`server::serve` on 127.0.0.1, real Argon2): while 1,000 wrong
//! sign-ins for other e-mails arrive from one address, the real coordinator, from another
//! loopback address, signs in within 3 s; while junk enrolment codes arrive at about 1,000 a
//! second, a valid code enrols on its first try. Linux routes all of 127.0.0.0/8 to the
//! loopback interface, so 127.0.0.2 and 127.0.0.3 are real, distinct sources.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

mod support;

use futures_util::stream::{self, StreamExt};
use heard_sync_server::config::{Limits, ServerConfig};
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{Role, Store};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{enrolment_code, seed, test_secret, FACILITY};

const PASSWORD: &str = "correct horse battery staple";

struct Server {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    url: String,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

async fn start() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("server.sqlite3"))
            .await
            .unwrap(),
    );
    seed(&store).await;
    store
        .add_coordinator(
            "coordinator@example.org",
            &Role::National,
            &hash_password(PASSWORD).unwrap(),
        )
        .await
        .unwrap();
    let config = ServerConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        tls: None,
        behind_tls_proxy: false,
        limits: Limits::default(),
        shutdown_grace: Duration::from_secs(5),
        daily_compaction: None,
        secret: test_secret(),
        web_app: None,
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel::<SocketAddr>();
    let task = tokio::spawn(heard_sync_server::server::serve(
        Arc::clone(&store),
        config,
        move |addr, _| {
            let _ = ready_tx.send(addr);
        },
        async move {
            let _ = stopped.await;
        },
    ));
    let addr = ready_rx.await.unwrap();
    Server {
        _dir: dir,
        store,
        url: format!("http://{addr}"),
        stop,
        task,
    }
}

impl Server {
    async fn stop(self) {
        let _ = self.stop.send(());
        self.task.await.unwrap().unwrap();
    }
}

/// A client whose connections come from `source` (a loopback address).
fn client_from(source: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(source.parse::<IpAddr>().unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn login_form(email: &str, password: &str) -> Vec<(&'static str, String)> {
    vec![
        ("email", email.to_owned()),
        ("password", password.to_owned()),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_coordinator_signs_in_within_3_s_during_a_flood_of_wrong_sign_ins() {
    let server = start().await;
    let attacker = client_from("127.0.0.1");
    let done = Arc::new(AtomicUsize::new(0));
    let refused = Arc::new(AtomicUsize::new(0));
    let flood = {
        let (url, done, refused) = (server.url.clone(), Arc::clone(&done), Arc::clone(&refused));
        tokio::spawn(async move {
            stream::iter(0..1000)
                .for_each_concurrent(32, |i| {
                    let (attacker, url) = (attacker.clone(), url.clone());
                    let (done, refused) = (Arc::clone(&done), Arc::clone(&refused));
                    async move {
                        let r = attacker
                            .post(format!("{url}/dashboard/login"))
                            .form(&login_form(
                                &format!("x{i}@example.org"),
                                "not the password",
                            ))
                            .send()
                            .await
                            .unwrap();
                        assert_ne!(r.status(), reqwest::StatusCode::SEE_OTHER);
                        if r.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
                            refused.fetch_add(1, Ordering::Relaxed);
                        }
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
                .await;
        })
    };
    while done.load(Ordering::Relaxed) < 50 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let started = Instant::now();
    let under_way = done.load(Ordering::Relaxed);
    let r = client_from("127.0.0.2")
        .post(format!("{}/dashboard/login", server.url))
        .form(&login_form("coordinator@example.org", PASSWORD))
        .send()
        .await
        .unwrap();
    let took = started.elapsed();
    assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER);
    assert!(r.headers()[reqwest::header::SET_COOKIE]
        .to_str()
        .unwrap()
        .starts_with("heard_session="),);
    assert!(took < Duration::from_secs(3), "signed in after {took:?}");
    assert!(
        under_way < 1000,
        "the flood was under way ({under_way} done)"
    );
    flood.await.unwrap();
    assert_eq!(done.load(Ordering::Relaxed), 1000);
    assert!(
        refused.load(Ordering::Relaxed) >= 900,
        "the flooding address is refused before Argon2 runs: {} refused",
        refused.load(Ordering::Relaxed)
    );
    // The flooding address itself is slowed down; the coordinator's own address is not.
    let r = client_from("127.0.0.2")
        .post(format!("{}/dashboard/login", server.url))
        .form(&login_form("coordinator@example.org", PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_valid_code_enrols_first_try_while_junk_arrives_at_1000_a_second() {
    let server = start().await;
    let code = enrolment_code(&server.store, FACILITY, 3600).await;
    let attacker = client_from("127.0.0.1");
    let sent = Arc::new(AtomicUsize::new(0));
    let junk = {
        let (url, sent) = (server.url.clone(), Arc::clone(&sent));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(1));
            let mut tasks = Vec::new();
            for i in 0..1000u32 {
                tick.tick().await;
                let (attacker, url, sent) = (attacker.clone(), url.clone(), Arc::clone(&sent));
                tasks.push(tokio::spawn(async move {
                    let r = attacker
                        .post(format!("{url}/v1/enrol"))
                        .json(&serde_json::json!({ "code": format!("JUNK{:04}", i % 10_000) }))
                        .send()
                        .await
                        .unwrap();
                    assert_ne!(r.status(), reqwest::StatusCode::OK);
                    sent.fetch_add(1, Ordering::Relaxed);
                }));
            }
            for t in tasks {
                t.await.unwrap();
            }
        })
    };
    while sent.load(Ordering::Relaxed) < 100 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let r = client_from("127.0.0.3")
        .post(format!("{}/v1/enrol", server.url))
        .json(&serde_json::json!({ "code": code }))
        .send()
        .await
        .unwrap();
    let during = sent.load(Ordering::Relaxed);
    assert_eq!(r.status(), reqwest::StatusCode::OK, "{:?}", r.text().await);
    assert!(during < 1000, "junk was still arriving ({during} sent)");
    junk.await.unwrap();
    server.stop().await;
}
