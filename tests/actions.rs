//! "You said, we did": the facility's actions as the tablet keeps them (replaced wholesale on
//! every fetch, per survey and language, across a reopen), which of them are current, and the
//! thank-you screen showing them in the resident's language only.

mod support;

use dioxus::prelude::*;
use heard::services::Services;
use heard::store::{Store, StoredAction};
use heard::ui::{App, Kiosk};
use heard_core::flow::Screen;
use heard_core::ids::SurveyId;
use heard_core::response::Answer;
use heard_core::survey::{QuestionKind, Topic};
use heard_core::wire::ActionOut;
use support::ui::Ui;
use support::*;

fn action(survey: &str, topic: &str, quarter: &str, language: &str, text: &str) -> StoredAction {
    StoredAction::from_wire(&ActionOut {
        survey: survey.into(),
        topic: topic.into(),
        quarter: quarter.into(),
        language: language.into(),
        text: text.into(),
    })
    .unwrap()
}

fn survey(id: &str) -> SurveyId {
    SurveyId::new(id).unwrap()
}

const FOOD_EN: &str = "More vegetarian meals since March";
const FOOD_AR: &str = "وجبات نباتية أكثر منذ مارس";

#[test]
fn actions_are_replaced_wholesale_and_survive_a_reopen() {
    let dir = TempDir::new("actions-store");
    {
        let mut store = Store::open(&dir.db()).unwrap();
        assert!(store.actions_for(&survey("be-fedasil")).unwrap().is_empty());
        store
            .replace_actions(&[
                action("be-fedasil", "food", "2026-Q1", "en", FOOD_EN),
                action("be-fedasil", "food", "2026-Q1", "ar", FOOD_AR),
                action(
                    "be-fedasil",
                    "sanitation",
                    "2026-Q1",
                    "en",
                    "Showers repaired",
                ),
                action("pl-udsc", "waiting-time", "2026-Q1", "en", "A second desk"),
            ])
            .unwrap();
    }
    // Reopened: all there, per survey, in the server's order, with their languages.
    let mut store = Store::open(&dir.db()).unwrap();
    let fedasil = store.actions_for(&survey("be-fedasil")).unwrap();
    assert_eq!(fedasil.len(), 3);
    assert_eq!(fedasil[0].text, FOOD_EN);
    assert_eq!(fedasil[1].language.as_str(), "ar");
    assert_eq!(fedasil[1].text, FOOD_AR);
    assert_eq!(fedasil[2].topic, Topic::Sanitation);
    let udsc = store.actions_for(&survey("pl-udsc")).unwrap();
    assert_eq!(udsc.len(), 1);
    assert_eq!(udsc[0].topic, Topic::WaitingTime);

    // The next fetch replaces everything: what the server no longer has is gone.
    store
        .replace_actions(&[action(
            "be-fedasil",
            "food",
            "2026-Q2",
            "ar",
            "خبز طازج كل يوم",
        )])
        .unwrap();
    drop(store);
    let store = Store::open(&dir.db()).unwrap();
    let fedasil = store.actions_for(&survey("be-fedasil")).unwrap();
    assert_eq!(fedasil.len(), 1);
    assert_eq!(fedasil[0].quarter.to_string(), "2026-Q2");
    assert!(store.actions_for(&survey("pl-udsc")).unwrap().is_empty());
}

#[test]
fn actions_the_tablet_cannot_read_are_left_out() {
    let bad = |topic: &str, quarter: &str, language: &str, text: &str| {
        StoredAction::from_wire(&ActionOut {
            survey: "be-fedasil".into(),
            topic: topic.into(),
            quarter: quarter.into(),
            language: language.into(),
            text: text.into(),
        })
    };
    assert!(bad("food", "2026-Q1", "en", "ok").is_some());
    assert!(bad("canteen", "2026-Q1", "en", "ok").is_none());
    assert!(bad("food", "2026-Q5", "en", "ok").is_none());
    assert!(bad("food", "2026-Q1", "not a tag", "ok").is_none());
    assert!(bad("food", "2026-Q1", "en", "   ").is_none());
}

fn keep(services: &Services, actions: &[StoredAction]) {
    services.with_store(|s| s.replace_actions(actions)).unwrap();
}

#[test]
fn current_means_the_newest_quarter_in_the_residents_language_at_most_three() {
    let dir = TempDir::new("actions-current");
    let services = services_at(&dir.db());
    keep(
        &services,
        &[
            action("be-fedasil", "food", "2026-Q2", "en", "New menu"),
            action(
                "be-fedasil",
                "staff",
                "2026-Q2",
                "en",
                "More staff at night",
            ),
            action(
                "be-fedasil",
                "safety",
                "2026-Q2",
                "en",
                "Lights in the yard",
            ),
            action(
                "be-fedasil",
                "activities",
                "2026-Q2",
                "en",
                "A football pitch",
            ),
            action("be-fedasil", "food", "2026-Q1", "ar", FOOD_AR),
            action("pl-udsc", "waiting-time", "2026-Q3", "en", "A second desk"),
        ],
    );
    let en = services
        .current_actions(&survey("be-fedasil"), &lang("en"))
        .unwrap();
    let texts: Vec<&str> = en.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts,
        ["New menu", "More staff at night", "Lights in the yard"]
    );
    assert_eq!(en[0].topic, Topic::Food);
    // Arabic has only an older quarter: not current, and never English in its place.
    assert!(services
        .current_actions(&survey("be-fedasil"), &lang("ar"))
        .unwrap()
        .is_empty());
    assert!(services
        .current_actions(&survey("lt-desk"), &lang("en"))
        .unwrap()
        .is_empty());
}

fn app(services: &Services) -> Ui {
    Ui::new(VirtualDom::new(App).with_root_context(services.clone()))
}

fn kiosk(ui: &Ui) -> Kiosk {
    ui.dom.in_scope(ScopeId::APP, consume_context::<Kiosk>)
}

/// Answers every question through the kiosk (as taps would) and submits.
fn answer_to_the_end(ui: &mut Ui) {
    for _ in 0..200 {
        let mut k = kiosk(ui);
        let screen = k.session_now().unwrap().screen().clone();
        match screen {
            Screen::Question(id) => {
                let kind = k
                    .session_now()
                    .unwrap()
                    .survey()
                    .question(&id)
                    .unwrap()
                    .kind
                    .clone();
                let answer = match kind {
                    QuestionKind::YesNo => Some(Answer::Choice(choice("yes"))),
                    QuestionKind::Scale { .. } => Some(Answer::Point(7)),
                    _ => None,
                };
                ui.dom.in_runtime(|| {
                    if let Some(a) = answer {
                        k.answer(Some(a));
                    }
                    k.next();
                });
            }
            Screen::Review => ui.dom.in_runtime(|| k.submit()),
            Screen::ThankYou => return,
            other => panic!("unexpected screen {other:?}"),
        }
        ui.update();
    }
    panic!("the survey did not end");
}

#[tokio::test]
async fn the_thank_you_screen_shows_the_residents_language_only() {
    let dir = TempDir::new("actions-ui");
    let services = services_at(&dir.db());
    keep(
        &services,
        &[
            action("be-fedasil", "food", "2026-Q1", "en", FOOD_EN),
            action("be-fedasil", "food", "2026-Q1", "ar", FOOD_AR),
        ],
    );
    let mut ui = app(&services);
    ui.click("button", "العربية");
    ui.click("button", "ابدأ");
    ui.click("button", "فهمت، متابعة");
    answer_to_the_end(&mut ui);
    let html = ui.html();
    assert!(
        html.contains("شكراً"),
        "the thank-you screen, in Arabic: {html}"
    );
    assert!(html.contains(FOOD_AR), "{html}");
    assert!(
        !html.contains(FOOD_EN),
        "never another language's text: {html}"
    );
    assert!(html.contains("قلتم، وفعلنا"), "the heading, in Arabic");
    assert!(
        html.contains("topic-picto topic-food"),
        "the topic's pictogram"
    );
    // The resident can still finish at once.
    ui.click("button", "إنهاء");
    assert!(!ui.html().contains(FOOD_AR));
}

#[tokio::test]
async fn without_an_action_in_their_language_a_resident_sees_no_heading() {
    let dir = TempDir::new("actions-ui-none");
    let services = services_at(&dir.db());
    keep(
        &services,
        &[action("be-fedasil", "food", "2026-Q1", "ar", FOOD_AR)],
    );
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    answer_to_the_end(&mut ui);
    let html = ui.html();
    assert!(html.contains("Thank you!"), "{html}");
    assert!(
        !html.contains("we-did-title"),
        "no heading without an action: {html}"
    );
    assert!(!html.contains(FOOD_AR));
}
