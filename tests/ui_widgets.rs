//! Headless component tests of every question widget: rendered by a real VirtualDom, driven
//! by the events the platforms send (clicks, keys, input), read back as HTML and as answers.

mod support;

use dioxus::prelude::*;
use heard::i18n::{AppTexts, Tr};
use heard::ui::widgets::QuestionWidget;
use heard::ui::words::Words;
use heard_core::ids::{ChoiceId, LangTag, QuestionId};
use heard_core::response::Answer;
use heard_core::survey::{Choice, Question, QuestionKind, ThreeLevelSet};
use heard_core::text::LocalizedText;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use support::ui::Ui;

/// Every answer the widget reported, in order.
#[derive(Clone, Default)]
struct Log(Rc<RefCell<Vec<Option<Answer>>>>);

#[derive(Props, Clone, PartialEq)]
struct HarnessProps {
    question: Question,
    words: Words,
}

/// Hosts a widget the way the question screen does: the reported answer flows back in.
#[allow(non_snake_case)]
fn Harness(props: HarnessProps) -> Element {
    let log = use_context::<Log>();
    let mut answer = use_signal(|| None::<Answer>);
    rsx! {
        div { dir: props.words.dir(), lang: "{props.words.tr.lang()}",
            h1 { id: "question-title", "question" }
            QuestionWidget {
                question: props.question.clone(),
                answer: answer(),
                words: props.words.clone(),
                on_answer: move |a: Option<Answer>| {
                    log.0.borrow_mut().push(a.clone());
                    answer.set(a);
                },
            }
        }
    }
}

fn text(s: &str) -> LocalizedText {
    let mut t = LocalizedText::default();
    t.insert(LangTag::new("en").unwrap(), s);
    t
}

fn question(kind: QuestionKind) -> Question {
    Question {
        id: QuestionId::new("q").unwrap(),
        kind,
        topic: None,
        required: false,
        relevant: None,
        prompt: text("question"),
        hint: LocalizedText::default(),
        satisfied: None,
        measure: None,
        not_identifying: false,
    }
}

fn authored(ids: &[(&str, &str, bool)]) -> Vec<Choice> {
    ids.iter()
        .map(|(id, label, exclusive)| Choice {
            id: ChoiceId::new(*id).unwrap(),
            label: text(label),
            exclusive: *exclusive,
            score: None,
        })
        .collect()
}

fn c(id: &str) -> ChoiceId {
    ChoiceId::new(id).unwrap()
}

fn mount(kind: QuestionKind, lang: &str) -> (Ui, Log) {
    let texts = Arc::new(AppTexts::embedded().unwrap());
    let words = Words::new(
        Tr::new(texts, LangTag::new(lang).unwrap()),
        LangTag::new("en").unwrap(),
    );
    let log = Log::default();
    let dom = VirtualDom::new_with_props(
        Harness,
        HarnessProps {
            question: question(kind),
            words,
        },
    )
    .with_root_context(log.clone());
    (Ui::new(dom), log)
}

fn last(log: &Log) -> Option<Answer> {
    log.0.borrow().last().cloned().flatten()
}

fn checked(ui: &Ui, role: &str, name: &str) -> bool {
    ui.find(role, name).attr("aria-checked") == Some("true")
}

#[test]
fn yes_no_offers_two_labelled_radios_with_pictograms() {
    let (mut ui, log) = mount(QuestionKind::YesNo, "en");
    let radios: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(radios, ["Yes", "No"]);
    assert!(ui.html().contains("role=\"radiogroup\""));
    assert_eq!(ui.html().matches("<svg").count(), 2, "a pictogram on each");
    ui.click("radio", "No");
    assert_eq!(last(&log), Some(Answer::Choice(c("no"))));
    assert!(checked(&ui, "radio", "No"));
    assert!(!checked(&ui, "radio", "Yes"));
}

#[test]
fn arabic_renders_right_to_left_with_arabic_labels() {
    let (mut ui, log) = mount(QuestionKind::YesNo, "ar");
    assert!(
        ui.html().contains("dir=\"rtl\""),
        "direction comes from the languages table"
    );
    ui.click("radio", "نعم");
    assert_eq!(last(&log), Some(Answer::Choice(c("yes"))));
    assert!(checked(&ui, "radio", "نعم"));
}

#[test]
fn multiple_choice_keeps_exclusive_options_alone() {
    let kind = QuestionKind::MultipleChoice {
        choices: authored(&[
            ("noisy", "Noisy", false),
            ("cold", "Cold", false),
            ("none", "None of these", true),
        ]),
        min: None,
        max: None,
    };
    let (mut ui, log) = mount(kind, "en");
    assert_eq!(ui.all("checkbox").len(), 3);
    assert!(ui.html().contains("You can choose more than one."));
    ui.click("checkbox", "Noisy");
    ui.click("checkbox", "Cold");
    assert_eq!(
        last(&log),
        Some(Answer::Choices(vec![c("cold"), c("noisy")]))
    );
    ui.click("checkbox", "None of these");
    assert_eq!(last(&log), Some(Answer::Choices(vec![c("none")])));
    assert!(!checked(&ui, "checkbox", "Noisy"));
    ui.click("checkbox", "Noisy");
    assert_eq!(last(&log), Some(Answer::Choices(vec![c("noisy")])));
    ui.click("checkbox", "Noisy");
    assert_eq!(
        log.0.borrow().last().cloned(),
        Some(None),
        "unticking the last clears the answer"
    );
}

#[test]
fn a_zero_to_ten_scale_answers_by_tap_and_by_arrow_keys() {
    let kind = QuestionKind::Scale {
        min: 0,
        max: 10,
        step: 1,
        low: text("Very bad"),
        high: text("Very good"),
    };
    let (mut ui, log) = mount(kind, "en");
    let points: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(points.len(), 11);
    assert_eq!(points[0], "0 out of 10");
    assert!(ui.html().contains("Very bad") && ui.html().contains("Very good"));
    ui.click("radio", "7 out of 10");
    assert_eq!(last(&log), Some(Answer::Point(7)));
    // Keyboard: the arrow keys move the answer one point.
    ui.key("keydown", "radiogroup", "", Key::ArrowRight);
    assert_eq!(last(&log), Some(Answer::Point(8)));
    ui.key("keydown", "radiogroup", "", Key::End);
    assert_eq!(last(&log), Some(Answer::Point(10)));
    ui.key("keydown", "radiogroup", "", Key::ArrowUp);
    assert_eq!(last(&log), Some(Answer::Point(10)), "never past the end");
    assert!(checked(&ui, "radio", "10 out of 10"));
}

#[test]
fn a_stepped_scale_offers_only_its_points_and_the_keys_move_one_step() {
    let kind = QuestionKind::Scale {
        min: 0,
        max: 100,
        step: 25,
        low: text("Never"),
        high: text("Always"),
    };
    let (mut ui, log) = mount(kind, "en");
    let points: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(
        points,
        [
            "0 out of 100",
            "25 out of 100",
            "50 out of 100",
            "75 out of 100",
            "100 out of 100"
        ]
    );
    ui.click("radio", "50 out of 100");
    assert_eq!(last(&log), Some(Answer::Point(50)));
    ui.key("keydown", "radiogroup", "", Key::ArrowRight);
    assert_eq!(last(&log), Some(Answer::Point(75)));
    ui.key("keydown", "radiogroup", "", Key::ArrowDown);
    ui.key("keydown", "radiogroup", "", Key::ArrowDown);
    assert_eq!(last(&log), Some(Answer::Point(25)));
}

#[test]
fn a_likert_choice_is_shown_as_a_scale_of_its_own_words() {
    let kind = QuestionKind::SingleChoice {
        choices: authored(&[
            ("disagree", "Disagree", false),
            ("neutral", "Neither", false),
            ("agree", "Agree", false),
        ]),
        likert: true,
    };
    let (mut ui, log) = mount(kind, "en");
    let html = ui.html();
    assert!(html.contains("class=\"scale likert\""), "{html}");
    let points: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(points, ["Disagree", "Neither", "Agree"]);
    ui.click("radio", "Neither");
    assert_eq!(last(&log), Some(Answer::Choice(c("neutral"))));
    ui.key("keydown", "radiogroup", "", Key::ArrowRight);
    assert_eq!(last(&log), Some(Answer::Choice(c("agree"))));
    ui.key("keydown", "radiogroup", "", Key::Home);
    assert_eq!(last(&log), Some(Answer::Choice(c("disagree"))));
    // Without the appearance the same choices are the usual list.
    let (ui, _) = mount(
        QuestionKind::SingleChoice {
            choices: authored(&[("a", "A", false), ("b", "B", false)]),
            likert: false,
        },
        "en",
    );
    assert!(!ui.html().contains("likert"));
}

#[test]
fn in_right_to_left_languages_the_arrow_keys_are_mirrored() {
    let kind = QuestionKind::Scale {
        min: 1,
        max: 5,
        step: 1,
        low: text("low"),
        high: text("high"),
    };
    let (mut ui, log) = mount(kind, "ar");
    ui.click("radio", "3 من 5");
    ui.key("keydown", "radiogroup", "", Key::ArrowRight);
    assert_eq!(last(&log), Some(Answer::Point(2)));
    ui.key("keydown", "radiogroup", "", Key::ArrowLeft);
    ui.key("keydown", "radiogroup", "", Key::ArrowLeft);
    assert_eq!(last(&log), Some(Answer::Point(4)));
}

#[test]
fn smiley_faces_are_inline_svg_buttons_named_for_screen_readers() {
    let (mut ui, log) = mount(QuestionKind::Smiley { faces: 5 }, "en");
    let names: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        [
            "Very bad",
            "Bad",
            "Neither good nor bad",
            "Good",
            "Very good"
        ]
    );
    assert_eq!(ui.html().matches("<svg").count(), 5);
    ui.click("radio", "Good");
    assert_eq!(last(&log), Some(Answer::Point(4)));
    ui.key("keydown", "radiogroup", "", Key::Home);
    assert_eq!(last(&log), Some(Answer::Point(1)));
    let (ui3, _) = mount(QuestionKind::Smiley { faces: 3 }, "fr");
    let names: Vec<_> = ui3.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(names, ["Mauvais", "Ni bon ni mauvais", "Bon"]);
}

#[test]
fn three_level_sentiment_and_thumbs_use_the_shared_labels() {
    let (mut ui, log) = mount(
        QuestionKind::ThreeLevel {
            levels: ThreeLevelSet::Expectations,
        },
        "en",
    );
    let names: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        [
            "Better than I expected",
            "As I expected",
            "Worse than I expected"
        ]
    );
    ui.click("radio", "As I expected");
    assert_eq!(last(&log), Some(Answer::Choice(c("at"))));

    let (mut ui, log) = mount(
        QuestionKind::ThreeLevel {
            levels: ThreeLevelSet::Effectiveness,
        },
        "nl",
    );
    ui.click("radio", "Het werkte niet");
    assert_eq!(last(&log), Some(Answer::Choice(c("critical"))));

    let (mut ui, log) = mount(QuestionKind::Sentiment, "en");
    assert_eq!(ui.all("radio").len(), 3);
    ui.click("radio", "Neither good nor bad");
    assert_eq!(last(&log), Some(Answer::Choice(c("neutral"))));

    let (mut ui, log) = mount(QuestionKind::Thumbs, "en");
    ui.click("radio", "Not good");
    assert_eq!(last(&log), Some(Answer::Choice(c("down"))));
    assert!(checked(&ui, "radio", "Not good"));
}

#[test]
fn ranking_is_ordered_by_taps_and_corrected_with_buttons_or_keys() {
    let kind = QuestionKind::Ranking {
        choices: authored(&[
            ("food", "Food", false),
            ("safety", "Safety", false),
            ("rooms", "Rooms", false),
        ]),
    };
    let (mut ui, log) = mount(kind, "en");
    ui.click("button", "Safety");
    ui.click("button", "Food");
    assert_eq!(last(&log), None, "no answer until every item has a place");
    assert!(ui.html().contains("Your order"));
    ui.click("button", "Rooms");
    assert_eq!(
        last(&log),
        Some(Answer::Order(vec![c("safety"), c("food"), c("rooms")]))
    );
    // Buttons (reachable by keyboard and switch) fix the order.
    ui.click("button", "Move up: Rooms");
    assert_eq!(
        last(&log),
        Some(Answer::Order(vec![c("safety"), c("rooms"), c("food")]))
    );
    ui.click("button", "Move down: Safety");
    assert_eq!(
        last(&log),
        Some(Answer::Order(vec![c("rooms"), c("safety"), c("food")]))
    );
    let first_up = ui.find("button", "Move up: Rooms");
    assert_eq!(
        first_up.attr("disabled"),
        Some("true"),
        "the first item cannot go higher"
    );
    ui.click("button", "Take out of the order: Safety");
    assert_eq!(log.0.borrow().last().cloned(), Some(None));
    ui.click("button", "Start the order again");
    assert!(ui.try_find("button", "Move up: Rooms").is_none());
}

#[test]
fn free_text_becomes_the_answer_when_the_field_is_left() {
    let (mut ui, log) = mount(
        QuestionKind::FreeText {
            min_length: 0,
            max_length: 300,
        },
        "en",
    );
    assert!(ui.html().contains("maxlength=\"300\""));
    assert!(
        ui.html().contains("<label"),
        "the field has a visible label"
    );
    ui.type_text("textarea", "", "  The food is good  ");
    assert_eq!(
        last(&log),
        Some(Answer::Text("The food is good".to_owned()))
    );
    assert!(ui.html().contains("20 of 300 characters"));
    ui.type_text("textarea", "", "   ");
    assert_eq!(log.0.borrow().last().cloned(), Some(None), "blank clears");
}

#[test]
fn numbers_can_be_typed_or_stepped_and_bad_input_is_explained() {
    let (mut ui, log) = mount(
        QuestionKind::Number {
            min: 0,
            max: 1000,
            decimals: 1,
        },
        "en",
    );
    ui.type_text("input", "", "12,5");
    assert_eq!(last(&log), Some(Answer::Number(125)));
    ui.click("button", "More");
    assert_eq!(last(&log), Some(Answer::Number(135)));
    ui.click("button", "Less");
    ui.click("button", "Less");
    assert_eq!(last(&log), Some(Answer::Number(115)));
    let before = log.0.borrow().len();
    ui.type_text("input", "", "twelve");
    assert_eq!(
        log.0.borrow().len(),
        before,
        "invalid input is not an answer"
    );
    assert!(ui.html().contains("Please enter a number from 0 to 100."));
    assert!(ui.html().contains("aria-invalid=\"true\""));
}

#[test]
fn info_screens_have_nothing_to_answer() {
    let (ui, _) = mount(QuestionKind::Info, "en");
    assert!(ui.elements().is_empty());
}

#[test]
fn demographic_questions_use_bands_and_named_countries() {
    let (mut ui, log) = mount(QuestionKind::AgeBand, "en");
    assert_eq!(ui.all("radio").len(), 9);
    ui.click("radio", "25 to 34");
    assert_eq!(last(&log), Some(Answer::Choice(c("age-25-34"))));

    let (mut ui, log) = mount(QuestionKind::Sex, "fr");
    ui.click("radio", "Femme");
    assert_eq!(last(&log), Some(Answer::Choice(c("female"))));

    let kind = QuestionKind::Nationality {
        countries: vec![c("sy"), c("xk")],
    };
    let (mut ui, log) = mount(kind, "ar");
    let names: Vec<_> = ui.all("radio").into_iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        ["سوريا", "XK", "غير ذلك", "أفضل عدم الإجابة"],
        "untranslated codes show as codes"
    );
    ui.click("radio", "سوريا");
    assert_eq!(last(&log), Some(Answer::Choice(c("sy"))));

    let (mut ui, log) = mount(QuestionKind::LengthOfStay, "nl");
    ui.click("radio", "6 tot 12 maanden");
    assert_eq!(last(&log), Some(Answer::Choice(c("months-6-12"))));
}

#[test]
fn a_survey_hint_replaces_the_generic_several_answers_hint() {
    let texts = Arc::new(AppTexts::embedded().unwrap());
    let words = Words::new(
        Tr::new(texts, LangTag::new("en").unwrap()),
        LangTag::new("en").unwrap(),
    );
    let mut q = question(QuestionKind::MultipleChoice {
        choices: authored(&[("a", "A", false), ("b", "B", false)]),
        min: None,
        max: None,
    });
    q.hint = text("Tick all that apply.");
    let dom = VirtualDom::new_with_props(Harness, HarnessProps { question: q, words })
        .with_root_context(Log::default());
    let ui = Ui::new(dom);
    assert!(!ui.html().contains("You can choose more than one."));
}
