//! Disclosure properties of everything the dashboard shows or exports, over random response
//! sets ingested into a real SQLite store, under the publication model
//! (`heard_core::report::release`):
//!
//! - every figure is a sum of released units (a facility's quarter with at least k complete
//!   responses): the overview's rows are exactly those units, its totals the sums of its rows,
//!   and a unit below k is in no row, total, quarter or filter; no filter is refused;
//! - every breakdown group has at least its dimension's k, what a unit withholds is 0 or at
//!   least k, a breakdown is the sum of its units' breakdowns, and its total is the overview's;
//! - so the difference of two nested views (all facilities and one, all quarters and one) is 0
//!   or at least k, for every count shown;
//! - the CSV is the page's table with the plain-words note;
//! - the response-level export holds exactly the released units' complete responses (none
//!   dropped, none from a small unit), its people fields count exactly as the tables, every
//!   combination of fields occurs at least k times in its unit, and it holds no comment.

mod dashboard_support;

use dashboard_support::{assert_csv_shows, store_with};
use futures_util::StreamExt;
use heard_core::ids::FacilityCode;
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{breakdown, Breakdown, Dimension};
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT};
use heard_core::report::overview::Overview;
use heard_core::report::release::{unit_summaries, Selection, Unit, UnitSummaries};
use heard_core::report::{Summary, Tallies};
use heard_core::survey::Survey;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::dashboard::data::{
    breakdown_of, narrow, overview_from_tallies, overview_of, stored_units,
};
use heard_sync_server::dashboard::demo::{seed, COMMENTS};
use heard_sync_server::dashboard::export::csv::{field, to_csv};
use heard_sync_server::dashboard::export::responses::{stream, ResponseExport};
use heard_sync_server::dashboard::tables::{breakdown_table, overview_table, Table};
use heard_sync_server::store::Store;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

const FACILITIES: [&str; 2] = ["centre-a", "centre-b"];

fn survey() -> Survey {
    load_builtin(&resolve_root(None), "be-fedasil").unwrap()
}

fn all_facilities() -> BTreeSet<FacilityCode> {
    FACILITIES
        .iter()
        .map(|f| FacilityCode::new(*f).unwrap())
        .collect()
}

fn released(summary: &Summary) -> bool {
    summary.responses.complete >= K_DEFAULT
}

/// A shown count, or the difference of two: never a small group.
fn assert_safe(n: u64, k: u64, what: &str) {
    assert!(n == 0 || n >= k, "{what}: {n} is a group of 1 to {}", k - 1);
}

/// `big` minus `small`, for every count of a summary (complete responses, answers per
/// question), each 0 or at least k: `small` is part of `big`, and what is between them is not
/// a small group.
fn assert_difference_safe(big: &Summary, small: &Summary, k: u64, what: &str) {
    for (name, b, s) in difference(big, small, what) {
        assert_safe(b - s, k, &format!("{what}, {name}"));
    }
}

/// (what, in `big`, in `small`) for complete responses and every question's answers, checking
/// that `small` is part of `big`.
fn difference(big: &Summary, small: &Summary, what: &str) -> Vec<(String, u64, u64)> {
    let mut out = vec![(
        "responses".to_owned(),
        big.responses.complete,
        small.responses.complete,
    )];
    for q in small.answers.keys() {
        assert!(big.answers.contains_key(q), "{what}: {q} only in the part");
    }
    for (q, v) in &big.answers {
        out.push((q.to_string(), v.n, small.answers.get(q).map_or(0, |v| v.n)));
    }
    for (name, b, s) in &out {
        assert!(b >= s, "{what}, {name}: {b} < {s}");
    }
    out
}

fn sum<'a>(summaries: impl IntoIterator<Item = &'a Summary>) -> Summary {
    let mut out = Summary::default();
    for s in summaries {
        out.merge(s);
    }
    out
}

/// The CSV is the table, then a blank line and the plain-words note.
fn assert_csv_is_table(table: &Table, k: u64) {
    assert_eq!(table.note, left_out_sentence(k));
    let csv = to_csv(table);
    let text = csv.strip_prefix('\u{feff}').expect("BOM");
    let (cells, note) = text.split_once("\r\n\r\n").expect("a note after the table");
    assert_eq!(note, format!("{}\r\n", field(&table.note)));
    let parsed: Vec<Vec<String>> = cells
        .split("\r\n")
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect();
    let mut shown = vec![table.header.clone()];
    shown.extend(table.rows.iter().cloned());
    assert_csv_shows(&parsed, &shown, "to_csv");
}

fn assert_no_small_cell(table: &Table, what: &str) {
    for cell in table.rows.iter().flatten() {
        assert!(!cell.contains("fewer than"), "{what}: a small-group cell");
    }
}

/// The overview of a selection: exactly its released units, totals the sums of the rows.
async fn check_overview(
    survey: &Survey,
    store: &dyn Store,
    tallies: &Tallies,
    units: &UnitSummaries,
    selection: &Selection,
) -> Overview {
    let what = format!("overview {selection:?}");
    let o = overview_of(store, survey, selection).await.unwrap();
    assert_eq!(
        o,
        overview_from_tallies(survey, tallies, selection, &[]),
        "{what}: the stored summaries equal the tallies' sums"
    );
    let expected: BTreeMap<&Unit, &Summary> = units
        .iter()
        .filter(|(u, s)| selection.contains(u) && released(s))
        .collect();
    let shown: Vec<Unit> = o
        .rows
        .iter()
        .map(|r| Unit {
            facility: r.facility.clone(),
            quarter: r.quarter,
        })
        .collect();
    assert_eq!(
        shown,
        expected.keys().map(|u| (*u).clone()).collect::<Vec<_>>(),
        "{what}: rows are the released units, and only them"
    );
    for (row, (unit, full)) in o.rows.iter().zip(&expected) {
        assert_eq!(row.responses(), full.responses.complete, "{what} {unit:?}");
        assert_eq!(
            row.released.responses.abandoned, 0,
            "{what}: abandoned shown"
        );
        for (q, v) in &full.answers {
            let shown = row.released.answers.get(q);
            if v.n >= K_DEFAULT {
                assert_eq!(shown, Some(v), "{what} {unit:?} {q}");
            } else {
                assert_eq!(shown, None, "{what} {unit:?} {q}: {} answers shown", v.n);
            }
        }
    }
    // Totals are the sums of the rows shown.
    assert_eq!(o.total.released, sum(o.rows.iter().map(|r| &r.released)));
    let quarters: BTreeSet<Quarter> = o.rows.iter().map(|r| r.quarter).collect();
    assert_eq!(o.quarters, quarters.iter().copied().collect::<Vec<_>>());
    assert_eq!(o.quarter_totals.len(), o.quarters.len());
    for (q, pooled) in &o.quarter_totals {
        let rows = o.rows.iter().filter(|r| r.quarter == *q);
        assert_eq!(
            pooled.released,
            sum(rows.map(|r| &r.released)),
            "{what} {q}"
        );
    }
    let table = overview_table(&o);
    assert_eq!(table.rows.len(), o.rows.len());
    for (cells, row) in table.rows.iter().zip(&o.rows) {
        assert_eq!(cells[2], row.responses().to_string());
        assert_safe(row.responses(), K_DEFAULT, &what);
    }
    assert_no_small_cell(&table, &what);
    assert_csv_is_table(&table, K_DEFAULT);
    o
}

/// One breakdown: as the core computes it from every tally, groups of at least k, the withheld
/// rest 0 or at least k, the sum of its units' breakdowns, its total the overview's.
async fn check_breakdown(
    survey: &Survey,
    store: &dyn Store,
    tallies: &Tallies,
    selection: &Selection,
    overview: &Overview,
    d: Dimension,
) -> Breakdown {
    let what = format!("{} {selection:?}", d.as_str());
    let k = d.k();
    // What the dashboard reads (only the slabs of this survey, facility and quarter, projected
    // to the dimension) gives the breakdown of every tally.
    let b = breakdown_of(store, survey, selection, d).await.unwrap();
    assert_eq!(
        b,
        breakdown(survey, &narrow(tallies, &survey.id, selection), d),
        "{what}"
    );
    assert_eq!(b.k, k);
    assert_eq!(b.total.released, overview.total.released, "{what}: total");
    for row in &b.rows {
        assert!(
            row.responses() >= k,
            "{what}: group {} of {}",
            row.label,
            row.responses()
        );
        for (q, v) in &row.released.answers {
            assert!(v.n >= k, "{what}: {} {q} of {}", row.label, v.n);
        }
    }
    // What the breakdown withholds of the released total is a sum of what each unit withholds,
    // so it is 0 or at least the default k.
    let groups = sum(b.rows.iter().map(|r| &r.released));
    assert_difference_safe(
        &b.total.released,
        &groups,
        K_DEFAULT,
        &format!("{what}: withheld"),
    );
    // It is the sum of its units' breakdowns, label by label; in each unit, what is withheld
    // (of its responses, of each question's answers) is 0, at least the dimension's k, or all
    // of it (no group released: the rest is the unit's own released figure).
    let mut by_units: BTreeMap<String, Summary> = BTreeMap::new();
    for row in &overview.rows {
        let unit = Selection {
            facilities: BTreeSet::from([row.facility.clone()]),
            quarter: Some(row.quarter),
        };
        let split = breakdown(survey, &narrow(tallies, &survey.id, &unit), d);
        assert_eq!(split.total.released, row.released, "{what} {unit:?}");
        let groups = sum(split.rows.iter().map(|r| &r.released));
        for (name, total, shown) in difference(&row.released, &groups, &what) {
            assert!(
                shown == 0 || total - shown == 0 || total - shown >= k,
                "{what} {unit:?}, {name}: {shown} of {total} released, {} withheld",
                total - shown
            );
        }
        for r in split.rows {
            by_units.entry(r.label).or_default().merge(&r.released);
        }
    }
    let rows: BTreeMap<String, Summary> = b
        .rows
        .iter()
        .map(|r| (r.label.clone(), r.released.clone()))
        .collect();
    assert_eq!(rows, by_units, "{what}: not the sum of its units");
    let table = breakdown_table(&b);
    assert_eq!(table.rows.len(), b.rows.len() + 1);
    assert_eq!(table.rows.last().map(|r| r[0].as_str()), Some("total"));
    assert_no_small_cell(&table, &what);
    assert_csv_is_table(&table, k);
    b
}

async fn check_all(survey: &Survey, store: &dyn Store) -> UnitSummaries {
    let tallies = store.tallies().await.unwrap();
    let units = stored_units(store, &survey.id).await.unwrap();
    let all = all_facilities();
    assert_eq!(
        units,
        unit_summaries(&narrow(
            &tallies,
            &survey.id,
            &Selection {
                facilities: all.clone(),
                quarter: None
            }
        )),
        "the stored summaries are the tallies' sums"
    );
    // Every facility filter and every quarter that has responses, released or not: a filter is
    // never refused (that would tell that 1 to 4 answered), it just shows what is released.
    let mut facility_sets = vec![all.clone()];
    facility_sets.extend(all.iter().map(|f| BTreeSet::from([f.clone()])));
    let mut quarters: Vec<Option<Quarter>> = vec![None];
    quarters.extend(
        units
            .keys()
            .map(|u| u.quarter)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(Some),
    );
    let mut overviews: BTreeMap<(usize, Option<Quarter>), Overview> = BTreeMap::new();
    let mut breakdowns: BTreeMap<(usize, Option<Quarter>, Dimension), Breakdown> = BTreeMap::new();
    for (fi, facilities) in facility_sets.iter().enumerate() {
        for quarter in &quarters {
            let selection = Selection {
                facilities: facilities.clone(),
                quarter: *quarter,
            };
            let o = check_overview(survey, store, &tallies, &units, &selection).await;
            for d in Dimension::ALL {
                let b = check_breakdown(survey, store, &tallies, &selection, &o, *d).await;
                breakdowns.insert((fi, *quarter, *d), b);
            }
            overviews.insert((fi, *quarter), o);
        }
    }
    // Nested views: everything and one facility, all quarters and one. What lies between two
    // is a sum of released units (and of released groups), never a small group.
    let mut nested = Vec::new();
    for quarter in &quarters {
        for fi in 1..facility_sets.len() {
            nested.push(((0, *quarter), (fi, *quarter)));
        }
    }
    for fi in 0..facility_sets.len() {
        for quarter in quarters.iter().skip(1) {
            nested.push(((fi, None), (fi, *quarter)));
        }
    }
    for (big, small) in nested {
        let what = format!("{big:?} minus {small:?}");
        assert_difference_safe(
            &overviews[&big].total.released,
            &overviews[&small].total.released,
            K_DEFAULT,
            &what,
        );
        for d in Dimension::ALL {
            let groups = |key: (usize, Option<Quarter>)| -> BTreeMap<String, Summary> {
                breakdowns[&(key.0, key.1, *d)]
                    .rows
                    .iter()
                    .map(|r| (r.label.clone(), r.released.clone()))
                    .collect()
            };
            let (b, s) = (groups(big), groups(small));
            for (label, in_big) in &b {
                let in_small = s.get(label).cloned().unwrap_or_default();
                assert_difference_safe(
                    in_big,
                    &in_small,
                    d.k(),
                    &format!("{what}, {} {label}", d.as_str()),
                );
            }
            assert!(
                s.keys().all(|l| b.contains_key(l)),
                "{what}, {}: a group only in the smaller view",
                d.as_str()
            );
        }
    }
    units
}

async fn response_export(survey: &Survey, store: Arc<dyn Store>, units: &UnitSummaries) -> String {
    let cells = store
        .cell_counts(&heard_sync_server::store::TallyScope::survey(&survey.id))
        .await
        .unwrap();
    let all = all_facilities();
    // What the handler builds (slab lines straight into the plan builder) equals the plan
    // over merged cells.
    let (export, matches) = ResponseExport::from_store(store.as_ref(), survey, &all, K_DEFAULT)
        .await
        .unwrap();
    assert!(matches, "no retention ran: the tallies count every row");
    let reference = ResponseExport::from_cell_counts(survey, &cells, &all, K_DEFAULT).plan;
    assert_eq!(
        (&export.plan.allowed, export.plan.suppressed),
        (&reference.allowed, reference.suppressed)
    );
    // Left out: exactly the complete responses of units that are not released.
    let small: u64 = units
        .values()
        .filter(|s| !released(s))
        .map(|s| s.responses.complete)
        .sum();
    assert_eq!(export.plan.suppressed, small);
    // Every row, read borrowed, is written exactly as through the core's `Response`.
    for body in store.all_responses().await.unwrap() {
        assert_eq!(
            export.row(&body),
            export.reference_row(&body),
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
    let export = Arc::new(export);
    let mut out = String::new();
    let mut chunks = std::pin::pin!(stream(store, export));
    while let Some(chunk) = chunks.next().await {
        out.push_str(&chunk.unwrap());
    }
    out
}

fn parse_rows(csv: &str) -> Vec<Vec<String>> {
    let text = csv.strip_prefix('\u{feff}').expect("BOM");
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

/// The response-level export's people fields (by column) and the breakdown that releases each
/// (length of stay has none: the default k).
const PEOPLE_COLUMNS: [(usize, Option<Dimension>); 7] = [
    (2, Some(Dimension::Language)),
    (3, Some(Dimension::Assistance)),
    (4, Some(Dimension::AudioUse)),
    (5, Some(Dimension::AgeBand)),
    (6, Some(Dimension::Sex)),
    (7, Some(Dimension::NationalityGroup)),
    (8, None),
];

fn check_response_export(survey: &Survey, tallies: &Tallies, units: &UnitSummaries, csv: &str) {
    for comment in COMMENTS {
        assert!(!csv.contains(comment), "a comment in the export");
    }
    let rows = parse_rows(csv);
    let header = &rows[0];
    let answer_columns = &header[9..];
    for q in survey.questions() {
        if matches!(q.kind, heard_core::survey::QuestionKind::FreeText { .. }) {
            assert!(
                !answer_columns.contains(&q.id.to_string()),
                "free-text column {}",
                q.id
            );
        }
        if q.kind.role().is_some() {
            assert!(
                !answer_columns.contains(&q.id.to_string()),
                "raw demographic column {}",
                q.id
            );
        }
    }
    // Rows per unit (facility, period = quarter).
    let mut by_unit: BTreeMap<Unit, Vec<&Vec<String>>> = BTreeMap::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len());
        let quarter: Quarter = row[1]
            .parse()
            .unwrap_or_else(|_| panic!("the period is not a quarter: {row:?}"));
        let unit = Unit {
            facility: FacilityCode::new(&row[0]).unwrap(),
            quarter,
        };
        by_unit.entry(unit).or_default().push(row);
    }
    // Exactly the released units, each with all of its complete responses: no row from a small
    // unit, no row dropped for being rare.
    let expected: BTreeMap<&Unit, u64> = units
        .iter()
        .filter(|(_, s)| released(s))
        .map(|(u, s)| (u, s.responses.complete))
        .collect();
    let exported: BTreeMap<&Unit, u64> = by_unit.iter().map(|(u, r)| (u, r.len() as u64)).collect();
    assert_eq!(exported, expected);
    for (unit, rows) in &by_unit {
        let what = format!("export {unit:?}");
        let one = Selection {
            facilities: BTreeSet::from([unit.facility.clone()]),
            quarter: Some(unit.quarter),
        };
        let narrowed = narrow(tallies, &survey.id, &one);
        let mut combination_k = K_DEFAULT;
        for (column, dimension) in PEOPLE_COLUMNS {
            let values: BTreeSet<&str> = rows.iter().map(|r| r[column].as_str()).collect();
            if values.contains("any") {
                assert_eq!(values.len(), 1, "{what}: `any` is for a whole field");
                continue;
            }
            let k = dimension.map_or(K_DEFAULT, Dimension::k);
            combination_k = combination_k.max(k);
            let mut counts: BTreeMap<String, u64> = BTreeMap::new();
            for r in rows {
                *counts.entry(r[column].clone()).or_default() += 1;
            }
            let withheld = counts.remove("withheld").unwrap_or(0);
            assert_safe(
                withheld,
                k,
                &format!("{what}, {}: withheld", header[column]),
            );
            match dimension {
                // Counting rows per value gives the table's figures, and only those.
                Some(d) => {
                    let table: BTreeMap<String, u64> = breakdown(survey, &narrowed, d)
                        .rows
                        .into_iter()
                        .map(|r| (r.label.clone(), r.responses()))
                        .collect();
                    assert_eq!(counts, table, "{what}, {}", header[column]);
                }
                None => {
                    for (v, n) in &counts {
                        assert!(*n >= k, "{what}, {} {v}: {n}", header[column]);
                    }
                }
            }
        }
        let mut combos: BTreeMap<&[String], u64> = BTreeMap::new();
        for r in rows {
            *combos.entry(&r[..9]).or_default() += 1;
        }
        for (combo, n) in combos {
            assert!(
                n >= combination_k,
                "{what}: combination {combo:?} occurs {n} < {combination_k} times"
            );
        }
    }
}

fn months() -> impl Strategy<Value = Vec<Month>> {
    prop::sample::subsequence(
        vec![
            Month::new(2025, 11).unwrap(),
            Month::new(2026, 1).unwrap(),
            Month::new(2026, 2).unwrap(),
            Month::new(2026, 5).unwrap(),
        ],
        1..=4,
    )
}

async fn seeded(
    survey: &Survey,
    a: (usize, Vec<Month>),
    b: (usize, Vec<Month>),
    seed_value: u64,
) -> (tempfile::TempDir, Arc<dyn Store>) {
    let (dir, store) = store_with(survey, &FACILITIES).await;
    let store: Arc<dyn Store> = Arc::new(store);
    for ((n, months), (f, s)) in [a, b]
        .into_iter()
        .zip(FACILITIES.iter().zip([seed_value, seed_value ^ 1]))
    {
        let f = FacilityCode::new(*f).unwrap();
        seed(store.as_ref(), survey, &f, months, n, s)
            .await
            .unwrap();
    }
    (dir, store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn nothing_shown_or_exported_reveals_a_small_group(
        n_a in 1usize..120,
        n_b in 0usize..30,
        months_a in months(),
        months_b in months(),
        seed_value in any::<u64>(),
    ) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let survey = survey();
            let (_dir, store) = seeded(&survey, (n_a, months_a), (n_b, months_b), seed_value).await;
            let units = check_all(&survey, store.as_ref()).await;
            let tallies = store.tallies().await.unwrap();
            let csv = response_export(&survey, Arc::clone(&store), &units).await;
            check_response_export(&survey, &tallies, &units, &csv);
        });
    }
}

/// A fixed, larger set with a small unit beside it: the small unit is in no figure and no
/// export row; the export keeps every row of the released units, none in a rare combination,
/// no comment.
#[tokio::test]
async fn response_export_has_no_rare_combination_and_no_comment() {
    let survey = survey();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 4).unwrap()];
    let (_dir, store) = seeded(
        &survey,
        (800, months),
        (4, vec![Month::new(2026, 1).unwrap()]),
        3,
    )
    .await;
    let units = check_all(&survey, store.as_ref()).await;
    let b = FacilityCode::new(FACILITIES[1]).unwrap();
    assert!(
        units
            .iter()
            .any(|(u, s)| u.facility == b && (1..K_DEFAULT).contains(&s.responses.complete)),
        "centre-b has a small unit: {units:?}"
    );
    let tallies = store.tallies().await.unwrap();
    let csv = response_export(&survey, Arc::clone(&store), &units).await;
    check_response_export(&survey, &tallies, &units, &csv);
    let rows = parse_rows(&csv);
    assert!(
        rows.len() - 1 > 700,
        "only {} rows exported",
        rows.len() - 1
    );
    assert!(rows[1..].iter().all(|r| r[0] != FACILITIES[1]));
    // Some people fields are still shown somewhere: the plan did not give everything up.
    assert!(
        rows[1..].iter().any(|r| PEOPLE_COLUMNS
            .iter()
            .any(|(c, _)| r[*c] != "any" && r[*c] != "withheld")),
        "every people field generalised away"
    );
}
