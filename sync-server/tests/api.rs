//! The HTTP API through `oneshot`: every endpoint and every error code.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::{FacilityCode, QuestionId};
use heard_core::response::{Answer, Response};
use heard_core::wire::{
    join_batch, EnrolReply, ErrorBody, Outcome, PushReply, SurveyBundle, SurveyList,
};
use heard_sync_server::config::Limits;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::media_check::sample_ogg_opus;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{DeviceId, Store};
use http_body_util::BodyExt;
use std::sync::Arc;
use support::responses::ResponseGen;
use support::{enrolled_token, enrolment_code, facility, gzip, seed, FACILITY, OTHER_FACILITY};
use tower::ServiceExt;

struct Harness {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
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
    let app = app(AppState::new(Arc::clone(&store), limits).with_secret(support::test_secret()));
    Harness {
        _dir: dir,
        store,
        app,
        token,
        survey,
    }
}

async fn harness() -> Harness {
    harness_with(Limits::default()).await
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
    /// Asserts the JSON error format and returns the code.
    fn error_code(&self) -> String {
        let e: ErrorBody = self.json();
        assert!(!e.message.is_empty());
        e.code
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

fn get(path: &str, token: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path);
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    b.body(Body::empty()).unwrap()
}

fn push_request(token: &str, lines: &[Vec<u8>]) -> Request<Body> {
    let body = join_batch(lines.iter().map(Vec::as_slice));
    Request::post("/v1/responses")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_ENCODING, "gzip")
        .header(header::CONTENT_TYPE, "application/x-ndjson")
        .body(Body::from(gzip(&body)))
        .unwrap()
}

fn enrol_request(body: &str) -> Request<Body> {
    Request::post("/v1/enrol")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn gen(h: &Harness, seed: u64) -> ResponseGen {
    ResponseGen::new(&h.survey, &facility(), seed)
}

#[tokio::test]
async fn healthz_unknown_routes_and_methods() {
    let h = harness().await;
    let r = send(&h.app, get("/healthz", None)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json::<serde_json::Value>()["status"], "ok");
    let r = send(&h.app, get("/v1/nothing-here", None)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "route_not_found")
    );
    let r = send(&h.app, get("/v1/enrol", None)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed")
    );
}

#[tokio::test]
async fn enrolment_gives_a_token_once() {
    let h = harness().await;
    let code = enrolment_code(&h.store, FACILITY, 3600).await;
    // Typed loosely: lower case with a hyphen in the middle.
    let typed = format!("{}-{}", &code[..4], &code[4..]).to_lowercase();
    let r = send(&h.app, enrol_request(&format!(r#"{{"code":"{typed}"}}"#))).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let reply: EnrolReply = r.json();
    assert_eq!(reply.facility.as_str(), FACILITY);
    assert_eq!(reply.device_token.len(), 64);
    // The new token works.
    let r = send(&h.app, get("/v1/surveys", Some(&reply.device_token))).await;
    assert_eq!(r.status, StatusCode::OK);
    // The code works once.
    let r = send(&h.app, enrol_request(&format!(r#"{{"code":"{code}"}}"#))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "enrolment_code_unknown")
    );
}

#[tokio::test]
async fn enrolment_errors() {
    let h = harness().await;
    let r = send(&h.app, enrol_request(r#"{"code":"ABC"}"#)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "enrolment_code_malformed")
    );
    let r = send(&h.app, enrol_request(r#"{"code":"#)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let r = send(&h.app, enrol_request(r#"{"code":"ABCDEFGH","extra":1}"#)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let expired = enrolment_code(&h.store, FACILITY, -1).await;
    let r = send(&h.app, enrol_request(&format!(r#"{{"code":"{expired}"}}"#))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::GONE, "enrolment_code_expired")
    );
}

#[tokio::test]
async fn enrolment_attempts_are_rate_limited() {
    let h = harness_with(Limits {
        enrol_attempts_per_minute: 3,
        ..Limits::default()
    })
    .await;
    for _ in 0..3 {
        let r = send(&h.app, enrol_request(r#"{"code":"ABCDEFGH"}"#)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
    let r = send(&h.app, enrol_request(r#"{"code":"ABCDEFGH"}"#)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    let secs: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(secs >= 1);
}

#[tokio::test]
async fn tokens_are_required_checked_and_revocable() {
    let h = harness().await;
    let r = send(&h.app, get("/v1/surveys", None)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::UNAUTHORIZED, "token_missing")
    );
    let r = send(&h.app, get("/v1/surveys", Some("not-a-token"))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::UNAUTHORIZED, "token_invalid")
    );
    let r = send(&h.app, get("/v1/surveys", Some(&"a".repeat(64)))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::UNAUTHORIZED, "token_invalid")
    );
    // Revoke every device of the facility: the token stops working.
    for (device, _) in h.store.devices(&facility()).await.unwrap() {
        assert!(h.store.revoke_device(&device.id).await.unwrap());
    }
    assert!(!h.store.revoke_device(&DeviceId([0; 8])).await.unwrap());
    let r = send(&h.app, get("/v1/surveys", Some(&h.token))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::UNAUTHORIZED, "token_invalid")
    );
}

#[tokio::test]
async fn surveys_are_listed_and_fetched_per_facility() {
    let h = harness().await;
    let r = send(&h.app, get("/v1/surveys", Some(&h.token))).await;
    assert_eq!(r.status, StatusCode::OK);
    let list: SurveyList = r.json();
    assert_eq!(list.surveys.len(), 1);
    let entry = &list.surveys[0];
    assert_eq!(entry.id, h.survey.id);
    assert_eq!(entry.version, h.survey.version_hash());

    let r = send(
        &h.app,
        get(&format!("/v1/surveys/{}", entry.version), Some(&h.token)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let bundle: SurveyBundle = r.json();
    assert_eq!(bundle.survey, h.survey);
    assert_eq!(bundle.media.hash(), entry.media);

    let r = send(&h.app, get("/v1/surveys/zz", Some(&h.token))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "survey_not_found")
    );
    let unknown = Sha256::of_bytes(b"nope");
    let r = send(
        &h.app,
        get(&format!("/v1/surveys/{unknown}"), Some(&h.token)),
    )
    .await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "survey_not_found")
    );

    // A tablet of a facility without the survey sees nothing and cannot fetch it.
    let other = enrolled_token(&h.store, OTHER_FACILITY).await;
    let r = send(&h.app, get("/v1/surveys", Some(&other))).await;
    assert!(r.json::<SurveyList>().surveys.is_empty());
    let r = send(
        &h.app,
        get(&format!("/v1/surveys/{}", entry.version), Some(&other)),
    )
    .await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "survey_not_found")
    );
}

fn media_push(token: &str, query: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(format!("/v1/media?{query}"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn recorded_prompts_join_the_facility_overlay() {
    let h = harness().await;
    let second_tablet = enrolled_token(&h.store, FACILITY).await;
    let before: SurveyList = send(&h.app, get("/v1/surveys", Some(&h.token)))
        .await
        .json();
    let audio = sample_ogg_opus(b"a recorded question");
    let r = send(
        &h.app,
        media_push(
            &h.token,
            "survey=be-fedasil&language=ar&question=food-satisfied",
            "audio/ogg; codecs=opus",
            audio.clone(),
        ),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let reply: heard_core::wire::MediaPushReply = r.json();
    assert_eq!(reply.sha256, Sha256::of_bytes(&audio));

    // Waiting for a facility manager: the manifest tablets see is unchanged.
    let waiting: SurveyList = send(&h.app, get("/v1/surveys", Some(&second_tablet)))
        .await
        .json();
    assert_eq!(waiting.surveys[0].media, before.surveys[0].media);
    assert_eq!(reply.media, before.surveys[0].media);
    assert!(h
        .store
        .approve_recording(&facility(), &reply.sha256)
        .await
        .unwrap());

    // Approved: the other tablet of the facility sees the new manifest hash and the item, and
    // can fetch it.
    let after: SurveyList = send(&h.app, get("/v1/surveys", Some(&second_tablet)))
        .await
        .json();
    assert_ne!(after.surveys[0].media, before.surveys[0].media);
    let bundle: SurveyBundle = send(
        &h.app,
        get(
            &format!("/v1/surveys/{}", after.surveys[0].version),
            Some(&second_tablet),
        ),
    )
    .await
    .json();
    assert!(bundle.media.items.iter().any(|i| i.sha256 == reply.sha256));
    let r = send(
        &h.app,
        get(&format!("/v1/media/{}", reply.sha256), Some(&second_tablet)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, audio);
    assert_eq!(r.headers[header::CONTENT_TYPE], "audio/ogg");

    // Another facility's tablet cannot fetch it; unknown hashes are not found.
    let other = enrolled_token(&h.store, OTHER_FACILITY).await;
    let r = send(
        &h.app,
        get(&format!("/v1/media/{}", reply.sha256), Some(&other)),
    )
    .await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "media_not_found")
    );
    let r = send(&h.app, get("/v1/media/xyz", Some(&h.token))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::NOT_FOUND, "media_not_found")
    );
}

#[tokio::test]
async fn media_pushes_are_type_and_size_checked() {
    let h = harness().await;
    let q = "survey=be-fedasil&language=ar&question=food-satisfied";
    let ogg = sample_ogg_opus(b"x");
    let cases = [
        (
            q,
            "image/png",
            ogg.clone(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "media_type_unsupported",
        ),
        (
            q,
            "audio/wav",
            ogg.clone(),
            StatusCode::BAD_REQUEST,
            "media_content_mismatch",
        ),
        (
            q,
            "audio/ogg",
            Vec::new(),
            StatusCode::BAD_REQUEST,
            "media_content_mismatch",
        ),
        (
            q,
            "audio/ogg",
            sample_ogg_opus(&vec![0; 1024 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
            "media_too_large",
        ),
        (
            "survey=be-fedasil&language=ar&choice=yes",
            "audio/ogg",
            ogg.clone(),
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "language=ar",
            "audio/ogg",
            ogg.clone(),
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "survey=not-assigned&language=ar",
            "audio/ogg",
            ogg.clone(),
            StatusCode::NOT_FOUND,
            "survey_not_found",
        ),
        (
            q,
            "audio/ogg",
            sample_ogg_opus(&vec![0; 3 * 1024 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
    ];
    for (query, ct, body, status, code) in cases {
        let r = send(&h.app, media_push(&h.token, query, ct, body)).await;
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (status, code),
            "{query} {ct}"
        );
    }
}

fn canonical(r: &Response) -> Vec<u8> {
    to_canonical_json(r)
}

#[tokio::test]
async fn a_batch_reports_each_line() {
    let h = harness().await;
    let mut g = gen(&h, 1);
    let good = g.response();
    let conflicting_base = g.response();

    // Store two first.
    let r = send(
        &h.app,
        push_request(&h.token, &[canonical(&good), canonical(&conflicting_base)]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let reply: PushReply = r.json();
    assert!(reply.results.iter().all(|l| l.outcome == Outcome::Accepted));

    let fresh = g.response();
    let mut conflicting = conflicting_base.clone();
    conflicting.audio_used = !conflicting.audio_used;
    let mut unknown_version = g.response();
    unknown_version.survey.version = Sha256::of_bytes(b"other edition");
    let mut wrong_type = g.response();
    wrong_type.answers.insert(
        QuestionId::new("overall-rating").unwrap(),
        Answer::Text("7".into()),
    );
    let mut too_long = g.response();
    too_long.answers.insert(
        QuestionId::new("comment").unwrap(),
        Answer::Text("x".repeat(1001)),
    );
    let mut wrong_facility = g.response();
    wrong_facility.facility = FacilityCode::new(OTHER_FACILITY).unwrap();
    let mut missing = g.response();
    missing.status = heard_core::response::ResponseStatus::Complete;
    missing.answers.clear();
    let not_canonical = {
        let r = g.response();
        let mut v = serde_json::to_vec_pretty(&r).unwrap();
        v.retain(|b| *b != b'\n');
        v
    };

    let lines = vec![
        canonical(&good),            // 0 duplicate
        canonical(&fresh),           // 1 accepted
        canonical(&conflicting),     // 2 conflict
        canonical(&unknown_version), // 3
        canonical(&wrong_type),      // 4
        canonical(&too_long),        // 5
        canonical(&wrong_facility),  // 6
        canonical(&missing),         // 7
        not_canonical,               // 8
        br#"{"id":"00000000-0000-4000-8000-000000000000","oops":true}"#.to_vec(), // 9
        b"garbage".to_vec(),         // 10
    ];
    let r = send(&h.app, push_request(&h.token, &lines)).await;
    assert_eq!(r.status, StatusCode::OK);
    let reply: PushReply = r.json();
    assert_eq!(reply.results.len(), lines.len());
    let code = |i: usize| match &reply.results[i].outcome {
        Outcome::Rejected { code, .. } | Outcome::Conflict { code, .. } => code.clone(),
        other => format!("{other:?}"),
    };
    assert_eq!(reply.results[0].outcome, Outcome::Duplicate);
    assert_eq!(reply.results[1].outcome, Outcome::Accepted);
    assert!(matches!(reply.results[2].outcome, Outcome::Conflict { .. }));
    assert_eq!(code(2), "response_conflict");
    assert_eq!(code(3), "unknown_survey_version");
    assert_eq!(code(4), "wrong_answer_type");
    assert_eq!(code(5), "text_length");
    assert_eq!(code(6), "wrong_facility");
    assert_eq!(code(7), "missing_required");
    assert_eq!(code(8), "not_canonical");
    assert_eq!(code(9), "invalid_response");
    assert_eq!(
        reply.results[9].id.as_deref(),
        Some("00000000-0000-4000-8000-000000000000")
    );
    assert_eq!(code(10), "invalid_response");
    assert_eq!(reply.results[10].id, None);
    for (i, l) in reply.results.iter().enumerate() {
        assert_eq!(l.line, i);
    }

    // Exactly the three good responses are stored; the conflicting one kept its first content.
    assert_eq!(h.store.response_count().await.unwrap(), 3);
    assert_eq!(
        h.store.response(&conflicting_base.id).await.unwrap(),
        Some(canonical(&conflicting_base))
    );
    // Tallies equal the tallies of exactly the stored responses.
    let mut expected = heard_core::report::Tallies::default();
    for r in [&good, &conflicting_base, &fresh] {
        expected.merge(&heard_core::report::Tallies::of_response(&h.survey, r));
    }
    assert_eq!(h.store.tallies().await.unwrap(), expected);
}

#[tokio::test]
async fn a_single_conflicting_push_answers_409() {
    let h = harness().await;
    let mut g = gen(&h, 2);
    let first = g.response();
    let r = send(&h.app, push_request(&h.token, &[canonical(&first)])).await;
    assert_eq!(r.status, StatusCode::OK);
    let mut changed = first.clone();
    changed.audio_used = !changed.audio_used;
    let r = send(&h.app, push_request(&h.token, &[canonical(&changed)])).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::CONFLICT, "response_conflict")
    );
    assert_eq!(
        h.store.response(&first.id).await.unwrap(),
        Some(canonical(&first))
    );
    // The same content again is a plain duplicate.
    let r = send(&h.app, push_request(&h.token, &[canonical(&first)])).await;
    assert_eq!(r.json::<PushReply>().results[0].outcome, Outcome::Duplicate);
}

#[tokio::test]
async fn batch_transport_errors() {
    let h = harness_with(Limits {
        max_batch_bytes: 200_000,
        ..Limits::default()
    })
    .await;
    let auth = format!("Bearer {}", h.token);
    let plain = Request::post("/v1/responses")
        .header(header::AUTHORIZATION, &auth)
        .body(Body::from("{}"))
        .unwrap();
    let r = send(&h.app, plain).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "gzip_required")
    );
    let bad = Request::post("/v1/responses")
        .header(header::AUTHORIZATION, &auth)
        .header(header::CONTENT_ENCODING, "gzip")
        .body(Body::from("not gzip"))
        .unwrap();
    let r = send(&h.app, bad).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "bad_gzip")
    );
    let r = send(&h.app, push_request(&h.token, &[Vec::new()])).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "empty_batch")
    );
    let many: Vec<Vec<u8>> = (0..1001).map(|_| b"{}".to_vec()).collect();
    let r = send(&h.app, push_request(&h.token, &many)).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "batch_too_large")
    );
    // A gzip bomb: small on the wire, too large unpacked.
    let bomb = vec![b' '; 300_000];
    let r = send(&h.app, push_request(&h.token, &[bomb])).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "batch_too_large")
    );
    // Over the body limit on the wire (random bytes do not compress).
    let mut noise = vec![0u8; 3 * 1024 * 1024];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut noise);
    let big = Request::post("/v1/responses")
        .header(header::AUTHORIZATION, &auth)
        .header(header::CONTENT_ENCODING, "gzip")
        .body(Body::from(noise))
        .unwrap();
    let r = send(&h.app, big).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
    );
    assert_eq!(h.store.response_count().await.unwrap(), 0);
}

#[tokio::test]
async fn device_requests_are_rate_limited_with_retry_after() {
    let h = harness_with(Limits {
        device_requests_per_minute: 6,
        device_burst: 2,
        ..Limits::default()
    })
    .await;
    for _ in 0..2 {
        assert_eq!(
            send(&h.app, get("/v1/surveys", Some(&h.token)))
                .await
                .status,
            StatusCode::OK
        );
    }
    let r = send(&h.app, get("/v1/surveys", Some(&h.token))).await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    let secs: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&secs), "{secs}");
    // Another tablet has its own bucket.
    let other = enrolled_token(&h.store, FACILITY).await;
    assert_eq!(
        send(&h.app, get("/v1/surveys", Some(&other))).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn responses_to_a_retired_edition_are_still_accepted() {
    let h = harness().await;
    let old = gen(&h, 3).response();
    let mut next = h.survey.clone();
    next.version = "2026.2".into();
    h.store
        .add_survey(&heard_sync_server::store::StoredSurvey::new(
            next.clone(),
            heard_core::media::MediaManifest::new(Some(next.id.clone())),
        ))
        .await
        .unwrap();
    let list: SurveyList = send(&h.app, get("/v1/surveys", Some(&h.token)))
        .await
        .json();
    assert_eq!(list.surveys.len(), 1);
    assert_eq!(list.surveys[0].version, next.version_hash());
    let r = send(&h.app, push_request(&h.token, &[canonical(&old)])).await;
    assert_eq!(r.json::<PushReply>().results[0].outcome, Outcome::Accepted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_identical_pushes_store_one_row() {
    let h = harness_with(Limits {
        device_burst: 100,
        ..Limits::default()
    })
    .await;
    let response = gen(&h, 4).response();
    let body = canonical(&response);
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let app = h.app.clone();
        let request = push_request(&h.token, std::slice::from_ref(&body));
        tasks.push(tokio::spawn(async move { send(&app, request).await }));
    }
    let mut accepted = 0;
    let mut duplicate = 0;
    for t in tasks {
        let r = t.await.unwrap();
        assert_eq!(r.status, StatusCode::OK);
        match r.json::<PushReply>().results[0].outcome {
            Outcome::Accepted => accepted += 1,
            Outcome::Duplicate => duplicate += 1,
            ref other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((accepted, duplicate), (1, 49));
    assert_eq!(h.store.response_count().await.unwrap(), 1);
    assert_eq!(
        h.store.tallies().await.unwrap(),
        heard_core::report::Tallies::of_response(&h.survey, &response)
    );
}

/// A real database failure (a table gone) answers 503 `store_unavailable` with Retry-After, and
/// the batch's transaction leaves nothing behind.
#[tokio::test]
async fn a_failing_database_answers_503_and_stores_nothing() {
    let h = harness().await;
    let conn = rusqlite::Connection::open(h._dir.path().join("server.sqlite3")).unwrap();
    conn.execute_batch("ALTER TABLE tally_slabs RENAME TO tally_slabs_gone")
        .unwrap();
    let r = send(
        &h.app,
        push_request(&h.token, &[canonical(&gen(&h, 5).response())]),
    )
    .await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "store_unavailable")
    );
    assert!(r.headers.contains_key(header::RETRY_AFTER));
    conn.execute_batch("ALTER TABLE tally_slabs_gone RENAME TO tally_slabs")
        .unwrap();
    assert_eq!(h.store.response_count().await.unwrap(), 0);
}

/// Unreadable stored data answers 500 `internal`.
#[tokio::test]
async fn unreadable_stored_data_answers_500() {
    let h = harness().await;
    let conn = rusqlite::Connection::open(h._dir.path().join("server.sqlite3")).unwrap();
    conn.execute_batch("UPDATE surveys SET definition = '{\"not\":\"a survey\"}'")
        .unwrap();
    let r = send(
        &h.app,
        get(
            &format!("/v1/surveys/{}", h.survey.version_hash()),
            Some(&h.token),
        ),
    )
    .await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (StatusCode::INTERNAL_SERVER_ERROR, "internal")
    );
}

#[tokio::test]
async fn identifiers_in_free_text_are_masked_at_ingest_and_resends_stay_duplicates() {
    let h = harness().await;
    let mut response = gen(&h, 11).response();
    let comment = heard_core::ids::QuestionId::new("comment").unwrap();
    response.answers.insert(
        comment.clone(),
        heard_core::response::Answer::Text(
            "call me on +32 470 12 34 56 or amir@example.org".into(),
        ),
    );
    // The survey must accept the edited response as it stands.
    heard_core::validate::check_response(&h.survey, &response).unwrap();
    let sent = canonical(&response);
    let r = send(&h.app, push_request(&h.token, std::slice::from_ref(&sent))).await;
    assert_eq!(r.json::<PushReply>().results[0].outcome, Outcome::Accepted);
    let stored = h.store.response(&response.id).await.unwrap().unwrap();
    let text = String::from_utf8(stored).unwrap();
    assert!(text.contains("call me on [number] or [e-mail]"), "{text}");
    assert!(!text.contains("470") && !text.contains("amir@"), "{text}");
    // Idempotency is by the bytes as received: the same push is a duplicate, not a conflict.
    let again = send(&h.app, push_request(&h.token, &[sent])).await;
    assert_eq!(
        again.json::<PushReply>().results[0].outcome,
        Outcome::Duplicate
    );
}
