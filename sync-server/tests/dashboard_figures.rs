//! Report figures read through the dashboard's data layer from a real SQLite store, against
//! hand-computed values (the same plans as `core/tests/instruments.rs`).

use heard_test_support::surveys as core_support;
mod dashboard_support;

use core_support::{choice, complete, load_builtin, Visit};
use dashboard_support::{ingest, store_with};
use heard_core::ids::FacilityCode;
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT};
use heard_core::report::overview::Overview;
use heard_core::response::{Answer, Response};
use heard_core::survey::{Measure, QuestionKind, Survey, Topic};
use heard_sync_server::dashboard::data::{overview_from_tallies, overview_of, selection};
use heard_sync_server::dashboard::tables::overview_table;
use heard_sync_server::store::{DashboardStore, Participation, Store};
use std::collections::BTreeSet;
use std::sync::Arc;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn only(f: &str) -> BTreeSet<FacilityCode> {
    BTreeSet::from([FacilityCode::new(f).unwrap()])
}

async fn overview_of_responses(survey: &Survey, responses: Vec<Response>) -> Overview {
    overview_with(survey, responses, &[]).await
}

/// The overview as the dashboard builds it (from the quarter summaries and the participation
/// the store keeps), after checking that it equals the one computed from every tally.
async fn overview_with(
    survey: &Survey,
    responses: Vec<Response>,
    participation: &[Participation],
) -> Overview {
    let (_dir, store) = store_with(survey, &["test-centre"]).await;
    ingest(&store, survey, responses).await;
    for p in participation {
        store.set_participation(p).await.unwrap();
    }
    let chosen = selection(&only("test-centre"), None);
    let tallies = store.tallies().await.unwrap();
    let from_tallies = overview_from_tallies(survey, &tallies, &chosen, participation);
    let o = overview_of(&store, survey, &chosen).await.unwrap();
    assert_eq!(o, from_tallies);
    o
}

#[tokio::test]
async fn polish_satisfaction_level_is_1801_of_2000_answers() {
    let survey = Arc::new(load_builtin("pl-udsc"));
    let mut answer_index = 0;
    let responses: Vec<Response> = (0..400u64)
        .map(|i| {
            complete(&survey, &Visit::default(), i, |q| {
                if !q.is_scored() {
                    return core_support::answer_for(q, 0);
                }
                answer_index += 1;
                Some(choice(match answer_index {
                    n if n <= 199 => "below",
                    n if n % 2 == 0 => "above",
                    _ => "at",
                }))
            })
        })
        .collect();
    // 500 eligible residents, 450 invited, 400 answered: participation 80%, response rate
    // 400 / 450.
    let quarter = responses[0].period.quarter().to_string();
    let participation = [Participation {
        facility: FacilityCode::new("test-centre").unwrap(),
        quarter,
        eligible: 500,
        invited: Some(450),
    }];
    let o = overview_with(&survey, responses, &participation).await;
    assert_eq!(o.rows.len(), 1);
    let row = &o.rows[0];
    assert_eq!(row.responses(), 400);
    assert!(close(row.level.unwrap(), 90.05), "{:?}", row.level);
    assert!(close(row.participation.unwrap().percent().unwrap(), 80.0));
    assert!(close(
        row.response_rate.unwrap().percent().unwrap(),
        400.0 / 450.0 * 100.0
    ));
    let table = overview_table(&o);
    assert_eq!(
        table.header[3..6],
        ["participation", "response rate", "satisfaction level"]
    );
    assert_eq!(table.rows[0][3..6], ["80.0%", "88.9%", "90.05%"]);
    // One released unit: the totals are that row.
    assert_eq!(o.total.released, row.released);
    assert_eq!(o.total.participation, row.participation);
    assert_eq!(table.note, left_out_sentence(K_DEFAULT));
}

#[tokio::test]
async fn ind_kto_ces_and_goal_completion() {
    let survey = Arc::new(load_builtin("nl-ind"));
    // Eight visits (the dashboard shows measures from k = 5 answers up): the core's four,
    // twice over.
    let visits = [(8, 5, "yes"), (6, 3, "no"), (9, 4, "yes"), (7, 2, "yes")];
    let responses: Vec<Response> = (0..8usize)
        .map(|i| {
            let (kto, ces, goal) = visits[i % 4];
            complete(&survey, &Visit::default(), i as u64, |q| match q.measure {
                Some(Measure::Kto) => Some(Answer::Point(kto)),
                Some(Measure::Ces) => Some(Answer::Point(ces)),
                Some(Measure::GoalCompletion) => Some(choice(goal)),
                _ if q.kind == QuestionKind::Thumbs => Some(choice("up")),
                _ if q.required => core_support::answer_for(q, 0),
                _ => None,
            })
        })
        .collect();
    let o = overview_of_responses(&survey, responses).await;
    let row = &o.rows[0];
    let get = |m: Measure| {
        let i = o.measures.iter().position(|x| *x == m).unwrap();
        row.measures[i].unwrap()
    };
    assert!(close(get(Measure::Kto), 7.5));
    assert!(close(get(Measure::Ces), 3.5));
    assert!(close(get(Measure::GoalCompletion), 75.0));
    let table = overview_table(&o);
    let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    assert_eq!(table.rows[0][col("KTO mean")], "7.50");
    assert_eq!(table.rows[0][col("CES mean")], "3.50");
    assert_eq!(table.rows[0][col("goal completion")], "75.0%");
}

#[tokio::test]
async fn fedasil_topic_shares_and_means_lowest_first() {
    let survey = Arc::new(load_builtin("be-fedasil"));
    // 10 residents: 3 satisfied with food, 9 with their room; overall ratings 0..=9.
    let responses: Vec<Response> = (0..10u64)
        .map(|i| {
            complete(&survey, &Visit::default(), i, |q| match q.id.as_str() {
                "food-satisfied" => Some(choice(if i < 3 { "yes" } else { "no" })),
                "room-satisfied" => Some(choice(if i < 9 { "yes" } else { "no" })),
                "overall-rating" => Some(Answer::Point(i as i32)),
                "comment" => None,
                _ => core_support::answer_for(q, 0),
            })
        })
        .collect();
    let answered = |id: &str| {
        responses
            .iter()
            .filter(|r| r.answers.keys().any(|q| q.as_str() == id))
            .count()
    };
    assert_eq!((answered("food-reasons"), answered("room-reasons")), (7, 1));
    let o = overview_of_responses(&survey, responses).await;
    let row = &o.rows[0];
    // Within the released unit, a question answered by fewer than 5 is not released: the one
    // resident unhappy with the room gave reasons, and they are nowhere in the figures.
    let released = |id: &str| row.released.answers.keys().any(|q| q.as_str() == id);
    assert!(released("food-reasons"));
    assert!(!released("room-reasons"));
    assert!(!o
        .total
        .released
        .answers
        .keys()
        .any(|q| q.as_str() == "room-reasons"));
    assert_eq!(
        o.topics[0],
        Topic::Food,
        "lowest topic first: {:?}",
        o.topics
    );
    let cell = |t: Topic| row.topics.iter().find(|c| c.topic == t).unwrap();
    assert!(close(cell(Topic::Food).percent.unwrap(), 30.0));
    assert!(close(cell(Topic::Food).mean.unwrap(), 30.0));
    assert!(close(cell(Topic::Accommodation).percent.unwrap(), 90.0));
    assert!(
        cell(Topic::Food).below_target,
        "30% is below the 60% target"
    );
    // Overall 0..=9: mean 4.5 on the scale, 45 on the common 0–100 score; 3 of 10 at 7+.
    let i = o
        .measures
        .iter()
        .position(|m| *m == Measure::Overall)
        .unwrap();
    assert!(close(row.measures[i].unwrap(), 4.5));
    assert!(close(cell(Topic::Overall).mean.unwrap(), 45.0));
    assert!(close(cell(Topic::Overall).percent.unwrap(), 30.0));
}

#[tokio::test]
async fn a_quarter_with_fewer_than_k_responses_is_left_out_of_every_figure() {
    let survey = Arc::new(load_builtin("be-fedasil"));
    let visit = |month| Visit {
        month,
        ..Visit::default()
    };
    let answer = |food: &'static str| {
        move |q: &heard_core::survey::Question| match q.id.as_str() {
            "food-satisfied" => Some(choice(food)),
            "comment" => None,
            _ => core_support::answer_for(q, 0),
        }
    };
    // 10 residents in 2026-Q3, all satisfied with food; 3 in 2026-Q4, none.
    let mut responses: Vec<Response> = (0..10u64)
        .map(|i| complete(&survey, &visit("2026-08"), i, answer("yes")))
        .collect();
    responses.extend((10..13u64).map(|i| complete(&survey, &visit("2026-11"), i, answer("no"))));
    let (_dir, store) = store_with(&survey, &["test-centre"]).await;
    ingest(&store, &survey, responses).await;
    let q3 = "2026-Q3".parse().unwrap();
    let q4 = "2026-Q4".parse().unwrap();

    // The small quarter is absent: no row, no quarter, no trend point; the totals are the sum
    // of the rows shown (10, not 13), and the 3 dissatisfied residents are in no figure.
    let o = overview_of(&store, &survey, &selection(&only("test-centre"), None))
        .await
        .unwrap();
    assert_eq!(o.rows.len(), 1);
    assert_eq!((o.rows[0].quarter, o.rows[0].responses()), (q3, 10));
    assert_eq!(o.quarters, vec![q3]);
    assert_eq!(o.trend().len(), 1);
    assert_eq!(o.total.released, o.rows[0].released);
    assert_eq!(o.total.released.responses.complete, 10);
    let food = |topics: &[heard_core::report::overview::TopicCell]| {
        topics
            .iter()
            .find(|c| c.topic == Topic::Food)
            .unwrap()
            .percent
    };
    assert_eq!(food(&o.total.topics), Some(100.0));
    let table = overview_table(&o);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0][..3], ["test-centre", "2026-Q3", "10"]);
    for cell in table.rows.iter().flatten() {
        assert!(!cell.contains("fewer than"), "a small-group cell: {cell}");
    }
    assert_eq!(table.note, left_out_sentence(K_DEFAULT));

    // Filtering to the small quarter is not refused (a refusal would tell that 1–4 answered):
    // nothing is released, so there is nothing to show.
    let small = overview_of(&store, &survey, &selection(&only("test-centre"), Some(q4)))
        .await
        .unwrap();
    assert!(small.rows.is_empty() && small.quarters.is_empty());
    assert_eq!(small.total.released.responses.complete, 0);
    assert!(small.total.released.answers.is_empty());
    assert!(overview_table(&small).rows.is_empty());
}
