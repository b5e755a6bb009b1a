//! Review → Change → back to the review, and a progress total that holds still: the walks a
//! first-time resident made (issue 18), on the flagship survey.

mod support;

use heard_core::flow::{Screen, Session, SessionContext};
use heard_core::ids::{ChoiceId, FacilityCode, LangTag, QuestionId};
use heard_core::response::{AdministrationMode, Answer, ResponseId};
use std::sync::Arc;

fn qid(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}

fn yes_no(s: &str) -> Answer {
    Answer::Choice(ChoiceId::new(s).unwrap())
}

fn session() -> Session {
    let survey = Arc::new(support::load_builtin("be-fedasil"));
    Session::new(
        survey,
        SessionContext {
            id: ResponseId::from_random_bytes([7; 16]),
            facility: FacilityCode::new("be-test").unwrap(),
            service_point: None,
            period: "2026-11".parse().unwrap(),
            mode: AdministrationMode::SelfCompleted,
            language: LangTag::new("en").unwrap(),
        },
    )
}

/// Language, welcome, anonymity, then "yes" to every yes/no question up to the review.
fn at_review() -> Session {
    let mut s = session();
    assert_eq!(
        s.screen(),
        &Screen::Language,
        "the language grid comes first"
    );
    s.choose_language(LangTag::new("ar").unwrap()).unwrap();
    assert_eq!(
        s.screen(),
        &Screen::Welcome,
        "the welcome follows, in the chosen language"
    );
    s.proceed().unwrap();
    assert_eq!(s.screen(), &Screen::Anonymity);
    s.proceed().unwrap();
    while let Screen::Question(id) = s.screen().clone() {
        if id.as_str().ends_with("-satisfied") {
            s.answer(yes_no("yes")).unwrap();
        } else if id.as_str() == "overall-rating" {
            s.answer(Answer::Point(4)).unwrap();
        }
        s.next().unwrap();
    }
    assert_eq!(s.screen(), &Screen::Review);
    s
}

#[test]
fn change_from_the_review_returns_to_it_in_one_step() {
    let mut s = at_review();
    s.edit(&qid("room-satisfied")).unwrap();
    assert!(s.changing_from_review());
    s.answer(yes_no("yes")).unwrap();
    s.next().unwrap();
    assert_eq!(s.screen(), &Screen::Review, "one Next, back at the review");
    assert!(!s.changing_from_review());
}

#[test]
fn a_change_that_makes_a_question_relevant_asks_it_then_returns() {
    let mut s = at_review();
    s.edit(&qid("room-satisfied")).unwrap();
    s.answer(yes_no("no")).unwrap();
    s.next().unwrap();
    assert_eq!(
        s.screen(),
        &Screen::Question(qid("room-reasons")),
        "the new question is asked"
    );
    s.next().unwrap();
    assert_eq!(
        s.screen(),
        &Screen::Review,
        "then straight back to the review"
    );
}

#[test]
fn answering_no_never_changes_the_total_on_screen() {
    let mut s = session();
    s.choose_language(LangTag::new("en").unwrap()).unwrap();
    s.proceed().unwrap();
    s.proceed().unwrap();
    assert_eq!(s.screen(), &Screen::Question(qid("room-satisfied")));
    let before = s.progress();
    s.answer(yes_no("no")).unwrap();
    assert_eq!(
        s.progress(),
        before,
        "1 of N stays 1 of N while the resident looks"
    );
    s.next().unwrap();
    assert_eq!(s.screen(), &Screen::Question(qid("room-reasons")));
    assert_eq!(
        s.progress(),
        (2, before.1 + 1),
        "the next screen counts the new question"
    );
}
