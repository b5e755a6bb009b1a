//! The staff PIN: salted PBKDF2-HMAC-SHA256, locked for a while after repeated wrong tries.
//! A new tablet has no PIN: it opens in first-run setup until staff set one (`set_up_pin`).
//! What a PIN must be and how long entry locks are the core's rules (`heard_core::pin`).

use super::{random_bytes, ServiceError, Services};
use crate::store::SettingKey;
use heard_core::pin::{check_new_pin, lock_seconds, tries_left, PinProblem};
use sha2::Sha256;

pub const PIN_ITERATIONS: u32 = 100_000;

/// The outcome of a PIN try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinCheck {
    Accepted,
    Wrong {
        tries_left: u32,
    },
    Locked {
        minutes_left: i64,
    },
    /// No PIN is set yet: first-run setup comes first.
    NotSetUp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinChange {
    Changed,
    /// The current PIN was wrong; it counted as a try like any other.
    WrongCurrent {
        tries_left: u32,
    },
    Mismatch,
    /// The new PIN breaks the core's rule.
    Weak(PinProblem),
    Locked {
        minutes_left: i64,
    },
}

/// The outcome of first-run setup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinSetup {
    Done,
    Mismatch,
    Weak(PinProblem),
    /// A PIN is already set: setup cannot replace it (staff change it in the panel).
    AlreadySet,
}

/// `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`.
pub fn hash_pin(pin: &str, salt: &[u8], iterations: u32) -> String {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(pin.as_bytes(), salt, iterations, &mut out);
    format!("pbkdf2-sha256${iterations}${}${}", hex(salt), hex(&out))
}

/// Whether `pin` matches a stored record. A malformed record matches nothing.
pub fn verify_pin(pin: &str, record: &str) -> bool {
    let mut parts = record.split('$');
    let (Some("pbkdf2-sha256"), Some(iterations), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Ok(iterations), Some(salt), Some(expected)) =
        (iterations.parse::<u32>(), unhex(salt), unhex(hash))
    else {
        return false;
    };
    if iterations < PIN_ITERATIONS || expected.len() != 32 {
        return false;
    }
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(pin.as_bytes(), &salt, iterations, &mut out);
    // Constant time: do not reveal how many leading bytes matched.
    out.iter()
        .zip(&expected)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Services {
    fn pin_record(&self) -> Result<Option<String>, ServiceError> {
        Ok(self.store()?.setting(SettingKey::PinHash)?)
    }

    /// Whether this tablet still needs first-run setup (no staff PIN yet).
    pub fn needs_setup(&self) -> Result<bool, ServiceError> {
        Ok(self.pin_record()?.is_none())
    }

    /// First-run setup: sets the first staff PIN. Refused once a PIN exists, so the setup
    /// screen can never be used to take over a tablet that staff have set up.
    pub fn set_up_pin(&self, new: &str, again: &str) -> Result<PinSetup, ServiceError> {
        if self.pin_record()?.is_some() {
            return Ok(PinSetup::AlreadySet);
        }
        if new != again {
            return Ok(PinSetup::Mismatch);
        }
        if let Err(problem) = check_new_pin(new) {
            return Ok(PinSetup::Weak(problem));
        }
        let record = hash_pin(new, &random_bytes::<16>()?, PIN_ITERATIONS);
        self.store()?
            .set_setting(SettingKey::PinHash, Some(&record))?;
        Ok(PinSetup::Done)
    }

    fn lock_remaining(&self, now: i64) -> Result<Option<i64>, ServiceError> {
        let until = self
            .store()?
            .setting(SettingKey::PinLockedUntil)?
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0);
        Ok((until > now).then(|| (until - now + 59) / 60))
    }

    /// Tries a PIN at Unix time `now` (seconds), counting failures durably. Wrong tries in a
    /// row add up until the right PIN; every fifth locks entry, longer each round
    /// (`heard_core::pin::lock_seconds`).
    pub fn check_pin(&self, pin: &str, now: i64) -> Result<PinCheck, ServiceError> {
        let Some(record) = self.pin_record()? else {
            return Ok(PinCheck::NotSetUp);
        };
        if let Some(minutes_left) = self.lock_remaining(now)? {
            return Ok(PinCheck::Locked { minutes_left });
        }
        let mut store = self.store()?;
        if verify_pin(pin, &record) {
            store.set_setting(SettingKey::PinFailures, None)?;
            store.set_setting(SettingKey::PinLockedUntil, None)?;
            return Ok(PinCheck::Accepted);
        }
        let failures = store
            .setting(SettingKey::PinFailures)?
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
            .saturating_add(1);
        store.set_setting(SettingKey::PinFailures, Some(&failures.to_string()))?;
        if let Some(seconds) = lock_seconds(failures) {
            store.set_setting(
                SettingKey::PinLockedUntil,
                Some(&(now + seconds).to_string()),
            )?;
            return Ok(PinCheck::Locked {
                minutes_left: seconds / 60,
            });
        }
        Ok(PinCheck::Wrong {
            tries_left: tries_left(failures),
        })
    }

    /// Changes the PIN after checking the current one (which counts as a try).
    pub fn change_pin(
        &self,
        current: &str,
        new: &str,
        again: &str,
        now: i64,
    ) -> Result<PinChange, ServiceError> {
        if new != again {
            return Ok(PinChange::Mismatch);
        }
        if let Err(problem) = check_new_pin(new) {
            return Ok(PinChange::Weak(problem));
        }
        match self.check_pin(current, now)? {
            PinCheck::Accepted => {}
            PinCheck::Wrong { tries_left } => return Ok(PinChange::WrongCurrent { tries_left }),
            PinCheck::Locked { minutes_left } => return Ok(PinChange::Locked { minutes_left }),
            // Nothing to check the current PIN against: setup first.
            PinCheck::NotSetUp => {
                return Ok(PinChange::WrongCurrent {
                    tries_left: tries_left(0),
                })
            }
        }
        let record = hash_pin(new, &random_bytes::<16>()?, PIN_ITERATIONS);
        self.store()?
            .set_setting(SettingKey::PinHash, Some(&record))?;
        Ok(PinChange::Changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_pin_verifies_only_with_the_same_pin() {
        let record = hash_pin("482916", b"0123456789abcdef", PIN_ITERATIONS);
        assert!(record.starts_with("pbkdf2-sha256$100000$"));
        assert!(verify_pin("482916", &record));
        assert!(!verify_pin("482917", &record));
        // Same PIN, other salt: another record.
        assert_ne!(
            record,
            hash_pin("482916", b"fedcba9876543210", PIN_ITERATIONS)
        );
    }

    #[test]
    fn malformed_or_weak_records_match_nothing() {
        assert!(!verify_pin("1234", ""));
        assert!(!verify_pin("1234", "pbkdf2-sha256$100000$zz$00"));
        let weak = hash_pin("1234", b"salt", 1000);
        assert!(
            !verify_pin("1234", &weak),
            "too few iterations must be refused"
        );
    }
}
