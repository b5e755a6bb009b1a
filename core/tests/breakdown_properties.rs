//! Breakdowns of random response sets never show a group smaller than k, nor a percentage from
//! one, nor a lone hidden group recoverable from the total.

mod support;

use heard_core::report::breakdown::{breakdown, filter_refusal, Dimension, Figure};
use heard_core::report::disclosure::Shown;
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
            let mut hidden = 0;
            for row in &b.rows {
                match row.responses {
                    Shown::Count(n) => prop_assert!(n == 0 || n >= b.k, "{dimension:?} {} shows {n}", row.label),
                    Shown::Hidden => {
                        hidden += 1;
                        prop_assert!(
                            row.satisfied.iter().all(|f| matches!(f, Figure::Hidden | Figure::Empty)),
                            "{dimension:?} {}: a percentage from a hidden group", row.label
                        );
                    }
                }
            }
            if b.total.responses != Shown::Hidden {
                prop_assert_ne!(hidden, 1, "{:?}: one hidden group is recoverable from the total", dimension);
            }
            // Rare nationalities never appear under their own code.
            if *dimension == Dimension::NationalityGroup {
                for row in &b.rows {
                    if row.label.len() == 2 {
                        let raw = tallies
                            .summarize(|c| c.group.nationality.as_ref().map(|n| n.as_str()) == Some(row.label.as_str()))
                            .responses
                            .complete;
                        prop_assert!(raw >= b.k, "{} has only {raw} responses", row.label);
                    }
                }
            }
        }
    }
}

#[test]
fn filters_selecting_fewer_than_k_are_refused() {
    let survey = flagship();
    let mut tallies = Tallies::default();
    for i in 0..3u64 {
        let r = complete(&survey, &Visit::default(), i, |q| support::answer_for(q, i));
        tallies.add(&survey, &r);
    }
    let selected = tallies.summarize(|_| true);
    let refusal = filter_refusal(&selected, 5).expect("3 responses is below k = 5");
    assert!(refusal.contains("fewer than 5"));
    assert_eq!(filter_refusal(&tallies.summarize(|_| false), 5), None);
}
