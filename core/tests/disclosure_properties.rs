//! Disclosure control holds for any table and any response set: no visible cell has 0 < n < k,
//! no hidden cell is recoverable from the totals shown, and the response-level export never
//! shows a combination of demographic and context fields rarer than k.

use heard_core::ids::{ChoiceId, FacilityCode, LangTag, SurveyId};
use heard_core::report::disclosure::{suppress, Shown};
use heard_core::report::generalize::plan_export;
use heard_core::report::{Cell, Group};
use heard_core::response::AdministrationMode;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn table() -> impl Strategy<Value = Vec<Vec<u64>>> {
    (1usize..5, 1usize..7).prop_flat_map(|(rows, cols)| {
        prop::collection::vec(
            prop::collection::vec(prop_oneof![Just(0u64), 1u64..5, 1u64..40], cols),
            rows,
        )
    })
}

/// Lines of the table extended with its totals (each ends with its sum) that hide exactly one
/// element: that element would be recoverable by subtraction.
fn lone_hidden_lines(t: &heard_core::report::disclosure::SuppressedTable) -> Vec<String> {
    let mut extended: Vec<Vec<Shown>> = t
        .cells
        .iter()
        .zip(&t.row_totals)
        .map(|(row, total)| row.iter().copied().chain(std::iter::once(*total)).collect())
        .collect();
    extended.push(
        t.column_totals
            .iter()
            .copied()
            .chain(std::iter::once(t.total))
            .collect(),
    );
    let mut out = Vec::new();
    for (r, row) in extended.iter().enumerate() {
        if row.iter().filter(|s| **s == Shown::Hidden).count() == 1 {
            out.push(format!("row {r}"));
        }
    }
    for c in 0..extended[0].len() {
        if extended
            .iter()
            .filter(|row| row[c] == Shown::Hidden)
            .count()
            == 1
        {
            out.push(format!("column {c}"));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_small_cell_is_visible_and_none_is_recoverable(counts in table(), k in prop::sample::select(vec![5u64, 10])) {
        let t = suppress(&counts, k);
        let visible = t.cells.iter().flatten()
            .chain(t.row_totals.iter())
            .chain(t.column_totals.iter())
            .chain(std::iter::once(&t.total));
        for s in visible {
            if let Shown::Count(n) = s {
                prop_assert!(*n == 0 || *n >= k, "visible {n} < k = {k}");
            }
        }
        prop_assert!(lone_hidden_lines(&t).is_empty(), "recoverable: {:?} in {t:?}", lone_hidden_lines(&t));
        // Visible values are the true values.
        for (r, row) in t.cells.iter().enumerate() {
            for (c, s) in row.iter().enumerate() {
                if let Shown::Count(n) = s {
                    prop_assert_eq!(*n, counts[r][c]);
                }
            }
        }
    }

    #[test]
    fn response_level_export_shows_no_rare_combination(
        rows in prop::collection::vec((0u8..3, 0u8..12, 0u8..4, 0u8..5, any::<bool>(), 0u8..9, 0u8..4, 0u8..6, 1u64..4), 1..120),
        k in prop::sample::select(vec![5u64, 10]),
    ) {
        const AGES: [&str; 9] = ["under-14", "age-14-17", "age-18-24", "age-25-34", "age-35-44", "age-45-54", "age-55-64", "age-65-plus", "prefer-not"];
        const SEXES: [&str; 4] = ["female", "male", "other", "prefer-not"];
        const NATIONS: [&str; 6] = ["sy", "af", "er", "ua", "ve", "so"];
        const LANGS: [&str; 4] = ["en", "ar", "ti", "fa-AF"];
        let cells: Vec<(Cell, u64)> = rows.iter().map(|(f, m, l, mode, audio, age, sex, nat, n)| {
            (Cell {
                survey: SurveyId::new("s").unwrap(),
                facility: FacilityCode::new(format!("centre-{f}")).unwrap(),
                service_point: None,
                period: heard_core::period::Month::new(2026, m + 1).unwrap(),
                group: Group {
                    language: LangTag::new(LANGS[*l as usize]).unwrap(),
                    mode: AdministrationMode::ALL[*mode as usize],
                    audio_used: *audio,
                    age_band: Some(ChoiceId::new(AGES[*age as usize]).unwrap()),
                    sex: Some(ChoiceId::new(SEXES[*sex as usize]).unwrap()),
                    nationality: Some(ChoiceId::new(NATIONS[*nat as usize]).unwrap()),
                    length_of_stay: None,
                },
            }, *n)
        }).collect();
        let plan = plan_export(cells.iter().map(|(c, n)| (c, *n)), k);
        // Apply the plan to every response, as the streaming export does.
        let mut exported: BTreeMap<_, u64> = BTreeMap::new();
        let mut left_out = 0;
        for (cell, n) in &cells {
            let fast = plan.lookup.apply(&heard_core::report::generalize::exact_fields(cell));
            match plan.apply(cell) {
                Some(q) => {
                    // The lookup form of the plan gives the same fields.
                    let f = fast.expect("the lookup allows what the plan allows");
                    prop_assert_eq!(
                        [&q.facility, &q.period, &q.language, &q.mode, &q.audio_used, &q.age_band, &q.sex, &q.nationality, &q.length_of_stay].map(String::as_str),
                        f
                    );
                    *exported.entry(q).or_default() += n
                }
                None => {
                    prop_assert!(fast.is_none());
                    left_out += n
                }
            }
        }
        for (q, n) in &exported {
            prop_assert!(*n >= k, "combination {q:?} occurs {n} < {k} times");
        }
        prop_assert_eq!(left_out, plan.suppressed);
        let total: u64 = cells.iter().map(|(_, n)| n).sum();
        prop_assert_eq!(exported.values().sum::<u64>() + left_out, total);
        // The plan (made over interned fields) allows exactly what row-by-row generalisation
        // exports, and no fewer rungs would have left out at most 5%.
        prop_assert_eq!(exported.keys().cloned().collect::<std::collections::BTreeSet<_>>(), plan.allowed.clone());
        for fewer in 0..plan.rungs {
            let mut counts: BTreeMap<_, u64> = BTreeMap::new();
            for (cell, n) in &cells {
                *counts.entry(heard_core::report::generalize::generalize(cell, fewer)).or_default() += n;
            }
            let suppressed: u64 = counts.values().filter(|n| **n < k).sum();
            prop_assert!(suppressed * 20 > total, "{fewer} rungs would have done");
        }
    }
}
