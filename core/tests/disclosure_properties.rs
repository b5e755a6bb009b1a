//! The response-level export never shows a combination of demographic and context fields rarer
//! than k, shows every complete response of a released unit (so "unit minus exported rows" is
//! never a small group), and nothing of a unit that is not released.

use heard_core::ids::{ChoiceId, FacilityCode, LangTag, SurveyId};
use heard_core::report::generalize::plan_export;
use heard_core::report::{Cell, Group};
use heard_core::response::AdministrationMode;
use proptest::prelude::*;
use std::collections::BTreeMap;

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

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
        // The plan (made over interned fields) allows exactly what row-by-row application
        // exports.
        prop_assert_eq!(exported.keys().cloned().collect::<std::collections::BTreeSet<_>>(), plan.allowed.clone());
        // Per unit (facility × quarter): all rows or none, and none when under 5.
        let mut per_unit: BTreeMap<(String, String), u64> = BTreeMap::new();
        for (cell, n) in &cells {
            *per_unit.entry((cell.facility.to_string(), cell.period.quarter().to_string())).or_default() += n;
        }
        let mut exported_per_unit: BTreeMap<(String, String), u64> = BTreeMap::new();
        for (q, n) in &exported {
            *exported_per_unit.entry((q.facility.clone(), q.period.clone())).or_default() += n;
        }
        for (unit, n) in &per_unit {
            let out = exported_per_unit.get(unit).copied().unwrap_or(0);
            prop_assert!(out == 0 || out == *n, "{unit:?}: {out} of {n} rows exported");
            prop_assert_eq!(out == 0, *n < k.max(5), "{:?} with {} responses", unit, n);
        }
    }
}
