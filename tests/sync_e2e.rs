//! End to end, with real parts only: an XLSForm written with rust_xlsxwriter is imported by the
//! server's real importer and stored (as `heard-sync-server survey import FORM.xlsx --assign
//! FACILITY` does) in a real SQLite file; the real server runs on 127.0.0.1; the app enrols
//! through its services (as the staff panel does), downloads the assigned survey, a resident
//! takes it through the app's own flow and store, and the sync worker sends it. The server then
//! holds exactly that response, valid against the imported edition.
//!
//! Also with the real server: the worker downloads the assigned survey and the facility's
//! "you said, we did" actions into the tablet's store right after enrolment, the survey is in
//! the catalog after a restart and is answered and synced; and an actions fetch that fails never
//! holds back the responses.
#![allow(clippy::unwrap_used)]

mod support;

use heard::catalog::Catalog;
use heard::services::Services;
use heard::store::{SettingKey, Store as AppStore};
use heard_core::canonical::to_canonical_json;
use heard_core::response::Response;
use heard_sync_client::{ServerUrl, SyncClient};
use heard_sync_server::store::Action;
use std::time::Duration;
use support::sync_server::{
    quick_sync, tablet as app_services, take_survey, wait_for, wait_until_sent, Form, SyncServer,
};
use support::{lang, TempDir};

const FACILITY: &str = "be-e2e-centre";

fn form() -> Form<'static> {
    Form {
        rows: &[
            &["type", "name", "label::English (en)", "required"],
            &["select_one yn", "food_ok", "Is the food good?", "yes"],
            &["text", "comment", "Anything else?", ""],
        ],
        title: "End to end",
        id: "e2e_form",
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_xlsform_is_answered_on_the_tablet_and_lands_once_on_the_server() {
    let dir = TempDir::new("sync-e2e");
    // The coordinator's side: facility, XLSForm import + assignment, a one-time code; the real
    // server on a free port.
    let server = SyncServer::start(dir.path(), FACILITY, form()).await;
    assert!(server.imported.new_edition);
    let code = server.enrolment_code().await;
    let (store, url) = (std::sync::Arc::clone(&server.store), server.url.clone());
    let (form, imported) = (server.form.clone(), server.imported.clone());

    // The tablet: staff enrol it (wrong code first: plain words, nothing stored).
    let db = dir.path().join("tablet.sqlite3");
    let config = quick_sync();
    let tablet = app_services(&db, Catalog::embedded(), config.clone());
    let wrong = tablet.enrol(&url, "WRONG-CODE").await.unwrap_err();
    assert_eq!(
        heard::ui::staff::enrol_error_key(&wrong),
        "sync-error-wrong-code"
    );
    assert_eq!(tablet.sync_enrolment().unwrap(), None);
    tablet.enrol(&url, &code).await.unwrap();
    assert_eq!(tablet.sync_enrolment().unwrap().unwrap().server, url);
    let token = tablet
        .with_store(|s| s.setting(SettingKey::SyncToken))
        .unwrap()
        .unwrap();
    assert_eq!(token.len(), 64);

    // It downloads the assigned survey: exactly the imported edition.
    let client = SyncClient::new(
        ServerUrl::parse(&url, false).unwrap(),
        token,
        Duration::from_secs(10),
    )
    .unwrap();
    let bundles = client.fetch_surveys().await.unwrap();
    assert_eq!(bundles.len(), 1);
    assert_eq!(bundles[0].survey.id, form.survey.id);
    assert_eq!(bundles[0].survey.version_hash(), imported.version);
    tablet.stop_sync().await;
    drop(tablet);

    // Restarted with the downloaded survey: the enrolment was kept in the store.
    let tablet = app_services(
        &db,
        Catalog::embedded().with_survey(bundles[0].survey.clone()),
        config,
    );
    assert_eq!(tablet.sync_enrolment().unwrap().unwrap().server, url);
    tablet
        .save_settings(form.survey.id.as_str(), FACILITY, "", "3")
        .unwrap()
        .unwrap();
    let response = take_survey(&tablet);
    assert_eq!(response.survey.version, imported.version);

    // One pending response is below the batching threshold: nothing leaves on its own.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(store.response_count().await.unwrap(), 0);
    assert_eq!(tablet.counts().unwrap().pending, 1);

    // "Sync now" sends it; the tablet deletes its copy once the server holds it.
    assert!(tablet.sync_now());
    wait_for("the server to hold the response", async || {
        store.response_count().await.unwrap() == 1
    })
    .await;
    wait_until_sent(&tablet, 1).await;
    let status = tablet.sync_status().unwrap().borrow().clone();
    assert_eq!(status.accepted, 1);
    assert_eq!(status.last_error, None);

    let all = store.all_responses().await.unwrap();
    assert_eq!(all.len(), 1);
    let stored = store.response(&response.id).await.unwrap().unwrap();
    assert_eq!(stored, to_canonical_json(&response));
    let parsed: Response = serde_json::from_slice(&stored).unwrap();
    let edition = store
        .survey_by_version(&imported.version)
        .await
        .unwrap()
        .unwrap();
    heard_core::validate::check_response(&edition.survey, &parsed).unwrap();

    tablet.stop_sync().await;
    server.stop().await;
}

/// Polls the tablet's store until `done` holds.
async fn wait_for_store(
    what: &str,
    services: &Services,
    done: impl Fn(&mut AppStore) -> Result<bool, heard::store::StoreError>,
) {
    wait_for(what, async || services.with_store(&done).unwrap()).await;
}

/// A server with the XLSForm imported and assigned, a manager's action for its survey in
/// English and Arabic, and a one-time enrolment code, running on 127.0.0.1.
struct Fixture {
    dir: TempDir,
    server: SyncServer,
    code: String,
}

async fn fixture(name: &str) -> Fixture {
    let dir = TempDir::new(name);
    let server = SyncServer::start(dir.path(), FACILITY, form()).await;
    // A manager's action, recorded in English and Arabic (as the dashboard's form does).
    for (language, text) in [
        ("en", "A second water point on floor 2"),
        ("ar", "نقطة مياه ثانية في الطابق الثاني"),
    ] {
        server
            .store
            .add_action(&Action {
                id: 0,
                facility: server.facility.clone(),
                survey: server.form.survey.id.to_string(),
                topic: "sanitation".into(),
                quarter: "2026-Q1".into(),
                language: language.into(),
                text: text.into(),
            })
            .await
            .unwrap();
    }
    let code = server.enrolment_code().await;
    Fixture { dir, server, code }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assigned_surveys_and_actions_reach_the_tablet_store_and_survive_a_restart() {
    use heard::catalog::SurveySource;

    let Fixture { dir, server, code } = fixture("sync-downloads").await;
    let (store, url) = (&server.store, &server.url);
    let (form, imported) = (&server.form, &server.imported);
    let survey_id = form.survey.id.clone();

    // Enrolment starts the worker, which downloads right away: no "Sync now" needed.
    let db = dir.path().join("tablet.sqlite3");
    let config = quick_sync();
    let tablet = app_services(&db, Catalog::embedded(), config.clone());
    assert!(tablet.catalog().get(&survey_id).is_none());
    tablet.enrol(url, &code).await.unwrap();
    wait_for_store("the survey in the tablet's store", &tablet, |s| {
        Ok(s.downloaded_survey_hashes(&survey_id)?
            .is_some_and(|(version, _)| version == imported.version))
    })
    .await;
    wait_for_store("the actions in the tablet's store", &tablet, |s| {
        Ok(s.actions_for(&survey_id)?.len() == 2)
    })
    .await;
    // The running app's catalog has it at once, marked as downloaded.
    let live = tablet.catalog();
    assert_eq!(
        live.source(&survey_id),
        Some(SurveySource::Downloaded { supersedes: false })
    );
    assert_eq!(
        live.get(&survey_id).unwrap().version_hash(),
        imported.version
    );
    let arabic = tablet.current_actions(&survey_id, &lang("ar")).unwrap();
    assert_eq!(arabic.len(), 1);
    assert_eq!(arabic[0].text, "نقطة مياه ثانية في الطابق الثاني");
    assert_eq!(arabic[0].topic, heard_core::survey::Topic::Sanitation);
    tablet.stop_sync().await;
    drop(tablet);

    // Restarted with the built-in surveys only: the downloaded one comes from the store.
    let tablet = app_services(&db, Catalog::embedded(), config);
    let catalog = tablet.catalog();
    assert_eq!(catalog.download_problems().count(), 0);
    assert_eq!(
        catalog.get(&survey_id).unwrap().version_hash(),
        imported.version
    );
    assert!(catalog
        .get(&heard_core::ids::SurveyId::new("be-fedasil").unwrap())
        .is_some());
    assert_eq!(
        tablet.current_actions(&survey_id, &lang("en")).unwrap()[0].text,
        "A second water point on floor 2"
    );
    tablet
        .save_settings(survey_id.as_str(), FACILITY, "", "3")
        .unwrap()
        .unwrap();
    let response = take_survey(&tablet);
    assert_eq!(response.survey.version, imported.version);
    assert!(tablet.sync_now());
    wait_for("the server to hold the response", async || {
        store.response_count().await.unwrap() == 1
    })
    .await;
    wait_until_sent(&tablet, 1).await;
    let status = tablet.sync_status().unwrap().borrow().clone();
    assert_eq!(status.last_error, None);
    assert_eq!(status.accepted, 1);
    assert_eq!(
        status.surveys_received, 0,
        "the stored edition is not downloaded again"
    );
    let stored = store.response(&response.id).await.unwrap().unwrap();
    let parsed: Response = serde_json::from_slice(&stored).unwrap();
    heard_core::validate::check_response(&form.survey, &parsed).unwrap();

    tablet.stop_sync().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_actions_fetch_never_holds_back_the_responses() {
    let f = fixture("sync-actions-down").await;
    let survey_id = f.server.form.survey.id.clone();
    // Fault injection: the server loses its actions table, so `GET /v1/actions` fails (500).
    // (Couples to the server's SQLite schema, `0002_dashboard.sql`; adjust if that table moves.)
    let conn = rusqlite::Connection::open(f.dir.path().join("server.sqlite3")).unwrap();
    conn.execute_batch("ALTER TABLE actions RENAME TO actions_gone")
        .unwrap();
    drop(conn);

    let db = f.dir.path().join("tablet.sqlite3");
    let tablet = app_services(&db, Catalog::embedded(), quick_sync());
    // Actions kept from an earlier fetch stay as they are when a fetch fails.
    tablet
        .with_store(|s| {
            s.replace_actions(&[heard::store::StoredAction::from_wire(
                &heard_core::wire::ActionOut {
                    survey: survey_id.to_string(),
                    topic: "food".into(),
                    quarter: "2025-Q4".into(),
                    language: "en".into(),
                    text: "Kept from last time".into(),
                },
            )
            .unwrap()])
        })
        .unwrap();
    tablet.enrol(&f.server.url, &f.code).await.unwrap();
    wait_for_store("the survey in the tablet's store", &tablet, |s| {
        Ok(s.downloaded_survey_hashes(&survey_id)?.is_some())
    })
    .await;
    tablet
        .save_settings(survey_id.as_str(), FACILITY, "", "3")
        .unwrap()
        .unwrap();
    let response = take_survey(&tablet);
    assert!(tablet.sync_now());
    wait_for("the server to hold the response", async || {
        f.server.store.response_count().await.unwrap() == 1
    })
    .await;
    wait_until_sent(&tablet, 1).await;
    let status = tablet.sync_status().unwrap().borrow().clone();
    assert_eq!(status.accepted, 1);
    assert_eq!(
        status.last_error, None,
        "the actions fetch is not an error of the sync"
    );
    assert_eq!(status.actions_kept, None);
    assert!(f
        .server
        .store
        .response(&response.id)
        .await
        .unwrap()
        .is_some());
    let kept = tablet.with_store(|s| s.actions_for(&survey_id)).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].text, "Kept from last time");

    tablet.stop_sync().await;
    f.server.stop().await;
}
