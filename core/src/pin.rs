//! The staff PIN's rules: what a new PIN must be, and how long repeated wrong tries lock entry.
//! The app's services ask these; they hash, store and count.
//!
//! Times are seconds passed in and out: the core reads no clock.

/// Fewest digits in a PIN. Six digits are a million PINs; with the lockout below a guesser
/// gets about 120 tries a day.
pub const MIN_DIGITS: usize = 6;
/// Most digits in a PIN.
pub const MAX_DIGITS: usize = 12;
/// Wrong tries per round: every `TRIES_PER_ROUND`th wrong try in a row locks entry.
pub const TRIES_PER_ROUND: u32 = 5;
/// The first lock; each further round doubles it.
pub const FIRST_LOCK_SECONDS: i64 = 5 * 60;
/// The longest lock, so a resident who keeps guessing cannot lock staff out for longer.
pub const MAX_LOCK_SECONDS: i64 = 60 * 60;

/// The 20 most common six-digit PINs in published studies of leaked and chosen PINs (Markert et
/// al., "This PIN Can Be Easily Guessed", IEEE S&P 2020, and Wang et al., 2017). Those that
/// are also simple sequences are refused twice over, which is fine.
pub const COMMON_PINS: [&str; 20] = [
    "123456", "654321", "111111", "000000", "123123", "666666", "121212", "112233", "789456",
    "159753", "222222", "555555", "777777", "999999", "888888", "333333", "444444", "131313",
    "101010", "123321",
];

/// Why a new PIN is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinProblem {
    #[error("a PIN has only digits")]
    NotDigits,
    #[error("a PIN has at least {MIN_DIGITS} digits")]
    TooShort,
    #[error("a PIN has at most {MAX_DIGITS} digits")]
    TooLong,
    #[error("this PIN is one of the most common PINs")]
    Common,
    #[error("this PIN is a simple sequence (one digit repeated, counting up or down, or a short block repeated)")]
    Sequence,
}

/// Whether `pin` may become the staff PIN.
pub fn check_new_pin(pin: &str) -> Result<(), PinProblem> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) || pin.is_empty() {
        return Err(PinProblem::NotDigits);
    }
    if pin.len() < MIN_DIGITS {
        return Err(PinProblem::TooShort);
    }
    if pin.len() > MAX_DIGITS {
        return Err(PinProblem::TooLong);
    }
    if COMMON_PINS.contains(&pin) {
        return Err(PinProblem::Common);
    }
    if is_simple_sequence(pin.as_bytes()) {
        return Err(PinProblem::Sequence);
    }
    Ok(())
}

/// One digit repeated, a constant step of ±1 (wrapping: 890123, 210987), or a shorter block
/// repeated (121212, 123123, 707707, 48294829).
fn is_simple_sequence(digits: &[u8]) -> bool {
    let step = |a: u8, b: u8| (i16::from(b) - i16::from(a)).rem_euclid(10);
    let constant_step = digits
        .windows(2)
        .map(|w| step(w[0], w[1]))
        .collect::<Vec<_>>()
        .windows(2)
        .all(|w| w[0] == w[1]);
    let first_step = match digits {
        [a, b, ..] => step(*a, *b),
        _ => 0,
    };
    if constant_step && matches!(first_step, 0 | 1 | 9) {
        return true;
    }
    (1..=digits.len() / 2).any(|block| {
        digits.len().is_multiple_of(block) && digits.chunks(block).all(|c| c == &digits[..block])
    })
}

/// How long entry locks after the `failures`th wrong try in a row: none except at every
/// `TRIES_PER_ROUND`th, then 5 minutes, doubling each round, at most an hour.
pub fn lock_seconds(failures: u32) -> Option<i64> {
    if failures == 0 || !failures.is_multiple_of(TRIES_PER_ROUND) {
        return None;
    }
    let round = failures / TRIES_PER_ROUND;
    let doublings = (round - 1).min(16);
    Some((FIRST_LOCK_SECONDS << doublings).min(MAX_LOCK_SECONDS))
}

/// Wrong tries left before the next lock, after `failures` wrong tries in a row.
pub fn tries_left(failures: u32) -> u32 {
    TRIES_PER_ROUND - failures % TRIES_PER_ROUND
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_non_digit_pins_are_refused() {
        assert_eq!(check_new_pin("2580"), Err(PinProblem::TooShort));
        assert_eq!(check_new_pin("0000"), Err(PinProblem::TooShort));
        assert_eq!(check_new_pin("48291"), Err(PinProblem::TooShort));
        assert_eq!(check_new_pin("4829176350123"), Err(PinProblem::TooLong));
        assert_eq!(check_new_pin("48a916"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin(""), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("４８２９１６"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("482916"), Ok(()));
        assert_eq!(check_new_pin("739154028461"), Ok(()));
    }

    #[test]
    fn every_common_pin_is_refused() {
        for pin in COMMON_PINS {
            assert!(check_new_pin(pin).is_err(), "{pin} was accepted");
        }
        assert_eq!(check_new_pin("789456"), Err(PinProblem::Common));
        assert_eq!(check_new_pin("159753"), Err(PinProblem::Common));
    }

    #[test]
    fn simple_sequences_are_refused() {
        for pin in [
            "000000",
            "999999999",
            "234567",
            "890123",
            "765432",
            "210987",
            "12345678",
            "707707",
            "454545",
            "12341234",
            "9876543210",
        ] {
            assert!(check_new_pin(pin).is_err(), "{pin} was accepted");
        }
        assert_eq!(
            check_new_pin("135791"),
            Ok(()),
            "a step of 2 is not 'simple'"
        );
        assert_eq!(check_new_pin("1234512"), Ok(()));
    }

    #[test]
    fn the_lock_doubles_each_round_up_to_an_hour() {
        let locks: Vec<_> = (1..=40).filter_map(lock_seconds).collect();
        assert_eq!(locks, [300, 600, 1200, 2400, 3600, 3600, 3600, 3600]);
        assert_eq!(lock_seconds(0), None);
        assert_eq!(lock_seconds(4), None);
        // u32::MAX is a multiple of 5: the longest run of wrong tries still locks an hour.
        assert_eq!(lock_seconds(u32::MAX), Some(3600));
        assert_eq!(tries_left(0), 5);
        assert_eq!(tries_left(3), 2);
        assert_eq!(tries_left(5), 5);
        assert_eq!(tries_left(6), 4);
    }
}
