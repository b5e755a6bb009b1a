//! Collection periods. A response carries only its calendar month; months roll up exactly into
//! quarters and half-years, so no report ever needs a finer time.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: u16,
    month: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a month: write YYYY-MM, e.g. 2026-03")]
pub struct InvalidMonth(pub String);

impl Month {
    pub fn new(year: u16, month: u8) -> Result<Self, InvalidMonth> {
        if (2000..=2999).contains(&year) && (1..=12).contains(&month) {
            Ok(Self { year, month })
        } else {
            Err(InvalidMonth(format!("{year:04}-{month:02}")))
        }
    }
    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            quarter: (self.month - 1) / 3 + 1,
        }
    }
    pub fn half(self) -> Half {
        Half {
            year: self.year,
            half: if self.month <= 6 { 1 } else { 2 },
        }
    }
}

impl std::str::FromStr for Month {
    type Err = InvalidMonth;
    fn from_str(s: &str) -> Result<Self, InvalidMonth> {
        let bad = || InvalidMonth(s.to_owned());
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        Self::new(year, month).map_err(|_| bad())
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Month {
    /// Months since year 0 (January 2026 is 2026 × 12).
    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// The month `n` months later (earlier when negative), or `None` outside 2000–2999.
    pub fn plus_months(self, n: i64) -> Option<Month> {
        let i = self.index().checked_add(n)?;
        let year = u16::try_from(i.div_euclid(12)).ok()?;
        let month = u8::try_from(i.rem_euclid(12) + 1).ok()?;
        Month::new(year, month).ok()
    }
}

/// How far after the server's current month a response's month may be: one month, for a
/// tablet whose clock is ahead or a response finished just after midnight on the last day.
pub const FUTURE_SKEW_MONTHS: i64 = 1;

/// Why a response's month cannot be collected now. Stable codes for the server's replies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodProblem {
    #[error(
        "the response is for {month}, after {latest}, the latest month this server accepts now"
    )]
    InFuture { month: Month, latest: Month },
    #[error("the response is for {month}, before {earliest}: older than the retention horizon")]
    TooOld { month: Month, earliest: Month },
}

impl PeriodProblem {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InFuture { .. } => "period_in_future",
            Self::TooOld { .. } => "period_too_old",
        }
    }
}

/// Whether a response for `month` may be collected when the server's clock says `current`:
/// at most [`FUTURE_SKEW_MONTHS`] ahead, and not before the retention horizon (`current`
/// minus `retention_months`; `None`: no horizon). A month from the future would sit in the
/// reports forever (retention cuts only the past); one past the horizon would be retired at
/// the next run anyway.
pub fn check_collection_month(
    month: Month,
    current: Month,
    retention_months: Option<u32>,
) -> Result<(), PeriodProblem> {
    if let Some(latest) = current.plus_months(FUTURE_SKEW_MONTHS) {
        if month > latest {
            return Err(PeriodProblem::InFuture { month, latest });
        }
    }
    if let Some(months) = retention_months {
        if let Some(earliest) = current.plus_months(-i64::from(months)) {
            if month < earliest {
                return Err(PeriodProblem::TooOld { month, earliest });
            }
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: u16,
    pub quarter: u8,
}

impl Quarter {
    pub fn months(self) -> [Month; 3] {
        let first = (self.quarter - 1) * 3 + 1;
        [0, 1, 2].map(|i| Month {
            year: self.year,
            month: first + i,
        })
    }
}

/// A quarter as `YYYY-Qn` (what `Display` writes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a quarter (expected YYYY-Q1 to YYYY-Q4)")]
pub struct InvalidQuarter(pub String);

impl std::str::FromStr for Quarter {
    type Err = InvalidQuarter;
    fn from_str(s: &str) -> Result<Self, InvalidQuarter> {
        let bad = || InvalidQuarter(s.to_owned());
        let (y, q) = s.split_once("-Q").ok_or_else(bad)?;
        if y.len() != 4 || q.len() != 1 {
            return Err(bad());
        }
        let quarter: u8 = q.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&quarter) {
            return Err(bad());
        }
        Ok(Quarter {
            year: y.parse().map_err(|_| bad())?,
            quarter,
        })
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Half {
    pub year: u16,
    pub half: u8,
}

impl fmt::Display for Half {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-H{}", self.year, self.half)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collection_months_allow_one_month_of_skew_and_stop_at_the_horizon() {
        let m = |s: &str| s.parse::<Month>().unwrap();
        let now = m("2026-12");
        assert_eq!(check_collection_month(m("2026-12"), now, Some(24)), Ok(()));
        assert_eq!(check_collection_month(m("2027-01"), now, Some(24)), Ok(()));
        let future = check_collection_month(m("2027-02"), now, Some(24)).unwrap_err();
        assert_eq!(future.code(), "period_in_future");
        assert_eq!(
            check_collection_month(m("2099-12"), now, None)
                .unwrap_err()
                .code(),
            "period_in_future"
        );
        assert_eq!(check_collection_month(m("2024-12"), now, Some(24)), Ok(()));
        let old = check_collection_month(m("2024-11"), now, Some(24)).unwrap_err();
        assert_eq!(old.code(), "period_too_old");
        assert!(old.to_string().contains("2024-12"), "{old}");
        assert_eq!(check_collection_month(m("2000-01"), now, None), Ok(()));
        assert_eq!(m("2026-12").plus_months(1), Some(m("2027-01")));
        assert_eq!(m("2026-01").plus_months(-1), Some(m("2025-12")));
        assert_eq!(m("2999-12").plus_months(1), None);
    }

    #[test]
    fn quarters_parse_what_they_print() {
        let q: Quarter = "2026-Q3".parse().unwrap();
        assert_eq!(
            q,
            Quarter {
                year: 2026,
                quarter: 3
            }
        );
        assert_eq!(q.to_string(), "2026-Q3");
        assert!("2025-Q4".parse::<Quarter>().unwrap() < q);
        for bad in [
            "2026-Q0", "2026-Q5", "2026Q1", "26-Q1", "2026-Q12", "2026-03", "q1",
        ] {
            assert!(bad.parse::<Quarter>().is_err(), "{bad}");
        }
    }

    #[test]
    fn months_parse_and_print_as_yyyy_mm() {
        let m: Month = "2026-03".parse().unwrap();
        assert_eq!(m.to_string(), "2026-03");
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"2026-03\"");
        for bad in [
            "2026-3",
            "2026-13",
            "2026-00",
            "26-03",
            "2026-03-01",
            "march",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_month_rolls_into_exactly_one_quarter_and_half() {
        for month in 1..=12u8 {
            let m = Month::new(2026, month).unwrap();
            let q = m.quarter();
            assert!(q.months().contains(&m));
            assert_eq!(q.quarter, (month - 1) / 3 + 1);
            assert_eq!(m.half().half, if month <= 6 { 1 } else { 2 });
        }
        assert_eq!(
            Month::new(2026, 11).unwrap().quarter().to_string(),
            "2026-Q4"
        );
    }
}
