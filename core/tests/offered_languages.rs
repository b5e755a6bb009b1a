//! A session offers only the survey languages the app speaks (`Session::offer_only`): the
//! language screen appears only when there is a choice, an unspoken language cannot be chosen,
//! and the default language always stays.

mod support;

use heard_core::flow::{FlowError, Screen, Session, SessionContext};
use heard_core::ids::{FacilityCode, LangTag};
use heard_core::response::{AdministrationMode, ResponseId};
use heard_core::survey::Survey;
use std::collections::BTreeSet;
use std::sync::Arc;

fn l(tag: &str) -> LangTag {
    LangTag::new(tag).unwrap()
}

fn survey_in(langs: &[&str]) -> Arc<Survey> {
    let mut s = support::load_builtin("be-fedasil");
    s.languages = langs.iter().map(|t| l(t)).collect();
    Arc::new(s)
}

fn session(survey: Arc<Survey>, device: &str) -> Session {
    Session::new(
        survey,
        SessionContext {
            id: ResponseId::from_random_bytes([1; 16]),
            facility: FacilityCode::new("be-test-centre").unwrap(),
            service_point: None,
            period: "2026-11".parse().unwrap(),
            mode: AdministrationMode::SelfCompleted,
            language: l(device),
        },
    )
}

fn speaks(tags: &[&str]) -> BTreeSet<LangTag> {
    tags.iter().map(|t| l(t)).collect()
}

fn screens_until_question(s: &mut Session) -> Vec<Screen> {
    let mut seen = Vec::new();
    while !matches!(s.screen(), Screen::Question(_)) {
        seen.push(s.screen().clone());
        if matches!(s.screen(), Screen::Language) {
            s.choose_language(l("en")).unwrap();
        } else {
            s.proceed().unwrap();
        }
    }
    seen
}

#[test]
fn unspoken_languages_are_not_offered_and_cannot_be_chosen() {
    let survey = survey_in(&["en", "fr", "nl"]);
    // The device is set to Dutch, which this app build has no words for.
    let mut s = session(Arc::clone(&survey), "nl").offer_only(&speaks(&["en", "fr", "ar"]));
    assert_eq!(s.offered_languages(), &speaks(&["en", "fr"]));
    assert_eq!(s.language(), &l("en"), "falls back to the default language");
    assert!(screens_until_question(&mut s.clone()).contains(&Screen::Language));
    while !matches!(s.screen(), Screen::Language) {
        s.proceed().unwrap();
    }
    assert_eq!(
        s.choose_language(l("nl")),
        Err(FlowError::UnknownLanguage(l("nl")))
    );
    s.choose_language(l("fr")).unwrap();
    assert_eq!(s.language(), &l("fr"));
}

#[test]
fn one_offered_language_means_no_language_screen_and_the_default_always_stays() {
    let survey = survey_in(&["en", "nl"]);
    let mut s = session(Arc::clone(&survey), "en").offer_only(&speaks(&["fr"]));
    assert_eq!(s.offered_languages(), &speaks(&["en"]));
    assert!(!screens_until_question(&mut s).contains(&Screen::Language));
    // Without narrowing, every survey language is offered.
    let all = session(survey, "en");
    assert_eq!(all.offered_languages(), &speaks(&["en", "nl"]));
}
