//! The dashboard through the real router (`http::app`) on a real SQLite store: sign-in, roles,
//! CSRF, rate limit, participation flag, actions to tablets, exports.

mod dashboard_support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use dashboard_support::store_with;
use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::dashboard::demo::seed;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::secrets::{hash_secret, new_device_id, new_device_token};
use heard_sync_server::store::{Role, Store};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    router: axum::Router,
}

async fn fixture() -> Fixture {
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    let (dir, store) = store_with(&survey, &["centre-a", "centre-b"]).await;
    let store: Arc<dyn Store> = Arc::new(store);
    let a = FacilityCode::new("centre-a").unwrap();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 2).unwrap()];
    seed(store.as_ref(), &survey, &a, months, 60, 5)
        .await
        .unwrap();
    let hash = hash_password(PASSWORD).unwrap();
    store
        .add_coordinator("manager@example.org", &Role::Facility(a), &hash)
        .await
        .unwrap();
    store
        .add_coordinator("national@example.org", &Role::National, &hash)
        .await
        .unwrap();
    let router = app(AppState::new(Arc::clone(&store), Limits::default()));
    Fixture {
        _dir: dir,
        store,
        router,
    }
}

async fn send(
    router: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

fn form(path: &str, cookie: Option<&str>, body: &str) -> Request<Body> {
    let mut b =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("heard_session={c}"));
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, format!("heard_session={cookie}"))
        .body(Body::empty())
        .unwrap()
}

async fn sign_in(router: &axum::Router, email: &str) -> String {
    let body = format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        PASSWORD.replace(' ', "+")
    );
    let (status, headers, _) = send(router, form("/dashboard/login", None, &body)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("heard_session=")
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sign_in_roles_csrf_and_audit() {
    let f = fixture().await;
    // Wrong password: 401, and no cookie.
    let (status, headers, _) = send(
        &f.router,
        form(
            "/dashboard/login",
            None,
            "email=manager%40example.org&password=wrong-password-123",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.get(header::SET_COOKIE).is_none());

    let session = sign_in(&f.router, "manager@example.org").await;
    let (status, _, body) = send(&f.router, get("/dashboard/surveys/be-fedasil", &session)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().contains("centre-a"));
    // Another facility: 403; the response-level export is for national coordinators only.
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil?facility=centre-b", &session),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/responses.csv", &session),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // POST without the CSRF token: 403; with it: stored.
    let (status, _, _) = send(
        &f.router,
        form(
            "/dashboard/participation",
            Some(&session),
            "csrf=nope&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=10&invited=",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let csrf = heard_sync_server::dashboard::csrf::token(&session);
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/participation", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=10&invited=")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // 10 eligible but more complete responses in 2026-Q1: flagged.
    let (_, _, body) = send(&f.router, get("/dashboard/surveys/be-fedasil", &session)).await;
    assert!(String::from_utf8(body)
        .unwrap()
        .contains("Participation above 100%"));
    // Eligible and invited entered: participation and response rate, from the complete
    // responses the store counts for that quarter.
    let complete: u64 = f
        .store
        .quarter_summaries(&"be-fedasil".parse().unwrap())
        .await
        .unwrap()
        .iter()
        .filter(|(fac, q, _)| fac.as_str() == "centre-a" && q.to_string() == "2026-Q1")
        .map(|(_, _, s)| s.responses.complete)
        .sum();
    assert!(complete > 5, "{complete}");
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/participation", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=200&invited=100")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?quarter=2026-Q1",
            &session,
        ),
    )
    .await;
    let csv = String::from_utf8(body).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| h.ends_with(name)).unwrap();
    assert_eq!(
        row[col("participation")],
        format!("{:.1}%", complete as f64 * 100.0 / 200.0)
    );
    assert_eq!(
        row[col("response rate")],
        format!("{:.1}%", complete as f64 * 100.0 / 100.0)
    );

    // Audit log: the failed and the good sign-in.
    let log = f.store.audit_log(10).await.unwrap();
    assert!(log
        .iter()
        .any(|(_, who, what)| who == "manager@example.org" && what == "login"));
    assert!(log.iter().any(|(_, _, what)| what == "login failed"));
}

#[tokio::test]
async fn a_device_token_does_not_open_the_dashboard_but_reads_actions() {
    let f = fixture().await;
    let session = sign_in(&f.router, "manager@example.org").await;
    let csrf = heard_sync_server::dashboard::csrf::token(&session);
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/actions", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&topic=food&quarter=2026-Q1&language=en&text=More+vegetarian+meals")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let a = FacilityCode::new("centre-a").unwrap();
    let code = "ABCD2345";
    f.store
        .add_enrolment_code(hash_secret(code), &a, i64::MAX / 2)
        .await
        .unwrap();
    let token = new_device_token();
    f.store
        .redeem_enrolment_code(hash_secret(code), 0, new_device_id(), hash_secret(&token))
        .await
        .unwrap();
    let bearer = |path: &str| {
        Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap()
    };
    let (status, headers, _) = send(&f.router, bearer("/dashboard/surveys/be-fedasil")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/dashboard/login");
    let (status, _, body) = send(&f.router, bearer("/v1/actions")).await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["actions"][0]["text"], "More vegetarian meals");
    assert_eq!(json["actions"][0]["topic"], "food");
    assert_eq!(json["actions"][0]["language"], "en");
}

#[tokio::test]
async fn exports_csv_xlsx_and_response_level() {
    let f = fixture().await;
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, csv) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?dimension=sex",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with(&[0xef, 0xbb, 0xbf]));
    let (status, headers, xlsx) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/export.xlsx", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .contains("spreadsheetml"));
    assert!(xlsx.starts_with(b"PK"));
    let (status, _, rows) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/responses.csv", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(rows).unwrap();
    assert!(text.lines().count() > 1);
    let log = f.store.audit_log(10).await.unwrap();
    assert!(log
        .iter()
        .any(|(_, _, what)| what == "export be-fedasil-responses.csv"));
    // Five sign-in attempts a minute per account, then 429.
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = send(
            &f.router,
            form(
                "/dashboard/login",
                None,
                "email=x%40example.org&password=wrong-password-123",
            ),
        )
        .await
        .0;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn comments_are_masked_and_only_for_groups_of_ten() {
    let f = fixture().await;
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/comments?facility=centre-a",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("[e-mail]"), "masked e-mail shown");
    assert!(!html.contains("ahmed@example.org"));
    assert!(!html.contains("470 12 34 56"));
    // centre-b has no responses: fewer than 10, refused.
    let (status, _, _) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/comments?facility=centre-b",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn quarterly_report_and_integrity_pages() {
    let f = fixture().await;
    let session = sign_in(&f.router, "manager@example.org").await;
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/report?quarter=2026-Q1",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("quarterly report 2026-Q1"));
    assert!(html.contains("<svg") && html.contains("@media print"));
    let (status, _, body) = send(&f.router, get("/dashboard/integrity", &session)).await;
    assert_eq!(status, StatusCode::OK);
    // The audit log is for national coordinators only.
    assert!(!String::from_utf8(body).unwrap().contains("Audit log"));
    let national = sign_in(&f.router, "national@example.org").await;
    let (_, _, body) = send(&f.router, get("/dashboard/integrity", &national)).await;
    assert!(String::from_utf8(body).unwrap().contains("Audit log"));
}

#[tokio::test]
async fn retention_deletes_old_rows_and_keeps_tallies() {
    let f = fixture().await;
    let before = f.store.tallies().await.unwrap();
    let rows = f.store.response_count().await.unwrap();
    let gone = f
        .store
        .delete_responses_before(Month::new(2026, 2).unwrap())
        .await
        .unwrap();
    assert!(gone > 0 && gone < rows, "{gone} of {rows}");
    assert_eq!(f.store.response_count().await.unwrap(), rows - gone);
    assert_eq!(f.store.tallies().await.unwrap(), before, "tallies stay");
    // The response-level export re-plans from the rows left: still no combination below k.
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, body) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/responses.csv", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(body).unwrap();
    let mut combos: std::collections::BTreeMap<Vec<&str>, u64> = Default::default();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').take(9).collect();
        assert!(fields[1] != "2026-01", "a deleted month exported");
        *combos.entry(fields).or_default() += 1;
    }
    assert!(combos.values().all(|n| *n >= 5), "{combos:?}");
}

#[tokio::test]
async fn quarters_in_queries_follow_the_core_syntax() {
    let f = fixture().await;
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil?quarter=2026-Q1", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    for bad in ["2026-Q01", "2026-Q5", "26-Q1"] {
        let (status, _, body) = send(
            &f.router,
            get(
                &format!("/dashboard/surveys/be-fedasil?quarter={bad}"),
                &session,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            String::from_utf8(body)
                .unwrap()
                .contains("is not a quarter"),
            "{bad}"
        );
    }
}

#[tokio::test]
async fn session_cookies_are_secure_when_the_state_says_so() {
    let f = fixture().await;
    let secure =
        app(AppState::new(Arc::clone(&f.store), Limits::default()).with_secure_cookies(true));
    let body = format!(
        "email=national%40example.org&password={}",
        PASSWORD.replace(' ', "+")
    );
    for (router, expected) in [(&f.router, false), (&secure, true)] {
        let (status, headers, _) = send(router, form("/dashboard/login", None, &body)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        assert_eq!(cookie.contains("; Secure"), expected, "{cookie}");
    }
}
