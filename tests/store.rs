//! The store against a real SQLite file: durability settings, migrations from every earlier
//! schema version, crash recovery, the outbox contract, and deletion that leaves no bytes.

mod support;

use heard::store::{migrate_to, Store, StoreError, StoredState, LATEST_VERSION};
use heard_core::response::{Response, ResponseStatus};
use rusqlite::Connection;
use support::*;

#[test]
fn the_store_runs_in_wal_mode_with_full_sync_and_the_latest_schema() {
    let dir = TempDir::new("pragmas");
    let store = Store::open(&dir.db()).unwrap();
    assert_eq!(store.journal_mode().unwrap(), "wal");
    assert_eq!(store.synchronous().unwrap(), 2);
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// A response body as an earlier version would have stored it.
fn body(response: &Response) -> Vec<u8> {
    heard_core::canonical::to_canonical_json(response)
}

#[test]
fn every_earlier_schema_version_upgrades_keeping_its_data() {
    // Real responses to store in the old layouts.
    let source = TempDir::new("source");
    let services = services_at(&source.db());
    let complete = complete_response(&services, "upgrade me");
    let interrupted = one_saved_answer(&services).response(ResponseStatus::Abandoned);

    for version in 0..LATEST_VERSION {
        let dir = TempDir::new("migrate");
        {
            let conn = Connection::open(dir.db()).unwrap();
            migrate_to(&conn, version).unwrap();
            let found: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(found, version);
            if version >= 1 {
                conn.execute(
                    "INSERT INTO response (id, state, period, body) VALUES (?1, 'complete', ?2, ?3)",
                    rusqlite::params![complete.id.to_string(), complete.period.to_string(), body(&complete)],
                )
                .unwrap();
                conn.execute(
                    "INSERT INTO response (id, state, period, body) VALUES (?1, 'in-progress', ?2, ?3)",
                    rusqlite::params![interrupted.id.to_string(), interrupted.period.to_string(), body(&interrupted)],
                )
                .unwrap();
                conn.execute(
                    "INSERT INTO setting (key, value) VALUES ('service-point', 'desk-7')",
                    [],
                )
                .unwrap();
            }
        }
        let mut store = Store::open(&dir.db()).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            LATEST_VERSION,
            "from v{version}"
        );
        assert_eq!(store.integrity_check().unwrap(), "ok");
        if version >= 1 {
            // Both rows survive; the interrupted one is now abandoned; both wait in the outbox,
            // which offers them once the tablet enrols.
            assert_eq!(store.recovered_at_open(), 1, "from v{version}");
            assert_eq!(store.pending(10).unwrap().len(), 0, "not enrolled yet");
            enrol_offline(&mut store, complete.facility.as_str()).unwrap();
            let pending = store.pending(10).unwrap();
            assert_eq!(pending.len(), 2, "from v{version}");
            assert!(pending.contains(&(complete.id, body(&complete))));
            let (state, _) = store.stored(&interrupted.id).unwrap().unwrap();
            assert_eq!(state, StoredState::Abandoned);
            assert_eq!(
                store
                    .setting(heard::store::SettingKey::ServicePoint)
                    .unwrap()
                    .as_deref(),
                Some("desk-7")
            );
        } else {
            assert_eq!(store.pending_count().unwrap(), 0);
        }
    }
}

/// Schema 7 (issue 15) on a tablet enrolled before it: its waiting responses are bound to its
/// server, and those the server set aside only because they were taken before enrolment (the
/// placeholder facility) go back to the outbox, sent under the enrolled facility; other
/// set-aside responses stay set aside.
#[test]
fn upgrading_an_enrolled_tablet_requeues_answers_set_aside_for_the_placeholder_facility() {
    let source = TempDir::new("v7-source");
    let services = services_at(&source.db());
    let before_enrolment = complete_response(&services, "taken before enrolment");
    assert_eq!(before_enrolment.facility.as_str(), "unset-facility");
    let waiting = complete_response(&services, "waiting");
    let invalid = complete_response(&services, "refused for its answers");
    let dir = TempDir::new("v7");
    {
        let conn = Connection::open(dir.db()).unwrap();
        migrate_to(&conn, 6).unwrap();
        for (key, value) in [
            ("sync-server", "https://sync.example.org"),
            ("sync-token", "token"),
            ("facility", "be-enrolled-centre"),
        ] {
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)",
                rusqlite::params![key, value],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO response (id, state, period, body, queue_order) VALUES (?1, 'complete', ?2, ?3, 1)",
            rusqlite::params![waiting.id.to_string(), waiting.period.to_string(), body(&waiting)],
        )
        .unwrap();
        for (response, code) in [
            (&before_enrolment, "wrong_facility"),
            (&invalid, "missing_required"),
        ] {
            conn.execute(
                "INSERT INTO set_aside (id, code, reason, body) VALUES (?1, ?2, 'refused', ?3)",
                rusqlite::params![response.id.to_string(), code, body(response)],
            )
            .unwrap();
        }
    }
    let store = Store::open(&dir.db()).unwrap();
    let pending = store.pending(10).unwrap();
    let ids: Vec<_> = pending.iter().map(|(id, _)| *id).collect();
    assert_eq!(pending.len(), 2, "{ids:?}");
    assert!(ids.contains(&waiting.id) && ids.contains(&before_enrolment.id));
    let (_, sent) = pending
        .iter()
        .find(|(id, _)| *id == before_enrolment.id)
        .unwrap();
    let sent: Response = serde_json::from_slice(sent).unwrap();
    assert_eq!(sent.facility.as_str(), "be-enrolled-centre");
    assert_eq!(sent.answers, before_enrolment.answers);
    let set_aside: Vec<_> = store
        .set_aside_list()
        .unwrap()
        .into_iter()
        .map(|(id, code, _)| (id, code))
        .collect();
    assert_eq!(set_aside, vec![(invalid.id, "missing_required".to_owned())]);
}

#[test]
fn a_database_from_a_newer_app_is_refused_not_damaged() {
    let dir = TempDir::new("newer");
    {
        let conn = Connection::open(dir.db()).unwrap();
        conn.execute_batch(&format!("PRAGMA user_version = {}", LATEST_VERSION + 1))
            .unwrap();
    }
    match Store::open(&dir.db()) {
        Err(StoreError::NewerSchema { found, latest }) => {
            assert_eq!((found, latest), (LATEST_VERSION + 1, LATEST_VERSION));
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a newer schema must be refused"),
    }
}

#[test]
fn a_response_in_progress_at_a_crash_becomes_abandoned_and_is_counted() {
    let dir = TempDir::new("recover");
    let id = {
        let services = services_at(&dir.db());
        let session = one_saved_answer(&services);
        session.context().id
        // Dropped without finishing: as if the app died.
    };
    let store = Store::open(&dir.db()).unwrap();
    assert_eq!(store.recovered_at_open(), 1);
    let (state, body) = store.stored(&id).unwrap().unwrap();
    assert_eq!(state, StoredState::Abandoned);
    let response: Response = serde_json::from_slice(&body).unwrap();
    assert_eq!(response.status, ResponseStatus::Abandoned);
    assert_eq!(response.answers.len(), 1);
    assert_eq!(
        store
            .counter_total(heard::store::Counter::Abandoned)
            .unwrap(),
        1
    );
    // Reopening again finds nothing more to recover.
    drop(store);
    assert_eq!(Store::open(&dir.db()).unwrap().recovered_at_open(), 0);
}

#[test]
fn a_finished_response_cannot_be_changed_afterwards() {
    let dir = TempDir::new("finished");
    let services = services_at(&dir.db());
    let response = complete_response(&services, "done");
    let err = services
        .with_store(|s| s.save_progress(&response))
        .unwrap_err();
    assert!(err.to_string().contains("already finished"), "{err}");
    let err = services
        .with_store(|s| s.finish(&response, "2026-03-01"))
        .unwrap_err();
    assert!(err.to_string().contains("already finished"), "{err}");
}

#[test]
fn the_outbox_offers_finished_responses_in_random_order_never_in_progress_ones() {
    let dir = TempDir::new("outbox");
    let services = enrolled_services_at(&dir.db());
    let finished: Vec<_> = (0..40)
        .map(|i| complete_response(&services, &format!("comment {i}")).id)
        .collect();
    let in_progress = one_saved_answer(&services).context().id;
    services
        .with_store(|store| {
            assert_eq!(store.pending_count()?, 40);
            let all: Vec<_> = store.pending(100)?.into_iter().map(|(id, _)| id).collect();
            assert_eq!(all.len(), 40);
            assert!(!all.contains(&in_progress));
            let mut sorted_all = all.clone();
            sorted_all.sort();
            let mut sorted_finished = finished.clone();
            sorted_finished.sort();
            assert_eq!(sorted_all, sorted_finished);
            assert_ne!(all, finished, "the queue must not follow arrival order");
            assert_eq!(store.pending(7)?.len(), 7);
            // The body is the canonical JSON of the stored response.
            let (id, bytes) = &store.pending(1)?[0];
            let response: Response = serde_json::from_slice(bytes).unwrap();
            assert_eq!(&response.id, id);
            assert_eq!(heard_core::canonical::to_canonical_json(&response), *bytes);
            Ok(())
        })
        .unwrap();
}

#[test]
fn acknowledged_responses_are_deleted_to_the_last_byte() {
    let dir = TempDir::new("ack");
    let services = enrolled_services_at(&dir.db());
    let sent = complete_response(&services, "marker-acknowledged-7f3a");
    let kept = complete_response(&services, "marker-kept-91c2");
    assert!(bytes_on_disk_contain(
        &dir.db(),
        b"marker-acknowledged-7f3a"
    ));
    let deleted = services
        .with_store(|s| s.acknowledge(&[sent.id, sent.id]))
        .unwrap();
    assert_eq!(deleted, 1);
    assert!(!bytes_on_disk_contain(
        &dir.db(),
        b"marker-acknowledged-7f3a"
    ));
    assert!(bytes_on_disk_contain(&dir.db(), b"marker-kept-91c2"));
    let wal = std::fs::metadata(format!("{}-wal", dir.db().display())).unwrap();
    assert_eq!(
        wal.len(),
        0,
        "the WAL is truncated after an acknowledgement"
    );
    services
        .with_store(|s| {
            assert_eq!(
                s.pending(10)?
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect::<Vec<_>>(),
                vec![kept.id]
            );
            Ok(())
        })
        .unwrap();
}

#[test]
fn set_aside_responses_leave_the_queue_but_stay_for_staff() {
    let dir = TempDir::new("aside");
    let services = services_at(&dir.db());
    let refused = complete_response(&services, "refused");
    let in_progress = one_saved_answer(&services).context().id;
    services
        .with_store(|s| {
            s.set_aside(
                &refused.id,
                "survey-unknown",
                "the server does not know this survey version",
            )?;
            assert_eq!(s.pending_count()?, 0);
            let aside = s.set_aside_list()?;
            assert_eq!(aside.len(), 1);
            assert_eq!(aside[0].0, refused.id);
            assert_eq!(aside[0].1, "survey-unknown");
            Ok(())
        })
        .unwrap();
    // Only finished, pending responses can be set aside.
    let err = services
        .with_store(|s| s.set_aside(&in_progress, "x", "y"))
        .unwrap_err();
    assert!(err.to_string().contains("not waiting"), "{err}");
}

#[test]
fn discarding_deletes_the_answers_from_the_files_and_keeps_finished_ones() {
    let dir = TempDir::new("discard");
    let services = services_at(&dir.db());
    let finished = complete_response(&services, "marker-finished-55aa");
    let mut session = session_at_first_question(&services);
    for _ in 0..3 {
        session
            .answer(heard_core::response::Answer::Choice(choice("no")))
            .unwrap();
        services.save_progress(&session).unwrap();
        session.next().unwrap();
        session
            .answer(heard_core::response::Answer::Choices(vec![choice(
                "cold-or-hot",
            )]))
            .unwrap();
        services.save_progress(&session).unwrap();
        session.back().unwrap();
    }
    let id = session.context().id;
    assert!(bytes_on_disk_contain(&dir.db(), b"cold-or-hot"));
    assert!(services.discard(&id).unwrap());
    assert!(!bytes_on_disk_contain(&dir.db(), b"cold-or-hot"));
    assert!(!bytes_on_disk_contain(&dir.db(), id.to_string().as_bytes()));
    // A finished response is not discarded by mistake.
    assert!(!services.discard(&finished.id).unwrap());
    assert!(bytes_on_disk_contain(&dir.db(), b"marker-finished-55aa"));
}

#[test]
fn the_stored_response_carries_the_month_and_no_finer_time() {
    let dir = TempDir::new("month");
    let services = services_at(&dir.db());
    let response = complete_response(&services, "month");
    let period = response.period.to_string();
    assert_eq!(period, heard::clock::this_month().to_string());
    services
        .with_store(|s| {
            let (_, body) = s.stored(&response.id)?.unwrap();
            let text = String::from_utf8(body).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            let keys: Vec<_> = value.as_object().unwrap().keys().cloned().collect();
            assert_eq!(
                keys,
                [
                    "answers",
                    "audio-used",
                    "facility",
                    "id",
                    "language",
                    "mode",
                    "period",
                    "service-point",
                    "status",
                    "survey"
                ]
            );
            assert_eq!(value["period"], serde_json::json!(period));
            Ok(())
        })
        .unwrap();
}

#[test]
fn phone_numbers_and_e_mail_addresses_in_comments_are_masked_before_upload() {
    let dir = TempDir::new("mask");
    let services = enrolled_services_at(&dir.db());
    let response = complete_response(&services, "ring 0470 12 34 56 or write amir@example.org");
    services
        .with_store(|store| {
            let (id, bytes) = &store.pending(1)?[0];
            assert_eq!(id, &response.id);
            let text = String::from_utf8(bytes.clone()).unwrap();
            assert!(text.contains("ring [number] or write [e-mail]"), "{text}");
            assert!(!text.contains("0470") && !text.contains("amir@"), "{text}");
            // Still canonical, and the same bytes on every read (resends stay duplicates).
            let parsed: Response = serde_json::from_slice(bytes).unwrap();
            assert_eq!(heard_core::canonical::to_canonical_json(&parsed), *bytes);
            assert_eq!(store.pending(1)?[0].1, *bytes);
            Ok(())
        })
        .unwrap();
}
