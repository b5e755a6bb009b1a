//! The info-level ingest log: one line per hour with counts, never a facility and never a
//! batch. Each batch's own line (facility, lines, accepted) is at debug level, which a
//! production server does not write (`HEARD_LOG` defaults to info). A per-batch line with its
//! microsecond timestamp would date responses; an hourly count without a facility does not
//! (see `docs/anonymity.md`, "Storage").
//!
//! The counts live in `AppState`; a push adds to them, and the hour's line is written by the
//! first push of a later hour or by the server's minute timer (`flush_past`), whichever comes
//! first, and on shutdown (`flush`).

use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hour {
    /// Unix seconds / 3600.
    index: i64,
    batches: u64,
    lines: u64,
    accepted: u64,
}

/// Hourly counts of pushed batches.
#[derive(Debug, Default)]
pub struct IngestLog {
    open: Mutex<Option<Hour>>,
}

impl IngestLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one batch pushed at `now` (Unix seconds): `lines` received, `accepted` stored.
    pub fn note(&self, now: i64, lines: u64, accepted: u64) {
        let index = now.div_euclid(3600);
        let done = {
            let Ok(mut open) = self.open.lock() else {
                return;
            };
            let done = open.filter(|h| h.index != index);
            let hour = match open.as_mut() {
                Some(h) if h.index == index => h,
                _ => open.insert(Hour {
                    index,
                    batches: 0,
                    lines: 0,
                    accepted: 0,
                }),
            };
            hour.batches += 1;
            hour.lines += lines;
            hour.accepted += accepted;
            done
        };
        if let Some(h) = done {
            emit(h);
        }
    }

    /// Writes the counted hour's line if `now` is past that hour.
    pub fn flush_past(&self, now: i64) {
        let index = now.div_euclid(3600);
        let done = self
            .open
            .lock()
            .ok()
            .and_then(|mut open| open.take_if(|h| h.index < index));
        if let Some(h) = done {
            emit(h);
        }
    }

    /// Writes whatever is counted (on shutdown).
    pub fn flush(&self) {
        let done = self.open.lock().ok().and_then(|mut open| open.take());
        if let Some(h) = done {
            emit(h);
        }
    }
}

fn emit(h: Hour) {
    tracing::info!(
        hour = %crate::calendar::hour_label(h.index.saturating_mul(3600)),
        batches = h.batches,
        lines = h.lines,
        accepted = h.accepted,
        "responses pushed in the hour"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(log: &IngestLog) -> Option<Hour> {
        *log.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    #[test]
    fn batches_of_one_hour_add_up_and_a_later_hour_closes_it() {
        let log = IngestLog::new();
        let t = 20_454 * 86_400 + 9 * 3600;
        log.note(t, 25, 25);
        log.note(t + 1800, 10, 9);
        assert_eq!(
            open(&log),
            Some(Hour {
                index: t / 3600,
                batches: 2,
                lines: 35,
                accepted: 34
            })
        );
        log.flush_past(t + 3599);
        assert!(open(&log).is_some(), "the hour is not over");
        log.note(t + 3600, 1, 1);
        assert_eq!(
            open(&log).map(|h| (h.index, h.batches)),
            Some((t / 3600 + 1, 1))
        );
        log.flush_past(t + 7200);
        assert_eq!(open(&log), None);
        log.note(t + 7300, 1, 0);
        log.flush();
        assert_eq!(open(&log), None);
    }
}
