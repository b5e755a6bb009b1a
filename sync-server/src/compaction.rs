//! The daily compaction (issue 13, `docs/anonymity.md` "Storage"): what both backends share,
//! and the server's daily task. The rewriting itself is `Store::compact`, per backend in
//! `store/{sqlite,postgres}/compaction.rs`.
//!
//! Between two compactions, rows are appended in arrival order (a rowid, a heap position, one
//! slab per ingest batch). A compaction rewrites every live response row, tally slab and upload
//! counter in a fresh random order and leaves no older copy in the database files, so a copy of
//! the files taken at any moment orders at most what arrived since the last compaction.

use crate::store::Store;
use rand::seq::SliceRandom;
use rand::Rng;
use std::sync::Arc;
use std::time::Duration;

/// The UTC hour the server compacts at unless told otherwise (`serve --compact-at`).
pub const DEFAULT_HOUR_UTC: u8 = 3;

/// The lines of several slabs of one key, shuffled into one slab text (`line\n` each). Returns
/// the text and its number of lines.
pub fn merge_slab_lines<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    rng: &mut impl Rng,
) -> (String, u64) {
    let mut lines: Vec<&str> = texts
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| !l.is_empty())
        .collect();
    lines.shuffle(rng);
    let mut text = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in &lines {
        text.push_str(line);
        text.push('\n');
    }
    (text, lines.len() as u64)
}

/// The new rowids of a table's rows when they are rewritten in random order: `n` fresh values,
/// none equal to a current one, in increasing order (the caller assigns them to its rows in
/// shuffled order). While every current rowid is ≥ 0 they are `-n..=-1`; otherwise (the last
/// compaction left negative ones) they follow the largest current one. So rowids stay small,
/// start again after every compaction, and say nothing about how many rows ever were.
pub fn fresh_rowids(min: i64, max: i64, n: usize) -> impl Iterator<Item = i64> {
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    let first = if min >= 0 { -n } else { max.max(0) + 1 };
    (0..n).map(move |k| first + k)
}

/// Seconds from `now` (Unix seconds) to the next `hour`:00 UTC (a full day when it is that
/// very second).
pub fn secs_until_hour(now: i64, hour: u8) -> u64 {
    let target = i64::from(hour.min(23)) * 3600;
    let into_day = now.rem_euclid(86_400);
    let wait = (target - into_day).rem_euclid(86_400);
    u64::try_from(if wait == 0 { 86_400 } else { wait }).unwrap_or(86_400)
}

/// Compacts once and logs the outcome at info level: counts and duration only, no facility.
pub async fn compact_and_log(store: &dyn Store) {
    let started = std::time::Instant::now();
    match store.compact().await {
        Ok(c) => tracing::info!(
            responses = c.responses,
            slabs_before = c.slab_rows_before,
            slabs = c.slabs,
            device_months = c.device_months,
            checkpointed = c.checkpointed,
            ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            "storage compacted"
        ),
        Err(e) => tracing::error!(error = %e, "storage compaction failed"),
    }
}

/// Runs the compaction every day at `hour`:00 UTC until the task is aborted. The wait is
/// recomputed from the wall clock each time, so a suspended machine or a clock change does not
/// shift the schedule; a compaction missed while the server was down is not owed (nothing
/// arrived meanwhile).
pub fn spawn_daily(store: Arc<dyn Store>, hour: u8) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let wait = secs_until_hour(crate::calendar::unix_now(), hour);
            tokio::time::sleep(Duration::from_secs(wait)).await;
            compact_and_log(store.as_ref()).await;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn merged_lines_are_the_same_lines_in_another_order() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let a: String = (0..50).map(|i| format!("a{i}\t~1.0\n")).collect();
        let b: String = (0..50).map(|i| format!("b{i}\t~0.1\n")).collect();
        let (text, n) = merge_slab_lines([a.as_str(), "", b.as_str()], &mut rng);
        assert_eq!(n, 100);
        assert!(text.ends_with('\n'));
        let mut got: Vec<&str> = text.lines().collect();
        assert_ne!(got, a.lines().chain(b.lines()).collect::<Vec<_>>());
        got.sort_unstable();
        let mut want: Vec<&str> = a.lines().chain(b.lines()).collect();
        want.sort_unstable();
        assert_eq!(got, want);
        assert_eq!(merge_slab_lines([""], &mut rng), (String::new(), 0));
    }

    #[test]
    fn fresh_rowids_never_meet_current_ones_and_alternate_sign() {
        // All current rowids positive: the new ones are negative.
        assert_eq!(fresh_rowids(1, 90, 3).collect::<Vec<_>>(), [-3, -2, -1]);
        // After such a compaction, new rows got 0, 1, …: the next ones follow the largest.
        assert_eq!(fresh_rowids(-3, 4, 5).collect::<Vec<_>>(), [5, 6, 7, 8, 9]);
        assert_eq!(fresh_rowids(-3, -1, 2).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(fresh_rowids(0, 0, 0).count(), 0);
    }

    #[test]
    fn the_next_compaction_is_at_the_hour() {
        let midnight = 20_454 * 86_400;
        assert_eq!(secs_until_hour(midnight, 3), 3 * 3600);
        assert_eq!(secs_until_hour(midnight + 3 * 3600, 3), 86_400);
        assert_eq!(secs_until_hour(midnight + 4 * 3600, 3), 23 * 3600);
        assert_eq!(secs_until_hour(midnight + 3 * 3600 - 1, 3), 1);
    }
}
