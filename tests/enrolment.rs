//! Issue 15, findings 1, 2 and 5, against the real sync server on 127.0.0.1: answers taken
//! before enrolment arrive after it, once, under the enrolled facility; re-enrolment to a
//! second server is refused while answers wait and nothing reaches that server; a response
//! the server set aside is shown to staff in plain words, kept 30 days by the server's clock
//! (never the tablet's) and then deleted to the last byte; a tablet clock off by more than a
//! day is told to staff.
#![allow(clippy::unwrap_used)]

mod support;

use dioxus::prelude::VirtualDom;
use heard::catalog::Catalog;
use heard::services::{EnrolError, Services};
use heard::store::SettingKey;
use heard_core::set_aside::SetAsideKind;
use heard_sync_client::Outbox;
use std::sync::Arc;
use std::time::Duration;
use support::sync_server::{
    quick_sync, tablet, tablet_with_clock, take_survey, take_survey_writing, wait_for, Form,
    SyncServer,
};
use support::ui::Ui;
use support::{bytes_on_disk_contain, open_staff_panel, TempDir};

const FACILITY: &str = "be-enrol-centre";
const OTHER_FACILITY: &str = "be-other-centre";
const DAY: i64 = 86_400;

fn form() -> Form<'static> {
    Form {
        rows: &[
            &["type", "name", "label::English (en)", "required"],
            &["select_one yn", "food_ok", "Is the food good?", "yes"],
            &["text", "comment", "Anything else?", ""],
        ],
        title: "Enrolment",
        id: "enrol_form",
    }
}

fn now() -> i64 {
    heard::clock::unix_seconds()
}

/// A tablet that knows the server's survey (as a built-in one would be known), at `facility`.
fn tablet_for(server: &SyncServer, db: &std::path::Path, facility: &str) -> Services {
    let tablet = tablet(
        db,
        Catalog::embedded().with_survey(server.form.survey.clone()),
        quick_sync(),
    );
    choose(&tablet, server, facility);
    tablet
}

fn choose(tablet: &Services, server: &SyncServer, facility: &str) {
    tablet
        .save_settings(server.form.survey.id.as_str(), facility, "", "3")
        .unwrap()
        .unwrap();
}

async fn sync_and_wait_until_empty(tablet: &Services) {
    assert!(tablet.sync_now());
    wait_for("the tablet's outbox to empty", async || {
        tablet.counts().unwrap().pending == 0
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_taken_before_enrolment_are_accepted_once_after_it() {
    let dir = TempDir::new("enrol-before");
    let server = SyncServer::start(dir.path(), FACILITY, form()).await;
    let code = server.enrolment_code().await;
    // A new tablet, not enrolled: the facility is still the placeholder, residents answer.
    let db = dir.path().join("tablet.sqlite3");
    let tablet = tablet_for(&server, &db, "unset-facility");
    let taken: Vec<_> = (0..3).map(|_| take_survey(&tablet)).collect();
    assert!(taken
        .iter()
        .all(|r| r.facility.as_str() == "unset-facility"));
    assert_eq!(tablet.counts().unwrap().pending, 3);

    tablet.enrol(&server.url, &code).await.unwrap();
    sync_and_wait_until_empty(&tablet).await;
    assert_eq!(server.store.response_count().await.unwrap(), 3);
    assert_eq!(
        tablet.set_aside_codes().unwrap(),
        vec![],
        "none set aside (on main: all three as wrong_facility)"
    );
    for response in &taken {
        let stored = server.store.response(&response.id).await.unwrap().unwrap();
        let stored: heard_core::response::Response = serde_json::from_slice(&stored).unwrap();
        assert_eq!(stored.facility.as_str(), FACILITY, "the enrolled facility");
        assert_eq!(stored.answers, response.answers, "the answers as taken");
    }
    // Once: another sync sends nothing more.
    assert!(tablet.sync_now());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.store.response_count().await.unwrap(), 3);

    // The server still refuses a tablet pushing for another facility than its own: staff
    // changing the facility after enrolment get the response set aside, told in plain words.
    choose(&tablet, &server, OTHER_FACILITY);
    take_survey(&tablet);
    sync_and_wait_until_empty(&tablet).await;
    assert_eq!(server.store.response_count().await.unwrap(), 3);
    let groups = tablet.set_aside_groups().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(
        (groups[0].kind, groups[0].count),
        (SetAsideKind::WrongFacility, 1)
    );
    let mut ui = Ui::new(VirtualDom::new(heard::ui::App).with_root_context(tablet.clone()));
    open_staff_panel(&mut ui);
    let html = ui.html();
    assert!(
        html.contains("name another facility than the one this tablet is enrolled at"),
        "the plain-words sentence with what to do"
    );
    assert!(!html.contains("wrong_facility"), "never the raw code");
    assert!(html.contains("stay on this tablet for 30 days"));

    tablet.stop_sync().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn re_enrolment_to_another_server_is_refused_while_answers_wait() {
    let dir_a = TempDir::new("enrol-a");
    let dir_b = TempDir::new("enrol-b");
    let a = SyncServer::start(dir_a.path(), FACILITY, form()).await;
    let b = SyncServer::start(dir_b.path(), OTHER_FACILITY, form()).await;
    let db = dir_a.path().join("tablet.sqlite3");
    let tablet = tablet_for(&a, &db, "unset-facility");
    tablet
        .enrol(&a.url, &a.enrolment_code().await)
        .await
        .unwrap();
    // Two answers wait (below the batching threshold, so nothing leaves on its own).
    take_survey(&tablet);
    take_survey(&tablet);

    // Someone with the staff PIN enrols the tablet with their own server: refused before any
    // request, naming how many wait; the tablet stays enrolled where it was.
    let code_b = b.enrolment_code().await;
    match tablet.enrol(&b.url, &code_b).await {
        Err(EnrolError::ResponsesWaiting(2)) => {}
        other => panic!("expected a refusal naming 2 waiting answers, got {other:?}"),
    }
    assert_eq!(tablet.sync_enrolment().unwrap().unwrap().server, a.url);
    assert_eq!(b.store.response_count().await.unwrap(), 0);
    // The code never reached B: another tablet can still use it.
    let other_db = dir_b.path().join("other-tablet.sqlite3");
    let other = tablet_for(&b, &other_db, "unset-facility");
    other.enrol(&b.url, &code_b).await.unwrap();
    other.stop_sync().await;

    // Even if the setting were changed behind the services' back, the outbox offers answers
    // only to the server they are bound to.
    tablet
        .with_store(|s| s.set_setting(SettingKey::SyncServer, Some(&b.url)))
        .unwrap();
    assert_eq!(tablet.with_store(|s| s.pending(10)).unwrap().len(), 0);
    tablet
        .with_store(|s| s.set_setting(SettingKey::SyncServer, Some(&a.url)))
        .unwrap();

    // Re-enrolling with the same server is allowed (a revoked token, say).
    tablet
        .enrol(&a.url, &a.enrolment_code().await)
        .await
        .unwrap();

    // Sent first, then the move is allowed; what is taken next goes to B only.
    sync_and_wait_until_empty(&tablet).await;
    assert_eq!(a.store.response_count().await.unwrap(), 2);
    tablet
        .enrol(&b.url, &b.enrolment_code().await)
        .await
        .unwrap();
    let later = take_survey(&tablet);
    sync_and_wait_until_empty(&tablet).await;
    assert_eq!(a.store.response_count().await.unwrap(), 2);
    assert_eq!(b.store.response_count().await.unwrap(), 1);
    assert!(b.store.response(&later.id).await.unwrap().is_some());
    assert!(tablet.set_aside_codes().unwrap().is_empty());

    tablet.stop_sync().await;
    a.stop().await;
    b.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_aside_answers_go_after_thirty_server_days_whatever_the_tablets_clock() {
    let dir = TempDir::new("set-aside-expiry");
    let server = SyncServer::start(dir.path(), FACILITY, form()).await;
    let db = dir.path().join("tablet.sqlite3");
    // The tablet's clock is 60 days ahead: it must not delete anything early.
    let clock: heard::services::Clock = Arc::new(|| heard::clock::unix_seconds() + 60 * DAY);
    let tablet = tablet_with_clock(
        &db,
        Catalog::embedded().with_survey(server.form.survey.clone()),
        quick_sync(),
        clock,
    );
    tablet
        .enrol(&server.url, &server.enrolment_code().await)
        .await
        .unwrap();
    choose(&tablet, &server, OTHER_FACILITY);
    let marker = "marker-set-aside-5be1c9";
    take_survey_writing(&tablet, marker);
    sync_and_wait_until_empty(&tablet).await;
    assert_eq!(tablet.set_aside_codes().unwrap().len(), 1);
    assert!(bytes_on_disk_contain(&db, marker.as_bytes()));
    // The run that set it aside dated it by the server's clock, and a tablet clock 60 days
    // ahead is told to staff, not acted on.
    assert_eq!(tablet.clock_days_off().unwrap(), Some(-60));
    assert!(tablet.sync_now());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(tablet.set_aside_codes().unwrap().len(), 1, "kept");

    // The server's clock moves on (as its `Date` header would say at later syncs).
    let outbox = tablet.outbox();
    let today = now();
    outbox.server_date(today + 29 * DAY).unwrap();
    assert_eq!(tablet.set_aside_codes().unwrap().len(), 1, "29 days: kept");
    outbox.server_date(today + 31 * DAY).unwrap();
    assert_eq!(tablet.set_aside_codes().unwrap(), vec![], "31 days: gone");
    assert!(
        !bytes_on_disk_contain(&db, marker.as_bytes()),
        "deleted from the files, not only from the table"
    );

    tablet.stop_sync().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tablet_clock_off_by_more_than_a_day_is_told_to_staff() {
    let dir = TempDir::new("clock-warning");
    let server = SyncServer::start(dir.path(), FACILITY, form()).await;
    let catalog = || Catalog::embedded().with_survey(server.form.survey.clone());

    // Three days behind the server.
    let behind: heard::services::Clock = Arc::new(|| heard::clock::unix_seconds() - 3 * DAY);
    let db = dir.path().join("behind.sqlite3");
    let late = tablet_with_clock(&db, catalog(), quick_sync(), behind);
    assert_eq!(
        late.clock_days_off().unwrap(),
        None,
        "not checked before a sync"
    );
    late.enrol(&server.url, &server.enrolment_code().await)
        .await
        .unwrap();
    wait_for("the clock check after enrolment", async || {
        late.clock_days_off().unwrap().is_some()
    })
    .await;
    assert_eq!(late.clock_days_off().unwrap(), Some(3));
    let mut ui = Ui::new(VirtualDom::new(heard::ui::App).with_root_context(late.clone()));
    open_staff_panel(&mut ui);
    let html = ui.html();
    assert!(
        html.contains("date and time are wrong") && html.contains("(days: 3)"),
        "the panel warns"
    );
    late.stop_sync().await;

    // Twelve hours off is within the tolerance: no warning.
    let close: heard::services::Clock = Arc::new(|| heard::clock::unix_seconds() + 12 * 3600);
    let db = dir.path().join("close.sqlite3");
    let fine = tablet_with_clock(&db, catalog(), quick_sync(), close);
    fine.enrol(&server.url, &server.enrolment_code().await)
        .await
        .unwrap();
    wait_for("the clock check after enrolment", async || {
        fine.with_store(|s| s.setting(SettingKey::ClockOffset))
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(fine.clock_days_off().unwrap(), None);
    let mut ui = Ui::new(VirtualDom::new(heard::ui::App).with_root_context(fine.clone()));
    open_staff_panel(&mut ui);
    assert!(!ui.html().contains("date and time are wrong"));
    fine.stop_sync().await;
    server.stop().await;
}
