//! What the review reads for each answer (issue 18): after the question's own audio, the chosen
//! options' recordings, the same ones the question screen read, in the answer's order; nothing
//! for what has no recording of its own.

mod support;

use heard_core::coverage::SpokenOption;
use heard_core::ids::{ChoiceId, QuestionId};
use heard_core::listening::answer_audio;
use heard_core::media::MediaTarget;
use heard_core::response::Answer;
use heard_core::survey::Survey;

fn question<'a>(survey: &'a Survey, id: &str) -> &'a heard_core::survey::Question {
    survey.question(&QuestionId::new(id).unwrap()).unwrap()
}

fn c(id: &str) -> ChoiceId {
    ChoiceId::new(id).unwrap()
}

fn targets(q: &heard_core::survey::Question, a: &Answer) -> Vec<(MediaTarget, bool)> {
    answer_audio(q, a)
        .into_iter()
        .map(|o| (o.target, o.in_survey_manifest))
        .collect()
}

#[test]
fn a_fixed_answer_is_read_with_the_apps_shared_prompt() {
    let survey = support::load_builtin("be-fedasil");
    let q = question(&survey, "room-satisfied");
    assert_eq!(
        targets(q, &Answer::Choice(c("no"))),
        [(MediaTarget::Prompt("choice-no".into()), false)]
    );
    let nationality = question(&survey, "nationality");
    assert_eq!(
        targets(nationality, &Answer::Choice(c("sy"))),
        [(MediaTarget::Prompt("country-sy".into()), false)]
    );
}

#[test]
fn several_choices_are_read_each_in_the_answers_order() {
    let survey = support::load_builtin("be-fedasil");
    let q = question(&survey, "room-reasons");
    let answer = Answer::Choices(vec![c("crowded"), c("noisy"), c("other")]);
    let read: Vec<SpokenOption> = answer_audio(q, &answer)
        .into_iter()
        .map(|o| o.option)
        .collect();
    assert_eq!(
        read,
        [
            SpokenOption::Choice(c("crowded")),
            SpokenOption::Choice(c("noisy")),
            SpokenOption::Choice(c("other"))
        ]
    );
    // Authored choices live in the survey's own manifest.
    assert!(answer_audio(q, &answer)
        .iter()
        .all(|o| o.in_survey_manifest));
    assert_eq!(
        answer_audio(q, &answer)[1].target,
        MediaTarget::Choice {
            question: q.id.clone(),
            choice: c("noisy")
        }
    );
    // A choice the question does not have is not read (never another option's audio).
    assert!(answer_audio(q, &Answer::Choices(vec![c("nonsense")])).is_empty());
}

#[test]
fn scale_ends_and_smileys_are_read_and_what_has_no_recording_is_not() {
    let survey = support::load_builtin("be-fedasil");
    let scale = question(&survey, "overall-rating");
    assert_eq!(
        targets(scale, &Answer::Point(10)),
        [(MediaTarget::Prompt("overall-rating.high".into()), true)]
    );
    assert_eq!(
        targets(scale, &Answer::Point(0)),
        [(MediaTarget::Prompt("overall-rating.low".into()), true)]
    );
    assert!(
        answer_audio(scale, &Answer::Point(8)).is_empty(),
        "no recording says 8"
    );
    let comment = question(&survey, "comment");
    assert!(answer_audio(comment, &Answer::Text("fine".into())).is_empty());

    let children = support::load_builtin("be-fedasil-children");
    let smiley = children
        .questions()
        .find(|q| matches!(q.kind, heard_core::survey::QuestionKind::Smiley { .. }))
        .unwrap();
    let faces = match smiley.kind {
        heard_core::survey::QuestionKind::Smiley { faces } => faces,
        _ => unreachable!(),
    };
    assert_eq!(
        targets(smiley, &Answer::Point(2)),
        [(MediaTarget::Prompt(format!("smiley-{faces}-2")), false)]
    );
}
