//! Prompts recorded by people: kept in the store (migration 4), overlaid on the shipped
//! manifests so they play instead of synthetic drafts, counted in the coverage report, and
//! handed to the sync client until the server has them.

mod support;

use heard::services::RecordingRefused;
use heard_core::ids::{QuestionId, SurveyId};
use heard_core::media::{MediaKind, MediaOrigin, MediaTarget};
use support::*;

/// A minimal Ogg page header followed by bytes: sniffed as audio/ogg.
fn ogg(fill: u8) -> Vec<u8> {
    let mut b = b"OggS".to_vec();
    b.extend(std::iter::repeat_n(fill, 400));
    b
}

fn webm() -> Vec<u8> {
    let mut b = vec![0x1a, 0x45, 0xdf, 0xa3];
    b.extend(std::iter::repeat_n(7u8, 400));
    b
}

#[test]
fn a_kept_recording_replaces_the_draft_and_waits_for_upload() {
    let dir = TempDir::new("recorded");
    let services = services_at(&dir.db());
    let survey = SurveyId::new("be-fedasil").unwrap();
    let target = MediaTarget::Question(QuestionId::new("room-satisfied").unwrap());
    // Arabic has a synthetic draft; Tigrinya has nothing.
    let before = services
        .audio_url(Some(&survey), &target, &lang("ar"))
        .unwrap();
    assert!(before.starts_with("/audio/ar/"), "{before}");
    assert_eq!(
        services.audio_url(Some(&survey), &target, &lang("ti")),
        None
    );

    let sha = services
        .keep_recording(Some(&survey), target.clone(), lang("ti"), webm())
        .unwrap()
        .unwrap();
    let url = services
        .audio_url(Some(&survey), &target, &lang("ti"))
        .unwrap();
    assert_eq!(url, format!("/recorded/{}", sha.to_hex()));
    let (mime, bytes) = services.recorded_for_path(&url).unwrap();
    assert_eq!((mime.as_str(), bytes), ("audio/webm", webm()));
    // The overlaid manifest says it is a person's recording.
    let manifest = services.manifest_for(Some(&survey)).unwrap();
    let item = manifest
        .find(&target, MediaKind::Audio, Some(&lang("ti")))
        .unwrap();
    assert_eq!(item.origin, MediaOrigin::Recorded);
    // … and the coverage report counts it.
    let report = services.coverage_report().unwrap();
    let fedasil = report.iter().find(|s| s.survey == survey).unwrap();
    let ti = fedasil
        .languages
        .iter()
        .find(|c| c.language == lang("ti"))
        .unwrap();
    assert_eq!(ti.audio.recorded, 1);
    assert_eq!(ti.audio.synthetic, 0);

    // A second take for the same item replaces the first.
    let again = services
        .keep_recording(Some(&survey), target.clone(), lang("ti"), ogg(1))
        .unwrap()
        .unwrap();
    assert_ne!(again, sha);
    assert!(
        services.recorded_for_path(&url).is_none(),
        "the first take is gone"
    );

    // A recording over a synthetic draft wins too.
    services
        .keep_recording(Some(&survey), target.clone(), lang("ar"), ogg(2))
        .unwrap()
        .unwrap();
    assert!(services
        .audio_url(Some(&survey), &target, &lang("ar"))
        .unwrap()
        .starts_with("/recorded/"));

    // The sync client's view: both wait for upload until marked.
    let pending = services
        .with_store(|s| s.recorded_media_pending_upload())
        .unwrap();
    assert_eq!(pending.len(), 2);
    assert!(pending
        .iter()
        .all(|m| m.item().origin == MediaOrigin::Recorded));
    assert!(services
        .with_store(|s| s.mark_media_uploaded(&again))
        .unwrap());
    assert!(!services
        .with_store(|s| s.mark_media_uploaded(&again))
        .unwrap());
    let pending = services
        .with_store(|s| s.recorded_media_pending_upload())
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].language, lang("ar"));
    // Kept across restarts (a new store on the same file).
    drop(services);
    let reopened = services_at(&dir.db());
    assert!(reopened
        .audio_url(Some(&survey), &target, &lang("ti"))
        .unwrap()
        .starts_with("/recorded/"));
}

#[test]
fn only_playable_audio_is_kept() {
    let dir = TempDir::new("recorded-refused");
    let services = services_at(&dir.db());
    let target = MediaTarget::Prompt("lang-name".into());
    let keep = |bytes: Vec<u8>| {
        services
            .keep_recording(None, target.clone(), lang("so"), bytes)
            .unwrap()
    };
    assert_eq!(keep(Vec::new()), Err(RecordingRefused::Empty));
    assert_eq!(
        keep(b"<script>alert(1)</script>".repeat(20)),
        Err(RecordingRefused::NotAudio)
    );
    assert_eq!(keep(ogg(0).repeat(6000)), Err(RecordingRefused::TooLarge));
    assert!(keep(ogg(3)).is_ok());
    // The language's own name now plays on the grid.
    assert!(services.audio_url(None, &target, &lang("so")).is_some());
    for bad in [
        "/recorded/../../etc/passwd",
        "/recorded/ABC",
        "/audio/so/x.opus",
    ] {
        assert!(services.recorded_for_path(bad).is_none(), "{bad}");
    }
}
