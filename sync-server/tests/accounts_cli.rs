//! The real binary on a real SQLite file: `coordinator list | disable | enable | remove |
//! set-password | end-sessions`, each audited; and `device enrol` sharing `HEARD_SECRET_FILE`
//! with the server, created with mode 0600, its codes not stored as their plain SHA-256.
#![allow(clippy::unwrap_used)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use heard_sync_server::config::Limits;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::secrets::{hash_secret, new_device_id, normalize_code};
use heard_sync_server::server_secret::ServerSecret;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{DashboardStore, Redeemed, Store};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use tower::ServiceExt;

/// Runs the binary; `stdin` is written to it. Returns (success, stdout, stderr).
fn run(dir: &Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
        .env("DATABASE_URL", dir.join("server.sqlite3"))
        .env("HEARD_SECRET_FILE", dir.join("server.secret"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn ok(dir: &Path, args: &[&str], stdin: &str) -> String {
    let (success, out, err) = run(dir, args, stdin);
    assert!(success, "{args:?}: {err}");
    out
}

#[tokio::test]
async fn coordinator_accounts_are_listed_disabled_reset_and_removed_with_audit_entries() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &["facility", "add", "be-cli-centre", "--name", "CLI"],
        "",
    );
    ok(
        d,
        &[
            "coordinator",
            "add",
            "Anna@Example.org",
            "--role",
            "national",
            "--password-stdin",
        ],
        "a long passphrase one\n",
    );
    ok(
        d,
        &[
            "coordinator",
            "add",
            "marc@example.org",
            "--role",
            "facility",
            "--facility",
            "be-cli-centre",
            "--password-stdin",
        ],
        "a long passphrase two\n",
    );
    let store = SqliteStore::open(d.join("server.sqlite3")).await.unwrap();
    let anna = store
        .coordinator_by_email("anna@example.org")
        .await
        .unwrap()
        .unwrap()
        .0;
    store
        .put_session(hash_secret("s1"), anna.id, i64::MAX / 2)
        .await
        .unwrap();

    let list = ok(d, &["coordinator", "list"], "");
    assert_eq!(
        list,
        "anna@example.org\tnational\tenabled\t1 session(s)\nmarc@example.org\tfacility be-cli-centre\tenabled\t0 session(s)\n"
    );
    ok(d, &["coordinator", "disable", "anna@example.org"], "");
    assert!(store.session(hash_secret("s1"), 0).await.unwrap().is_none());
    assert!(ok(d, &["coordinator", "list"], "").contains("anna@example.org\tnational\tdisabled"));
    ok(d, &["coordinator", "enable", "ANNA@example.org"], "");
    store
        .put_session(hash_secret("s2"), anna.id, i64::MAX / 2)
        .await
        .unwrap();
    ok(d, &["coordinator", "end-sessions", "anna@example.org"], "");
    assert!(store.session(hash_secret("s2"), 0).await.unwrap().is_none());
    let (_, before) = store
        .coordinator_by_email("anna@example.org")
        .await
        .unwrap()
        .unwrap();
    let (success, _, err) = run(
        d,
        &[
            "coordinator",
            "set-password",
            "anna@example.org",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!success && err.contains("12 characters"), "{err}");
    ok(
        d,
        &[
            "coordinator",
            "set-password",
            "anna@example.org",
            "--password-stdin",
        ],
        "another long passphrase\n",
    );
    let (_, after) = store
        .coordinator_by_email("anna@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_ne!(before, after);
    assert!(heard_sync_server::dashboard::auth::verify_password(
        "another long passphrase",
        &after
    ));
    ok(d, &["coordinator", "remove", "marc@example.org"], "");
    let (success, _, err) = run(d, &["coordinator", "disable", "marc@example.org"], "");
    assert!(
        !success && err.contains("no coordinator marc@example.org"),
        "{err}"
    );

    let audit: Vec<String> = store
        .audit_log(100)
        .await
        .unwrap()
        .into_iter()
        .rev()
        .map(|(_, who, what)| format!("{who}: {what}"))
        .collect();
    assert_eq!(
        audit,
        [
            "(command line): coordinator added: anna@example.org",
            "(command line): coordinator added: marc@example.org",
            "(command line): coordinator disabled: anna@example.org",
            "(command line): coordinator enabled: anna@example.org",
            "(command line): coordinator sessions ended: anna@example.org",
            "(command line): coordinator password reset, sessions ended: anna@example.org",
            "(command line): coordinator removed: marc@example.org",
        ]
    );
}

#[tokio::test]
async fn device_enrol_and_the_server_share_the_secret_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &["facility", "add", "be-cli-centre", "--name", "CLI"],
        "",
    );
    let printed = ok(d, &["device", "enrol", "--facility", "be-cli-centre"], "");
    let code = printed.trim();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("server.secret"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(d.join("server.sqlite3")).await.unwrap());
    // What the database holds is not the plain SHA-256 of the code.
    let plain = hash_secret(&normalize_code(code).unwrap());
    let r = store
        .redeem_enrolment_code(plain, 0, new_device_id(), hash_secret("t"))
        .await
        .unwrap();
    assert!(matches!(r, Redeemed::UnknownCode), "{r:?}");
    // A server with the same secret file enrols with it.
    let secret = ServerSecret::load_or_create(&d.join("server.secret")).unwrap();
    let router = app(AppState::new(Arc::clone(&store), Limits::default()).with_secret(secret));
    let reply = router
        .oneshot(
            Request::post("/v1/enrol")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(format!(r#"{{"code":"{code}"}}"#)))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::OK);
}
