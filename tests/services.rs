//! Services over a real store: the staff PIN (hashing, lockout, change) and device settings.

mod support;

use heard::services::{PinChange, PinCheck, PinSetup, SettingsError};
use heard::store::SettingKey;
use heard_core::pin::PinProblem;
use support::*;

const NOW: i64 = 1_780_000_000;

/// Issue 15, finding 3: a new tablet has no PIN at all (the documented `2580` once opened every
/// new tablet); it needs first-run setup, and no PIN opens the panel before it.
#[test]
fn a_new_tablet_has_no_pin_until_setup_and_the_old_default_opens_nothing() {
    let dir = TempDir::new("pin-setup");
    let services = new_tablet_at(&dir.db());
    assert!(services.needs_setup().unwrap());
    for pin in ["2580", "0000", "", STAFF_PIN] {
        assert_eq!(services.check_pin(pin, NOW).unwrap(), PinCheck::NotSetUp);
    }
    assert_eq!(
        services.set_up_pin("482916", "482917").unwrap(),
        PinSetup::Mismatch
    );
    for (pin, problem) in [
        ("2580", PinProblem::TooShort),
        ("0000", PinProblem::TooShort),
        ("123456", PinProblem::Common),
        ("111111", PinProblem::Common),
        ("234567", PinProblem::Sequence),
        ("454545", PinProblem::Sequence),
        ("48a916", PinProblem::NotDigits),
    ] {
        assert_eq!(
            services.set_up_pin(pin, pin).unwrap(),
            PinSetup::Weak(problem),
            "{pin}"
        );
    }
    assert!(services.needs_setup().unwrap(), "nothing weak was kept");
    assert_eq!(
        services.set_up_pin(STAFF_PIN, STAFF_PIN).unwrap(),
        PinSetup::Done
    );
    assert!(!services.needs_setup().unwrap());
    // Setup cannot be used again to take over a tablet that is set up.
    assert_eq!(
        services.set_up_pin("935162", "935162").unwrap(),
        PinSetup::AlreadySet
    );
    assert_eq!(
        services.check_pin(STAFF_PIN, NOW).unwrap(),
        PinCheck::Accepted
    );
    assert!(matches!(
        services.check_pin("2580", NOW).unwrap(),
        PinCheck::Wrong { .. }
    ));
}

/// Issue 15, finding 3: the lock doubles after each five wrong tries (5, 10, 20, 40 minutes),
/// never beyond an hour, holds even for the right PIN and across a restart, and the right PIN
/// after a lock starts over.
#[test]
fn every_fifth_wrong_try_locks_longer_up_to_an_hour_even_for_the_right_pin() {
    let dir = TempDir::new("pin-lock");
    let services = services_at(&dir.db());
    let mut now = NOW;
    for minutes in [5, 10, 20, 40, 60, 60] {
        for left in (1..=4).rev() {
            assert_eq!(
                services.check_pin("000000", now).unwrap(),
                PinCheck::Wrong { tries_left: left }
            );
        }
        assert_eq!(
            services.check_pin("000000", now).unwrap(),
            PinCheck::Locked {
                minutes_left: minutes
            }
        );
        assert_eq!(
            services.check_pin(STAFF_PIN, now + 60).unwrap(),
            PinCheck::Locked {
                minutes_left: minutes - 1
            },
            "the right PIN does not open a locked tablet"
        );
        now += minutes * 60;
    }
    // The lock is in the store: a restart does not lift it.
    assert_eq!(
        services.check_pin("000000", now).unwrap(),
        PinCheck::Wrong { tries_left: 4 }
    );
    for _ in 0..4 {
        services.check_pin("000000", now).unwrap();
    }
    drop(services);
    let services = services_at(&dir.db());
    assert_eq!(
        services.check_pin(STAFF_PIN, now + 120).unwrap(),
        PinCheck::Locked { minutes_left: 58 }
    );
    assert_eq!(
        services.check_pin(STAFF_PIN, now + 3600).unwrap(),
        PinCheck::Accepted
    );
    // After the right PIN the count starts over: five more wrong tries lock for 5 minutes.
    for _ in 0..4 {
        services.check_pin("000000", now + 3600).unwrap();
    }
    assert_eq!(
        services.check_pin("000000", now + 3600).unwrap(),
        PinCheck::Locked { minutes_left: 5 }
    );
}

#[test]
fn a_changed_pin_is_stored_salted_and_hashed_and_must_follow_the_rule() {
    let dir = TempDir::new("pin-change");
    let services = services_at(&dir.db());
    assert_eq!(
        services
            .change_pin(STAFF_PIN, "482916", "482917", NOW)
            .unwrap(),
        PinChange::Mismatch
    );
    assert_eq!(
        services.change_pin(STAFF_PIN, "4711", "4711", NOW).unwrap(),
        PinChange::Weak(PinProblem::TooShort)
    );
    assert_eq!(
        services
            .change_pin(STAFF_PIN, "654321", "654321", NOW)
            .unwrap(),
        PinChange::Weak(PinProblem::Common)
    );
    assert_eq!(
        services
            .change_pin("999999", "482916", "482916", NOW)
            .unwrap(),
        PinChange::WrongCurrent { tries_left: 4 }
    );
    assert_eq!(
        services
            .change_pin(STAFF_PIN, "482916", "482916", NOW)
            .unwrap(),
        PinChange::Changed
    );
    let record = services
        .with_store(|s| s.setting(SettingKey::PinHash))
        .unwrap()
        .unwrap();
    assert!(record.starts_with("pbkdf2-sha256$100000$"), "{record}");
    assert!(!record.contains("482916"));
    assert!(matches!(
        services.check_pin(STAFF_PIN, NOW).unwrap(),
        PinCheck::Wrong { .. }
    ));
    assert_eq!(
        services.check_pin("482916", NOW).unwrap(),
        PinCheck::Accepted
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
