//! Issue 16's findings, tried as an attacker would through the real router (`http::app`) on a
//! real SQLite store: made-up recordings, quotas, approval, revoked tablets; responses from the
//! future; headers; enrolment budgets per source and HMAC-stored codes; actions for surveys a
//! facility does not run; disabled accounts and the password page. The floods on a real
//! loopback server are in `sign_in_flood.rs`.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

mod support;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::period::Month;
use heard_core::wire::{join_batch, ErrorBody, MediaPushReply, Outcome, PushReply, SurveyList};
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::media_check::sample_ogg_opus;
use heard_sync_server::secrets::{hash_secret, new_device_id};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{Redeemed, Role, Store};
use http_body_util::BodyExt;
use std::net::SocketAddr;
use std::sync::Arc;
use support::responses::ResponseGen;
use support::{
    enrolled_token, enrolment_code, facility, gzip, seed, test_secret, FACILITY, OTHER_FACILITY,
};
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";
/// 2026-12-15 00:00 UTC: the server's clock in these tests.
const NOW: i64 = 1_797_292_800;

struct Harness {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    state: AppState,
    app: Router,
    token: String,
    survey: heard_core::survey::Survey,
}

async fn harness_with(limits: Limits) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("server.sqlite3"))
            .await
            .unwrap(),
    );
    let survey = seed(&store).await;
    let token = enrolled_token(&store, FACILITY).await;
    let hash = hash_password(PASSWORD).unwrap();
    for (email, role) in [
        ("manager@example.org", Role::Facility(facility())),
        (
            "other@example.org",
            Role::Facility(heard_core::ids::FacilityCode::new(OTHER_FACILITY).unwrap()),
        ),
        ("national@example.org", Role::National),
    ] {
        store.add_coordinator(email, &role, &hash).await.unwrap();
    }
    let state = AppState::new(Arc::clone(&store), limits)
        .with_secret(test_secret())
        .with_clock(Arc::new(|| NOW));
    Harness {
        _dir: dir,
        store,
        app: app(state.clone()),
        state,
        token,
        survey,
    }
}

async fn harness() -> Harness {
    harness_with(Limits::default()).await
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn code(&self) -> String {
        let e: ErrorBody = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)));
        e.code
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap();
    Reply {
        status,
        headers,
        body: body.to_bytes().to_vec(),
    }
}

fn bearer(path: &str, token: &str) -> Request<Body> {
    Request::get(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

fn media_push(token: &str, query: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(format!("/v1/media?{query}"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "audio/ogg")
        .body(Body::from(body))
        .unwrap()
}

/// A request from `source` (the peer address a real server would see).
fn from(source: &str, mut request: Request<Body>) -> Request<Body> {
    let addr: SocketAddr = format!("{source}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(addr));
    request
}

fn form(path: &str, cookie: Option<&str>, body: &str) -> Request<Body> {
    let mut b =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("heard_session={c}"));
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

fn page(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, format!("heard_session={cookie}"))
        .body(Body::empty())
        .unwrap()
}

fn login_body(email: &str, password: &str) -> String {
    format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        password.replace(' ', "+")
    )
}

/// Signs in (from `source`) and returns the session id.
async fn sign_in(app: &Router, source: &str, email: &str, password: &str) -> Reply {
    send(
        app,
        from(
            source,
            form("/dashboard/login", None, &login_body(email, password)),
        ),
    )
    .await
}

fn session_of(reply: &Reply) -> String {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap();
    cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("heard_session=")
        .unwrap()
        .to_owned()
}

async fn session(app: &Router, email: &str) -> String {
    session_of(&sign_in(app, "192.0.2.1", email, PASSWORD).await)
}

fn csrf(session: &str) -> String {
    heard_sync_server::dashboard::csrf::token(session)
}

async fn media_hash(h: &Harness, token: &str) -> Sha256 {
    let list: SurveyList =
        serde_json::from_slice(&send(&h.app, bearer("/v1/surveys", token)).await.body).unwrap();
    list.surveys[0].media
}

fn question(h: &Harness, n: usize) -> String {
    h.survey.questions().nth(n).unwrap().id.to_string()
}

// Finding 1: media uploads.

#[tokio::test]
async fn made_up_languages_targets_and_prompts_are_refused_and_stored_nowhere() {
    let h = harness().await;
    let before = media_hash(&h, &h.token).await;
    let q = question(&h, 0);
    let cases = [
        (
            format!("survey=be-fedasil&language=zz&question={q}"),
            "media_language_unknown",
        ),
        (
            "survey=be-fedasil&language=ar&question=nowhere".to_owned(),
            "media_target_unknown",
        ),
        (
            format!("survey=be-fedasil&language=ar&question={q}&choice=nothing"),
            "media_target_unknown",
        ),
        (
            "survey=be-fedasil&language=ar&prompt=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
            "media_target_unknown",
        ),
        (
            "survey=be-fedasil&language=ar&prompt=made-up-17".to_owned(),
            "media_target_unknown",
        ),
    ];
    for (i, (query, code)) in cases.iter().enumerate() {
        let audio = sample_ogg_opus(format!("made up {i}").as_bytes());
        let r = send(&h.app, media_push(&h.token, query, audio.clone())).await;
        assert_eq!(
            (r.status, r.code().as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, *code),
            "{query}"
        );
        assert!(
            !r.text().contains("<script>"),
            "the reply echoes no id: {}",
            r.text()
        );
        assert!(h
            .store
            .media(&Sha256::of_bytes(&audio))
            .await
            .unwrap()
            .is_none());
    }
    // Fifty made-up prompt ids of a MiB each: none kept, the manifest unchanged.
    for i in 0..50 {
        let audio = sample_ogg_opus(&vec![i as u8; 1000 * 1000]);
        let r = send(
            &h.app,
            media_push(
                &h.token,
                &format!("survey=be-fedasil&language=ar&prompt=p{i}"),
                audio,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert!(h.store.pending_recordings(None).await.unwrap().is_empty());
    assert_eq!(media_hash(&h, &h.token).await, before);
}

#[tokio::test]
async fn quotas_per_tablet_and_per_facility_answer_413() {
    let one = sample_ogg_opus(&[0; 10_000]).len() as u64;
    let h = harness_with(Limits {
        media_quota_device_bytes: 2 * one + one / 2,
        media_quota_facility_bytes: 3 * one + one / 2,
        ..Limits::default()
    })
    .await;
    let second = enrolled_token(&h.store, FACILITY).await;
    let push = |token: &str, n: usize| {
        let query = format!("survey=be-fedasil&language=ar&question={}", question(&h, n));
        media_push(token, &query, sample_ogg_opus(&[n as u8; 10_000]))
    };
    for n in 0..2 {
        assert_eq!(send(&h.app, push(&h.token, n)).await.status, StatusCode::OK);
    }
    let r = send(&h.app, push(&h.token, 2)).await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "media_quota_exceeded")
    );
    assert!(r.text().contains("this tablet"), "{}", r.text());
    // Another tablet of the facility still has room, until the facility's quota.
    assert_eq!(send(&h.app, push(&second, 2)).await.status, StatusCode::OK);
    let r = send(&h.app, push(&second, 3)).await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "media_quota_exceeded")
    );
    assert!(r.text().contains("this facility"), "{}", r.text());
    // A discarded recording frees its room.
    let waiting = h.store.pending_recordings(Some(&facility())).await.unwrap();
    assert_eq!(waiting.len(), 3);
    assert!(h
        .store
        .discard_recording(&facility(), &waiting[0].item.sha256)
        .await
        .unwrap());
    assert!(h
        .store
        .media(&waiting[0].item.sha256)
        .await
        .unwrap()
        .is_none());
    assert_eq!(send(&h.app, push(&second, 3)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn recordings_reach_other_tablets_only_once_approved_on_the_dashboard() {
    let h = harness().await;
    let other_tablet = enrolled_token(&h.store, FACILITY).await;
    let before = media_hash(&h, &other_tablet).await;
    let audio = sample_ogg_opus(b"a question read by an interpreter");
    let sha = Sha256::of_bytes(&audio);
    let query = format!("survey=be-fedasil&language=ar&question={}", question(&h, 0));
    let r = send(&h.app, media_push(&h.token, &query, audio.clone())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let reply: MediaPushReply = serde_json::from_slice(&r.body).unwrap();
    assert_eq!((reply.sha256, reply.media), (sha, before));
    assert_eq!(media_hash(&h, &other_tablet).await, before);
    let r = send(&h.app, bearer(&format!("/v1/media/{sha}"), &other_tablet)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // The facility's manager hears it on the approval page; another facility's cannot.
    let manager = session(&h.app, "manager@example.org").await;
    let r = send(&h.app, page("/dashboard/recordings", &manager)).await;
    assert_eq!(r.status, StatusCode::OK);
    let play = format!("/dashboard/recordings/{FACILITY}/{sha}");
    assert!(
        r.text().contains(&format!("src=\"{play}\"")),
        "{}",
        r.text()
    );
    let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("media-src 'self'") && csp.contains("frame-ancestors 'none'"));
    assert!(!csp.contains("script-src"), "no script at all: {csp}");
    let r = send(&h.app, page(&play, &manager)).await;
    assert_eq!((r.status, r.body.clone()), (StatusCode::OK, audio.clone()));
    let other = session(&h.app, "other@example.org").await;
    assert_eq!(
        send(&h.app, page(&play, &other)).await.status,
        StatusCode::FORBIDDEN
    );
    let r = send(&h.app, page("/dashboard/recordings", &other)).await;
    assert!(!r.text().contains(&sha.to_hex()));
    let decide = |session: &str, decision: &str| {
        form(
            "/dashboard/recordings",
            Some(session),
            &format!(
                "csrf={}&facility={FACILITY}&sha256={sha}&decision={decision}",
                csrf(session)
            ),
        )
    };
    assert_eq!(
        send(&h.app, decide(&other, "approve")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(media_hash(&h, &other_tablet).await, before);

    let r = send(&h.app, decide(&manager, "approve")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_ne!(media_hash(&h, &other_tablet).await, before);
    let r = send(&h.app, bearer(&format!("/v1/media/{sha}"), &other_tablet)).await;
    assert_eq!((r.status, r.body), (StatusCode::OK, audio));
    let audit = h.store.audit_log(100).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|(_, who, what)| who == "manager@example.org"
                && what.contains("recording approved")),
        "{audit:?}"
    );
}

#[tokio::test]
async fn replaced_recordings_are_deleted_and_a_revoked_tablets_leave() {
    let h = harness().await;
    let other_tablet = enrolled_token(&h.store, FACILITY).await;
    let before = media_hash(&h, &other_tablet).await;
    let query = format!("survey=be-fedasil&language=ar&question={}", question(&h, 0));
    let mut shas = Vec::new();
    for take in 0..3u8 {
        let audio = sample_ogg_opus(&[take; 100]);
        let r = send(&h.app, media_push(&h.token, &query, audio.clone())).await;
        assert_eq!(r.status, StatusCode::OK);
        shas.push(Sha256::of_bytes(&audio));
    }
    // Take 1 replaced take 0 while waiting; take 0's bytes are gone.
    assert!(h.store.media(&shas[0]).await.unwrap().is_none());
    assert!(h
        .store
        .approve_recording(&facility(), &shas[2])
        .await
        .unwrap());
    assert!(h.store.media(&shas[1]).await.unwrap().is_none());
    let take = sample_ogg_opus(&[9; 100]);
    let r = send(&h.app, media_push(&h.token, &query, take.clone())).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(h
        .store
        .approve_recording(&facility(), &Sha256::of_bytes(&take))
        .await
        .unwrap());
    assert!(
        h.store.media(&shas[2]).await.unwrap().is_none(),
        "an approved take replaced"
    );

    // The recording tablet is revoked: its recordings leave the manifest and the store.
    assert_ne!(media_hash(&h, &other_tablet).await, before);
    let waiting = sample_ogg_opus(b"waiting");
    let q1 = format!("survey=be-fedasil&language=ar&question={}", question(&h, 1));
    assert_eq!(
        send(&h.app, media_push(&h.token, &q1, waiting.clone()))
            .await
            .status,
        StatusCode::OK
    );
    let id = h
        .store
        .device_by_token(hash_secret(&h.token))
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(h.store.revoke_device(&id).await.unwrap());
    assert_eq!(media_hash(&h, &other_tablet).await, before);
    for sha in [Sha256::of_bytes(&take), Sha256::of_bytes(&waiting)] {
        let r = send(&h.app, bearer(&format!("/v1/media/{sha}"), &other_tablet)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(h.store.media(&sha).await.unwrap().is_none());
    }
    assert!(h.store.pending_recordings(None).await.unwrap().is_empty());
}

// Finding 3: responses from the future.

#[tokio::test]
async fn months_after_next_or_past_the_retention_horizon_are_refused_per_item() {
    let h = harness().await;
    let mut gen = ResponseGen::new(&h.survey, &facility(), 16);
    let months = [
        "2026-12", "2027-01", "2027-02", "2099-12", "2024-12", "2024-11",
    ];
    let lines: Vec<Vec<u8>> = months
        .iter()
        .map(|m| {
            let mut r = gen.response();
            r.period = m.parse::<Month>().unwrap();
            to_canonical_json(&r)
        })
        .collect();
    let body = join_batch(lines.iter().map(Vec::as_slice));
    let request = Request::post("/v1/responses")
        .header(header::AUTHORIZATION, format!("Bearer {}", h.token))
        .header(header::CONTENT_ENCODING, "gzip")
        .header(header::CONTENT_TYPE, "application/x-ndjson")
        .body(Body::from(gzip(&body)))
        .unwrap();
    let r = send(&h.app, request).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let reply: PushReply = serde_json::from_slice(&r.body).unwrap();
    let codes: Vec<String> = reply
        .results
        .iter()
        .map(|o| match &o.outcome {
            Outcome::Accepted => "accepted".to_owned(),
            Outcome::Rejected { code, .. } => code.clone(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        codes,
        [
            "accepted",
            "accepted",
            "period_in_future",
            "period_in_future",
            "accepted",
            "period_too_old"
        ]
    );
    // Nothing of 2099 reaches the dashboard.
    let national = session(&h.app, "national@example.org").await;
    let r = send(&h.app, page("/dashboard/surveys/be-fedasil", &national)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.text().contains("2099"), "{}", r.text());
    assert!(!r.text().contains("2027-Q1"));
}

// Finding 4: headers.

fn assert_dashboard_headers(what: &str, headers: &HeaderMap) {
    let get = |name: header::HeaderName| {
        headers
            .get(&name)
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(get(header::CACHE_CONTROL), "no-store", "{what}");
    let csp = get(header::CONTENT_SECURITY_POLICY);
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(csp.contains("default-src 'none'"), "{what}: {csp}");
    assert!(!csp.contains("script-src"), "{what}: {csp}");
    assert_eq!(get(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    assert_eq!(get(header::REFERRER_POLICY), "no-referrer", "{what}");
}

#[tokio::test]
async fn dashboard_pages_and_exports_are_never_cached_or_framed() {
    let h = harness().await;
    let login = send(
        &h.app,
        Request::get("/dashboard/login")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_dashboard_headers("login page", &login.headers);
    assert!(!login
        .headers
        .contains_key(header::STRICT_TRANSPORT_SECURITY));
    let national = session(&h.app, "national@example.org").await;
    for path in [
        "/dashboard",
        "/dashboard/surveys/be-fedasil",
        "/dashboard/surveys/be-fedasil/export.csv",
        "/dashboard/surveys/be-fedasil/export.xlsx",
        "/dashboard/surveys/be-fedasil/responses.csv",
        "/dashboard/recordings",
        "/dashboard/password",
        "/dashboard/no-such-page",
    ] {
        let r = send(&h.app, page(path, &national)).await;
        assert_dashboard_headers(path, &r.headers);
    }
    // API media keep their immutable caching.
    let query = format!("survey=be-fedasil&language=ar&question={}", question(&h, 0));
    let audio = sample_ogg_opus(b"cached");
    send(&h.app, media_push(&h.token, &query, audio.clone())).await;
    h.store
        .approve_recording(&facility(), &Sha256::of_bytes(&audio))
        .await
        .unwrap();
    let r = send(
        &h.app,
        bearer(&format!("/v1/media/{}", Sha256::of_bytes(&audio)), &h.token),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let cache = r.headers[header::CACHE_CONTROL].to_str().unwrap();
    assert!(cache.contains("immutable"), "{cache}");
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

#[tokio::test]
async fn behind_a_tls_proxy_cookies_are_secure_and_hsts_is_sent() {
    let h = harness().await;
    let plain = sign_in(&h.app, "192.0.2.1", "manager@example.org", PASSWORD).await;
    let cookie = plain.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(!cookie.contains("Secure"), "{cookie}");
    let proxied = app(h.state.clone().behind_tls_proxy());
    let r = sign_in(&proxied, "192.0.2.1", "manager@example.org", PASSWORD).await;
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
    let hsts = r.headers[header::STRICT_TRANSPORT_SECURITY]
        .to_str()
        .unwrap();
    assert!(hsts.contains("max-age="), "{hsts}");
    let r = send(
        &proxied,
        Request::get("/healthz").body(Body::empty()).unwrap(),
    )
    .await;
    assert!(r.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
}

// Finding 2 (through the router; the flood on a real server is in `sign_in_flood.rs`).

#[tokio::test]
async fn refused_attempts_elsewhere_never_lock_out_a_real_coordinator() {
    let h = harness().await;
    // 30 wrong passwords for e-mails no account has, then 30 for the real one, from one place.
    for i in 0..30 {
        sign_in(
            &h.app,
            "203.0.113.9",
            &format!("nobody{i}@example.org"),
            "wrong password!",
        )
        .await;
    }
    for _ in 0..30 {
        sign_in(
            &h.app,
            "203.0.113.9",
            "manager@example.org",
            "wrong password!",
        )
        .await;
    }
    let r = sign_in(
        &h.app,
        "203.0.113.9",
        "manager@example.org",
        "wrong password!",
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "that place is slowed down"
    );
    // The coordinator, somewhere else, signs in at once.
    let r = sign_in(&h.app, "198.51.100.7", "manager@example.org", PASSWORD).await;
    session_of(&r);
}

// Finding 5: accounts.

#[tokio::test]
async fn a_disabled_account_is_signed_out_and_cannot_sign_in() {
    let h = harness().await;
    let s = session(&h.app, "manager@example.org").await;
    assert_eq!(
        send(&h.app, page("/dashboard", &s)).await.status,
        StatusCode::OK
    );
    assert!(h
        .store
        .set_coordinator_disabled("manager@example.org", true)
        .await
        .unwrap());
    let r = send(&h.app, page("/dashboard", &s)).await;
    assert_ne!(r.status, StatusCode::OK, "the old session ended");
    let r = sign_in(&h.app, "192.0.2.1", "manager@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(h
        .store
        .set_coordinator_disabled("manager@example.org", false)
        .await
        .unwrap());
    session(&h.app, "manager@example.org").await;
    assert_eq!(
        h.store.end_sessions("manager@example.org").await.unwrap(),
        Some(1)
    );
    assert_eq!(
        h.store.end_sessions("nobody@example.org").await.unwrap(),
        None
    );
    assert!(h
        .store
        .remove_coordinator("manager@example.org")
        .await
        .unwrap());
    let r = sign_in(&h.app, "192.0.2.1", "manager@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_password_page_checks_the_current_one_and_ends_other_sessions() {
    let h = harness().await;
    let here = session(&h.app, "manager@example.org").await;
    let elsewhere = session(&h.app, "manager@example.org").await;
    let change = |current: &str, new: &str, again: &str| {
        form(
            "/dashboard/password",
            Some(&here),
            &format!(
                "csrf={}&current={}&new={}&again={}",
                csrf(&here),
                current.replace(' ', "+"),
                new.replace(' ', "+"),
                again.replace(' ', "+")
            ),
        )
    };
    const NEW: &str = "a much longer passphrase now";
    let r = send(&h.app, change("wrong password!", NEW, NEW)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = send(&h.app, change(PASSWORD, NEW, "something else entirely")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = send(&h.app, change(PASSWORD, "short", "short")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let bad_csrf = form(
        "/dashboard/password",
        Some(&here),
        &format!("csrf=nope&current={PASSWORD}&new={NEW}&again={NEW}").replace(' ', "+"),
    );
    assert_ne!(send(&h.app, bad_csrf).await.status, StatusCode::OK);
    let r = send(&h.app, change(PASSWORD, NEW, NEW)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(
        send(&h.app, page("/dashboard", &here)).await.status,
        StatusCode::OK
    );
    assert_ne!(
        send(&h.app, page("/dashboard", &elsewhere)).await.status,
        StatusCode::OK
    );
    let r = sign_in(&h.app, "192.0.2.1", "manager@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    session_of(&sign_in(&h.app, "192.0.2.1", "manager@example.org", NEW).await);
    let audit = h.store.audit_log(100).await.unwrap();
    for what in [
        "password changed",
        "password change failed: wrong current password",
    ] {
        assert!(audit.iter().any(|(_, _, w)| w == what), "{what}: {audit:?}");
    }
}

// Finding 6: enrolment.

fn enrol(code: &str) -> Request<Body> {
    Request::post("/v1/enrol")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(format!(r#"{{"code":"{code}"}}"#)))
        .unwrap()
}

#[tokio::test]
async fn junk_codes_from_one_place_never_delay_a_valid_code_from_another() {
    let h = harness().await;
    let code = enrolment_code(&h.store, FACILITY, 3600).await;
    for _ in 0..40 {
        send(&h.app, from("203.0.113.9", enrol("ABCD2345"))).await;
    }
    let r = send(&h.app, from("203.0.113.9", enrol("ABCD2345"))).await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    let r = send(&h.app, from("198.51.100.7", enrol(&code))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());

    // Behind the TLS proxy, the proxy's X-Forwarded-For names the source.
    let proxied = app(h.state.clone().behind_tls_proxy());
    let code = enrolment_code(&h.store, FACILITY, 3600).await;
    let forwarded = |ip: &str, body: Request<Body>| {
        let mut r = from("127.0.0.1", body);
        r.headers_mut()
            .insert("x-forwarded-for", ip.parse().unwrap());
        r
    };
    for _ in 0..40 {
        send(&proxied, forwarded("203.0.113.10", enrol("ABCD2345"))).await;
    }
    let r = send(&proxied, forwarded("198.51.100.8", enrol(&code))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
}

#[tokio::test]
async fn codes_are_stored_as_hmac_under_the_server_secret() {
    let h = harness().await;
    let code = enrolment_code(&h.store, FACILITY, 3600).await;
    // The plain SHA-256 of the code (what the database once held) matches nothing.
    let r = h
        .store
        .redeem_enrolment_code(hash_secret(&code), 0, new_device_id(), hash_secret("t"))
        .await
        .unwrap();
    assert!(matches!(r, Redeemed::UnknownCode), "{r:?}");
    // A server with another secret does not recognise it.
    let stranger = app(AppState::new(Arc::clone(&h.store), Limits::default()));
    let r = send(&stranger, enrol(&code)).await;
    assert_eq!(r.code(), "enrolment_code_unknown");
    let r = send(&h.app, enrol(&code)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
}

// Finding 7: actions.

#[tokio::test]
async fn actions_only_for_surveys_the_facility_runs() {
    let h = harness().await;
    let s = session(&h.app, "national@example.org").await;
    let action = |facility: &str, survey: &str| {
        form(
            "/dashboard/actions",
            Some(&s),
            &format!("csrf={}&facility={facility}&survey={survey}&topic=food&quarter=2026-Q4&language=en&text=More+vegetables", csrf(&s)),
        )
    };
    for (facility, survey) in [
        (FACILITY, "nowhere"),
        (FACILITY, "nl-ind"),
        (OTHER_FACILITY, "be-fedasil"),
        (FACILITY, "%3Cscript%3E"),
    ] {
        let r = send(&h.app, action(facility, survey)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{facility} {survey}");
    }
    let r = send(&h.app, action(FACILITY, "be-fedasil")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let r = send(&h.app, bearer("/v1/actions", &h.token)).await;
    let json: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(json["actions"].as_array().unwrap().len(), 1, "{json}");
}
