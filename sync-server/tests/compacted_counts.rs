//! The compaction's folded counts (issue 19, `store/dashboard/compacted.rs`) give exactly what
//! reading every slab line gives, on both backends, over random sequences of ingests (with
//! service points, abandoned responses and small groups), re-ingested duplicates, compactions
//! and retentions:
//! - `live_groups` equals the core's `unit_groups` of every live slab line, for every
//!   dimension, quarter and facility filter, and so every breakdown the dashboard releases
//!   (`breakdown_of`) equals the one from every line (`breakdown_from_every_line`);
//! - the export's plan from the folded counts (`ResponseExport::from_store`) equals the plan
//!   from every line: the same allowed combinations, left-out counts and released units.
//!
//! A naive fast path fails these: `a_naive_fold_would_count_lines_twice_or_miss_them` shows
//! what the comparison catches (compacted groups plus every line, or the compacted groups
//! alone).

mod support;

use heard_core::canonical::to_canonical_json;
use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::media::MediaManifest;
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{unit_groups, Dimension, UnitGroups};
use heard_core::report::disclosure::K_DEFAULT;
use heard_core::response::Response;
use heard_core::survey::Survey;
use heard_core::synthetic::{Mix, SyntheticResponses};
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::dashboard::data::{breakdown_from_every_line, breakdown_of, selection};
use heard_sync_server::dashboard::export::responses::ResponseExport;
use heard_sync_server::ingest::{prepare, Edition};
use heard_sync_server::store::{Facility, Ingested, Store, StoredSurvey, TallyScope};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

const FACILITIES: [&str; 3] = ["centre-a", "centre-b", "centre-c"];
const MONTHS: [(u16, u8); 6] = [
    (2025, 8),
    (2025, 9),
    (2025, 11),
    (2026, 1),
    (2026, 2),
    (2026, 5),
];

fn survey() -> Survey {
    load_builtin(&resolve_root(None), "be-fedasil").unwrap()
}

fn facilities() -> BTreeSet<FacilityCode> {
    FACILITIES
        .iter()
        .map(|f| FacilityCode::new(*f).unwrap())
        .collect()
}

fn quarters() -> Vec<Quarter> {
    let mut q: Vec<Quarter> = MONTHS
        .iter()
        .map(|(y, m)| Month::new(*y, *m).unwrap().quarter())
        .collect();
    q.dedup();
    q
}

#[derive(Debug, Clone)]
enum Op {
    /// `n` responses at one facility, in one or two months, some at a service point.
    Ingest {
        facility: usize,
        months: Vec<usize>,
        n: usize,
        seed: u64,
    },
    /// An earlier ingest again: every response a duplicate.
    Reingest(usize),
    Compact,
    /// Retention keeping quarters from this one on.
    Retire(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..FACILITIES.len(), prop::collection::vec(0..MONTHS.len(), 1..3), 1usize..40, any::<u64>())
            .prop_map(|(facility, months, n, seed)| Op::Ingest { facility, months, n, seed }),
        1 => (0usize..8).prop_map(Op::Reingest),
        2 => Just(Op::Compact),
        1 => (1..quarters().len()).prop_map(Op::Retire),
    ]
}

fn responses(
    survey: &Survey,
    facility: usize,
    months: &[usize],
    n: usize,
    seed: u64,
) -> Vec<Response> {
    let months = months
        .iter()
        .map(|i| {
            let (y, m) = MONTHS[*i];
            Month::new(y, m).unwrap()
        })
        .collect();
    let mix = Mix {
        service_point: Some(ServicePointCode::new("desk").unwrap()),
        ..Mix::demo()
    };
    let code = FacilityCode::new(FACILITIES[facility]).unwrap();
    let mut g = SyntheticResponses::new(survey, &code, months, mix, seed);
    (0..n).map(|_| g.response()).collect()
}

/// Ingests `responses`; `fresh`: each is new and accepted, or else (`Some(false)`) each is a
/// duplicate; `None` when either may be (a re-sent response of a quarter retention retired
/// since is no longer stored, and is taken again as a late arrival).
async fn ingest(store: &dyn Store, survey: &Survey, responses: &[Response], fresh: Option<bool>) {
    let items: Vec<_> = responses
        .iter()
        .filter_map(|r| {
            let canonical = to_canonical_json(r);
            prepare(r.clone(), &canonical, Edition::Known(survey), &r.facility).ok()
        })
        .collect();
    if items.is_empty() {
        return;
    }
    let out = store.ingest(items).await.unwrap();
    if let Some(fresh) = fresh {
        for o in out {
            assert_eq!(o == Ingested::Accepted, fresh, "{o:?}");
        }
    }
}

async fn setup(store: &dyn Store, survey: &Survey) {
    store
        .add_survey(&StoredSurvey::new(
            survey.clone(),
            MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .unwrap();
    for f in facilities() {
        store
            .add_facility(&Facility {
                code: f.clone(),
                name: f.to_string(),
            })
            .await
            .unwrap();
        store.assign_survey(&f, &survey.id).await.unwrap();
    }
}

async fn run(store: &dyn Store, survey: &Survey, ops: &[Op]) {
    let mut batches: Vec<Vec<Response>> = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        match op {
            Op::Ingest {
                facility,
                months,
                n,
                seed,
            } => {
                let batch = responses(survey, *facility, months, *n, *seed ^ ((i as u64) << 32));
                ingest(store, survey, &batch, Some(true)).await;
                batches.push(batch);
            }
            Op::Reingest(b) => {
                if let Some(batch) = batches.get(b % batches.len().max(1)) {
                    let retired = ops[..i].iter().any(|o| matches!(o, Op::Retire(_)));
                    ingest(store, survey, batch, (!retired).then_some(false)).await;
                }
            }
            Op::Compact => {
                store.compact().await.unwrap();
            }
            Op::Retire(q) => {
                store.retire_quarters_before(quarters()[*q]).await.unwrap();
            }
        }
        assert_fast_equals_slow(store, survey, &format!("after op {i} ({op:?})")).await;
    }
}

/// Every live slab line's groups, the slow way.
async fn groups_of_every_line(
    store: &dyn Store,
    survey: &Survey,
    dimension: Dimension,
    quarter: Option<Quarter>,
    facility: Option<&FacilityCode>,
) -> UnitGroups {
    let scope = TallyScope {
        facility: facility.cloned(),
        dimension: Some(dimension),
        ..TallyScope::survey(&survey.id).in_quarter(quarter)
    };
    unit_groups(&store.tallies_in(&scope).await.unwrap(), dimension)
}

async fn assert_fast_equals_slow(store: &dyn Store, survey: &Survey, when: &str) {
    let all = facilities();
    let one = FacilityCode::new(FACILITIES[0]).unwrap();
    let mut quarter_filters: Vec<Option<Quarter>> = vec![None];
    quarter_filters.extend(quarters().into_iter().map(Some));
    for d in Dimension::ALL {
        for q in &quarter_filters {
            for f in [None, Some(&one)] {
                let fast = store.live_groups(&survey.id, *d, *q, f).await.unwrap();
                let slow = groups_of_every_line(store, survey, *d, *q, f).await;
                assert_eq!(fast, slow, "{when}: groups by {d:?}, {q:?}, {f:?}");
            }
            for chosen in [all.clone(), BTreeSet::from([one.clone()])] {
                let sel = selection(&chosen, *q);
                let fast = breakdown_of(store, survey, &sel, *d).await.unwrap();
                let slow = breakdown_from_every_line(store, survey, &sel, *d)
                    .await
                    .unwrap();
                assert_eq!(fast, slow, "{when}: breakdown by {d:?}, {q:?}, {chosen:?}");
            }
        }
    }
    let (fast, fast_matches) = ResponseExport::from_store(store, survey, &all, K_DEFAULT)
        .await
        .unwrap();
    let (slow, slow_matches) = ResponseExport::from_every_line(store, survey, &all, K_DEFAULT)
        .await
        .unwrap();
    assert_eq!(fast_matches, slow_matches, "{when}: plan's count check");
    assert_eq!(fast.plan.allowed, slow.plan.allowed, "{when}: allowed");
    assert_eq!(
        fast.plan.suppressed, slow.plan.suppressed,
        "{when}: left out"
    );
    assert_eq!(fast.plan.units, slow.plan.units, "{when}: released units");
}

fn sqlite_case(ops: Vec<Op>) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let store = heard_sync_server::store::sqlite::SqliteStore::open(dir.path().join("s.db"))
            .await
            .unwrap();
        let survey = survey();
        setup(&store, &survey).await;
        run(&store, &survey, &ops).await;
    });
}

fn postgres_case(url: &str, ops: Vec<Op>) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let schema = support::fresh_schema("heard_compacted");
        let store = heard_sync_server::store::postgres::PostgresStore::connect_in_schema(
            url,
            Some(&schema),
        )
        .await
        .unwrap();
        let survey = survey();
        setup(&store, &survey).await;
        run(&store, &survey, &ops).await;
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn sqlite_folded_counts_release_what_every_line_releases(
        ops in prop::collection::vec(op(), 1..9)
    ) {
        sqlite_case(ops);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn postgres_folded_counts_release_what_every_line_releases(
        ops in prop::collection::vec(op(), 1..9)
    ) {
        let Some(url) = support::postgres_url("postgres_folded_counts_release_what_every_line_releases") else {
            return Ok(());
        };
        postgres_case(&url, ops);
    }
}

/// A fixed sequence through every path, large enough for released units: ingest, compact,
/// ingest more (lines since the compaction), duplicates, retention of a quarter with lines
/// both folded and not, compaction again.
fn every_path() -> Vec<Op> {
    let ingest = |facility, months: &[usize], n, seed| Op::Ingest {
        facility,
        months: months.to_vec(),
        n,
        seed,
    };
    vec![
        ingest(0, &[0, 1], 60, 1),
        ingest(1, &[1, 3], 40, 2),
        Op::Compact,
        ingest(0, &[3, 4], 50, 3),
        ingest(2, &[0], 12, 4),
        Op::Reingest(0),
        Op::Retire(1),
        ingest(1, &[0, 5], 30, 5),
        Op::Compact,
        ingest(2, &[4], 25, 6),
        Op::Reingest(4),
    ]
}

#[test]
fn sqlite_every_path() {
    sqlite_case(every_path());
}

#[test]
fn postgres_every_path() {
    let Some(url) = support::postgres_url("postgres_every_path") else {
        return;
    };
    postgres_case(&url, every_path());
}

/// The comparisons above mean something only where both sources hold lines: after a compaction
/// and a later ingest, the lines since are read from the slabs and the rest from the compacted
/// groups, and a fast path reading either alone (or the compacted groups plus every line) is off
/// by a whole part. (Checked by hand as well: with the `compacted = 0` filter removed, or the
/// compacted rows kept by retention, the property tests above fail.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fast_path_reads_both_the_folded_groups_and_the_lines_since() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        heard_sync_server::store::sqlite::SqliteStore::open(dir.path().join("s.db"))
            .await
            .unwrap(),
    );
    let survey = survey();
    setup(store.as_ref(), &survey).await;
    ingest(
        store.as_ref(),
        &survey,
        &responses(&survey, 0, &[3], 30, 1),
        Some(true),
    )
    .await;
    store.compact().await.unwrap();
    ingest(
        store.as_ref(),
        &survey,
        &responses(&survey, 0, &[4], 20, 2),
        Some(true),
    )
    .await;
    let d = Dimension::Sex;
    let every = groups_of_every_line(store.as_ref(), &survey, d, None, None).await;
    let fast = store.live_groups(&survey.id, d, None, None).await.unwrap();
    assert_eq!(fast, every);
    let since = TallyScope {
        dimension: Some(d),
        uncompacted: true,
        ..TallyScope::survey(&survey.id)
    };
    let lines_since = unit_groups(&store.tallies_in(&since).await.unwrap(), d);
    let started = |g: &UnitGroups| -> u64 {
        g.values()
            .flat_map(|labels| labels.values())
            .map(|s| s.responses.started())
            .sum()
    };
    let (all, recent) = (started(&every), started(&lines_since));
    assert!(
        recent > 0 && recent < all,
        "{recent} of {all} since the compaction"
    );
    // A second compaction folds those too: no line is left to read from the slabs.
    store.compact().await.unwrap();
    let left = unit_groups(&store.tallies_in(&since).await.unwrap(), d);
    assert_eq!(started(&left), 0);
    let fast = store.live_groups(&survey.id, d, None, None).await.unwrap();
    assert_eq!(fast, every);
}
