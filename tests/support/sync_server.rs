//! The real sync server for the app's end-to-end tests: a SQLite file, one facility with an
//! XLSForm imported and assigned (as `heard-sync-server survey import FORM.xlsx --assign
//! FACILITY` does), served on 127.0.0.1; and tablets whose sync worker polls quickly.

use super::forms::{unix_now, write_yes_no_form};
use super::{choice, lang};
use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::services::{Services, SyncRuntime};
use heard::store::Store as AppStore;
use heard_core::flow::Screen;
use heard_core::ids::FacilityCode;
use heard_core::response::{AdministrationMode, Answer, Response};
use heard_core::survey::QuestionKind;
use heard_sync_client::SyncConfig;
use heard_sync_server::secrets::new_enrolment_code;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{Facility, Store};
use heard_sync_server::survey_import::StoredImport;
// The server's own loopback runner (feature `testing`), shared with its tests and benches.
use heard_sync_server::testing::{test_secret, LoopbackServer};
use heard_sync_server::xlsform::ImportedForm;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the XLSForm of a test holds: its `survey` sheet rows (header first), title and id.
pub struct Form<'a> {
    pub rows: &'a [&'a [&'a str]],
    pub title: &'a str,
    pub id: &'a str,
}

pub struct SyncServer {
    pub store: Arc<dyn Store>,
    pub facility: FacilityCode,
    pub form: ImportedForm,
    pub imported: StoredImport,
    pub url: String,
    server: LoopbackServer,
}

impl SyncServer {
    /// The store in `dir/server.sqlite3`, the facility, the form imported and assigned, and
    /// the server on a free port.
    pub async fn start(dir: &Path, facility: &str, form: Form<'_>) -> SyncServer {
        let form_path = dir.join("form.xlsx");
        write_yes_no_form(&form_path, form.rows, form.title, form.id);
        let form = heard_sync_server::xlsform::cli::import_file(&form_path, None).unwrap();
        Self::start_with(dir, facility, form).await
    }

    /// As `start`, with a form already imported (a real workbook, options of the caller's
    /// choosing).
    pub async fn start_with(dir: &Path, facility: &str, form: ImportedForm) -> SyncServer {
        let store: Arc<dyn Store> =
            Arc::new(SqliteStore::open(dir.join("server.sqlite3")).await.unwrap());
        let facility = FacilityCode::new(facility).unwrap();
        store
            .add_facility(&Facility {
                code: facility.clone(),
                name: format!("{facility} (test)"),
            })
            .await
            .unwrap();
        let imported = heard_sync_server::survey_import::store_imported(
            store.as_ref(),
            &form,
            std::slice::from_ref(&facility),
        )
        .await
        .unwrap();
        let server = LoopbackServer::start(Arc::clone(&store), None).await;
        let url = server.http_url();
        SyncServer {
            store,
            facility,
            form,
            imported,
            url,
            server,
        }
    }

    /// A one-time enrolment code for the facility, valid ten minutes (stored under the loopback
    /// server's secret, as `device enrol` does under `HEARD_SECRET_FILE`).
    pub async fn enrolment_code(&self) -> String {
        let code = new_enrolment_code();
        self.store
            .add_enrolment_code(
                test_secret().code_hash(&code),
                &self.facility,
                unix_now() + 600,
            )
            .await
            .unwrap();
        code
    }

    /// Graceful shutdown; the server must have ended without error.
    pub async fn stop(self) {
        self.server.shutdown().await;
    }
}

/// A sync worker that polls every 100 ms, so tests wait little.
pub fn quick_sync() -> SyncConfig {
    SyncConfig {
        poll_interval: Duration::from_millis(100),
        ..SyncConfig::default()
    }
}

/// A tablet's services over its own store at `db`, set up (`super::STAFF_PIN`), with a running
/// sync runtime.
pub fn tablet(db: &Path, catalog: Catalog, config: SyncConfig) -> Services {
    tablet_with_clock(db, catalog, config, Arc::new(heard::clock::unix_seconds))
}

/// As `tablet`, with the tablet's clock given (a clock that is wrong on purpose).
pub fn tablet_with_clock(
    db: &Path,
    catalog: Catalog,
    config: SyncConfig,
    clock: heard::services::Clock,
) -> Services {
    let services = Services::new(
        AppStore::open(db).unwrap(),
        catalog,
        AppTexts::embedded().unwrap(),
        lang("en"),
    )
    .with_clock(clock)
    .with_sync(SyncRuntime::start(config).unwrap());
    super::set_up(&services);
    services
}

/// Waits until the tablet's worker has finished a drain: the outbox is empty and its status
/// counts `accepted` responses. The worker empties the outbox first and counts the outcome
/// just after, so waiting for the outbox alone races with the status.
pub async fn wait_until_sent(tablet: &Services, accepted: u64) {
    wait_for("the tablet's outbox to empty", async || {
        tablet.counts().unwrap().pending == 0
    })
    .await;
    wait_for(
        "the tablet's status to count what was accepted",
        async || tablet.sync_status().unwrap().borrow().accepted == accepted,
    )
    .await;
}

/// Polls until `done` holds; fails the test after 30 s, naming what it waited for.
pub async fn wait_for(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let start = Instant::now();
    while !done().await {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Takes the active survey start to finish through the app's flow, saving every step; free
/// text is answered "Thank you".
pub fn take_survey(services: &Services) -> Response {
    take_survey_writing(services, "Thank you")
}

/// As `take_survey`, answering free-text questions with `text`.
pub fn take_survey_writing(services: &Services, text: &str) -> Response {
    let mut session = services
        .new_session(AdministrationMode::SelfCompleted)
        .unwrap();
    for _ in 0..100 {
        match session.screen().clone() {
            Screen::Welcome | Screen::Anonymity => session.proceed().unwrap(),
            Screen::Language => {
                session.choose_language(lang("en")).unwrap();
                if matches!(session.screen(), Screen::Language) {
                    session.proceed().unwrap();
                }
            }
            Screen::Question(id) => {
                let kind = session.survey().question(&id).unwrap().kind.clone();
                let answer = match kind {
                    QuestionKind::YesNo => Answer::Choice(choice("yes")),
                    QuestionKind::SingleChoice { choices, .. } => {
                        Answer::Choice(choices[0].id.clone())
                    }
                    QuestionKind::FreeText { .. } => Answer::Text(text.into()),
                    other => panic!("the form has no {other:?}"),
                };
                session.answer(answer).unwrap();
                services.save_progress(&session).unwrap();
                assert!(session.next().unwrap().is_none());
            }
            Screen::Review => {
                let response = session.submit().unwrap();
                services.finish(&response).unwrap();
                return response;
            }
            other => panic!("unexpected screen {other:?}"),
        }
    }
    panic!("the survey did not end");
}
