//! Dashboard benchmark (BENCHMARKS.md, "Dashboard"): 1,000,000 synthetic responses (50,000 with
//! `--quick`, any number with `--responses N`) of be-fedasil over 20 facilities and 4 quarters in
//! a SQLite store, or a PostgreSQL one with `--backend postgres` (HEARD_TEST_POSTGRES_URL). Then
//! the real server binary (`heard-sync-server serve`, a child process on 127.0.0.1) serves a
//! national coordinator: the overview page for one quarter (goal ≤ 200 ms), the national
//! nationality breakdown (goal ≤ 200 ms), and the full streamed response-level CSV export
//! (goal ≤ 5 s at 1,000,000); the server process's peak resident memory (VmHWM) while serving
//! all of it (goal ≤ 512 MB). Baseline in the same run, in this process: the same overview
//! recomputed naively from every response row (checked equal to the page's figures, which come
//! from the stored quarter summaries).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
#[allow(unused_imports)]
mod support;

#[path = "parts/server_child.rs"]
mod server_child;

#[path = "parts/bench_db.rs"]
mod bench_db;

use bench_db::Database;
use heard_core::ids::FacilityCode;
use heard_core::media::MediaManifest;
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::K_DEFAULT;
use heard_core::report::Tallies;
use heard_core::response::Response;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::dashboard::data::{
    breakdown_from_every_line, breakdown_of, overview_from_tallies, overview_of, selection,
};
use heard_sync_server::dashboard::demo::seed;
use heard_sync_server::dashboard::export::responses::ResponseExport;
use heard_sync_server::secrets::hash_secret;
use heard_sync_server::store::{Facility, Role, StoredSurvey};
use server_child::ServerChild;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
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
    let total: usize = value("--responses")
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 50_000 } else { 1_000_000 });
    let dir = tempfile::tempdir().unwrap();
    let database = if value("--backend").is_some_and(|b| b == "postgres") {
        let Some(url) = support::postgres_url("bench-dashboard --backend postgres") else {
            std::process::exit(2);
        };
        Database::postgres(&url, "heard_dash")
    } else {
        Database::Sqlite(dir.path().join("bench.sqlite3"))
    };
    let store = database.open().await;
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    store
        .add_survey(&StoredSurvey::new(
            survey.clone(),
            MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .unwrap();
    let months: Vec<Month> = [
        (2025, 7),
        (2025, 8),
        (2025, 10),
        (2025, 12),
        (2026, 1),
        (2026, 3),
        (2026, 4),
        (2026, 6),
    ]
    .iter()
    .map(|(y, m)| Month::new(*y, *m).unwrap())
    .collect();
    let facilities: Vec<FacilityCode> = (0..20)
        .map(|i| FacilityCode::new(format!("centre-{i:02}")).unwrap())
        .collect();
    let started = Instant::now();
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
    // Two facilities at a time (PostgreSQL takes batches in parallel; SQLite queues them).
    let mut seeding = tokio::task::JoinSet::new();
    for (i, f) in facilities.iter().enumerate() {
        if seeding.len() == 2 {
            seeding.join_next().await.unwrap().unwrap();
        }
        let (store, survey, f, months) = (store.clone(), survey.clone(), f.clone(), months.clone());
        let n = total / facilities.len();
        seeding.spawn(async move {
            seed(store.as_ref(), &survey, &f, months, n, i as u64)
                .await
                .unwrap()
        });
    }
    while let Some(done) = seeding.join_next().await {
        done.unwrap();
    }
    let rows = store.response_count().await.unwrap();
    println!(
        "generated and ingested {rows} responses in {:.1} s; database {:.0} MB on disk",
        started.elapsed().as_secs_f64(),
        database.size_bytes().await as f64 / 1e6
    );

    // The daily compaction, as the server runs it: it also folds the slabs into the counts the
    // national breakdowns and the export's plan read (`store/dashboard/compacted.rs`).
    let t = Instant::now();
    let compaction = store.compact().await.unwrap();
    let compact_s = t.elapsed().as_secs_f64();
    println!(
        "daily compaction ({} slab rows into {}): {compact_s:.1} s",
        compaction.slab_rows_before, compaction.slabs
    );

    // A national coordinator with a session.
    let id = store
        .add_coordinator("bench@example.org", &Role::National, "x")
        .await
        .unwrap();
    let session = "ab".repeat(32);
    store
        .put_session(hash_secret(&session), id, i64::MAX / 2)
        .await
        .unwrap();

    // The real server, in its own process, serves the pages.
    let server = ServerChild::start(&database.location(), dir.path());
    let http = reqwest::Client::builder().no_gzip().build().unwrap();
    let base = format!("http://127.0.0.1:{}", server.port);
    let get = |path: &str| {
        http.get(format!("{base}{path}"))
            .header("cookie", format!("heard_session={session}"))
            .send()
    };
    let hwm_start = server.peak_rss_kb();
    let stop = Arc::new(AtomicBool::new(false));
    let anon = server.watch_anon(Arc::clone(&stop));

    // Overview for one quarter (the whole page: tallies, figures, suppression, HTML).
    let mut times = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let res = get("/dashboard/surveys/be-fedasil?quarter=2026-Q1")
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.bytes().await.unwrap().len() > 1000);
        times.push(t.elapsed());
    }
    let cold_ms = times[0].as_secs_f64() * 1e3;
    let overview_ms = median(times[1..].to_vec()).as_secs_f64() * 1e3;

    // The national nationality breakdown, first and later requests.
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let res =
            get("/dashboard/surveys/be-fedasil/breakdown?quarter=2026-Q1&dimension=nationality")
                .await
                .unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.bytes().await.unwrap().len() > 1000);
        times.push(t.elapsed());
    }
    let national_cold_ms = times[0].as_secs_f64() * 1e3;
    let national_ms = median(times[1..].to_vec()).as_secs_f64() * 1e3;

    // Other pages a coordinator opens, timed once each (no goal; for the record).
    let mut pages = Vec::new();
    for (what, path) in [
        ("breakdown by nationality, one facility, one quarter", "/dashboard/surveys/be-fedasil/breakdown?quarter=2026-Q1&dimension=nationality&facility=centre-00"),
        ("breakdown by age band, all facilities, one quarter", "/dashboard/surveys/be-fedasil/breakdown?quarter=2026-Q1&dimension=age-band"),
        ("quarterly report, all facilities", "/dashboard/surveys/be-fedasil/report?quarter=2026-Q1"),
        ("aggregate CSV (overview), all quarters", "/dashboard/surveys/be-fedasil/export.csv"),
    ] {
        let t = Instant::now();
        let res = get(path).await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert!(!res.bytes().await.unwrap().is_empty());
        pages.push((what, t.elapsed().as_secs_f64() * 1e3));
    }
    let hwm_pages = server.peak_rss_kb();

    // Full response-level export, streamed.
    let t = Instant::now();
    let mut res = get("/dashboard/surveys/be-fedasil/responses.csv")
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let (mut bytes, mut lines) = (0usize, 0usize);
    while let Some(chunk) = res.chunk().await.unwrap() {
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
    }
    let export_s = t.elapsed().as_secs_f64();
    let hwm_export = server.peak_rss_kb();
    stop.store(true, Ordering::Relaxed);
    let anon_mb = anon.join().unwrap() / 1024;
    server.terminate();

    // Naive baseline, in this process: the same overview recomputed from every response row.
    let t = Instant::now();
    let q = Quarter {
        year: 2026,
        quarter: 1,
    };
    let mut naive = Tallies::default();
    let mut after = None;
    loop {
        let page = store.responses_page(after.clone(), 5_000).await.unwrap();
        let Some((last, _)) = page.last() else { break };
        after = Some(last.clone());
        for (_, body) in &page {
            let r: Response = serde_json::from_slice(body).unwrap();
            if r.period.quarter() == q {
                naive.add(&survey, &r);
            }
        }
    }
    let all: BTreeSet<FacilityCode> = facilities.iter().cloned().collect();
    let one_quarter = selection(&all, Some(q));
    let o = overview_from_tallies(&survey, &naive, &one_quarter, &[]);
    assert!(!o.rows.is_empty());
    let naive_ms = t.elapsed().as_secs_f64() * 1e3;
    // The same figures as the page's (no participation entered in this run).
    assert_eq!(
        o,
        overview_of(store.as_ref(), &survey, &one_quarter)
            .await
            .unwrap(),
        "the naive baseline and the page disagree"
    );

    // The export's plan alone: from the compacted counts (what the server does), and from
    // every slab line (before issue 19), which must agree.
    let t = Instant::now();
    let (export, _) = ResponseExport::from_store(store.as_ref(), &survey, &all, K_DEFAULT)
        .await
        .unwrap();
    let plan_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let (every_line, _) = ResponseExport::from_every_line(store.as_ref(), &survey, &all, K_DEFAULT)
        .await
        .unwrap();
    let plan_every_line_s = t.elapsed().as_secs_f64();
    assert_eq!(
        export.plan.allowed, every_line.plan.allowed,
        "the plans disagree"
    );
    assert_eq!(
        export.plan.units, every_line.plan.units,
        "the plans disagree"
    );
    let combinations = export.plan.allowed.len();
    let left_out = export.plan.suppressed;
    drop((export, every_line));
    // The national breakdown's figures, from the compacted groups and from every slab line.
    let t = Instant::now();
    let fast = breakdown_of(
        store.as_ref(),
        &survey,
        &one_quarter,
        Dimension::NationalityGroup,
    )
    .await
    .unwrap();
    let breakdown_fast_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let slow = breakdown_from_every_line(
        store.as_ref(),
        &survey,
        &one_quarter,
        Dimension::NationalityGroup,
    )
    .await
    .unwrap();
    let breakdown_every_line_ms = t.elapsed().as_secs_f64() * 1e3;
    assert_eq!(fast, slow, "the national breakdowns disagree");
    drop(store);
    database.drop().await;

    let verdict = |ok: bool| if ok { "OK" } else { "OVER" };
    let backend = match database {
        Database::Sqlite(_) => "SQLite",
        Database::Postgres { .. } => "PostgreSQL",
    };
    println!("responses: {rows} ({backend})");
    println!(
        "overview, one quarter: first request {cold_ms:.1} ms; later requests (median of 6) \
         {overview_ms:.1} ms (goal <= 200 ms) {}",
        verdict(overview_ms.max(cold_ms) <= 200.0)
    );
    println!(
        "national breakdown by nationality, one quarter: first request {national_cold_ms:.1} ms; \
         later requests (median of 4) {national_ms:.1} ms (goal <= 200 ms) {}",
        verdict(national_ms.max(national_cold_ms) <= 200.0)
    );
    println!("naive baseline (recompute the overview from all rows): {naive_ms:.1} ms");
    println!(
        "  in this process, the same national breakdown from the compacted groups \
         {breakdown_fast_ms:.1} ms; from every slab line (before issue 19) \
         {breakdown_every_line_ms:.1} ms; equal"
    );
    for (what, ms) in &pages {
        println!("{what}: {ms:.1} ms");
    }
    println!(
        "response-level CSV export: {export_s:.2} s, {lines} lines, {:.1} MB (goal <= 5 s at \
         1,000,000) {}",
        bytes as f64 / 1e6,
        if rows >= 1_000_000 {
            verdict(export_s <= 5.0 * rows as f64 / 1e6)
        } else {
            "(goal for full runs)"
        }
    );
    println!(
        "  the plan alone, in this process (the compacted counts per group; {combinations} \
         combinations allowed, {left_out} responses in units not released): {plan_s:.2} s; \
         from every slab line (before issue 19): {plan_every_line_s:.2} s; equal"
    );
    println!(
        "server process, peak of its own memory (RssAnon, sampled every 50 ms) while serving \
         all of the above: {anon_mb} MB (goal <= 512 MB) {}",
        verdict(anon_mb <= 512)
    );
    println!(
        "  VmHWM (own memory and mapped database pages): {} MB after start, {} MB after the \
         pages, {} MB after the export",
        hwm_start / 1024,
        hwm_pages / 1024,
        hwm_export / 1024,
    );
}
