//! The audit log through the real router (`http::app`), on SQLite always and on PostgreSQL when
//! HEARD_TEST_POSTGRES_URL is set (a fresh schema): every view that releases figures (or is
//! refused) is one entry naming the viewer and the filters; sign-in failures for unknown
//! accounts keep nothing of what was typed.

mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use heard_core::ids::FacilityCode;
use heard_core::media::MediaManifest;
use heard_core::period::Month;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::audit::{audited, MAX_VALUE_CHARS};
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::dashboard::demo::seed;
use heard_sync_server::dashboard::error::DashError;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{Facility, Role, Store, StoredSurvey};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";
const NATIONAL: &str = "national@example.org";
const MANAGER: &str = "manager@example.org";
/// What an attacker (or a resident's helper) typed into the e-mail field.
const TYPED: &str = "attacker-typed-secret@x";
const TYPED_PASSWORD: &str = "typed-password-2468";
const SURVEY: &str = "/dashboard/surveys/be-fedasil";

/// The survey on two facilities, responses in centre-a only, a national coordinator and
/// centre-a's manager.
async fn prepare(store: &Arc<dyn Store>) {
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    store
        .add_survey(&StoredSurvey::new(
            survey.clone(),
            MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .unwrap();
    for code in ["centre-a", "centre-b"] {
        let code = FacilityCode::new(code).unwrap();
        store
            .add_facility(&Facility {
                code: code.clone(),
                name: code.to_string(),
            })
            .await
            .unwrap();
        store.assign_survey(&code, &survey.id).await.unwrap();
    }
    let a = FacilityCode::new("centre-a").unwrap();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 2).unwrap()];
    seed(store.as_ref(), &survey, &a, months, 60, 5)
        .await
        .unwrap();
    let hash = hash_password(PASSWORD).unwrap();
    store
        .add_coordinator(MANAGER, &Role::Facility(a), &hash)
        .await
        .unwrap();
    store
        .add_coordinator(NATIONAL, &Role::National, &hash)
        .await
        .unwrap();
}

async fn send(router: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    // Read the whole body: the response-level export streams.
    let _ = res.into_body().collect().await.unwrap();
    (status, headers)
}

fn login(email: &str, password: &str) -> Request<Body> {
    let enc = |s: &str| s.replace('@', "%40").replace(' ', "+");
    Request::post("/dashboard/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "email={}&password={}",
            enc(email),
            enc(password)
        )))
        .unwrap()
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("heard_session={c}"));
    }
    b.body(Body::empty()).unwrap()
}

async fn sign_in(router: &Router, email: &str) -> String {
    let (status, headers) = send(router, login(email, PASSWORD)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("heard_session=")
        .unwrap()
        .to_owned()
}

async fn log_of(store: &Arc<dyn Store>) -> Vec<(i64, String, String)> {
    store.audit_log(100_000).await.unwrap()
}

/// Sends one request and returns its status with the view entries it added (newest first),
/// checking that nothing else was added but the exports' own older `export <file>` entries.
async fn request(
    router: &Router,
    store: &Arc<dyn Store>,
    path: &str,
    cookie: Option<&str>,
) -> (StatusCode, Vec<(String, String)>) {
    let before = log_of(store).await.len();
    let (status, _) = send(router, get(path, cookie)).await;
    let log = log_of(store).await;
    let added = &log[..log.len() - before];
    let (views, other): (Vec<_>, Vec<_>) = added
        .iter()
        .map(|(_, who, what)| (who.clone(), what.clone()))
        .partition(|(_, what)| what.starts_with("view ") || what.starts_with("refused "));
    assert!(
        other.iter().all(|(_, what)| what.starts_with("export ")),
        "{path}: unexpected entries {other:?}"
    );
    (status, views)
}

/// One entry for a request answered 2xx (`view …`) or 422 (`refused …`), naming the viewer.
async fn expect_entry(
    router: &Router,
    store: &Arc<dyn Store>,
    cookie: &str,
    who: &str,
    path: &str,
    what: &str,
) -> StatusCode {
    let (status, views) = request(router, store, path, Some(cookie)).await;
    let verb = match status {
        s if s.is_success() => "view",
        StatusCode::UNPROCESSABLE_ENTITY => "refused",
        other => panic!("{path}: {other}"),
    };
    assert_eq!(
        views,
        vec![(who.to_owned(), format!("{verb} {what}"))],
        "{path} ({status})"
    );
    status
}

async fn expect_none(router: &Router, store: &Arc<dyn Store>, cookie: Option<&str>, path: &str) {
    let (status, views) = request(router, store, path, cookie).await;
    assert!(
        !status.is_success() && status != StatusCode::UNPROCESSABLE_ENTITY,
        "{path}: {status}"
    );
    assert!(views.is_empty(), "{path} ({status}): {views:?}");
}

async fn scenario(store: Arc<dyn Store>) {
    prepare(&store).await;
    let state = AppState::new(Arc::clone(&store), Limits::default());
    let router = app(state.clone());

    // Sign-in failures: an unknown account leaves no trace of the text typed; a known account's
    // failure names the account.
    let (status, _) = send(&router, login(TYPED, TYPED_PASSWORD)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = send(&router, login(MANAGER, TYPED_PASSWORD)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let log = log_of(&store).await;
    assert!(log
        .iter()
        .any(|(_, who, what)| who == "(unknown)" && what == "login failed: unknown account"));
    assert!(log
        .iter()
        .any(|(_, who, what)| who == MANAGER && what == "login failed"));

    let national = sign_in(&router, NATIONAL).await;
    let n = national.as_str();
    let r = &router;
    let s = &store;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}?facility=centre-a&quarter=2026-Q1&utm_source=x"),
        "overview survey=be-fedasil facility=centre-a quarter=2026-Q1",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/breakdown?dimension=sex&facility=centre-a&quarter=2026-Q1"),
        "breakdown survey=be-fedasil facility=centre-a quarter=2026-Q1 dimension=sex",
    )
    .await;
    // No responses at centre-b: a breakdown there releases nothing (refused, or an empty
    // table, depending on the publication model); either way it is one entry.
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/breakdown?facility=centre-b&dimension=nationality&quarter=2026-Q1"),
        "breakdown survey=be-fedasil facility=centre-b quarter=2026-Q1 dimension=nationality",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/report?quarter=2026-Q1"),
        "report survey=be-fedasil quarter=2026-Q1",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/comments?facility=centre-a"),
        "comments survey=be-fedasil facility=centre-a",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/comments?facility=centre-b"),
        "comments survey=be-fedasil facility=centre-b",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/export.csv?dimension=sex&quarter=2026-Q1"),
        "export.csv survey=be-fedasil quarter=2026-Q1 dimension=sex",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/export.xlsx?facility=centre-a"),
        "export.xlsx survey=be-fedasil facility=centre-a",
    )
    .await;
    expect_entry(
        r,
        s,
        n,
        NATIONAL,
        &format!("{SURVEY}/responses.csv?facility=centre-a"),
        "responses.csv survey=be-fedasil facility=centre-a",
    )
    .await;

    // Junk in a filter a page ignores: kept short, one line, no forged entry.
    let junk = format!("%0Aview+overview+{}", "x".repeat(5_000));
    let (status, views) = request(
        r,
        s,
        &format!("{SURVEY}?facility=centre-a&dimension={junk}&junk={junk}"),
        Some(n),
    )
    .await;
    if status.is_success() {
        let [(who, what)] = &views[..] else {
            panic!("{views:?}")
        };
        assert_eq!(who, NATIONAL);
        let value = what
            .strip_prefix("view overview survey=be-fedasil facility=centre-a dimension=")
            .unwrap_or_else(|| panic!("{what}"));
        assert!(value.starts_with("view?overview?x"), "{value}");
        assert_eq!(value.chars().count(), MAX_VALUE_CHARS + 1, "{value}");
        assert!(!what.contains('\n') && !what.contains("junk"), "{what}");
    } else {
        assert!(views.is_empty(), "{status}: {views:?}");
    }

    // Nothing released, nothing recorded: a malformed filter (400), another facility's figures
    // for a facility coordinator (403), not signed in (303).
    expect_none(r, s, Some(n), &format!("{SURVEY}?quarter=2026-Q5")).await;
    expect_none(
        r,
        s,
        Some(n),
        &format!("{SURVEY}/breakdown?dimension=bogus"),
    )
    .await;
    let manager = sign_in(&router, MANAGER).await;
    expect_none(r, s, Some(&manager), &format!("{SURVEY}?facility=centre-b")).await;
    expect_none(r, s, None, &format!("{SURVEY}?facility=centre-a")).await;
    expect_entry(
        r,
        s,
        &manager,
        MANAGER,
        &format!("{SURVEY}/breakdown?facility=centre-a&dimension=age-band"),
        "breakdown survey=be-fedasil facility=centre-a dimension=age-band",
    )
    .await;

    // A refused query (422) is recorded as `refused`: a handler that always refuses, behind the
    // same wrapper the router uses.
    async fn refuses() -> Result<(), DashError> {
        Err(DashError::TooFew("fewer than k".into()))
    }
    async fn not_found() -> Result<(), DashError> {
        Err(DashError::NotFound)
    }
    let stub = Router::new()
        .route("/dashboard/surveys/{survey}/breakdown", audited(refuses))
        .route("/dashboard/surveys/{survey}/comments", audited(not_found))
        .with_state(state);
    let (status, views) = request(
        &stub,
        s,
        &format!("{SURVEY}/breakdown?facility=centre-a&quarter=2026-Q2&dimension=language"),
        Some(n),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        views,
        vec![(
            NATIONAL.to_owned(),
            "refused breakdown survey=be-fedasil facility=centre-a quarter=2026-Q2 dimension=language"
                .to_owned()
        )]
    );
    expect_none(&stub, s, Some(n), &format!("{SURVEY}/comments")).await;

    // Nothing typed for the unknown account, anywhere in the log.
    for (_, who, what) in log_of(&store).await {
        for secret in [TYPED, "attacker-typed-secret", TYPED_PASSWORD] {
            assert!(
                !who.contains(secret) && !what.contains(secret),
                "{who}: {what}"
            );
        }
    }
}

#[tokio::test]
async fn sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("sync.sqlite3"))
            .await
            .unwrap(),
    );
    scenario(Arc::clone(&store)).await;
    // Not in the database's bytes either (main file, WAL and shared memory), while the known
    // accounts are: the search reads what was written.
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    assert!(memchr::memmem::find(&bytes, NATIONAL.as_bytes()).is_some());
    for secret in ["attacker-typed-secret", TYPED_PASSWORD] {
        assert!(
            memchr::memmem::find(&bytes, secret.as_bytes()).is_none(),
            "`{secret}` is in the database file"
        );
    }
}

#[tokio::test]
async fn postgres() {
    let Some(url) = support::postgres_url("dashboard_audit::postgres") else {
        return;
    };
    let schema = support::fresh_schema("heard_audit");
    let store =
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap();
    scenario(Arc::new(store)).await;
}
