//! The staff PIN: salted PBKDF2-HMAC-SHA256, locked for a while after repeated wrong tries.
//! Until staff change it, the documented default PIN works (and the panel asks to change it).

use super::{random_bytes, ServiceError, Services};
use crate::store::SettingKey;
use sha2::Sha256;

/// The PIN of a new device, documented in the README. Staff are prompted to change it.
pub const DEFAULT_PIN: &str = "2580";
pub const PIN_ITERATIONS: u32 = 100_000;
/// Wrong tries before the lock.
pub const MAX_TRIES: u32 = 5;
pub const LOCK_SECONDS: i64 = 5 * 60;

/// The outcome of a PIN try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinCheck {
    /// Right PIN; `is_default` when it is still the factory PIN.
    Accepted {
        is_default: bool,
    },
    Wrong {
        tries_left: u32,
    },
    Locked {
        minutes_left: i64,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinChange {
    Changed,
    /// The current PIN was wrong; it counted as a try like any other.
    WrongCurrent {
        tries_left: u32,
    },
    Mismatch,
    /// Not 4 to 12 digits.
    BadFormat,
    SameAsDefault,
    Locked {
        minutes_left: i64,
    },
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

pub fn is_well_formed(pin: &str) -> bool {
    (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

impl Services {
    fn pin_record(&self) -> Result<Option<String>, ServiceError> {
        Ok(self.store()?.setting(SettingKey::PinHash)?)
    }

    fn lock_remaining(&self, now: i64) -> Result<Option<i64>, ServiceError> {
        let until = self
            .store()?
            .setting(SettingKey::PinLockedUntil)?
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0);
        Ok((until > now).then(|| (until - now + 59) / 60))
    }

    /// Tries a PIN at Unix time `now` (seconds), counting failures durably.
    pub fn check_pin(&self, pin: &str, now: i64) -> Result<PinCheck, ServiceError> {
        if let Some(minutes_left) = self.lock_remaining(now)? {
            return Ok(PinCheck::Locked { minutes_left });
        }
        let record = self.pin_record()?;
        let accepted = match &record {
            Some(r) => verify_pin(pin, r),
            None => pin == DEFAULT_PIN,
        };
        let mut store = self.store()?;
        if accepted {
            store.set_setting(SettingKey::PinFailures, None)?;
            store.set_setting(SettingKey::PinLockedUntil, None)?;
            let is_default = match &record {
                Some(r) => verify_pin(DEFAULT_PIN, r),
                None => true,
            };
            return Ok(PinCheck::Accepted { is_default });
        }
        let failures = store
            .setting(SettingKey::PinFailures)?
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
            + 1;
        if failures >= MAX_TRIES {
            store.set_setting(SettingKey::PinFailures, None)?;
            store.set_setting(
                SettingKey::PinLockedUntil,
                Some(&(now + LOCK_SECONDS).to_string()),
            )?;
            return Ok(PinCheck::Locked {
                minutes_left: LOCK_SECONDS / 60,
            });
        }
        store.set_setting(SettingKey::PinFailures, Some(&failures.to_string()))?;
        Ok(PinCheck::Wrong {
            tries_left: MAX_TRIES - failures,
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
        if !is_well_formed(new) {
            return Ok(PinChange::BadFormat);
        }
        if new == DEFAULT_PIN {
            return Ok(PinChange::SameAsDefault);
        }
        match self.check_pin(current, now)? {
            PinCheck::Accepted { .. } => {}
            PinCheck::Wrong { tries_left } => return Ok(PinChange::WrongCurrent { tries_left }),
            PinCheck::Locked { minutes_left } => return Ok(PinChange::Locked { minutes_left }),
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

    #[test]
    fn pins_are_four_to_twelve_digits() {
        assert!(is_well_formed("0000"));
        assert!(is_well_formed("123456789012"));
        assert!(!is_well_formed("123"));
        assert!(!is_well_formed("12a4"));
        assert!(!is_well_formed("1234567890123"));
    }
}
