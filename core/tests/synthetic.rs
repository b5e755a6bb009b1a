//! The one synthetic-response generator (`heard_core::synthetic`): on every built-in survey,
//! both mixes give valid responses, the same seed gives the same ones, and the demo mix leans
//! and leaves rare groups while the even mix does not.

mod support;

use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::period::Month;
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_core::synthetic::{Mix, SyntheticResponses, COMMENTS, CONTACT_COMMENTS};
use heard_core::validate::check_response;
use std::collections::BTreeMap;

fn generate(survey: &str, mix: Mix, seed: u64, n: usize) -> Vec<Response> {
    let survey = support::load_builtin(survey);
    let facility = FacilityCode::new("be-test").unwrap();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 5).unwrap()];
    let mut g = SyntheticResponses::new(&survey, &facility, months, mix, seed);
    (0..n).map(|_| g.response()).collect()
}

fn texts(responses: &[Response]) -> Vec<&str> {
    responses
        .iter()
        .flat_map(|r| r.answers.values())
        .filter_map(|a| match a {
            Answer::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_response_is_valid_and_answered_in_both_mixes() {
    for id in support::builtin_ids() {
        let survey = support::load_builtin(&id);
        let desk = ServicePointCode::new("reception-desk").unwrap();
        for mix in [Mix::demo(), Mix::even(Some(desk))] {
            let responses = generate(&id, mix.clone(), 5, 300);
            for r in &responses {
                assert_eq!(check_response(&survey, r), Ok(()), "{id}: {r:?}");
            }
            let answered = responses.iter().filter(|r| !r.answers.is_empty()).count();
            assert!(answered > 290, "{id} {mix:?}: {answered} of 300 answered");
            let abandoned = responses
                .iter()
                .filter(|r| r.status == ResponseStatus::Abandoned)
                .count();
            assert!(
                abandoned > 0 && abandoned < 60,
                "{id}: {abandoned} abandoned"
            );
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_responses() {
    let a = generate("be-fedasil", Mix::demo(), 11, 50);
    assert_eq!(a, generate("be-fedasil", Mix::demo(), 11, 50));
    assert_ne!(a, generate("be-fedasil", Mix::demo(), 12, 50));
}

#[test]
fn only_the_demo_mix_writes_contact_details_and_only_the_even_mix_a_service_point() {
    let contacts = &COMMENTS[COMMENTS.len() - CONTACT_COMMENTS..];
    let demo = generate("be-fedasil", Mix::demo(), 3, 400);
    let desk = ServicePointCode::new("reception-desk").unwrap();
    let even = generate("be-fedasil", Mix::even(Some(desk.clone())), 3, 400);
    assert!(texts(&demo).iter().any(|t| contacts.contains(t)));
    assert!(!texts(&even).is_empty());
    assert!(texts(&even).iter().all(|t| !contacts.contains(t)));
    assert!(demo.iter().all(|r| r.service_point.is_none()));
    let at_desk = even
        .iter()
        .filter(|r| r.service_point.as_ref() == Some(&desk))
        .count();
    assert!(
        (120..280).contains(&at_desk),
        "{at_desk} of 400 at the desk"
    );
}

#[test]
fn the_demo_mix_leaves_rare_groups_and_the_even_mix_spreads() {
    // How often each choice of each single-choice question is drawn.
    let spread = |responses: &[Response]| {
        let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
        for r in responses {
            for (q, a) in &r.answers {
                if let Answer::Choice(c) = a {
                    *counts.entry((q.to_string(), c.to_string())).or_default() += 1;
                }
            }
        }
        counts
    };
    let demo = spread(&generate("be-fedasil", Mix::demo(), 9, 1_000));
    let even = spread(&generate("be-fedasil", Mix::even(None), 9, 1_000));
    let rare =
        |counts: &BTreeMap<(String, String), usize>| counts.values().filter(|&&n| n < 10).count();
    assert!(
        rare(&demo) > rare(&even),
        "{} vs {}",
        rare(&demo),
        rare(&even)
    );
}
