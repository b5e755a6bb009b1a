//! Disclosure properties of everything the dashboard shows or exports, over random response
//! sets ingested into a real SQLite store: no visible count with 0 < n < k, no hidden count
//! recoverable from the visible cells and totals of its line, filters below k refused, the
//! CSV identical to the page's table, and the response-level export never holding a
//! combination of demographic/context fields rarer than k, nor any comment.

mod dashboard_support;

use dashboard_support::store_with;
use futures_util::StreamExt;
use heard_core::ids::FacilityCode;
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::{Shown, K_DEFAULT};
use heard_core::survey::Survey;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::dashboard::data::{
    filtered_breakdown, narrow, overview, overview_from, scoped_tallies, stored_quarter_index,
};
use heard_sync_server::dashboard::demo::{seed, COMMENTS};
use heard_sync_server::dashboard::export::csv::to_csv;
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

fn count_of(cell: &str, k: u64) -> Option<u64> {
    if cell == format!("fewer than {k}") {
        None
    } else {
        Some(
            cell.parse()
                .unwrap_or_else(|_| panic!("not a count: {cell}")),
        )
    }
}

/// A line of counts whose last element is the sum of the others: exactly one hidden element
/// with all others visible gives it away.
fn assert_line_safe(line: &[Option<u64>], what: &str) {
    let hidden = line.iter().filter(|c| c.is_none()).count();
    assert_ne!(
        hidden, 1,
        "{what}: one hidden cell is recoverable from {line:?}"
    );
}

fn assert_counts_safe(counts: &[Option<u64>], k: u64, what: &str) {
    for n in counts.iter().flatten() {
        assert!(*n == 0 || *n >= k, "{what}: visible count {n} < {k}");
    }
}

fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("BOM");
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

fn assert_csv_is_table(table: &Table) {
    let csv = parse_csv(&to_csv(table));
    let mut expected = vec![table.header.clone()];
    expected.extend(table.rows.iter().cloned());
    assert_eq!(csv, expected);
}

fn check_breakdown(table: &Table, k: u64, what: &str) {
    let counts: Vec<Option<u64>> = table.rows.iter().map(|r| count_of(&r[1], k)).collect();
    assert_counts_safe(&counts, k, what);
    // Groups then the total: one line.
    assert_line_safe(&counts, what);
    for (row, n) in table.rows.iter().zip(&counts) {
        if n.is_none() {
            for cell in &row[2..] {
                assert!(
                    cell.starts_with("fewer than") || cell == "–",
                    "{what}: a figure of a hidden group: {row:?}"
                );
            }
        }
    }
    assert_csv_is_table(table);
}

async fn check_all(survey: &Survey, store: &dyn Store) {
    let tallies = store.tallies().await.unwrap();
    let index = stored_quarter_index(store, &survey.id).await.unwrap();
    let all: BTreeSet<FacilityCode> = FACILITIES
        .iter()
        .map(|f| FacilityCode::new(*f).unwrap())
        .collect();
    let mut selections = vec![all.clone()];
    selections.extend(all.iter().map(|f| BTreeSet::from([f.clone()])));
    for facilities in &selections {
        // Overview, from the summaries the store keeps, which equal the tallies' sums.
        let o = overview_from(survey, &index, facilities, None, &[]);
        assert_eq!(o, overview(survey, &tallies, facilities, None, &[]));
        let table = overview_table(&o, K_DEFAULT);
        let counts: Vec<Option<u64>> = table
            .rows
            .iter()
            .map(|r| count_of(&r[2], K_DEFAULT))
            .collect();
        assert_counts_safe(&counts, K_DEFAULT, "overview");
        for (qi, q) in o.quarters.iter().enumerate() {
            let mut line: Vec<Option<u64>> = o
                .rows
                .iter()
                .filter(|r| r.quarter == *q)
                .map(|r| r.responses.count())
                .collect();
            line.push(o.quarter_totals[qi].count());
            assert_line_safe(&line, &format!("overview {q}"));
        }
        for (row, n) in table.rows.iter().zip(&counts) {
            if n.is_none() {
                for cell in &row[3..] {
                    assert!(
                        cell.starts_with("fewer than") || cell == "–",
                        "overview {row:?}"
                    );
                }
            }
        }
        assert_csv_is_table(&table);
        // Breakdowns, for every quarter filter.
        let mut quarters: Vec<Option<Quarter>> = vec![None];
        quarters.extend(o.quarters.iter().copied().map(Some));
        for quarter in quarters {
            for d in Dimension::ALL {
                let what = format!("{} {facilities:?} {quarter:?}", d.as_str());
                let selected = narrow(&tallies, &survey.id, facilities, quarter)
                    .summarize(|_| true)
                    .responses
                    .complete;
                // What the dashboard reads: only the slabs of this survey, facility and quarter.
                let scoped = scoped_tallies(store, &survey.id, facilities, quarter, Some(*d))
                    .await
                    .unwrap();
                match filtered_breakdown(survey, &scoped, facilities, quarter, *d) {
                    Err(reason) => {
                        assert!(
                            selected > 0 && selected < d.k(),
                            "{what}: refused ({reason})"
                        );
                    }
                    Ok(b) => {
                        assert!(selected == 0 || selected >= d.k(), "{what}: not refused");
                        assert_ne!(b.total.responses, Shown::Hidden, "{what}");
                        check_breakdown(&breakdown_table(&b), d.k(), &what);
                    }
                }
            }
        }
    }
}

async fn response_export(survey: &Survey, store: Arc<dyn Store>) -> String {
    let cells = store
        .cell_counts(&heard_sync_server::store::TallyScope::survey(&survey.id))
        .await
        .unwrap();
    let all: BTreeSet<FacilityCode> = FACILITIES
        .iter()
        .map(|f| FacilityCode::new(*f).unwrap())
        .collect();
    // What the handler builds (slab lines straight into the plan builder) equals the plan
    // over merged cells.
    let (export, matches) = ResponseExport::from_store(store.as_ref(), survey, &all, K_DEFAULT)
        .await
        .unwrap();
    assert!(matches, "no retention ran: the tallies count every row");
    let reference = ResponseExport::from_cell_counts(survey, &cells, &all, K_DEFAULT).plan;
    assert_eq!(
        (
            export.plan.rungs,
            &export.plan.allowed,
            export.plan.suppressed
        ),
        (reference.rungs, &reference.allowed, reference.suppressed)
    );
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

fn check_response_export(survey: &Survey, csv: &str) {
    for comment in COMMENTS {
        assert!(!csv.contains(comment), "a comment in the export");
    }
    let rows = parse_csv(csv);
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
    let mut combos: BTreeMap<Vec<String>, u64> = BTreeMap::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len());
        *combos.entry(row[..9].to_vec()).or_default() += 1;
    }
    for (combo, n) in combos {
        assert!(
            n >= K_DEFAULT,
            "combination {combo:?} occurs {n} < {K_DEFAULT} times"
        );
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
            let (_dir, store) = store_with(&survey, &FACILITIES).await;
            let store: Arc<dyn Store> = Arc::new(store);
            let a = FacilityCode::new(FACILITIES[0]).unwrap();
            let b = FacilityCode::new(FACILITIES[1]).unwrap();
            seed(store.as_ref(), &survey, &a, months_a, n_a, seed_value).await.unwrap();
            seed(store.as_ref(), &survey, &b, months_b, n_b, seed_value ^ 1).await.unwrap();
            check_all(&survey, store.as_ref()).await;
            let csv = response_export(&survey, Arc::clone(&store)).await;
            check_response_export(&survey, &csv);
        });
    }
}

/// A fixed, larger set: the export keeps most rows, none in a rare combination, no comment.
#[tokio::test]
async fn response_export_has_no_rare_combination_and_no_comment() {
    let survey = survey();
    let (_dir, store) = store_with(&survey, &FACILITIES).await;
    let store: Arc<dyn Store> = Arc::new(store);
    let a = FacilityCode::new(FACILITIES[0]).unwrap();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 4).unwrap()];
    seed(store.as_ref(), &survey, &a, months, 800, 3)
        .await
        .unwrap();
    let csv = response_export(&survey, Arc::clone(&store)).await;
    check_response_export(&survey, &csv);
    let rows = parse_csv(&csv).len() - 1;
    assert!(rows > 400, "only {rows} rows exported");
}
