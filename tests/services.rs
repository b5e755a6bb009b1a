//! Services over a real store: the staff PIN (hashing, lockout, change) and device settings.

mod support;

use heard::services::{PinChange, PinCheck, SettingsError, DEFAULT_PIN};
use heard::store::SettingKey;
use support::*;

const NOW: i64 = 1_780_000_000;

#[test]
fn the_default_pin_opens_the_panel_and_asks_for_a_change() {
    let dir = TempDir::new("pin-default");
    let services = services_at(&dir.db());
    assert_eq!(
        services.check_pin(DEFAULT_PIN, NOW).unwrap(),
        PinCheck::Accepted { is_default: true }
    );
}

#[test]
fn five_wrong_tries_lock_the_pin_for_five_minutes_even_for_the_right_pin() {
    let dir = TempDir::new("pin-lock");
    let services = services_at(&dir.db());
    for left in (1..=4).rev() {
        assert_eq!(
            services.check_pin("0000", NOW).unwrap(),
            PinCheck::Wrong { tries_left: left }
        );
    }
    assert_eq!(
        services.check_pin("0000", NOW).unwrap(),
        PinCheck::Locked { minutes_left: 5 }
    );
    assert_eq!(
        services.check_pin(DEFAULT_PIN, NOW + 60).unwrap(),
        PinCheck::Locked { minutes_left: 4 }
    );
    // The lock is in the store: a restart does not lift it.
    drop(services);
    let services = services_at(&dir.db());
    assert!(matches!(
        services.check_pin(DEFAULT_PIN, NOW + 120).unwrap(),
        PinCheck::Locked { .. }
    ));
    assert_eq!(
        services.check_pin(DEFAULT_PIN, NOW + 301).unwrap(),
        PinCheck::Accepted { is_default: true }
    );
}

#[test]
fn a_changed_pin_is_stored_salted_and_hashed_and_replaces_the_default() {
    let dir = TempDir::new("pin-change");
    let services = services_at(&dir.db());
    assert_eq!(
        services
            .change_pin(DEFAULT_PIN, "4711", "4712", NOW)
            .unwrap(),
        PinChange::Mismatch
    );
    assert_eq!(
        services.change_pin(DEFAULT_PIN, "12", "12", NOW).unwrap(),
        PinChange::BadFormat
    );
    assert_eq!(
        services
            .change_pin(DEFAULT_PIN, DEFAULT_PIN, DEFAULT_PIN, NOW)
            .unwrap(),
        PinChange::SameAsDefault
    );
    assert_eq!(
        services.change_pin("9999", "4711", "4711", NOW).unwrap(),
        PinChange::WrongCurrent { tries_left: 4 }
    );
    assert_eq!(
        services
            .change_pin(DEFAULT_PIN, "4711", "4711", NOW)
            .unwrap(),
        PinChange::Changed
    );
    let record = services
        .with_store(|s| s.setting(SettingKey::PinHash))
        .unwrap()
        .unwrap();
    assert!(record.starts_with("pbkdf2-sha256$100000$"), "{record}");
    assert!(!record.contains("4711"));
    assert!(matches!(
        services.check_pin(DEFAULT_PIN, NOW).unwrap(),
        PinCheck::Wrong { .. }
    ));
    assert_eq!(
        services.check_pin("4711", NOW).unwrap(),
        PinCheck::Accepted { is_default: false }
    );
}

#[test]
fn settings_are_validated_and_nothing_is_saved_when_one_is_wrong() {
    let dir = TempDir::new("settings");
    let services = services_at(&dir.db());
    let before = services.settings().unwrap();
    assert_eq!(before.inactivity_minutes, 3);
    let refused = services
        .save_settings("be-fedasil", "be-centre", "Desk 1", "5")
        .unwrap();
    assert!(matches!(refused, Err(SettingsError::ServicePoint(_))));
    assert!(matches!(
        services
            .save_settings("be-fedasil", "be-centre", "desk-1", "0")
            .unwrap(),
        Err(SettingsError::Timeout)
    ));
    assert!(matches!(
        services
            .save_settings("no-such-survey", "be-centre", "desk-1", "5")
            .unwrap(),
        Err(SettingsError::Survey(_))
    ));
    assert_eq!(services.settings().unwrap(), before);
    let saved = services
        .save_settings("lt-desk", "lt-vilnius", "desk-1", "5")
        .unwrap()
        .unwrap();
    assert_eq!(services.settings().unwrap(), saved);
    // New sessions use the settings.
    let session = services
        .new_session(heard_core::response::AdministrationMode::Interviewer)
        .unwrap();
    assert_eq!(session.survey().id.as_str(), "lt-desk");
    assert_eq!(session.context().facility.as_str(), "lt-vilnius");
    assert_eq!(
        session.context().service_point.as_ref().unwrap().as_str(),
        "desk-1"
    );
}

#[test]
fn counts_follow_finished_responses_and_never_expose_answers() {
    let dir = TempDir::new("counts");
    let services = services_at(&dir.db());
    complete_response(&services, "a");
    complete_response(&services, "b");
    let kept = one_saved_answer(&services);
    let mut stopped = kept.clone();
    let response = stopped.stop(true).unwrap().unwrap();
    services.finish(&response).unwrap();
    let counts = services.counts().unwrap();
    assert_eq!(counts.completed_today, 2);
    assert_eq!(counts.abandoned_today, 1);
    assert_eq!(counts.completed_total, 2);
    assert_eq!(counts.pending, 3);
}
