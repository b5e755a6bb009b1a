//! Recorded prompts travel between a facility's tablets, with real parts only: the real server on
//! 127.0.0.1 over a real SQLite file, two tablets enrolled through the app's services, each with
//! its own real store and sync worker. Tablet A keeps a recording (real Ogg Opus bytes); its
//! worker uploads it (`POST /v1/media`) and marks it uploaded; it waits on the server until a
//! facility manager approves it (tablet B does not get it before); then tablet B's worker finds
//! it in the facility's overlay of the survey's manifest, downloads it and keeps it as a
//! recording that plays there too, and is never uploaded again.
#![allow(clippy::unwrap_used)]

mod support;

use heard::catalog::Catalog;
use heard::services::Services;
use heard::store::RecordedMedia;
use heard_core::media::MediaTarget;
use std::path::Path;
use std::time::Duration;
use support::sync_server::{quick_sync, wait_for, Form, SyncServer};
use support::{lang, TempDir};

const FACILITY: &str = "be-media-centre";

fn tablet(db: &Path) -> Services {
    support::sync_server::tablet(db, Catalog::embedded(), quick_sync())
}

/// A real Ogg Opus prompt shipped with the app.
fn opus_bytes() -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/audio/en");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "opus"))
        .collect();
    files.sort();
    std::fs::read(&files[0]).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_made_on_one_tablet_plays_on_the_facilitys_other_tablet() {
    let dir = TempDir::new("recording-sync");
    let server = SyncServer::start(
        dir.path(),
        FACILITY,
        Form {
            rows: &[
                &["type", "name", "label::English (en)", "required"],
                &["select_one yn", "food_ok", "Is the food good?", "yes"],
            ],
            title: "Recordings",
            id: "media_form",
        },
    )
    .await;
    let (store, facility, form, url) = (&server.store, &server.facility, &server.form, &server.url);
    let (code_a, code_b) = (server.enrolment_code().await, server.enrolment_code().await);

    // Tablet A: enrolled; an interpreter records the first question in English.
    let a = tablet(&dir.path().join("a.sqlite3"));
    a.enrol(url, &code_a).await.unwrap();
    let recording = RecordedMedia {
        survey: Some(form.survey.id.clone()),
        target: MediaTarget::Question(form.survey.questions().next().unwrap().id.clone()),
        language: lang("en"),
        mime: "audio/ogg".into(),
        bytes: opus_bytes(),
    };
    let sha = a.with_store(|s| s.keep_recording(&recording)).unwrap();
    assert_eq!(sha, recording.sha256());
    // A recording of the app's own prompts (no survey) stays on the tablet.
    let own_prompt = RecordedMedia {
        survey: None,
        target: MediaTarget::Prompt("welcome".into()),
        bytes: {
            let mut b = opus_bytes();
            b.push(0);
            b
        },
        ..recording.clone()
    };
    a.with_store(|s| s.keep_recording(&own_prompt)).unwrap();
    assert!(a.sync_now());

    // The server holds it, waiting for approval (not yet in the facility's overlay); A marks
    // it uploaded.
    wait_for("the server to hold the recording", async || {
        store.media(&sha).await.unwrap().is_some()
    })
    .await;
    assert_eq!(
        store.media(&sha).await.unwrap().unwrap().bytes,
        recording.bytes
    );
    assert!(!store.media_visible(facility, &sha).await.unwrap());
    let waiting = store.pending_recordings(Some(facility)).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].item.sha256, sha);
    wait_for("tablet A to mark it uploaded", async || {
        a.with_store(|s| s.recorded_media_pending_upload())
            .unwrap()
            .iter()
            .all(|m| m.sha256() != sha)
    })
    .await;
    let still_pending = a.with_store(|s| s.recorded_media_pending_upload()).unwrap();
    assert_eq!(still_pending, vec![own_prompt.clone()]);
    assert!(store.media(&own_prompt.sha256()).await.unwrap().is_none());

    // Tablet B, same facility: nothing arrives while the recording waits for approval.
    let b_db = dir.path().join("b.sqlite3");
    let b = tablet(&b_db);
    b.enrol(url, &code_b).await.unwrap();
    assert!(b.sync_now());
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(!b.with_store(|s| s.has_recording(&sha)).unwrap());

    // A facility manager approves it (the dashboard's recordings page does this): B's next
    // sync brings it.
    assert!(store.approve_recording(facility, &sha).await.unwrap());
    assert!(store.media_visible(facility, &sha).await.unwrap());
    assert!(b.sync_now());
    wait_for("tablet B to hold the recording", async || {
        b.with_store(|s| s.has_recording(&sha)).unwrap()
    })
    .await;
    let on_b = b
        .with_store(|s| s.recorded_media(Some(&form.survey.id)))
        .unwrap();
    assert_eq!(on_b, vec![recording.clone()]);
    assert_eq!(
        b.with_store(|s| s.recorded_sha_for(
            Some(&form.survey.id),
            &recording.target,
            &recording.language
        ))
        .unwrap(),
        Some(sha)
    );
    assert_eq!(
        b.with_store(|s| s.recorded_media_bytes(&sha)).unwrap(),
        Some(("audio/ogg".to_owned(), recording.bytes.clone()))
    );
    // Downloaded means already on the server: nothing for B to upload.
    assert!(b
        .with_store(|s| s.recorded_media_pending_upload())
        .unwrap()
        .is_empty());

    // Idempotent: more syncs on both tablets change nothing.
    let b_status = b.sync_status().unwrap();
    assert!(b.sync_now());
    assert!(a.sync_now());
    tokio::time::sleep(Duration::from_millis(800)).await;
    let status = b_status.borrow().clone();
    assert_eq!(status.recordings_received, 1);
    assert_eq!(status.recordings_sent, 0);
    assert_eq!(status.last_error, None);
    let status = a.sync_status().unwrap().borrow().clone();
    assert_eq!(status.recordings_sent, 1);
    assert_eq!(status.recordings_received, 0);
    assert_eq!(status.last_error, None);
    assert_eq!(
        b.with_store(|s| s.recorded_media(Some(&form.survey.id)))
            .unwrap(),
        vec![recording]
    );

    a.stop_sync().await;
    b.stop_sync().await;
    server.stop().await;
}
