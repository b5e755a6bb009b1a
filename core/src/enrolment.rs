//! Enrolment codes: one-time and short-lived. Both store backends ask `code_expired`, so a code
//! redeemed at the very second it expires is refused the same way everywhere.
//!
//! Times are Unix seconds passed in by the caller: the core reads no clock.

/// Whether a code valid until `expires_at` can no longer be redeemed at `now`. The expiry second
/// itself is already too late: "valid for 24 hours" means fewer than 24 × 3600 seconds.
pub fn code_expired(expires_at: i64, now: i64) -> bool {
    now >= expires_at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_expires_at_its_expiry_second() {
        assert!(!code_expired(1_000, 999));
        assert!(code_expired(1_000, 1_000));
        assert!(code_expired(1_000, 1_001));
        assert!(code_expired(i64::MIN, 0));
        assert!(!code_expired(i64::MAX, 0));
    }
}
