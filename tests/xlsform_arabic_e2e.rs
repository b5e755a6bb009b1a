//! Issue 17 end to end: a real XLSForm with Arabic labels from the corpus
//! (`tests/fixtures/xlsform-corpus/forms/ona-tutorial-arabic.xlsx`, onaio/onadata's tutorial) is
//! imported as `heard-sync-server survey import FORM.xlsx --skip-unsupported --assign FACILITY`
//! does, into a real SQLite file, served by the real server on 127.0.0.1. A tablet enrols,
//! downloads it, a resident takes it in Arabic through the app's own flow and store, and the sync
//! worker sends it: the server holds exactly that response, in Arabic, valid against the edition.
#![allow(clippy::unwrap_used)]

mod support;

use heard::catalog::Catalog;
use heard::store::SettingKey;
use heard_core::canonical::to_canonical_json;
use heard_core::flow::Screen;
use heard_core::ids::QuestionId;
use heard_core::response::{AdministrationMode, Answer, Response};
use heard_core::survey::QuestionKind;
use heard_sync_client::{ServerUrl, SyncClient};
use heard_sync_server::xlsform::cli::import_file_with;
use std::path::Path;
use std::time::Duration;
use support::sync_server::{quick_sync, tablet as app_services, wait_for, SyncServer};
use support::{lang, TempDir};

const FACILITY: &str = "jo-e2e-centre";

fn corpus_form() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/xlsform-corpus/forms/ona-tutorial-arabic.xlsx")
}

/// Whether the text is written in Arabic script.
fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_arabic_xlsform_is_taken_in_arabic_on_a_tablet_and_synced() {
    let dir = TempDir::new("xlsform-arabic-e2e");
    let ar = lang("ar");

    // The coordinator imports the form as published: its photo and GPS questions are left out
    // (Heard never asks them), each named in a warning; Arabic is a complete language.
    let form = import_file_with(&corpus_form(), None, true).unwrap();
    let warnings: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    for left_out in ["`picture` left out", "`gps` left out"] {
        assert!(
            warnings.iter().any(|w| w.contains(left_out)),
            "{left_out}: {warnings:#?}"
        );
    }
    assert!(form.survey.languages.contains(&ar), "{warnings:#?}");
    let server = SyncServer::start_with(dir.path(), FACILITY, form).await;
    let code = server.enrolment_code().await;
    let (store, url) = (std::sync::Arc::clone(&server.store), server.url.clone());
    let (form, imported) = (server.form.clone(), server.imported.clone());

    // The tablet enrols and downloads exactly the imported edition.
    let db = dir.path().join("tablet.sqlite3");
    let config = quick_sync();
    let tablet = app_services(&db, Catalog::embedded(), config.clone());
    tablet.enrol(&url, &code).await.unwrap();
    let token = tablet
        .with_store(|s| s.setting(SettingKey::SyncToken))
        .unwrap()
        .unwrap();
    let client = SyncClient::new(
        ServerUrl::parse(&url, false).unwrap(),
        token,
        Duration::from_secs(10),
    )
    .unwrap();
    let bundles = client.fetch_surveys().await.unwrap();
    assert_eq!(bundles.len(), 1);
    assert_eq!(bundles[0].survey.version_hash(), imported.version);
    tablet.stop_sync().await;
    drop(tablet);

    let tablet = app_services(
        &db,
        Catalog::embedded().with_survey(bundles[0].survey.clone()),
        config,
    );
    tablet
        .save_settings(form.survey.id.as_str(), FACILITY, "", "3")
        .unwrap()
        .unwrap();

    // The resident chooses Arabic (the app speaks it: locales/ar/app.ftl) and answers every
    // question, each shown with its Arabic label from the workbook.
    assert!(tablet.texts().language(&ar).is_some());
    let mut session = tablet
        .new_session(AdministrationMode::SelfCompleted)
        .unwrap();
    let mut asked = Vec::new();
    let response = loop {
        assert!(asked.len() < 20, "the survey did not end");
        match session.screen().clone() {
            Screen::Welcome | Screen::Anonymity => session.proceed().unwrap(),
            Screen::Language => session.choose_language(ar.clone()).unwrap(),
            Screen::Question(id) => {
                assert_eq!(session.language(), &ar);
                let q = session.survey().question(&id).unwrap().clone();
                let label = q.prompt.get(&ar).unwrap_or_default().to_owned();
                assert!(arabic(&label), "`{id}` in Arabic: {label:?}");
                let answer = match &q.kind {
                    QuestionKind::FreeText { .. } => Answer::Text("أحمد".into()),
                    QuestionKind::Number { .. } => Answer::Number(34),
                    QuestionKind::SingleChoice { choices, .. } => {
                        let yes = choices
                            .iter()
                            .find(|c| c.label.get(&lang("en")) == Some("yes"))
                            .unwrap();
                        assert_eq!(yes.label.get(&ar), Some("نعم"));
                        // The workbook's value `1` is kept for exports.
                        assert_eq!(form.names.choice(id.as_str(), yes.id.as_str()), "1");
                        Answer::Choice(yes.id.clone())
                    }
                    QuestionKind::MultipleChoice { choices, .. } => {
                        Answer::Choices(vec![choices[0].id.clone()])
                    }
                    other => panic!("the tutorial has no {other:?}"),
                };
                session.answer(answer).unwrap();
                tablet.save_progress(&session).unwrap();
                asked.push(id.to_string());
                assert!(session.next().unwrap().is_none());
            }
            Screen::Review => {
                let response = session.submit().unwrap();
                tablet.finish(&response).unwrap();
                break response;
            }
            other => panic!("unexpected screen {other:?}"),
        }
    };
    // name, age, has_children, web_browsers: the four questions Heard asks, in the form's order.
    assert_eq!(asked, ["name", "age", "has-children", "web-browsers"]);
    assert_eq!(response.language, ar);
    assert_eq!(response.survey.version, imported.version);

    // "Sync now" sends it; the server holds exactly that response, valid against the edition.
    assert!(tablet.sync_now());
    wait_for("the server to hold the response", async || {
        store.response_count().await.unwrap() == 1
    })
    .await;
    wait_for("the tablet's outbox to empty", async || {
        tablet.counts().unwrap().pending == 0
    })
    .await;
    let stored = store.response(&response.id).await.unwrap().unwrap();
    assert_eq!(stored, to_canonical_json(&response));
    let parsed: Response = serde_json::from_slice(&stored).unwrap();
    assert_eq!(parsed.language, ar);
    assert_eq!(
        parsed.answers.get(&QuestionId::new("name").unwrap()),
        Some(&Answer::Text("أحمد".into()))
    );
    let edition = store
        .survey_by_version(&imported.version)
        .await
        .unwrap()
        .unwrap();
    heard_core::validate::check_response(&edition.survey, &parsed).unwrap();

    tablet.stop_sync().await;
    server.stop().await;
}
