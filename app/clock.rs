//! Calendar dates from the system clock. Responses only ever get the month; the day is used
//! for staff counters alone. UTC, so a device's timezone setting cannot shift data.

use crate::platform::{SystemTime, UNIX_EPOCH};
use heard_core::period::Month;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i64,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Seconds since the Unix epoch (0 if the clock is before 1970).
pub fn unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

pub fn today() -> Day {
    day_of(unix_seconds())
}

/// The month a response started in. A clock outside 2000–2999 (dead RTC battery) gives 2000-01
/// rather than failing: the response still counts, and the odd month shows up in reports.
pub fn this_month() -> Month {
    month_of(today())
}

pub fn month_of(day: Day) -> Month {
    u16::try_from(day.year)
        .ok()
        .and_then(|y| Month::new(y, day.month).ok())
        .unwrap_or_else(|| Month::new(2000, 1).expect("2000-01 is a valid month"))
}

/// Civil date of a Unix time (Howard Hinnant's days-from-civil inverse).
pub fn day_of(unix: i64) -> Day {
    let days = unix.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    Day {
        year: if m <= 2 { y + 1 } else { y },
        month: u8::try_from(m).unwrap_or(1),
        day: u8::try_from(d).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_map_to_the_right_civil_day() {
        assert_eq!(day_of(0).to_string(), "1970-01-01");
        assert_eq!(day_of(951_782_400).to_string(), "2000-02-29");
        assert_eq!(day_of(1_774_915_199).to_string(), "2026-03-30");
        assert_eq!(day_of(1_798_761_599).to_string(), "2026-12-31");
        assert_eq!(day_of(1_798_761_600).to_string(), "2027-01-01");
    }

    #[test]
    fn months_outside_the_supported_range_fall_back_to_2000_01() {
        assert_eq!(month_of(day_of(0)).to_string(), "2000-01");
        assert_eq!(month_of(day_of(1_774_915_199)).to_string(), "2026-03");
    }
}
