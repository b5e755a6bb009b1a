//! Shared helpers for the app's integration tests: temporary folders, services over a real
//! store, and sessions of the built-in surveys answered to a point.
#![allow(dead_code)]

use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::services::Services;
use heard::store::Store;
use heard_core::flow::{Screen, Session};
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::response::{AdministrationMode, Answer};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// A fresh folder under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "heard-test-{name}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn db(&self) -> PathBuf {
        self.0.join("heard.sqlite3")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn lang(tag: &str) -> LangTag {
    LangTag::new(tag).unwrap()
}

pub fn choice(id: &str) -> ChoiceId {
    ChoiceId::new(id).unwrap()
}

/// The staff PIN the tests set at first-run setup (no PIN is documented or built in).
pub const STAFF_PIN: &str = "739154";

/// A tablet over the store at `db` as staff left it after first-run setup (PIN `STAFF_PIN`).
pub fn services_at(db: &Path) -> Services {
    let services = new_tablet_at(db);
    set_up(&services);
    services
}

/// Completes first-run setup with `STAFF_PIN`, unless a PIN is already set.
pub fn set_up(services: &Services) {
    if services.needs_setup().unwrap() {
        assert_eq!(
            services.set_up_pin(STAFF_PIN, STAFF_PIN).unwrap(),
            heard::services::PinSetup::Done
        );
    }
}

/// The server address `enrol_offline` binds responses to (never contacted).
pub const TEST_SERVER: &str = "https://sync.example.org";

/// Keeps an enrolment as `Services::enrol` does after the server answered, without a server:
/// every response waiting binds to `TEST_SERVER` and `facility`.
pub fn enrol_offline(store: &mut Store, facility: &str) -> Result<usize, heard::store::StoreError> {
    let facility = heard_core::ids::FacilityCode::new(facility).unwrap();
    store.enrol(&heard::store::EnrolmentRecord {
        server: TEST_SERVER,
        device_token: "test-device-token",
        facility: &facility,
    })
}

/// `services_at`, enrolled offline (`enrol_offline`) with facility `be-test-centre`: its outbox
/// offers what waits.
pub fn enrolled_services_at(db: &Path) -> Services {
    let services = services_at(db);
    services
        .with_store(|s| enrol_offline(s, "be-test-centre"))
        .unwrap();
    services
}

/// A tablet over the store at `db`, as it is: a new one still needs first-run setup.
pub fn new_tablet_at(db: &Path) -> Services {
    let store = Store::open(db).unwrap();
    let audio =
        heard::audio::AudioLibrary::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets")));
    Services::new(
        store,
        Catalog::embedded(),
        AppTexts::embedded().unwrap(),
        lang("en"),
    )
    .with_audio(audio)
}

/// A be-fedasil session past the intro screens, on its first question.
pub fn session_at_first_question(services: &Services) -> Session {
    let mut session = services
        .new_session(AdministrationMode::SelfCompleted)
        .unwrap();
    assert_eq!(session.survey().id.as_str(), "be-fedasil");
    // Language first, then the welcome and the anonymity statement.
    session.choose_language(lang("en")).unwrap();
    session.proceed().unwrap();
    session.proceed().unwrap();
    assert!(matches!(session.screen(), Screen::Question(_)));
    session
}

/// Answers `yes` to the first question and saves it.
pub fn one_saved_answer(services: &Services) -> Session {
    let mut session = session_at_first_question(services);
    session.answer(Answer::Choice(choice("yes"))).unwrap();
    services.save_progress(&session).unwrap();
    session
}

/// Answers every required question of be-fedasil with `yes` / mid-scale and submits.
pub fn complete_response(services: &Services, comment: &str) -> heard_core::response::Response {
    let mut session = session_at_first_question(services);
    loop {
        match session.screen().clone() {
            Screen::Question(id) => {
                let q = session.survey().question(&id).unwrap().clone();
                let answer = match q.kind {
                    heard_core::survey::QuestionKind::YesNo => Some(Answer::Choice(choice("yes"))),
                    heard_core::survey::QuestionKind::Scale { .. } => Some(Answer::Point(7)),
                    heard_core::survey::QuestionKind::FreeText { .. } => {
                        Some(Answer::Text(comment.to_owned()))
                    }
                    _ => None,
                };
                if let Some(a) = answer {
                    session.answer(a).unwrap();
                    services.save_progress(&session).unwrap();
                }
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
}

/// Whether `needle` occurs anywhere in the database file or its WAL.
pub fn bytes_on_disk_contain(db: &Path, needle: &[u8]) -> bool {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    [db.to_owned(), PathBuf::from(wal)].iter().any(|p| {
        std::fs::read(p)
            .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
            .unwrap_or(false)
    })
}
pub mod forms;
pub mod sync_server;
pub mod ui;

/// Staff unlock the panel as the PIN prompt does (the controller's own transitions), with the
/// PIN set at first-run setup, and the page shows it.
pub fn open_staff_panel(ui: &mut ui::Ui) {
    use dioxus::prelude::{consume_context, ScopeId};
    let mut kiosk = ui
        .dom
        .in_scope(ScopeId::APP, consume_context::<heard::ui::Kiosk>);
    kiosk.open_pin();
    kiosk
        .submit_pin(STAFF_PIN)
        .expect("the staff PIN opens the panel");
    ui.update();
}
