//! One test per instrument of `shared/instruments.md`: responses are driven through the real
//! state machine, tallied, and the figure the agency reports is computed from the tallies and
//! checked against a hand-computed value.

mod support;

use heard_core::ids::{ChoiceId, QuestionId};
use heard_core::report::{
    measure, overall_satisfaction, participation, question_figures, topic_figures, Share, Tallies,
};
use heard_core::response::{AdministrationMode, Answer, Response};
use heard_core::survey::{Measure, Question, QuestionKind, Survey, Topic};
use std::sync::Arc;
use support::{choice, complete, Visit};

fn load(id: &str) -> Arc<Survey> {
    Arc::new(support::load_builtin(id))
}

fn tally(survey: &Survey, responses: &[Response]) -> Tallies {
    let mut t = Tallies::default();
    for r in responses {
        t.add(survey, r);
    }
    t
}

fn qid(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Answers every question with its first valid answer unless `pick` says otherwise.
fn default_answer(q: &Question) -> Option<Answer> {
    support::answer_for(q, 0)
}

#[test]
fn be_fedasil_topic_satisfaction_overall_mean_and_lowest_topic_first() {
    let survey = load("be-fedasil");
    // 10 residents: 3 satisfied with food, 9 with their room; overall ratings 0..=9.
    let responses: Vec<Response> = (0..10u64)
        .map(|i| {
            complete(&survey, &Visit::default(), i, |q| match q.id.as_str() {
                "food-satisfied" => Some(choice(if i < 3 { "yes" } else { "no" })),
                "room-satisfied" => Some(choice(if i < 9 { "yes" } else { "no" })),
                "overall-rating" => Some(Answer::Point(i as i32)),
                "comment" => None,
                _ => default_answer(q),
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let topics = topic_figures(&survey, &summary);
    assert_eq!(
        topics[0].topic,
        Topic::Food,
        "lowest topic first: {topics:?}"
    );
    assert_eq!(topics[0].satisfied, Share::new(3, 10));
    let accommodation = topics
        .iter()
        .find(|t| t.topic == Topic::Accommodation)
        .unwrap();
    assert_eq!(accommodation.satisfied, Share::new(9, 10));
    // Overall 0..=9: mean 4.5 on the scale, 45 on the common score; satisfied (>= 7): 7, 8, 9.
    let overall = survey.question(&qid("overall-rating")).unwrap();
    let f = question_figures(overall, &summary.answers[&qid("overall-rating")]);
    assert!(close(f.mean.unwrap(), 4.5));
    assert!(close(f.mean_score.unwrap(), 45.0));
    assert_eq!(f.satisfied, Some(Share::new(3, 10)));
    assert!(close(
        measure(&survey, &summary, Measure::Overall).unwrap(),
        4.5
    ));
    // Reasons are asked only of the 7 who were not satisfied with food.
    assert_eq!(summary.answers[&qid("food-reasons")].n, 7);
}

#[test]
fn be_fedasil_children_share_of_happy_faces() {
    let survey = load("be-fedasil-children");
    let faces = [3, 3, 2, 1, 3, 3, 3, 2];
    let responses: Vec<Response> = faces
        .iter()
        .enumerate()
        .map(|(i, face)| {
            let visit = Visit {
                mode: AdministrationMode::Assisted,
                ..Visit::default()
            };
            complete(&survey, &visit, i as u64, |q| match &q.kind {
                QuestionKind::Smiley { .. } => Some(Answer::Point(*face)),
                QuestionKind::FreeText { .. } => None,
                _ => default_answer(q),
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let food = survey.question(&qid("food")).unwrap();
    let f = question_figures(food, &summary.answers[&qid("food")]);
    assert_eq!(f.satisfied, Some(Share::new(5, 8)));
    assert!(close(f.satisfied.unwrap().percent().unwrap(), 62.5));
    // 1..3 faces map to 0, 50, 100: (5*100 + 2*50 + 0) / 8.
    assert!(close(f.mean_score.unwrap(), 600.0 / 8.0));
    assert_eq!(summary.responses.complete, 8);
}

#[test]
fn pl_udsc_satisfaction_level_is_90_05_percent_of_2000_answers() {
    let survey = load("pl-udsc");
    let questions: Vec<QuestionId> = survey
        .questions()
        .filter(|q| q.is_scored())
        .map(|q| q.id.clone())
        .collect();
    assert_eq!(
        questions.len(),
        5,
        "five topics in the Polish questionnaire"
    );
    // 400 residents x 5 questions = 2,000 answers; the first 199 answers are "below".
    let mut answer_index = 0;
    let responses: Vec<Response> = (0..400u64)
        .map(|i| {
            complete(&survey, &Visit::default(), i, |q| {
                if !q.is_scored() {
                    return default_answer(q);
                }
                answer_index += 1;
                let level = match answer_index {
                    n if n <= 199 => "below",
                    n if n % 2 == 0 => "above",
                    _ => "at",
                };
                Some(choice(level))
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let level = overall_satisfaction(&survey, &summary);
    assert_eq!(level, Share::new(1801, 2000));
    assert!(close(level.percent().unwrap(), 90.05));
    assert!(level.percent().unwrap() >= f64::from(survey.target_percent.unwrap()));
    // Participation: 400 of 571 adult residents is 70.05%.
    let p = participation(&summary.responses, 571);
    assert!((p.percent().unwrap() - 70.05).abs() < 0.01);
}

#[test]
fn lt_desk_one_tap_satisfaction_per_desk() {
    let survey = load("lt-desk");
    assert!(survey.flow.one_tap.is_some());
    let taps = [
        ("desk-1", 5),
        ("desk-1", 4),
        ("desk-1", 1),
        ("desk-2", 2),
        ("desk-2", 2),
    ];
    let responses: Vec<Response> = taps
        .iter()
        .enumerate()
        .map(|(i, (desk, face))| {
            let visit = Visit {
                service_point: Some(desk),
                ..Visit::default()
            };
            complete(&survey, &visit, i as u64, |q| {
                if q.required {
                    Some(Answer::Point(*face))
                } else {
                    None // the follow-up is optional and skipped
                }
            })
        })
        .collect();
    let tallies = tally(&survey, &responses);
    let first = survey.questions().next().unwrap();
    let desk = |code: &str| {
        let s = tallies.summarize(|c| c.service_point.as_ref().map(|p| p.as_str()) == Some(code));
        question_figures(first, &s.answers[&first.id])
            .satisfied
            .unwrap()
    };
    assert_eq!(desk("desk-1"), Share::new(2, 3));
    assert_eq!(desk("desk-2"), Share::new(0, 2));
}

#[test]
fn nl_ind_kto_ces_and_goal_completion() {
    let survey = load("nl-ind");
    let visits = [(8, 5, "yes"), (6, 3, "no"), (9, 4, "yes"), (7, 2, "yes")];
    let responses: Vec<Response> = visits
        .iter()
        .enumerate()
        .map(|(i, (kto, ces, goal))| {
            complete(&survey, &Visit::default(), i as u64, |q| match q.measure {
                Some(Measure::Kto) => Some(Answer::Point(*kto)),
                Some(Measure::Ces) => Some(Answer::Point(*ces)),
                Some(Measure::GoalCompletion) => Some(choice(goal)),
                _ if q.kind == QuestionKind::Thumbs => Some(choice("up")),
                _ if q.required => default_answer(q),
                _ => None,
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    assert!(close(
        measure(&survey, &summary, Measure::Kto).unwrap(),
        7.5
    ));
    assert!(close(
        measure(&survey, &summary, Measure::Ces).unwrap(),
        3.5
    ));
    assert!(close(
        measure(&survey, &summary, Measure::GoalCompletion).unwrap(),
        75.0
    ));
}

#[test]
fn fi_migri_mean_and_distribution_per_half_year() {
    let survey = load("fi-migri");
    let overall = survey
        .questions()
        .find(|q| q.measure == Some(Measure::Overall))
        .unwrap()
        .clone();
    let plan = [
        ("2026-02", 5),
        ("2026-05", 4),
        ("2026-06", 3),
        ("2026-09", 2),
        ("2026-12", 1),
    ];
    let responses: Vec<Response> = plan
        .iter()
        .enumerate()
        .map(|(i, (month, point))| {
            let visit = Visit {
                month,
                ..Visit::default()
            };
            complete(&survey, &visit, i as u64, |q| {
                if q.id == overall.id {
                    Some(Answer::Point(*point))
                } else if q.required {
                    default_answer(q)
                } else {
                    None
                }
            })
        })
        .collect();
    let tallies = tally(&survey, &responses);
    let half = |h: u8| {
        let s = tallies.summarize(|c| c.period.half().half == h);
        question_figures(&overall, &s.answers[&overall.id])
    };
    let h1 = half(1);
    assert!(close(h1.mean.unwrap(), 4.0));
    assert_eq!(
        h1.distribution,
        vec![
            ("1".into(), 0),
            ("2".into(), 0),
            ("3".into(), 1),
            ("4".into(), 1),
            ("5".into(), 1)
        ]
    );
    assert!(close(half(2).mean.unwrap(), 1.5));
}

#[test]
fn lv_ocma_means_and_ranking_of_aspects() {
    let survey = load("lv-ocma");
    let ranking = survey
        .questions()
        .find(|q| matches!(q.kind, QuestionKind::Ranking { .. }))
        .unwrap()
        .clone();
    let items: Vec<ChoiceId> = ranking.kind.choice_ids();
    // Three respondents; the first item is ranked 1st, 1st and 2nd; the second 2nd, 2nd, 1st.
    let orders = [items.clone(), items.clone(), {
        let mut o = items.clone();
        o.swap(0, 1);
        o
    }];
    let points = [6, 5, 4];
    let responses: Vec<Response> = (0..3)
        .map(|i| {
            complete(&survey, &Visit::default(), i as u64, |q| match &q.kind {
                QuestionKind::Ranking { .. } => Some(Answer::Order(orders[i].clone())),
                QuestionKind::Scale { .. } => Some(Answer::Point(points[i])),
                QuestionKind::FreeText { .. } => None,
                _ => default_answer(q),
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let f = question_figures(&ranking, &summary.answers[&ranking.id]);
    assert_eq!(f.ranking[0].0, items[0]);
    assert!(close(f.ranking[0].1, 4.0 / 3.0));
    assert_eq!(f.ranking[1].0, items[1]);
    assert!(close(f.ranking[1].1, 5.0 / 3.0));
    let scale = survey
        .questions()
        .find(|q| matches!(q.kind, QuestionKind::Scale { .. }))
        .unwrap();
    assert!(close(
        question_figures(scale, &summary.answers[&scale.id])
            .mean
            .unwrap(),
        5.0
    ));
}

#[test]
fn fr_spplus_shares_positive_neutral_negative_and_mean_score() {
    let survey = load("fr-spplus");
    let opinions = ["positive", "positive", "neutral", "negative", "positive"];
    let scores = [10, 8, 5, 2, 9];
    let responses: Vec<Response> = (0..5)
        .map(|i| {
            complete(&survey, &Visit::default(), i as u64, |q| match &q.kind {
                QuestionKind::Sentiment => Some(choice(opinions[i])),
                QuestionKind::Scale { .. } => Some(Answer::Point(scores[i])),
                QuestionKind::FreeText { min_length, .. } => {
                    Some(Answer::Text("é".repeat(*min_length as usize)))
                }
                _ => default_answer(q),
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let opinion = survey
        .questions()
        .find(|q| q.kind == QuestionKind::Sentiment)
        .unwrap();
    let f = question_figures(opinion, &summary.answers[&opinion.id]);
    assert_eq!(f.share_of("positive"), Share::new(3, 5));
    assert_eq!(f.share_of("neutral"), Share::new(1, 5));
    assert_eq!(f.share_of("negative"), Share::new(1, 5));
    assert!(close(
        measure(&survey, &summary, Measure::Overall).unwrap(),
        34.0 / 5.0
    ));
}

#[test]
fn it_smacc_services_with_critical_issues_per_centre() {
    let survey = load("it-smacc");
    let food = qid("food");
    let responses: Vec<Response> = ["centre-a", "centre-a", "centre-b"]
        .iter()
        .enumerate()
        .map(|(i, centre)| {
            let visit = Visit {
                facility: centre,
                mode: AdministrationMode::Interpreter,
                language: "en",
                ..Visit::default()
            };
            complete(&survey, &visit, i as u64, |q| match &q.kind {
                QuestionKind::ThreeLevel { .. } if q.id == food && *centre == "centre-a" => {
                    Some(choice("critical"))
                }
                QuestionKind::ThreeLevel { .. } => Some(choice("effective")),
                QuestionKind::FreeText { .. } => None,
                _ => default_answer(q),
            })
        })
        .collect();
    let tallies = tally(&survey, &responses);
    let critical_services = |centre: &str| -> Vec<String> {
        let s = tallies.summarize(|c| c.facility.as_str() == centre);
        survey
            .questions()
            .filter(|q| matches!(q.kind, QuestionKind::ThreeLevel { .. }))
            .filter(|q| {
                s.answers
                    .get(&q.id)
                    .is_some_and(|v| question_figures(q, v).share_of("critical").count > 0)
            })
            .map(|q| q.id.to_string())
            .collect()
    };
    assert_eq!(critical_services("centre-a"), vec!["food".to_string()]);
    assert!(critical_services("centre-b").is_empty());
}

#[test]
fn se_sma_share_of_yes_per_question_and_response_rate() {
    let survey = load("se-sma");
    let yes_pattern = [
        [true, true, false],
        [true, false, false],
        [false, true, true],
    ];
    let responses: Vec<Response> = (0..3)
        .map(|i| {
            let visit = Visit {
                mode: AdministrationMode::Interviewer,
                ..Visit::default()
            };
            let mut k = 0;
            complete(&survey, &visit, i as u64, |_| {
                k += 1;
                Some(choice(if yes_pattern[i][k - 1] { "yes" } else { "no" }))
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let shares: Vec<Share> = survey
        .questions()
        .map(|q| {
            question_figures(q, &summary.answers[&q.id])
                .satisfied
                .unwrap()
        })
        .collect();
    assert_eq!(
        shares,
        vec![Share::new(2, 3), Share::new(2, 3), Share::new(1, 3)]
    );
    // 3 answered of 250 calls: 1.2%, Sweden's reported response rate.
    assert!(close(
        participation(&summary.responses, 250).percent().unwrap(),
        1.2
    ));
}

#[test]
fn cz_client_centre_share_of_positive_answers() {
    let survey = load("cz-client-centre");
    let responses: Vec<Response> = (0..4u64)
        .map(|i| {
            let visit = Visit {
                mode: AdministrationMode::Interviewer,
                ..Visit::default()
            };
            complete(&survey, &visit, i, |q| match &q.kind {
                QuestionKind::YesNo => Some(choice(if i == 0 { "no" } else { "yes" })),
                _ if q.required => default_answer(q),
                _ => None,
            })
        })
        .collect();
    let summary = tally(&survey, &responses).summarize(|_| true);
    let level = overall_satisfaction(&survey, &summary);
    // Every yes/no asked of respondent 0 is "no", all others "yes".
    let asked_of_first: u64 = survey
        .questions()
        .filter(|q| q.kind == QuestionKind::YesNo)
        .filter(|q| responses[0].answers.contains_key(&q.id))
        .count() as u64;
    assert_eq!(level.of - level.count, asked_of_first);
    assert!(level.of > asked_of_first);
}
