//! Operational counters for staff ("completed today"). A separate table keyed by day and name,
//! holding only counts: nothing in it points at a response.

use super::{Store, StoreError};
use rusqlite::{params, Connection, OptionalExtension};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    Completed,
    Abandoned,
}

impl Counter {
    fn name(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Abandoned => "abandoned",
        }
    }
}

pub(super) fn increment(conn: &Connection, day: &str, counter: Counter) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO counter (day, name, count) VALUES (?1, ?2, 1)
         ON CONFLICT (day, name) DO UPDATE SET count = count + 1",
        params![day, counter.name()],
    )?;
    Ok(())
}

impl Store {
    /// The count for one day (`YYYY-MM-DD`).
    pub fn counter_on(&self, day: &str, counter: Counter) -> Result<u64, StoreError> {
        let n: Option<i64> = self
            .conn
            .query_row(
                "SELECT count FROM counter WHERE day = ?1 AND name = ?2",
                params![day, counter.name()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(n.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
    }

    /// The count over all days kept.
    pub fn counter_total(&self, counter: Counter) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT coalesce(sum(count), 0) FROM counter WHERE name = ?1",
            params![counter.name()],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}
