//! Issue 13, "no arrival order within a month": a copy of the server's files, or its info-level
//! log, must not tell in which order responses arrived.
//!
//! Four tablets push 2,000 responses through the real router on 20 simulated days (100 a day,
//! one batch of 25 per tablet and day), with `Store::compact` after each day. Then, for every
//! ordering an attacker can read — physical order of the response rows (SQLite rowid,
//! PostgreSQL ctid) and their `xmin`, slab rows and the lines inside them, the upload counters,
//! the info-level log walked against the physical order, the SQLite WAL's frames — the rank
//! correlation with the day of arrival is below 0.1 in absolute value and the share of
//! neighbours that arrived on the same day is within 0.02 of 1/20. The same measurement without
//! compaction fails, as it does for the per-day counters and per-batch info lines of the
//! storage before issue 13, so the test can fail.
//!
//! Where an attacker cannot order items (the responses one counter row counts, rows with the
//! same `xmin`), they form one group: ranks inside it are tied and the neighbour share is its
//! expectation over every order inside the group.
#![allow(clippy::unwrap_used)]

mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use heard_core::canonical::to_canonical_json;
use heard_core::response::Response;
use heard_core::wire::{join_batch, Outcome, PushReply};
use heard_sync_server::calendar::{days_from_civil, first_day_of_month};
use heard_sync_server::config::Limits;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::secrets::hash_secret;
use heard_sync_server::store::Store;
use heard_sync_server::tally_slabs::ResponseTally;
use http_body_util::BodyExt;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex, OnceLock};
use support::responses::ResponseGen;
use support::{enrolled_token, facility, gzip, seed, FACILITY};
use tower::ServiceExt;

const DAYS: usize = 20;
const PER_DAY: usize = 100;
const DEVICES: usize = 4;
const PER_PUSH: usize = PER_DAY / DEVICES;
const N: usize = DAYS * PER_DAY;

/// 2026-03-02 09:00 UTC: every simulated day's pushes fall in its 09:00 hour, all in March.
fn day_start(day: usize) -> i64 {
    (days_from_civil(2026, 3, 2) + day as i64) * 86_400 + 9 * 3600
}

// ---------------------------------------------------------------------------------------------
// The measurement.

/// An ordering an attacker can read: groups in order, each the arrival days of its items;
/// inside a group nothing can be ordered.
struct Ordering {
    name: String,
    groups: Vec<Vec<usize>>,
}

impl Ordering {
    fn singles(name: impl Into<String>, days: Vec<usize>) -> Self {
        Self {
            name: name.into(),
            groups: days.into_iter().map(|d| vec![d]).collect(),
        }
    }

    fn len(&self) -> usize {
        self.groups.iter().map(Vec::len).sum()
    }

    /// Spearman's rank correlation between position and arrival day (average ranks for ties;
    /// 0 when either side has no variance: a constant order says nothing).
    fn spearman(&self) -> f64 {
        let mut x = Vec::new();
        let mut start = 0.0;
        for g in &self.groups {
            let m = g.len() as f64;
            x.extend(std::iter::repeat_n(start + (m + 1.0) / 2.0, g.len()));
            start += m;
        }
        let days: Vec<usize> = self.groups.iter().flatten().copied().collect();
        let mut per_day: HashMap<usize, f64> = HashMap::new();
        for d in &days {
            *per_day.entry(*d).or_default() += 1.0;
        }
        let mut sorted: Vec<usize> = per_day.keys().copied().collect();
        sorted.sort_unstable();
        let mut rank_of = HashMap::new();
        let mut below = 0.0;
        for d in sorted {
            let c = per_day[&d];
            rank_of.insert(d, below + (c + 1.0) / 2.0);
            below += c;
        }
        let y: Vec<f64> = days.iter().map(|d| rank_of[d]).collect();
        pearson(&x, &y)
    }

    /// The share of neighbouring items that arrived on the same day (its expectation over the
    /// orders inside each group).
    fn same_day_neighbours(&self) -> f64 {
        let counts = |g: &[usize]| {
            let mut c: HashMap<usize, f64> = HashMap::new();
            for d in g {
                *c.entry(*d).or_default() += 1.0;
            }
            c
        };
        let groups: Vec<(f64, HashMap<usize, f64>)> = self
            .groups
            .iter()
            .filter(|g| !g.is_empty())
            .map(|g| (g.len() as f64, counts(g)))
            .collect();
        let mut same = 0.0;
        for (m, c) in &groups {
            same += c.values().map(|k| k * (k - 1.0)).sum::<f64>() / m;
        }
        for pair in groups.windows(2) {
            let ((ma, a), (mb, b)) = (&pair[0], &pair[1]);
            same += a
                .iter()
                .map(|(d, ka)| ka / ma * b.get(d).copied().unwrap_or(0.0) / mb)
                .sum::<f64>();
        }
        same / (self.len() as f64 - 1.0)
    }

    fn passes(&self) -> bool {
        self.spearman().abs() < 0.1
            && (self.same_day_neighbours() - 1.0 / DAYS as f64).abs() <= 0.02
    }

    fn report(&self) -> String {
        format!(
            "{}: {} items, rank correlation {:+.3}, same-day neighbours {:.3} (random: {:.3})",
            self.name,
            self.len(),
            self.spearman(),
            self.same_day_neighbours(),
            1.0 / DAYS as f64
        )
    }
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    if vx == 0.0 || vy == 0.0 {
        0.0
    } else {
        cov / (vx * vy).sqrt()
    }
}

/// Groups `items` (key, day), already in physical order, by key in increasing key order; the
/// physical order is kept inside a group only as the group's content (it is tied).
fn grouped_by_key(name: &str, items: &[(i64, usize)]) -> Ordering {
    let mut keys: Vec<i64> = items.iter().map(|(k, _)| *k).collect();
    keys.sort_unstable();
    keys.dedup();
    let groups = keys
        .iter()
        .map(|k| {
            items
                .iter()
                .filter(|(key, _)| key == k)
                .map(|(_, d)| *d)
                .collect()
        })
        .collect();
    Ordering {
        name: name.into(),
        groups,
    }
}

// ---------------------------------------------------------------------------------------------
// The log, captured at debug level for the whole test binary.

fn captured() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buffer);
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .without_time()
            .with_target(true)
            .with_writer(move || Sink(Arc::clone(&sink)))
            .try_init()
            .unwrap();
        buffer
    })
}

struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One captured line: level and text.
struct LogLine {
    level: String,
    text: String,
}

fn take_log() -> Vec<LogLine> {
    let bytes = std::mem::take(&mut *captured().lock().unwrap());
    String::from_utf8_lossy(&bytes)
        .lines()
        .filter(|l| l.contains("heard_sync_server"))
        .map(|l| LogLine {
            level: l.split_whitespace().next().unwrap_or("").to_owned(),
            text: l.to_owned(),
        })
        .collect()
}

/// The responses a log line says were stored (`accepted=N`), if it says.
fn accepted(line: &LogLine) -> Option<usize> {
    line.text
        .split_whitespace()
        .find_map(|t| t.strip_prefix("accepted="))
        .and_then(|n| n.parse().ok())
}

/// The attacker dates rows by walking the physical order against the ingest lines of the log:
/// the first N rows to the first line saying N were stored, and so on.
fn log_walk(name: &str, lines: &[&LogLine], physical: &[usize]) -> Ordering {
    let mut groups = Vec::new();
    let mut rows = physical.iter().copied();
    for n in lines.iter().filter_map(|l| accepted(l)) {
        groups.push(rows.by_ref().take(n).collect::<Vec<_>>());
    }
    groups.push(rows.collect());
    Ordering {
        name: name.into(),
        groups,
    }
}

// ---------------------------------------------------------------------------------------------
// The scenario.

enum Raw {
    Sqlite(PathBuf),
    Postgres { url: String, schema: String },
}

/// What the test knows (and the attacker wants): each response's and slab line's arrival day,
/// and each push's device and day.
struct Truth {
    day_of_id: HashMap<[u8; 16], usize>,
    day_of_line: HashMap<String, usize>,
    /// (device id bytes, day number, responses).
    pushes: Vec<(Vec<u8>, i64, usize)>,
}

/// What one copy of the storage shows, in physical order.
struct Copy {
    responses: Vec<([u8; 16], i64)>,
    /// Slab text and the slab row's xmin (0 on SQLite).
    slabs: Vec<(String, i64)>,
    /// (device, day column, responses).
    counters: Vec<(Vec<u8>, i64, i64)>,
    /// SQLite only: the WAL file's bytes.
    wal: Option<Vec<u8>>,
}

async fn copy_of(raw: &Raw) -> Copy {
    match raw {
        Raw::Sqlite(path) => {
            // The WAL first: nothing below writes, but read it before anything else.
            let wal = std::fs::read(path.with_extension("sqlite3-wal")).unwrap_or_default();
            let c = rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )
            .unwrap();
            let responses = c
                .prepare("SELECT id FROM responses ORDER BY rowid")
                .unwrap()
                .query_map([], |r| r.get::<_, Vec<u8>>(0))
                .unwrap()
                .map(|id| (id.unwrap().try_into().unwrap(), 0))
                .collect();
            let slabs = c
                .prepare("SELECT cells FROM tally_slabs ORDER BY rowid")
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(|t| (t.unwrap(), 0))
                .collect();
            let counters = c
                .prepare("SELECT device, day, responses FROM device_uploads ORDER BY rowid")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            Copy {
                responses,
                slabs,
                counters,
                wal: Some(wal),
            }
        }
        Raw::Postgres { url, schema } => {
            let mut config: tokio_postgres::Config = url.parse().unwrap();
            config.options(format!("-c search_path={schema}"));
            let (client, connection) = config.connect(tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(connection);
            let responses = client
                .query(
                    "SELECT id, xmin::text::bigint FROM responses ORDER BY ctid",
                    &[],
                )
                .await
                .unwrap()
                .iter()
                .map(|r| (*r.get::<_, uuid::Uuid>(0).as_bytes(), r.get(1)))
                .collect();
            let slabs = client
                .query(
                    "SELECT cells, xmin::text::bigint FROM tally_slabs ORDER BY ctid",
                    &[],
                )
                .await
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1)))
                .collect();
            let counters = client
                .query(
                    "SELECT device, day, responses FROM device_uploads ORDER BY ctid",
                    &[],
                )
                .await
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect();
            Copy {
                responses,
                slabs,
                counters,
                wal: None,
            }
        }
    }
}

/// Every ordering a copy and the log allow. `log_levels`: the levels the attacker's log has.
fn orderings(copy: &Copy, truth: &Truth, log: &[LogLine], log_levels: &[&str]) -> Vec<Ordering> {
    let physical: Vec<usize> = copy
        .responses
        .iter()
        .map(|(id, _)| truth.day_of_id[id])
        .collect();
    let mut out = vec![Ordering::singles(
        "responses, physical order",
        physical.clone(),
    )];
    let lines: Vec<usize> = copy
        .slabs
        .iter()
        .flat_map(|(text, _)| text.lines().filter(|l| !l.is_empty()))
        .map(|l| truth.day_of_line[l])
        .collect();
    out.push(Ordering::singles(
        "slab rows and their lines, physical order",
        lines,
    ));
    if copy.wal.is_none() {
        let by_xmin: Vec<(i64, usize)> = copy
            .responses
            .iter()
            .map(|(id, xmin)| (*xmin, truth.day_of_id[id]))
            .collect();
        out.push(grouped_by_key("responses, xmin", &by_xmin));
        let slab_xmin: Vec<(i64, usize)> = copy
            .slabs
            .iter()
            .flat_map(|(text, xmin)| {
                text.lines()
                    .filter(|l| !l.is_empty())
                    .map(|l| (*xmin, truth.day_of_line[l]))
                    .collect::<Vec<_>>()
            })
            .collect();
        out.push(grouped_by_key("slab lines, xmin", &slab_xmin));
    }
    out.push(counter_ordering("upload counters", &copy.counters, truth));
    let ingest: Vec<&LogLine> = log
        .iter()
        .filter(|l| log_levels.contains(&l.level.as_str()) && accepted(l).is_some())
        .collect();
    out.push(log_walk(
        &format!(
            "log ({}) walked against the physical order",
            log_levels.join("+")
        ),
        &ingest,
        &physical,
    ));
    if let Some(wal) = copy.wal.as_ref().filter(|w| !w.is_empty()) {
        out.push(Ordering::singles("WAL frames", wal_order(wal, truth)));
    }
    out
}

/// Counter rows in the order an attacker reads them (their day column, then physical order);
/// each row is one group: the responses of that device's pushes on the days it covers.
fn counter_ordering(name: &str, rows: &[(Vec<u8>, i64, i64)], truth: &Truth) -> Ordering {
    let mut rows: Vec<&(Vec<u8>, i64, i64)> = rows.iter().collect();
    rows.sort_by_key(|(_, day, _)| *day);
    let first = days_from_civil(2026, 3, 2);
    let groups = rows
        .iter()
        .map(|(device, key, count)| {
            let covered: Vec<usize> = truth
                .pushes
                .iter()
                .filter(|(d, day, _)| {
                    d == device && (*day == *key || first_day_of_month(*day) == *key)
                })
                .flat_map(|(_, day, n)| {
                    std::iter::repeat_n(usize::try_from(day - first).unwrap(), *n)
                })
                .collect();
            assert_eq!(
                covered.len() as i64,
                *count,
                "a counter row counts its pushes"
            );
            covered
        })
        .collect();
    Ordering {
        name: name.into(),
        groups,
    }
}

/// Response ids in the order the WAL's frames were written (by salt-1, which goes up at every
/// restart of the WAL, then frame index), each at its first appearance in a page image.
fn wal_order(wal: &[u8], truth: &Truth) -> Vec<usize> {
    let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
    let page = be(&wal[8..12]) as usize;
    let mut frames = Vec::new();
    let mut at = 32;
    while at + 24 + page <= wal.len() {
        frames.push((be(&wal[at + 8..at + 12]), frames.len(), at + 24));
        at += 24 + page;
    }
    frames.sort_unstable();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (_, _, start) in frames {
        for w in wal[start..start + page].windows(16) {
            let key: [u8; 16] = w.try_into().unwrap();
            if let Some(day) = truth.day_of_id.get(&key) {
                if seen.insert(key) {
                    out.push(*day);
                }
            }
        }
    }
    out
}

/// Pushes 2,000 responses on 20 simulated days through the router, compacting after each day
/// when `compact`. Returns what the test knows, the log, and (compacting) the physical order
/// of the first 19 days' responses seen just before the last compaction.
async fn run(
    store: Arc<dyn Store>,
    raw: &Raw,
    compact: bool,
) -> (Truth, Vec<LogLine>, Option<Ordering>) {
    let survey = seed(&store).await;
    let mut tokens = Vec::new();
    let mut devices = Vec::new();
    for _ in 0..DEVICES {
        let token = enrolled_token(&store, FACILITY).await;
        let device = store
            .device_by_token(hash_secret(&token))
            .await
            .unwrap()
            .unwrap();
        devices.push(device.id.0.to_vec());
        tokens.push(token);
    }
    // 2,000 responses whose tally lines differ, so each slab line names its response.
    let mut generator = ResponseGen::new(&survey, &facility(), 13);
    let mut responses: Vec<Response> = Vec::new();
    let mut truth = Truth {
        day_of_id: HashMap::new(),
        day_of_line: HashMap::new(),
        pushes: Vec::new(),
    };
    while responses.len() < N {
        let r = generator.response();
        let line = ResponseTally::of(&survey, &r).unwrap().line;
        let line = line.trim_end_matches('\n').to_owned();
        if truth.day_of_line.contains_key(&line) {
            continue;
        }
        let day = responses.len() / PER_DAY;
        truth.day_of_line.insert(line, day);
        truth.day_of_id.insert(*r.id.as_uuid().as_bytes(), day);
        responses.push(r);
    }

    let now = Arc::new(AtomicI64::new(day_start(0)));
    let clock = Arc::clone(&now);
    let state = AppState::new(Arc::clone(&store), Limits::default())
        .with_clock(Arc::new(move || clock.load(AtomicOrdering::SeqCst)));
    let router = app(state.clone());
    let mut before_last = None;
    take_log();
    for day in 0..DAYS {
        for (device, token) in tokens.iter().enumerate() {
            let at = day_start(day) + 600 * device as i64;
            now.store(at, AtomicOrdering::SeqCst);
            let first = day * PER_DAY + device * PER_PUSH;
            let lines: Vec<Vec<u8>> = responses[first..first + PER_PUSH]
                .iter()
                .map(to_canonical_json)
                .collect();
            let request = Request::post("/v1/responses")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_ENCODING, "gzip")
                .header(header::CONTENT_TYPE, "application/x-ndjson")
                .body(Body::from(gzip(&join_batch(
                    lines.iter().map(Vec::as_slice),
                ))))
                .unwrap();
            let reply = router.clone().oneshot(request).await.unwrap();
            assert_eq!(reply.status(), StatusCode::OK);
            let body = reply.into_body().collect().await.unwrap().to_bytes();
            let reply: PushReply = serde_json::from_slice(&body).unwrap();
            assert!(reply
                .results
                .iter()
                .all(|r| matches!(r.outcome, Outcome::Accepted)));
            truth
                .pushes
                .push((devices[device].clone(), at.div_euclid(86_400), PER_PUSH));
        }
        if compact && day == DAYS - 1 {
            // A copy taken before the last compaction: the last day's rows are still in
            // arrival order at the end, but the 19 days before are not.
            let copy = copy_of(raw).await;
            let older: Vec<usize> = copy
                .responses
                .iter()
                .map(|(id, _)| truth.day_of_id[id])
                .filter(|d| *d < DAYS - 1)
                .collect();
            before_last = Some(Ordering::singles(
                "responses of days 1-19, physical order, before the last compaction",
                older,
            ));
        }
        if compact {
            let c = store.compact().await.unwrap();
            assert_eq!(c.responses, ((day + 1) * PER_DAY) as u64);
            assert_eq!(c.device_months, DEVICES as u64);
        }
    }
    state.ingest_log.flush();
    (truth, take_log(), before_last)
}

/// One serialized run at a time: the log is global.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn arrival_order_is_not_kept(
    fresh: impl Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = (Arc<dyn Store>, Raw)>>>,
) {
    let _serial = SERIAL.lock().await;
    captured();

    // With the daily compaction.
    let (store, raw) = fresh().await;
    let (truth, log, before_last) = run(Arc::clone(&store), &raw, true).await;
    let copy = copy_of(&raw).await;
    let mut failures = Vec::new();
    let before_last = before_last.unwrap();
    for o in std::iter::once(before_last).chain(orderings(
        &copy,
        &truth,
        &log,
        &["INFO", "WARN", "ERROR"],
    )) {
        eprintln!("with compaction:    {}", o.report());
        if !o.passes() {
            failures.push(o.report());
        }
    }
    assert!(
        failures.is_empty(),
        "orderings that date responses: {failures:#?}"
    );
    if let Some(wal) = &copy.wal {
        assert_eq!(wal.len(), 0, "the WAL is truncated by the compaction");
    }
    // The info log: one line per hour, without facility.
    let info: Vec<&LogLine> = log.iter().filter(|l| l.level != "DEBUG").collect();
    assert!(
        info.iter().all(|l| !l.text.contains(FACILITY)),
        "{:#?}",
        info.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
    assert_eq!(info.iter().filter(|l| accepted(l).is_some()).count(), DAYS);
    // Nothing was lost, and burst detection still has its days.
    assert_eq!(store.response_count().await.unwrap(), N as u64);
    let months = store.device_months().await.unwrap();
    assert_eq!(months.len(), DEVICES);
    for m in &months {
        assert_eq!(m.month.to_string(), "2026-03");
        assert_eq!(
            (m.pushes, m.responses, m.active_days, m.busiest_day),
            (
                DAYS as u64,
                (DAYS * PER_PUSH) as u64,
                DAYS as u64,
                PER_PUSH as u64
            )
        );
    }
    let tallies = store.tallies().await.unwrap();
    let survey = support::flagship();
    let summaries = store.quarter_summaries(&survey.id).await.unwrap();

    // Without compaction: the same pushes, the same measurement, must date responses.
    let (plain, raw) = fresh().await;
    let (truth, log, _) = run(Arc::clone(&plain), &raw, false).await;
    assert_eq!(
        plain.tallies().await.unwrap(),
        tallies,
        "compaction changes no tally"
    );
    let mut plain_summaries = plain.quarter_summaries(&survey.id).await.unwrap();
    let mut summaries = summaries;
    summaries.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    plain_summaries.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    assert_eq!(plain_summaries, summaries);
    let copy = copy_of(&raw).await;
    // The log as the info level had it before issue 13: one line per batch (now debug).
    let all = orderings(&copy, &truth, &log, &["DEBUG"]);
    // The upload counters as they were before issue 13: one row per device and day.
    let per_day: Vec<(Vec<u8>, i64, i64)> = {
        let mut rows: Vec<(Vec<u8>, i64, i64)> = Vec::new();
        for (device, day, n) in &truth.pushes {
            match rows.iter_mut().find(|(d, k, _)| d == device && k == day) {
                Some(row) => row.2 += *n as i64,
                None => rows.push((device.clone(), *day, *n as i64)),
            }
        }
        rows
    };
    let legacy = counter_ordering(
        "upload counters per device and day (before issue 13)",
        &per_day,
        &truth,
    );
    for o in all.iter().chain(std::iter::once(&legacy)) {
        eprintln!("without compaction: {}", o.report());
    }
    let must_fail = |name: &str| {
        let o = all
            .iter()
            .chain(std::iter::once(&legacy))
            .find(|o| o.name.starts_with(name))
            .unwrap_or_else(|| panic!("no ordering {name}"));
        assert!(
            !o.passes(),
            "without compaction, {} should date responses",
            o.report()
        );
    };
    must_fail("responses, physical order");
    must_fail("slab rows and their lines");
    must_fail("log (DEBUG)");
    must_fail("upload counters per device and day");
    match copy.wal {
        Some(_) => must_fail("WAL frames"),
        None => {
            must_fail("responses, xmin");
            must_fail("slab lines, xmin");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_keeps_no_arrival_order() {
    let dirs: Arc<Mutex<Vec<tempfile::TempDir>>> = Arc::default();
    let keep = Arc::clone(&dirs);
    arrival_order_is_not_kept(move || {
        let keep = Arc::clone(&keep);
        Box::pin(async move {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("server.sqlite3");
            let store: Arc<dyn Store> = Arc::new(
                heard_sync_server::store::sqlite::SqliteStore::open(&path)
                    .await
                    .unwrap(),
            );
            keep.lock().unwrap().push(dir);
            (store, Raw::Sqlite(path))
        })
    })
    .await;
    drop(dirs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_keeps_no_arrival_order() {
    let Some(url) = support::postgres_url("postgres_keeps_no_arrival_order") else {
        return;
    };
    arrival_order_is_not_kept(move || {
        let url = url.clone();
        Box::pin(async move {
            let schema = support::fresh_schema("heard_order");
            let store: Arc<dyn Store> = Arc::new(
                heard_sync_server::store::postgres::PostgresStore::connect_in_schema(
                    &url,
                    Some(&schema),
                )
                .await
                .unwrap(),
            );
            (store, Raw::Postgres { url, schema })
        })
    })
    .await;
}
