//! The web build's store replica, run natively (it is plain SQL): a page copy loaded from the
//! durable store's snapshot, services working on it, and every published batch applied to the
//! durable file as the store worker does. The durable file must end up with exactly the copy's
//! rows, including deletions that leave no bytes behind, and a rolled-back write must publish
//! nothing.

mod support;

use heard::services::Services;
use heard::store::Store;
use heard_core::response::ResponseStatus;
use std::path::Path;
use std::sync::{Arc, Mutex};
use support::*;

type Batches = Arc<Mutex<Vec<Vec<u8>>>>;

/// A tablet whose services work on a page copy of the store at `db`; batches collect in the
/// returned list until `drain` applies them to the durable store, opened once as the store
/// worker opens it.
fn replica_tablet(db: &Path) -> (Services, Batches, Store) {
    let mut durable = Store::open(db).unwrap();
    let snapshot = durable.snapshot().unwrap();
    let batches: Batches = Arc::default();
    let sink = Arc::clone(&batches);
    let store = Store::replica(
        &snapshot,
        0,
        Box::new(move |b| sink.lock().unwrap().push(b)),
    )
    .unwrap();
    let services = Services::new(
        store,
        heard::catalog::Catalog::embedded(),
        heard::i18n::AppTexts::embedded().unwrap(),
        lang("en"),
    );
    set_up(&services);
    (services, batches, durable)
}

/// Applies every waiting batch to the durable store, as the worker does, one transaction each.
fn drain(durable: &mut Store, batches: &Batches) -> usize {
    let waiting: Vec<_> = batches.lock().unwrap().drain(..).collect();
    for batch in &waiting {
        durable.apply_changes(batch).unwrap();
    }
    waiting.len()
}

fn rows(db: &Path, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn every_commit_on_the_copy_reaches_the_durable_file() {
    let dir = TempDir::new("replica");
    let (services, batches, mut durable) = replica_tablet(&dir.db());
    // Setup stored the PIN on the copy only, until the batches are applied.
    assert!(rows(&dir.db(), "SELECT key FROM setting").is_empty());
    assert!(drain(&mut durable, &batches) > 0);
    assert!(!rows(&dir.db(), "SELECT key FROM setting").is_empty());

    let session = one_saved_answer(&services);
    drain(&mut durable, &batches);
    let id = session.context().id.to_string();
    assert_eq!(
        rows(&dir.db(), "SELECT id || ':' || state FROM response"),
        vec![format!("{id}:in-progress")]
    );

    let response = complete_response(&services, "kept through the port");
    drain(&mut durable, &batches);
    let bodies = rows(
        &dir.db(),
        "SELECT CAST(body AS TEXT) FROM response WHERE state = 'complete'",
    );
    assert_eq!(bodies.len(), 1);
    assert!(bodies[0].contains("kept through the port"));
    assert!(bodies[0].contains(&response.id.to_string()));

    // Reopening the durable store keeps the interrupted response as abandoned, as after a
    // browser killed mid-survey.
    drop(durable);
    let reopened = Store::open(&dir.db()).unwrap();
    assert_eq!(reopened.recovered_at_open(), 1);
    assert_eq!(
        reopened.stored(&session.context().id).unwrap().unwrap().0,
        heard::store::StoredState::Abandoned
    );
}

#[test]
fn a_discarded_response_leaves_no_bytes_in_the_durable_file() {
    let dir = TempDir::new("replica-discard");
    let (services, batches, mut durable) = replica_tablet(&dir.db());
    let mut session = session_at_first_question(&services);
    session
        .answer(heard_core::response::Answer::Choice(choice("no")))
        .unwrap();
    services.save_progress(&session).unwrap();
    let marker = session.context().id.to_string();
    drain(&mut durable, &batches);
    assert!(bytes_on_disk_contain(&dir.db(), marker.as_bytes()));

    assert!(services.discard(&session.context().id).unwrap());
    drain(&mut durable, &batches);
    // Closed (natively the durable file is in WAL mode: closing checkpoints it), the file keeps
    // no trace. In the browser it is in TRUNCATE mode: nothing is left in a journal.
    drop(durable);
    assert!(rows(&dir.db(), "SELECT id FROM response").is_empty());
    assert!(!bytes_on_disk_contain(&dir.db(), marker.as_bytes()));
}

#[test]
fn a_refused_write_publishes_nothing() {
    let dir = TempDir::new("replica-refused");
    let (services, batches, mut durable) = replica_tablet(&dir.db());
    let response = complete_response(&services, "finished once");
    drain(&mut durable, &batches);
    // Saving progress on a finished response is refused and rolled back: no batch.
    let session_again = heard_core::response::Response {
        status: ResponseStatus::Abandoned,
        ..response
    };
    assert!(services
        .with_store(|s| s.save_progress(&session_again))
        .is_err());
    assert!(batches.lock().unwrap().is_empty());
}
