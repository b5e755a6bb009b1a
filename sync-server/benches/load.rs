//! Load benchmark (BENCHMARKS.md, "Load"): many tablets pushing at once to the real
//! `heard-sync-server serve` binary on 127.0.0.1, a child process with its production log level.
//!
//! For each level (8, 64 and 256 tablets; `--tablets 8,64` for others) a fresh database
//! (`--backend sqlite`, the default, or `postgres` with HEARD_TEST_POSTGRES_URL) gets one
//! facility per 8 tablets, the flagship survey and one enrolled token per tablet. Every tablet
//! then pushes gzip batches of 5–50 responses (uniformly random) through the sync client until
//! its share of the level's responses is sent or the level's time is up; one push in 20 is sent
//! twice (a reply lost on the way back: the second must be all duplicates), and a failed push is
//! retried like the tablet's worker does. Figures: accepted responses per second over the wall
//! time, p50/p99 per push, the server process's peak resident memory (VmHWM).
//!
//! Afterwards the server is stopped and the database counted: every acknowledged id stored
//! exactly once, nothing else stored, and the quarter summaries counting each stored response
//! once. **The bench exits non-zero on any lost or duplicated response.** `--quick`: fewer
//! responses per level (CI).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "parts/server_child.rs"]
mod server_child;

#[path = "parts/bench_db.rs"]
#[allow(dead_code)] // size_bytes: the dashboard bench's
mod bench_db;

use bench_db::Database;
use heard_core::ids::FacilityCode;
use heard_core::response::ResponseId;
use heard_core::wire::Outcome;
use heard_sync_client::{ServerUrl, SyncClient};
use heard_sync_server::ingest::parse_line;
use heard_sync_server::store::Facility;
use rand::{Rng, SeedableRng};
use server_child::ServerChild;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::responses::ResponseGen;

const TABLETS_PER_FACILITY: usize = 8;

#[derive(Default)]
struct TabletResult {
    latencies: Vec<Duration>,
    acknowledged: Vec<ResponseId>,
    accepted: u64,
    /// Duplicates answered to a batch retried after a failed push (stored by the first try).
    recovered: u64,
    duplicates_on_resend: u64,
    resent: u64,
    errors: u64,
    unexpected: Vec<String>,
}

struct LevelResult {
    tablets: usize,
    pushes: usize,
    accepted: u64,
    wall: Duration,
    p50: Duration,
    p99: Duration,
    max: Duration,
    hwm_mb: u64,
    anon_mb: u64,
    /// CPU time of the server process during the level.
    cpu: Duration,
    resent: u64,
    errors: u64,
    lost: usize,
    duplicated: u64,
    unexpected: Vec<String>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let quick = args.iter().any(|a| a == "--quick");
    let postgres = value("--backend").is_some_and(|b| b == "postgres");
    let levels: Vec<usize> = value("--tablets")
        .map(|v| v.split(',').map(|t| t.trim().parse().unwrap()).collect())
        .unwrap_or_else(|| vec![8, 64, 256]);
    // Responses per level (split evenly over its tablets) and the level's time limit.
    let per_level: usize = value("--responses")
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 2_560 } else { 60_000 });
    let limit = Duration::from_secs(if quick { 20 } else { 120 });
    let url = if postgres {
        match support::postgres_url("bench-load --backend postgres") {
            Some(url) => Some(url),
            None => std::process::exit(2),
        }
    } else {
        None
    };
    let dir = tempfile::tempdir().unwrap();

    println!(
        "Load benchmark ({} mode, {}): the real server on 127.0.0.1, {per_level} responses per \
         level, batches of 5-50 gzip, one push in 20 sent twice",
        if quick { "quick" } else { "full" },
        if postgres { "PostgreSQL" } else { "SQLite" }
    );
    let mut failed = false;
    for tablets in levels {
        let database = match &url {
            Some(url) => Database::postgres(url, "heard_load"),
            None => Database::Sqlite(dir.path().join(format!("load-{tablets}.sqlite3"))),
        };
        let r = level(&database, dir.path(), tablets, per_level, limit).await;
        database.drop().await;
        println!(
            "  {:>3} tablets: {:>6} accepted in {:>5.2} s = {:>7.0} responses/s ({:.0}x ODK \
             Central's 199/s); {} pushes, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; server \
             peak RSS {} MB (own memory {} MB), server CPU {:.0} us per response; resent {} \
             (all duplicates), errors retried {}; lost {}, duplicated {}",
            r.tablets,
            r.accepted,
            r.wall.as_secs_f64(),
            r.accepted as f64 / r.wall.as_secs_f64(),
            r.accepted as f64 / r.wall.as_secs_f64() / 199.0,
            r.pushes,
            r.p50.as_secs_f64() * 1e3,
            r.p99.as_secs_f64() * 1e3,
            r.max.as_secs_f64() * 1e3,
            r.hwm_mb,
            r.anon_mb,
            r.cpu.as_secs_f64() * 1e6 / r.accepted.max(1) as f64,
            r.resent,
            r.errors,
            r.lost,
            r.duplicated,
        );
        for u in r.unexpected.iter().take(5) {
            println!("    unexpected: {u}");
        }
        if r.lost > 0 || r.duplicated > 0 || !r.unexpected.is_empty() {
            failed = true;
        }
    }
    if failed {
        eprintln!("bench-load: FAILED: a response was lost, stored twice or answered wrongly");
        std::process::exit(1);
    }
}

async fn level(
    database: &Database,
    dir: &std::path::Path,
    tablets: usize,
    responses: usize,
    limit: Duration,
) -> LevelResult {
    // Setup in this process: facilities, the survey, one token per tablet, and each tablet's
    // queued responses (generated before the clock starts).
    let store = database.open().await;
    let survey = support::flagship();
    let facilities: Vec<FacilityCode> = (0..tablets.div_ceil(TABLETS_PER_FACILITY))
        .map(|i| FacilityCode::new(format!("centre-{i:03}")).unwrap())
        .collect();
    store
        .add_survey(&heard_sync_server::store::StoredSurvey::new(
            survey.clone(),
            heard_core::media::MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .unwrap();
    for f in &facilities {
        store
            .add_facility(&Facility {
                code: f.clone(),
                name: f.to_string(),
            })
            .await
            .unwrap();
        store.assign_survey(f, &survey.id).await.unwrap();
    }
    let mut queues = Vec::with_capacity(tablets);
    for t in 0..tablets {
        let facility = &facilities[t / TABLETS_PER_FACILITY];
        let token = support::enrolled_token(&store, facility.as_str()).await;
        let share = responses / tablets + usize::from(t < responses % tablets);
        let queued = ResponseGen::new(&survey, facility, 1_000 + t as u64).canonical(share);
        queues.push((token, queued));
    }
    drop(store);

    let server = ServerChild::start(&database.location(), dir);
    let base = ServerUrl::parse(&format!("http://127.0.0.1:{}", server.port), false).unwrap();
    let cpu_before = server.cpu();
    let stop = Arc::new(AtomicBool::new(false));
    let anon = server.watch_anon(Arc::clone(&stop));
    let started = Instant::now();
    let deadline = started + limit;
    let tasks: Vec<_> = queues
        .into_iter()
        .enumerate()
        .map(|(t, (token, queued))| {
            let client = SyncClient::new(base.clone(), token, Duration::from_secs(60)).unwrap();
            tokio::spawn(tablet(client, queued, t as u64, deadline))
        })
        .collect();
    let mut results = Vec::with_capacity(tasks.len());
    for task in tasks {
        results.push(task.await.unwrap());
    }
    let wall = started.elapsed();
    let cpu = server.cpu().saturating_sub(cpu_before);
    stop.store(true, Ordering::Relaxed);
    let anon_mb = anon.join().unwrap() / 1024;
    let hwm_mb = server.peak_rss_kb() / 1024;
    server.terminate();

    // Count in the database.
    let store = database.open().await;
    let acknowledged: HashSet<ResponseId> = results
        .iter()
        .flat_map(|r| r.acknowledged.iter().copied())
        .collect();
    let acknowledgements: usize = results.iter().map(|r| r.acknowledged.len()).sum();
    let mut stored = HashSet::new();
    let mut stored_rows = 0u64;
    let mut after = None;
    loop {
        let page = store.responses_page(after.clone(), 5_000).await.unwrap();
        let Some((last, _)) = page.last() else { break };
        after = Some(last.clone());
        for (_, body) in &page {
            stored_rows += 1;
            stored.insert(parse_line(body).unwrap().id);
        }
    }
    let counted = store.response_count().await.unwrap();
    let summaries: u64 = store
        .quarter_summaries(&survey.id)
        .await
        .unwrap()
        .iter()
        .map(|(_, _, s)| s.responses.complete + s.responses.abandoned)
        .sum();
    let lost = acknowledged.difference(&stored).count();
    // Stored twice: a row beyond one per id, a tally counted twice, an id acknowledged twice
    // as new, or a row nobody was told about.
    let duplicated = (stored_rows - stored.len() as u64)
        + summaries.saturating_sub(stored.len() as u64)
        + (acknowledgements - acknowledged.len()) as u64
        + stored.difference(&acknowledged).count() as u64;
    let mut unexpected: Vec<String> = results
        .iter_mut()
        .flat_map(|r| r.unexpected.drain(..))
        .collect();
    if counted != stored_rows {
        unexpected.push(format!(
            "count(*) says {counted}, the rows read {stored_rows}"
        ));
    }
    if summaries < stored.len() as u64 {
        unexpected.push(format!(
            "the quarter summaries count {summaries}, {} are stored",
            stored.len()
        ));
    }
    let resent: u64 = results.iter().map(|r| r.resent).sum();
    let resent_dups: u64 = results.iter().map(|r| r.duplicates_on_resend).sum();
    if resent_dups != resent {
        unexpected.push(format!(
            "{resent} batches sent twice, {resent_dups} answered all duplicates"
        ));
    }
    let mut latencies: Vec<Duration> = results
        .iter()
        .flat_map(|r| r.latencies.iter().copied())
        .collect();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let accepted = results.iter().map(|r| r.accepted).sum::<u64>();
    let recovered = results.iter().map(|r| r.recovered).sum::<u64>();
    if accepted + recovered != acknowledged.len() as u64 {
        unexpected.push(format!(
            "{accepted} accepted, {} distinct ids acknowledged",
            acknowledged.len()
        ));
    }
    LevelResult {
        tablets,
        pushes: latencies.len(),
        accepted,
        wall,
        p50: pct(0.5),
        p99: pct(0.99),
        max: *latencies.last().unwrap(),
        hwm_mb,
        anon_mb,
        cpu,
        resent,
        errors: results.iter().map(|r| r.errors).sum(),
        lost,
        duplicated,
        unexpected,
    }
}

/// One tablet: batches of 5–50 until its queue is sent or time is up.
async fn tablet(
    client: SyncClient,
    queued: Vec<(ResponseId, Vec<u8>)>,
    seed: u64,
    deadline: Instant,
) -> TabletResult {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut r = TabletResult::default();
    let mut rest = &queued[..];
    while !rest.is_empty() && Instant::now() < deadline {
        let size = rng.random_range(5..=50).min(rest.len());
        let (batch, tail) = rest.split_at(size);
        let resend = rng.random_range(0..20) == 0;
        let mut retried = false;
        let outcomes = loop {
            let t = Instant::now();
            match client.push(batch).await {
                Ok(outcomes) => {
                    r.latencies.push(t.elapsed());
                    break outcomes;
                }
                Err(e) => {
                    // The worker keeps the batch and tries again later.
                    r.errors += 1;
                    retried = true;
                    if r.errors > 1_000 {
                        r.unexpected.push(format!("push keeps failing: {e}"));
                        return r;
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        };
        for ((id, _), outcome) in batch.iter().zip(&outcomes) {
            match outcome {
                Outcome::Accepted => {
                    r.accepted += 1;
                    r.acknowledged.push(*id);
                }
                Outcome::Duplicate if retried => {
                    r.recovered += 1;
                    r.acknowledged.push(*id);
                }
                other => r.unexpected.push(format!("first push of {id}: {other:?}")),
            }
        }
        if resend {
            r.resent += 1;
            let t = Instant::now();
            if let Ok(outcomes) = client.push(batch).await {
                r.latencies.push(t.elapsed());
                if outcomes.iter().all(|o| matches!(o, Outcome::Duplicate)) {
                    r.duplicates_on_resend += 1;
                } else {
                    r.unexpected.push(format!(
                        "a batch sent again was not all duplicates: {outcomes:?}"
                    ));
                }
            }
        }
        rest = tail;
    }
    r
}
