//! Property tests on what attackers send: random and mutated batches to `POST /v1/responses`,
//! random and mutated media bodies to `POST /v1/media` (through the real router), the same
//! bytes to the checks behind them, and random cells to the XLSForm importer. Never a panic;
//! always a stable error code (snake_case, from a known set for the API); for the importer,
//! every problem a random cell causes names its sheet, row and column.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

mod support;
mod xlsform_support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use heard_core::canonical::to_canonical_json;
use heard_core::wire::{join_batch, ErrorBody, Outcome, PushReply};
use heard_sync_server::config::Limits;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::ingest::parse_line;
use heard_sync_server::media_check::{check_recording, sample_ogg_opus};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::Store;
use heard_sync_server::xlsform::{import_xlsform, ImportError, ImportOptions};
use http_body_util::BodyExt;
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};
use support::responses::ResponseGen;
use support::{enrolled_token, facility, gzip, seed, test_secret, FACILITY};
use tower::ServiceExt;

/// Every code the API answers with (`http/error.rs`) and every per-line code of a batch.
const API_CODES: &[&str] = &[
    "token_missing",
    "token_invalid",
    "invalid_json",
    "invalid_query",
    "enrolment_code_malformed",
    "bad_gzip",
    "empty_batch",
    "media_content_mismatch",
    "media_language_unknown",
    "media_target_unknown",
    "enrolment_code_unknown",
    "survey_not_found",
    "media_not_found",
    "route_not_found",
    "enrolment_code_expired",
    "method_not_allowed",
    "payload_too_large",
    "batch_too_large",
    "media_too_large",
    "media_quota_exceeded",
    "gzip_required",
    "media_type_unsupported",
    "response_conflict",
    "rate_limited",
    "store_unavailable",
    "internal",
];

struct World {
    _dir: tempfile::TempDir,
    app: Router,
    token: String,
    batch: Vec<Vec<u8>>,
    question: String,
    rt: tokio::runtime::Runtime,
}

/// One store and router for every case (building one per case would dominate the run).
fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (app, token, survey) = rt.block_on(async {
            let store: Arc<dyn Store> = Arc::new(
                SqliteStore::open(dir.path().join("server.sqlite3"))
                    .await
                    .unwrap(),
            );
            let survey = seed(&store).await;
            let token = enrolled_token(&store, FACILITY).await;
            let limits = Limits {
                device_requests_per_minute: 1_000_000,
                device_burst: 1_000_000,
                ..Limits::default()
            };
            let state = AppState::new(store, limits).with_secret(test_secret());
            (app(state), token, survey)
        });
        let mut gen = ResponseGen::new(&survey, &facility(), 7);
        let batch = (0..4).map(|_| to_canonical_json(&gen.response())).collect();
        let question = survey.questions().next().unwrap().id.to_string();
        World {
            _dir: dir,
            app,
            token,
            batch,
            question,
            rt,
        }
    })
}

fn send(request: Request<Body>) -> (StatusCode, Vec<u8>) {
    let w = world();
    w.rt.block_on(async {
        let response = w.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let body = response.into_body().collect().await.unwrap();
        (status, body.to_bytes().to_vec())
    })
}

/// The reply is a success or a JSON error with a known code; returns the code, if any.
fn assert_stable(status: StatusCode, body: &[u8]) -> Option<String> {
    if status.is_success() {
        return None;
    }
    let e: ErrorBody = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{status}: not a JSON error ({e}): {body:?}"));
    assert!(
        API_CODES.contains(&e.code.as_str()),
        "unknown code {}",
        e.code
    );
    assert!(!e.message.is_empty());
    Some(e.code)
}

fn snake_case(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 40
        && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// A mutation of some bytes: flips, cuts, insertions and splices of another text.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, to: u8 },
    Cut { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Replace { at: usize, len: usize, with: String },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, to)| Mutation::Flip { at, to }),
        any::<usize>().prop_map(|at| Mutation::Cut { at }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 0..40))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (
            any::<usize>(),
            0usize..30,
            prop_oneof![
                Just("null".to_owned()),
                Just("\"2099-12\"".to_owned()),
                Just("\"<script>alert(1)</script>\"".to_owned()),
                Just("-1e999".to_owned()),
                Just("{\"a\":[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]}".to_owned()),
                "\\PC{0,20}",
            ]
        )
            .prop_map(|(at, len, with)| Mutation::Replace { at, len, with }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len();
    let pos = |at: usize| if n == 0 { 0 } else { at % (n + 1) };
    match m {
        Mutation::Flip { at, to } if n > 0 => bytes[at % n] = *to,
        Mutation::Flip { .. } => {}
        Mutation::Cut { at } => bytes.truncate(pos(*at)),
        Mutation::Insert { at, bytes: b } => {
            let at = pos(*at);
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Replace { at, len, with } => {
            let at = pos(*at);
            let end = (at + len).min(n);
            bytes.splice(at..end, with.bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn mutated_batches_never_panic_and_answer_stable_codes(
        lines in prop::collection::vec((0usize..4, prop::collection::vec(mutation(), 0..4)), 1..6),
        after_gzip in prop::collection::vec(mutation(), 0..2),
        gzipped in prop::bool::weighted(0.9),
    ) {
        let w = world();
        let mut batch = Vec::new();
        for (pick, mutations) in &lines {
            let mut line = w.batch[*pick].clone();
            for m in mutations {
                apply(&mut line, m);
            }
            // What the API does per line, directly.
            if let Err(r) = parse_line(&line) {
                prop_assert!(snake_case(r.code), "{}", r.code);
            }
            batch.push(line);
        }
        let mut body = join_batch(batch.iter().map(Vec::as_slice));
        if gzipped {
            body = gzip(&body);
        }
        for m in &after_gzip {
            apply(&mut body, m);
        }
        let mut request = Request::post("/v1/responses")
            .header(header::AUTHORIZATION, format!("Bearer {}", w.token))
            .header(header::CONTENT_TYPE, "application/x-ndjson");
        if gzipped {
            request = request.header(header::CONTENT_ENCODING, "gzip");
        }
        let (status, reply) = send(request.body(Body::from(body)).unwrap());
        if assert_stable(status, &reply).is_none() {
            let reply: PushReply = serde_json::from_slice(&reply).unwrap();
            for line in reply.results {
                if let Outcome::Rejected { code, .. } | Outcome::Conflict { code, .. } = line.outcome {
                    prop_assert!(snake_case(&code), "{}", code);
                }
            }
        }
    }

    #[test]
    fn random_media_bodies_never_panic_and_answer_stable_codes(
        content_type in prop_oneof![
            Just("audio/ogg"), Just("audio/ogg; codecs=opus"), Just("audio/mpeg"),
            Just("audio/wav"), Just("image/png"), Just(""), Just("audio/ogg; codecs=\"x\""),
        ],
        mutations in prop::collection::vec(mutation(), 0..4),
        payload in prop::collection::vec(any::<u8>(), 0..2000),
        raw in any::<bool>(),
        language in prop_oneof![Just("ar"), Just("en"), Just("zz"), Just("")],
        target in prop_oneof![
            Just(None),
            Just(Some("nowhere".to_owned())),
            Just(Some("%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned())),
            "[a-z0-9_.=&-]{0,12}".prop_map(Some),
        ],
        prompt in prop_oneof![Just(None), Just(Some("choice-yes")), Just(Some("%3Cscript%3E"))],
    ) {
        let w = world();
        let mut body = if raw { payload.clone() } else { sample_ogg_opus(&payload) };
        for m in &mutations {
            apply(&mut body, m);
        }
        // The check behind the endpoint, directly.
        let _ = check_recording(content_type, &body);
        let question = target.clone().unwrap_or_else(|| w.question.clone());
        let mut query = format!("survey=be-fedasil&language={language}&question={question}");
        if let Some(p) = prompt {
            query = format!("survey=be-fedasil&language={language}&prompt={p}");
        }
        let (status, reply) = send(
            Request::post(format!("/v1/media?{query}"))
                .header(header::AUTHORIZATION, format!("Bearer {}", w.token))
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(body))
                .unwrap(),
        );
        if let Some(code) = assert_stable(status, &reply) {
            prop_assert!(code.starts_with("media_") || code == "invalid_query"
                || code == "survey_not_found", "{}", code);
        }
    }
}

/// Cells an author (or an attacker) might type, and then some.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("select_one".to_owned()),
        Just("select_one nowhere".to_owned()),
        Just("select_multiple yn".to_owned()),
        Just("integer".to_owned()),
        Just("begin_group".to_owned()),
        Just("${missing} = 'x'".to_owned()),
        Just(". > 3 and . < ".to_owned()),
        Just("#n:1e308".to_owned()),
        Just("#n:-0".to_owned()),
        Just("#b:true".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_cells_in_an_xlsform_are_problems_with_sheet_row_and_column(
        cells in prop::collection::vec(cell(), 5),
    ) {
        let header = vec!["type", "name", "label::English (en)", "relevant", "constraint"];
        let row: Vec<&str> = cells.iter().map(String::as_str).collect();
        let sheets = [
            xlsform_support::survey(header, vec![vec!["text", "first", "First"], row]),
            xlsform_support::choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
            xlsform_support::settings(),
        ];
        let bytes = xlsform_support::xlsx(&sheets);
        match import_xlsform(&bytes, &ImportOptions::default()) {
            Ok(_) => {}
            Err(ImportError::NotXlsx(m)) => prop_assert!(false, "a written workbook: {}", m),
            Err(e) => {
                for p in e.problems() {
                    let at = p.at.as_ref();
                    prop_assert!(at.is_some_and(|a| a.sheet == "survey" && a.row == Some(3)),
                        "{} (cells {:?})", p, cells);
                    // The column: as a location, or named in the message ("this row has no
                    // `name`").
                    prop_assert!(at.is_some_and(|a| a.column.is_some())
                        || p.message.contains("`type`") || p.message.contains("`name`"),
                        "{} (cells {:?})", p, cells);
                }
            }
        }
    }
}

/// Found by the proptest above: a question without a label was placed on its row but not its
/// column. The problem now names the label column to fill in.
#[test]
fn a_missing_label_names_the_label_column() {
    let header = vec![
        "type",
        "name",
        "label::English (en)",
        "relevant",
        "constraint",
    ];
    let row = vec!["select_multiple yn", "select_one", "", "", ""];
    let sheets = [
        xlsform_support::survey(header, vec![vec!["text", "first", "First"], row]),
        xlsform_support::choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        xlsform_support::settings(),
    ];
    let bytes = xlsform_support::xlsx(&sheets);
    let Err(e) = import_xlsform(&bytes, &ImportOptions::default()) else {
        panic!("a question without a label is refused");
    };
    let problems = e.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let at = problems[0].at.as_ref().expect("located");
    assert_eq!((at.sheet.as_str(), at.row), ("survey", Some(3)));
    assert_eq!(
        at.column
            .as_ref()
            .map(|(letter, header)| (letter.as_str(), header.as_str())),
        Some(("C", "label::English (en)"))
    );
}
