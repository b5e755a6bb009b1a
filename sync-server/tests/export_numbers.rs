//! Numbers in the response-level export (issue 12, quasi-identifiers): an exact number such as
//! an age singles residents out, so `responses.csv` leaves a `number` question out unless the
//! survey marks it `not-identifying`. Through the real router, on a real SQLite store, as a
//! national coordinator.

mod dashboard_support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use dashboard_support::{ingest, store_with};
use heard_core::authoring::SurveySources;
use heard_core::ids::{ChoiceId, FacilityCode, LangTag, QuestionId};
use heard_core::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use heard_core::survey::Survey;
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::store::{Role, Store};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";
const EMAIL: &str = "national@example.org";

const STRUCTURE: &str = r#"
id = "numbers"
version = "1"
default-language = "en"

[[section]]
id = "main"

[[section.question]]
id = "ok"
kind = "yes-no"

[[section.question]]
id = "age"
kind = "number"
min = 0
max = 120

[[section.question]]
id = "rating"
kind = "number"
min = 0
max = 10
not-identifying = true
"#;

const TEXT: &str = "survey-title = Numbers
section-main = Main
ok = Is it fine?
age = How old are you?
rating = How would you rate it?
";

fn numbers_survey() -> Survey {
    SurveySources::from_files(vec![
        (
            "assets/surveys/numbers.toml".to_owned(),
            STRUCTURE.to_owned(),
        ),
        ("locales/en/surveys/numbers.ftl".to_owned(), TEXT.to_owned()),
    ])
    .load("numbers")
    .unwrap_or_else(|e| panic!("{e}"))
}

/// Ages 41..=60, each once; ratings 0..=10. One cell (facility, month, language, mode, audio),
/// well above k, so every row goes out.
fn responses(survey: &Survey, facility: &FacilityCode) -> Vec<(i64, i64, Response)> {
    (0..20u8)
        .map(|i| {
            let (age, rating) = (41 + i64::from(i), i64::from(i % 11));
            let mut answers = Answers::new();
            let ok = if i % 2 == 0 { "yes" } else { "no" };
            answers.insert(
                QuestionId::new("ok").unwrap(),
                Answer::Choice(ChoiceId::new(ok).unwrap()),
            );
            answers.insert(QuestionId::new("age").unwrap(), Answer::Number(age));
            answers.insert(QuestionId::new("rating").unwrap(), Answer::Number(rating));
            let response = Response {
                id: ResponseId::from_random_bytes([i + 1; 16]),
                survey: SurveyRef {
                    id: survey.id.clone(),
                    version: survey.version_hash(),
                },
                language: LangTag::new("en").unwrap(),
                mode: AdministrationMode::SelfCompleted,
                audio_used: false,
                status: ResponseStatus::Complete,
                facility: facility.clone(),
                service_point: None,
                period: "2026-02".parse().unwrap(),
                answers,
            };
            (age, rating, response)
        })
        .collect()
}

async fn send(router: &axum::Router, req: Request<Body>) -> (StatusCode, String) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    let body = String::from_utf8(body).unwrap();
    if status == StatusCode::SEE_OTHER {
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        return (status, cookie.to_owned());
    }
    (status, body)
}

async fn sign_in(router: &axum::Router) -> String {
    let body = format!(
        "email={}&password={}",
        EMAIL.replace('@', "%40"),
        PASSWORD.replace(' ', "+")
    );
    let req = Request::post("/dashboard/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let (status, cookie) = send(router, req).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    cookie
        .split(';')
        .next()
        .and_then(|c| c.strip_prefix("heard_session="))
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn unmarked_numbers_stay_out_of_the_response_level_export() {
    let survey = numbers_survey();
    let marked: Vec<&str> = survey
        .questions()
        .filter(|q| q.not_identifying)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(marked, ["rating"]);

    let facility = FacilityCode::new("centre-a").unwrap();
    let (_dir, store) = store_with(&survey, &["centre-a"]).await;
    let rows = responses(&survey, &facility);
    ingest(
        &store,
        &survey,
        rows.iter().map(|(_, _, r)| r.clone()).collect(),
    )
    .await;
    let store: Arc<dyn Store> = Arc::new(store);
    store
        .add_coordinator(EMAIL, &Role::National, &hash_password(PASSWORD).unwrap())
        .await
        .unwrap();
    let router = app(AppState::new(Arc::clone(&store), Limits::default()));
    let session = sign_in(&router).await;

    let req = Request::get("/dashboard/surveys/numbers/responses.csv")
        .header(header::COOKIE, format!("heard_session={session}"))
        .body(Body::empty())
        .unwrap();
    let (status, csv) = send(&router, req).await;
    assert_eq!(status, StatusCode::OK, "{csv}");
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let body: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();

    // The marked number is a column; the unmarked one is not; the yes-no question stays.
    assert!(header.contains(&"rating"), "{header:?}");
    assert!(header.contains(&"ok"), "{header:?}");
    assert!(!header.contains(&"age"), "{header:?}");
    assert_eq!(body.len(), rows.len(), "every row goes out:\n{csv}");
    assert!(body.iter().all(|r| r.len() == header.len()), "{csv}");

    // No exact age anywhere in the file, in any field.
    for (age, _, _) in &rows {
        let age = age.to_string();
        assert!(
            body.iter().flatten().all(|field| *field != age),
            "age {age} went out:\n{csv}"
        );
    }
    // The ratings go out exactly, one per response.
    let at = header.iter().position(|h| *h == "rating").unwrap();
    let mut exported: Vec<i64> = body.iter().map(|r| r[at].parse().unwrap()).collect();
    let mut given: Vec<i64> = rows.iter().map(|(_, rating, _)| *rating).collect();
    exported.sort_unstable();
    given.sort_unstable();
    assert_eq!(exported, given);
}
