//! Scales with a step (XLSForm `range` with `step=25`: 0, 25, 50, 75, 100): only the points are
//! answers, figures list only the points, synthetic answers land on them, and a scale without a
//! step keeps its canonical form (and so every existing survey its version hash).

mod support;

use heard_core::canonical::to_canonical_json;
use heard_core::ids::QuestionId;
use heard_core::report::{question_figures, ValueCounts};
use heard_core::response::Answer;
use heard_core::survey::{QuestionKind, Survey};
use heard_core::validate::check_answer;
use std::path::PathBuf;

fn golden() -> Survey {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
    support::load_from(&dir.join("golden.toml"), &dir.join("locales")).unwrap()
}

fn q(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}

#[test]
fn only_the_points_of_a_stepped_scale_are_answers() {
    let survey = golden();
    let share = survey.question(&q("share")).unwrap();
    assert_eq!(share.kind.points(), Some(vec![0, 25, 50, 75, 100]));
    for p in [0, 25, 100] {
        check_answer(share, &Answer::Point(p)).unwrap();
    }
    let off = check_answer(share, &Answer::Point(30)).unwrap_err();
    assert_eq!(off.code(), "off_step");
    assert_eq!(
        off.to_string(),
        "question `share`: 30 is not a point of the scale (steps of 25)"
    );
    assert_eq!(
        check_answer(share, &Answer::Point(125)).unwrap_err().code(),
        "out_of_range"
    );
    // An ordinary scale still takes every whole point.
    let rate = survey.question(&q("rate")).unwrap();
    assert_eq!(rate.kind.point_step(), 1);
    check_answer(rate, &Answer::Point(7)).unwrap();
}

#[test]
fn figures_list_the_points_of_a_stepped_scale() {
    let survey = golden();
    let share = survey.question(&q("share")).unwrap();
    let mut counts = ValueCounts::default();
    counts.add(&Answer::Point(75));
    counts.add(&Answer::Point(75));
    counts.add(&Answer::Point(0));
    let f = question_figures(share, &counts);
    assert_eq!(
        f.distribution,
        [("0", 1), ("25", 0), ("50", 0), ("75", 2), ("100", 0)]
            .map(|(v, c)| (v.to_owned(), c))
            .to_vec()
    );
}

#[test]
fn the_step_is_in_the_canonical_form_only_when_it_is_not_1() {
    let survey = golden();
    let text = String::from_utf8(to_canonical_json(&survey)).unwrap();
    assert_eq!(text.matches("\"step\":").count(), 1, "{text}");
    assert!(text.contains("\"step\":25"));
    let kind: QuestionKind =
        serde_json::from_str(r#"{"kind":"scale","min":0,"max":10,"low":{},"high":{}}"#).unwrap();
    assert_eq!(kind.point_step(), 1);
}
