//! Days since 1970-01-01 (UTC) ↔ civil dates, for the few places the server turns its clock into
//! a month or an hour label (upload counters, the hourly ingest log, the daily compaction).
//! Howard Hinnant's algorithms; no time zone but UTC.

use heard_core::period::Month;

/// The civil date (year, month 1–12, day 1–31) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// The day number of a civil date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The first day of the month `day` falls in: the key of the per-device upload counters.
pub fn first_day_of_month(day: i64) -> i64 {
    let (y, m, _) = civil_from_days(day);
    days_from_civil(y, m, 1)
}

/// The month of a day number, when it is one `Month` can hold (years 2000–2999).
pub fn month_of_day(day: i64) -> Option<Month> {
    let (y, m, _) = civil_from_days(day);
    Month::new(u16::try_from(y).ok()?, u8::try_from(m).ok()?).ok()
}

/// `YYYY-MM-DDTHH:00Z` for the hour that Unix time `secs` falls in.
pub fn hour_label(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let h = secs.rem_euclid(86_400) / 3600;
    format!("{y:04}-{m:02}-{d:02}T{h:02}:00Z")
}

/// Now, in Unix seconds, from the system clock.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_civil_dates_round_trip() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        for day in [-1000, 0, 59, 60, 11_016, 20_454, 20_512, 30_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        // 2028-02-29 and the month around it.
        let leap = days_from_civil(2028, 2, 29);
        assert_eq!(first_day_of_month(leap), days_from_civil(2028, 2, 1));
        assert_eq!(first_day_of_month(leap + 1), days_from_civil(2028, 3, 1));
        assert_eq!(
            month_of_day(leap).map(|m| m.to_string()).as_deref(),
            Some("2028-02")
        );
        assert_eq!(month_of_day(0), None);
        assert_eq!(
            hour_label(20_454 * 86_400 + 3 * 3600 + 59),
            "2026-01-01T03:00Z"
        );
    }
}
