//! Property tests of the answer-flow state machine over random action sequences: it never shows
//! an irrelevant question, never keeps an irrelevant or invalid answer, and never submits a
//! response that breaks a rule.

mod support;

use heard_core::flow::{FlowError, Screen, Session, SessionContext};
use heard_core::ids::{FacilityCode, LangTag};
use heard_core::response::{AdministrationMode, Response, ResponseId, ResponseStatus};
use heard_core::survey::Survey;
use heard_core::validate::{check_answer, check_response, is_relevant};
use proptest::prelude::*;
use std::sync::Arc;

#[derive(Debug, Clone)]
enum Act {
    Proceed,
    ChooseLanguage(usize),
    Answer(u64),
    InvalidAnswer(u64),
    Clear,
    Next,
    Back,
    Edit(usize),
    Submit,
    Stop(bool),
    /// The resident plays a spoken prompt (audio-first, Listen, replay).
    Listen,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => Just(Act::Proceed),
        1 => any::<usize>().prop_map(Act::ChooseLanguage),
        6 => any::<u64>().prop_map(Act::Answer),
        1 => any::<u64>().prop_map(Act::InvalidAnswer),
        1 => Just(Act::Clear),
        6 => Just(Act::Next),
        2 => Just(Act::Back),
        1 => any::<usize>().prop_map(Act::Edit),
        1 => Just(Act::Submit),
        1 => any::<bool>().prop_map(Act::Stop),
        1 => Just(Act::Listen),
    ]
}

fn mode() -> impl Strategy<Value = AdministrationMode> {
    prop::sample::select(AdministrationMode::ALL.to_vec())
}

fn session(survey: &Arc<Survey>, mode: AdministrationMode) -> Session {
    Session::new(
        survey.clone(),
        SessionContext {
            id: ResponseId::from_random_bytes([3; 16]),
            facility: FacilityCode::new("be-test").unwrap(),
            service_point: None,
            period: "2026-11".parse().unwrap(),
            mode,
            language: LangTag::new("en").unwrap(),
        },
    )
}

fn check_invariants(s: &Session) -> Result<(), TestCaseError> {
    let survey = s.survey();
    if let Screen::Question(id) = s.screen() {
        let q = survey.question(id).expect("screen names a survey question");
        prop_assert!(
            is_relevant(survey, q, s.answers()),
            "showing irrelevant question {id}"
        );
    }
    for (id, answer) in s.answers() {
        let q = survey.question(id).expect("answers name survey questions");
        prop_assert!(
            check_answer(q, answer).is_ok(),
            "invalid answer kept for {id}"
        );
        prop_assert!(
            is_relevant(survey, q, s.answers()),
            "irrelevant answer kept for {id}"
        );
    }
    Ok(())
}

fn check_finished(survey: &Survey, r: &Response) -> Result<(), TestCaseError> {
    prop_assert!(
        check_response(survey, r).is_ok(),
        "finished response breaks a rule: {:?}",
        check_response(survey, r)
    );
    Ok(())
}

fn run(survey: &Arc<Survey>, mode: AdministrationMode, acts: &[Act]) -> Result<(), TestCaseError> {
    let mut s = session(survey, mode);
    let languages: Vec<LangTag> = survey.languages.iter().cloned().collect();
    check_invariants(&s)?;
    for a in acts {
        let screen_before = s.screen().clone();
        let total_before = s.progress().1;
        match a {
            Act::Proceed => {
                let _ = s.proceed();
            }
            Act::ChooseLanguage(i) => {
                let _ = s.choose_language(languages[i % languages.len()].clone());
            }
            Act::Answer(seed) => {
                if let Screen::Question(id) = s.screen().clone() {
                    let q = survey.question(&id).unwrap();
                    if let Some(answer) = support::answer_for(q, *seed) {
                        prop_assert!(s.answer(answer).is_ok(), "valid answer refused for {id}");
                    }
                }
            }
            Act::InvalidAnswer(seed) => {
                if let Screen::Question(id) = s.screen().clone() {
                    let q = survey.question(&id).unwrap();
                    let before = s.answers().clone();
                    prop_assert!(s.answer(support::invalid_answer_for(q, *seed)).is_err());
                    prop_assert_eq!(&before, s.answers(), "a refused answer changed state");
                }
            }
            Act::Clear => {
                let _ = s.clear_answer();
            }
            Act::Next => {
                if let Ok(Some(r)) = s.next() {
                    prop_assert_eq!(r.status, ResponseStatus::Complete);
                    check_finished(survey, &r)?;
                }
            }
            Act::Back => {
                let _ = s.back();
            }
            Act::Listen => s.mark_audio_used(),
            Act::Edit(i) => {
                let relevant = s.relevant_questions();
                if !relevant.is_empty() {
                    let _ = s.edit(&relevant[i % relevant.len()]);
                }
            }
            Act::Submit => {
                if let Ok(r) = s.submit() {
                    prop_assert_eq!(r.status, ResponseStatus::Complete);
                    prop_assert_eq!(s.screen(), &Screen::ThankYou);
                    check_finished(survey, &r)?;
                }
            }
            Act::Stop(keep) => {
                if let Ok(kept) = s.stop(*keep) {
                    prop_assert_eq!(kept.is_some(), *keep);
                    if let Some(r) = kept {
                        prop_assert_eq!(r.status, ResponseStatus::Abandoned);
                        check_finished(survey, &r)?;
                    }
                }
            }
        }
        check_invariants(&s)?;
        check_questions_agree_with_transitions(&s)?;
        if *s.screen() == screen_before {
            prop_assert_eq!(
                s.progress().1,
                total_before,
                "the progress total changed on {:?} after {:?}",
                s.screen(),
                a
            );
        }
        if s.is_finished() {
            prop_assert!(s.next().is_err() && s.answer_to_any_is_refused());
        }
    }
    Ok(())
}

/// What the screens ask the session (Back shown? Next disabled? Does a tap move on?) must
/// agree with what the transitions then do: the edges never decide these for themselves.
fn check_questions_agree_with_transitions(s: &Session) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        s.can_go_back(),
        s.clone().back().is_ok(),
        "can_go_back disagrees with back() on {:?}",
        s.screen()
    );
    if let Screen::Question(id) = s.screen() {
        let refused = matches!(s.clone().next(), Err(FlowError::Required(_)));
        prop_assert_eq!(
            s.answer_missing(),
            refused,
            "answer_missing disagrees with next() on {}",
            id
        );
        prop_assert!(s.offers_next() || s.advances_on_answer());
    }
    Ok(())
}

trait FinishedCheck {
    fn answer_to_any_is_refused(&mut self) -> bool;
}

impl FinishedCheck for Session {
    fn answer_to_any_is_refused(&mut self) -> bool {
        self.proceed().is_err() && self.back().is_err() && self.submit().is_err()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn flagship_flow_keeps_its_invariants(mode in mode(), acts in prop::collection::vec(act(), 1..80)) {
        let survey = Arc::new(support::load_builtin("be-fedasil"));
        run(&survey, mode, &acts)?;
    }

    #[test]
    fn every_kind_flow_keeps_its_invariants(mode in mode(), acts in prop::collection::vec(act(), 1..80)) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
        let survey = Arc::new(support::load_from(&dir.join("golden.toml"), &dir.join("locales")).unwrap());
        run(&survey, mode, &acts)?;
    }

    #[test]
    fn answering_everything_always_reaches_a_valid_complete_response(seed in any::<u64>()) {
        let survey = Arc::new(support::load_builtin("be-fedasil"));
        let mut s = session(&survey, AdministrationMode::SelfCompleted);
        let mut steps = 0;
        let response = loop {
            steps += 1;
            prop_assert!(steps < 500, "flow did not finish");
            match s.screen().clone() {
                Screen::Welcome | Screen::Anonymity => s.proceed().unwrap(),
                Screen::Language => s.choose_language(LangTag::new("en").unwrap()).unwrap(),
                Screen::Question(id) => {
                    let q = survey.question(&id).unwrap();
                    if let Some(a) = support::answer_for(q, seed.rotate_left(steps)) {
                        s.answer(a).unwrap();
                    }
                    if let Some(r) = s.next().unwrap() { break r; }
                }
                Screen::Review => break s.submit().unwrap(),
                other => prop_assert!(false, "unexpected screen {other:?}"),
            }
        };
        check_finished(&survey, &response)?;
        prop_assert_eq!(response.status, ResponseStatus::Complete);
    }
}

/// The golden survey with every question required, free text included: where a listening
/// resident and a reading one differ.
fn all_required_golden() -> Arc<Survey> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
    let mut survey = support::load_from(&dir.join("golden.toml"), &dir.join("locales")).unwrap();
    for section in &mut survey.sections {
        for q in &mut section.questions {
            q.required = true;
        }
    }
    Arc::new(survey)
}

/// The rule the question screen once computed for itself: required and unanswered.
fn naive_answer_missing(s: &Session) -> bool {
    match s.screen() {
        Screen::Question(id) => {
            let q = s.survey().question(id).unwrap();
            q.required
                && q.kind.shape() != heard_core::survey::AnswerShape::Nothing
                && s.answer_to(id).is_none()
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// With every question required, the agreement check above still holds for Heard's rule.
    #[test]
    fn all_required_flow_keeps_its_invariants(mode in mode(), acts in prop::collection::vec(act(), 1..80)) {
        run(&all_required_golden(), mode, &acts)?;
    }
}

/// The agreement check can fail: the naive rule disagrees with `next()` for a listening
/// resident on a required free-text question (Next disabled, yet the flow would move on).
#[test]
fn the_naive_required_rule_disagrees_with_the_flow_for_a_listening_resident() {
    let survey = all_required_golden();
    let mut s = session(&survey, AdministrationMode::SelfCompleted);
    s.mark_audio_used();
    let mut disagreements = 0;
    for _ in 0..200 {
        if s.is_finished() || s.screen() == &Screen::Review {
            break;
        }
        let refused = matches!(s.clone().next(), Err(FlowError::Required(_)));
        if let Screen::Question(id) = s.screen().clone() {
            assert_eq!(s.answer_missing(), refused, "Heard's rule agrees on {id}");
            if naive_answer_missing(&s) != refused {
                disagreements += 1;
                assert_eq!(
                    survey.question(&id).unwrap().kind.shape(),
                    heard_core::survey::AnswerShape::Text
                );
            }
            if survey.question(&id).unwrap().kind.shape() != heard_core::survey::AnswerShape::Text {
                if let Some(a) = support::answer_for(survey.question(&id).unwrap(), 7) {
                    s.answer(a).unwrap();
                }
            }
            s.next().unwrap();
        } else {
            s.proceed()
                .or_else(|_| s.choose_language(LangTag::new("en").unwrap()))
                .unwrap();
        }
    }
    assert!(
        disagreements > 0,
        "the naive rule must be caught on the free-text question"
    );
}
