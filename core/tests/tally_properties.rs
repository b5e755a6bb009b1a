//! Tallies merge in any order and grouping to the same result, and figures computed from them
//! equal figures computed directly from the responses.

mod support;

use heard_core::report::{question_figures, Tallies};
use heard_core::response::{AdministrationMode, Answer, Response, ResponseStatus};
use heard_core::survey::{Satisfied, Survey};
use proptest::prelude::*;
use std::sync::Arc;
use support::{complete, Visit};

fn survey() -> Arc<Survey> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
    Arc::new(support::load_from(&dir.join("golden.toml"), &dir.join("locales")).unwrap())
}

const FACILITIES: [&str; 3] = ["centre-a", "centre-b", "centre-c"];
const MONTHS: [&str; 4] = ["2026-01", "2026-04", "2026-05", "2026-11"];

fn responses(survey: &Arc<Survey>, seeds: &[u64]) -> Vec<Response> {
    seeds
        .iter()
        .enumerate()
        .map(|(i, seed)| {
            let visit = Visit {
                facility: FACILITIES[(*seed % 3) as usize],
                month: MONTHS[((*seed >> 2) % 4) as usize],
                language: if seed % 2 == 0 { "en" } else { "fr" },
                mode: AdministrationMode::ALL[((*seed >> 4) % 5) as usize],
                ..Visit::default()
            };
            let mut k = 0u64;
            let mut r = complete(survey, &visit, i as u64, |q| {
                k += 1;
                // Skip optional questions now and then.
                if !q.required && (seed >> (k % 60)) & 1 == 1 {
                    None
                } else {
                    support::answer_for(q, seed.wrapping_mul(k + 7))
                }
            });
            if seed % 7 == 0 {
                r.status = ResponseStatus::Abandoned;
            }
            r
        })
        .collect()
}

fn direct_satisfied(
    survey: &Survey,
    responses: &[Response],
    keep: impl Fn(&Response) -> bool,
) -> Vec<(u64, u64)> {
    survey
        .questions()
        .filter(|q| q.is_scored())
        .map(|q| {
            let answers: Vec<&Answer> = responses
                .iter()
                .filter(|r| r.status == ResponseStatus::Complete && keep(r))
                .filter_map(|r| r.answers.get(&q.id))
                .collect();
            let satisfied = answers
                .iter()
                .filter(|a| match (q.satisfied.as_ref().unwrap(), a) {
                    (Satisfied::Choices(cs), Answer::Choice(c)) => cs.contains(c),
                    (Satisfied::AtLeast(min), Answer::Point(p)) => p >= min,
                    _ => false,
                })
                .count();
            (satisfied as u64, answers.len() as u64)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn merging_in_any_order_and_grouping_equals_tallying_everything(
        seeds in prop::collection::vec(any::<u64>(), 1..60),
        cuts in prop::collection::vec(any::<usize>(), 0..6),
        order in any::<u64>(),
    ) {
        let survey = survey();
        let rs = responses(&survey, &seeds);
        let mut all = Tallies::default();
        for r in &rs {
            all.add(&survey, r);
        }
        // Split into chunks at random cut points, tally each, merge in a shuffled order,
        // with a nested grouping ((a + b) + (c + d)).
        let mut bounds: Vec<usize> = cuts.iter().map(|c| c % (rs.len() + 1)).collect();
        bounds.extend([0, rs.len()]);
        bounds.sort();
        bounds.dedup();
        let mut parts: Vec<Tallies> = bounds
            .windows(2)
            .map(|w| {
                let mut t = Tallies::default();
                for r in &rs[w[0]..w[1]] {
                    t.add(&survey, r);
                }
                t
            })
            .collect();
        let len = parts.len();
        parts.rotate_left((order as usize) % len.max(1));
        if order % 2 == 1 {
            parts.reverse();
        }
        let merged = parts
            .chunks(2)
            .map(|pair| {
                let mut t = pair[0].clone();
                if let Some(b) = pair.get(1) {
                    t.merge(b);
                }
                t
            })
            .fold(Tallies::default(), |mut acc, t| {
                acc.merge(&t);
                acc
            });
        prop_assert_eq!(&merged, &all);

        // Figures from tallies equal figures straight from the responses, overall and per facility.
        let scored: Vec<_> = survey.questions().filter(|q| q.is_scored()).collect();
        let check = |keep_cell: &dyn Fn(&heard_core::report::Cell) -> bool,
                     keep_resp: &dyn Fn(&Response) -> bool| -> Result<(), TestCaseError> {
            let summary = merged.summarize(keep_cell);
            let expected = direct_satisfied(&survey, &rs, keep_resp);
            for (q, (sat, n)) in scored.iter().zip(expected) {
                let got = summary
                    .answers
                    .get(&q.id)
                    .map(|c| question_figures(q, c).satisfied.unwrap())
                    .unwrap_or_default();
                prop_assert_eq!((got.count, got.of), (sat, n), "question {}", q.id);
            }
            let complete = rs.iter().filter(|r| keep_resp(r) && r.status == ResponseStatus::Complete).count() as u64;
            let abandoned = rs.iter().filter(|r| keep_resp(r) && r.status == ResponseStatus::Abandoned).count() as u64;
            prop_assert_eq!(summary.responses.complete, complete);
            prop_assert_eq!(summary.responses.abandoned, abandoned);
            Ok(())
        };
        check(&|_| true, &|_| true)?;
        for f in FACILITIES {
            check(&|c| c.facility.as_str() == f, &|r| r.facility.as_str() == f)?;
        }
        check(&|c| c.period.quarter().quarter == 2, &|r| r.period.quarter().quarter == 2)?;
        check(&|c| c.group.language.as_str() == "fr", &|r| r.language.as_str() == "fr")?;
    }
}
