//! Surveys downloaded from the sync server, as the store keeps them and the catalog loads them
//! at start: beside the built-in ones, superseding a built-in one of the same id, and a damaged
//! bundle named to staff without stopping the others from loading.

mod support;

use dioxus::prelude::*;
use heard::catalog::SurveySource;
use heard::services::Services;
use heard::store::Store;
use heard::ui::App;
use heard_core::ids::SurveyId;
use heard_core::media::MediaManifest;
use heard_core::survey::Survey;
use heard_core::wire::SurveyBundle;
use rusqlite::Connection;
use support::ui::Ui;
use support::*;

fn id(s: &str) -> SurveyId {
    SurveyId::new(s).unwrap()
}

fn builtin(survey: &str) -> Survey {
    (*heard::catalog::Catalog::embedded()
        .get(&id(survey))
        .unwrap())
    .clone()
}

/// A built-in survey under another id (or its own, reworded): a server edition.
fn edition(from: &str, as_id: &str, title: &str) -> SurveyBundle {
    let mut survey = builtin(from);
    survey.id = id(as_id);
    survey.title.insert(lang("en"), title);
    SurveyBundle {
        media: MediaManifest::new(Some(survey.id.clone())),
        survey,
    }
}

fn keep(db: &std::path::Path, bundles: &[SurveyBundle]) {
    let mut store = Store::open(db).unwrap();
    for b in bundles {
        store.keep_downloaded_survey(b, &b.media.hash()).unwrap();
    }
}

fn app(services: &Services) -> Ui {
    Ui::new(VirtualDom::new(App).with_root_context(services.clone()))
}

fn staff_panel(services: &Services) -> String {
    let mut ui = app(services);
    open_staff_panel(&mut ui);
    ui.html()
}

#[tokio::test]
async fn downloaded_surveys_load_beside_and_over_the_built_in_ones() {
    let dir = TempDir::new("downloaded");
    let extra = edition("se-sma", "centre-feedback", "Centre feedback");
    let over = edition("be-fedasil", "be-fedasil", "Fedasil, the server's edition");
    keep(&dir.db(), &[extra.clone(), over.clone()]);
    // The stored hashes let the sync worker skip what it holds.
    let store = Store::open(&dir.db()).unwrap();
    assert_eq!(
        store
            .downloaded_survey_hashes(&id("centre-feedback"))
            .unwrap(),
        Some((extra.survey.version_hash(), extra.media.hash()))
    );
    drop(store);

    let services = services_at(&dir.db());
    let catalog = services.catalog();
    assert_eq!(catalog.download_problems().count(), 0);
    assert_eq!(
        catalog.source(&id("centre-feedback")),
        Some(SurveySource::Downloaded { supersedes: false })
    );
    assert_eq!(
        catalog.source(&id("be-fedasil")),
        Some(SurveySource::Downloaded { supersedes: true })
    );
    assert_eq!(catalog.source(&id("lt-desk")), Some(SurveySource::BuiltIn));
    assert_eq!(
        catalog.get(&id("be-fedasil")).unwrap().version_hash(),
        over.survey.version_hash(),
        "the server's edition supersedes the built-in one"
    );
    // Staff can choose it, and see which is which.
    services
        .save_settings("centre-feedback", "be-brussels", "", "3")
        .unwrap()
        .unwrap();
    let html = staff_panel(&services);
    assert!(
        html.contains(">centre-feedback (from the server)</option>"),
        "{html}"
    );
    assert!(html.contains(">be-fedasil (from the server, replaces the built-in one)</option>"));
    assert!(html.contains(">lt-desk (built-in)</option>"));
    // Its languages and coverage are listed like a built-in survey's.
    assert!(html.contains("data-survey=\"centre-feedback\""), "{html}");
    assert!(!html.contains("survey-problem"));
}

#[tokio::test]
async fn a_damaged_bundle_is_named_to_staff_and_the_others_still_load() {
    let dir = TempDir::new("downloaded-damaged");
    let good = edition("se-sma", "centre-feedback", "Centre feedback");
    let bad = edition("cz-client-centre", "desk-feedback", "Desk feedback");
    let over = edition("be-fedasil", "be-fedasil", "Fedasil, the server's edition");
    keep(&dir.db(), &[good.clone(), bad, over]);
    {
        let conn = Connection::open(dir.db()).unwrap();
        conn.execute(
            "UPDATE downloaded_survey SET bundle = X'7B22737572766579223A' WHERE id = 'desk-feedback'",
            [],
        )
        .unwrap();
        // A bundle whose definition no longer matches the version it was stored under.
        let tampered = String::from_utf8(
            conn.query_row(
                "SELECT bundle FROM downloaded_survey WHERE id = 'be-fedasil'",
                [],
                |r| r.get::<_, Vec<u8>>(0),
            )
            .unwrap(),
        )
        .unwrap()
        .replace("the server's edition", "tampered");
        conn.execute(
            "UPDATE downloaded_survey SET bundle = ?1 WHERE id = 'be-fedasil'",
            [tampered.into_bytes()],
        )
        .unwrap();
    }
    let services = services_at(&dir.db());
    let catalog = services.catalog();
    let problems: Vec<(String, String)> = catalog
        .download_problems()
        .map(|(i, w)| (i.to_owned(), w.to_owned()))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, "be-fedasil");
    assert!(
        problems[0].1.contains("does not match its version"),
        "{problems:?}"
    );
    assert_eq!(problems[1].0, "desk-feedback");
    assert!(
        problems[1].1.contains("not a survey bundle"),
        "{problems:?}"
    );
    // The good one loads; the damaged one is not offered; the built-in be-fedasil stays.
    assert!(catalog.get(&id("centre-feedback")).is_some());
    assert!(catalog.get(&id("desk-feedback")).is_none());
    assert_eq!(
        catalog.source(&id("be-fedasil")),
        Some(SurveySource::BuiltIn)
    );
    assert_eq!(
        catalog.get(&id("be-fedasil")).unwrap().version_hash(),
        builtin("be-fedasil").version_hash()
    );
    // Staff read which survey cannot be used, in their language.
    let html = staff_panel(&services);
    assert!(
        html.contains("The survey desk-feedback downloaded from the server cannot be used"),
        "{html}"
    );
    assert!(html.contains("role=\"alert\""));
    // The sync worker downloads both again ("Sync now" repairs them): to it they read as not
    // stored, while the good one reads as held.
    use heard_sync_client::Outbox;
    let outbox = services.outbox();
    assert_eq!(outbox.stored_survey(&id("desk-feedback")).unwrap(), None);
    assert_eq!(outbox.stored_survey(&id("be-fedasil")).unwrap(), None);
    assert_eq!(
        outbox.stored_survey(&id("centre-feedback")).unwrap(),
        Some((good.survey.version_hash(), good.media.hash()))
    );
}
