//! Breakdowns of random response sets never show a group smaller than k, and what they withhold
//! of a unit (its total minus the groups shown) is never a small group either.

mod support;

use heard_core::demographics::region_of;
use heard_core::report::breakdown::{breakdown, Dimension};
use heard_core::report::Tallies;
use heard_core::response::AdministrationMode;
use heard_core::survey::Survey;
use proptest::prelude::*;
use std::sync::Arc;
use support::{complete, Visit};

fn flagship() -> Arc<Survey> {
    Arc::new(support::load_builtin("be-fedasil"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    #[test]
    fn no_breakdown_shows_a_small_group(seeds in prop::collection::vec(any::<u64>(), 1..150)) {
        let survey = flagship();
        let languages = ["en", "fr", "nl", "ar", "ti", "uk"];
        let mut tallies = Tallies::default();
        for (i, seed) in seeds.iter().enumerate() {
            let visit = Visit {
                language: languages[(seed % 6) as usize],
                mode: AdministrationMode::ALL[((seed >> 3) % 5) as usize],
                ..Visit::default()
            };
            let mut k = 0u64;
            let r = complete(&survey, &visit, i as u64, |q| {
                k += 1;
                support::answer_for(q, seed.rotate_left(k as u32 * 7) ^ k)
            });
            tallies.add(&survey, &r);
        }
        for dimension in Dimension::ALL {
            let b = breakdown(&survey, &tallies, *dimension);
            // Tallies projected to the dimension (what the server reads for a breakdown) give
            // the same breakdown, from far fewer cells.
            let mut projected = Tallies::default();
            for (cell, counts) in &tallies.responses {
                projected.responses.entry(dimension.project(cell.clone())).or_default().merge(counts);
            }
            for ((cell, q), counts) in &tallies.answers {
                projected.answers.entry((dimension.project(cell.clone()), q.clone())).or_default().merge(counts);
            }
            prop_assert!(projected.responses.len() <= tallies.responses.len());
            prop_assert_eq!(&breakdown(&survey, &projected, *dimension), &b);
            // One unit (one facility, one month): every group shown has at least k, and the
            // unit's total minus the groups shown is 0 or at least k.
            let shown: u64 = b.rows.iter().map(|r| r.responses()).sum();
            for row in &b.rows {
                prop_assert!(row.responses() >= b.k, "{dimension:?} {} shows {}", row.label, row.responses());
                prop_assert_eq!(row.satisfied.len(), b.topics.len());
            }
            // (Withholding the whole unit is fine: the unit is released on the overview.)
            let rest = b.total.responses() - shown;
            prop_assert!(rest == 0 || rest >= b.k || shown == 0, "{:?}: the withheld rest is {}", dimension, rest);
            // Per question too: the total's answers minus the groups' are 0 or at least k.
            for (q, counts) in &b.total.released.answers {
                let groups: u64 = b.rows.iter().filter_map(|r| r.released.answers.get(q)).map(|v| v.n).sum();
                let rest = counts.n - groups;
                prop_assert!(rest == 0 || rest >= b.k || groups == 0, "{:?} {}: {} answers withheld", dimension, q, rest);
            }
            // Nationality is shown by region, never by country.
            if *dimension == Dimension::NationalityGroup {
                for row in &b.rows {
                    prop_assert!(region_of(&row.label).is_none(), "a country is shown: {}", row.label);
                }
            }
        }
    }
}

#[test]
fn a_selection_of_fewer_than_k_releases_nothing_and_is_not_refused() {
    let survey = flagship();
    let mut tallies = Tallies::default();
    for i in 0..3u64 {
        let r = complete(&survey, &Visit::default(), i, |q| support::answer_for(q, i));
        tallies.add(&survey, &r);
    }
    for dimension in Dimension::ALL {
        let b = breakdown(&survey, &tallies, *dimension);
        // The same as for nobody: a refusal would say that 1 to 4 people answered.
        assert_eq!(b, breakdown(&survey, &Tallies::default(), *dimension));
        assert!(b.rows.is_empty());
        assert_eq!(b.total.responses(), 0);
    }
}

/// Language nearly names a nationality (Tigrinya, Somali, Pashto): it needs the nationality
/// threshold, in the breakdown and in the response-level export alike.
#[test]
fn languages_use_the_nationality_threshold() {
    use heard_core::report::disclosure::K_NATIONALITY;
    use heard_core::report::generalize::{plan_export, WITHHELD};
    use heard_core::report::Cell;
    let survey = flagship();
    let mut tallies = Tallies::default();
    let mut responses = Vec::new();
    for (i, language) in std::iter::repeat_n("ar", 15)
        .chain(std::iter::repeat_n("ti", 6))
        .chain(std::iter::repeat_n("so", 4))
        .enumerate()
    {
        let visit = Visit {
            language,
            ..Visit::default()
        };
        let r = complete(&survey, &visit, i as u64, |q| {
            support::answer_for(q, i as u64)
        });
        tallies.add(&survey, &r);
        responses.push(r);
    }
    assert_eq!(Dimension::Language.k(), K_NATIONALITY);
    let b = breakdown(&survey, &tallies, Dimension::Language);
    let labels: Vec<(&str, u64)> = b
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.responses()))
        .collect();
    // 6 Tigrinya speakers would pass k = 5; they and the 4 Somali speakers (10 together) are
    // withheld, Arabic is shown.
    assert_eq!(labels, vec![("ar", 15)]);
    let plan = plan_export(tallies.responses.iter().map(|(c, s)| (c, s.complete)), 5);
    for r in &responses {
        let q = plan
            .apply(&Cell::of(&survey, r))
            .expect("a released unit exports every row");
        if r.language.as_str() != "ar" {
            assert!(
                q.language == WITHHELD || q.language == "any",
                "{} exported as {}",
                r.language,
                q.language
            );
        }
    }
}
