//! The whole app, headless: the real `App` over a real store, driven by simulated events.
//! Checks what the resident sees against what the database holds at each step.

mod support;

use dioxus::prelude::*;
use dioxus_html::{PlatformEventData, SerializedFormData};
use heard::services::Services;
use heard::ui::{App, Kiosk};
use heard_core::response::{Answer, Response};
use rusqlite::Connection;
use std::any::Any;
use std::path::Path;
use std::rc::Rc;
use std::time::{Duration, Instant};
use support::ui::Ui;
use support::*;

fn app(services: &Services) -> Ui {
    Ui::new(VirtualDom::new(App).with_root_context(services.clone()))
}

/// (state, response) of every stored row, read from outside the app.
fn rows(db: &Path) -> Vec<(String, Response)> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare("SELECT state, body FROM response").unwrap();
    stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })
    .unwrap()
    .map(|row| {
        let (state, body) = row.unwrap();
        (state, serde_json::from_slice(&body).unwrap())
    })
    .collect()
}

/// A survey's wording, from the same embedded files the app shows.
fn prompt(survey: &str, question: &str, language: &str) -> String {
    let survey = heard::catalog::Catalog::embedded()
        .get(&heard_core::ids::SurveyId::new(survey).unwrap())
        .unwrap();
    let q = survey
        .question(&heard_core::ids::QuestionId::new(question).unwrap())
        .unwrap();
    q.prompt.get(&lang(language)).unwrap().to_owned()
}

fn kiosk(ui: &Ui) -> Kiosk {
    ui.dom.in_scope(ScopeId::APP, consume_context::<Kiosk>)
}

#[tokio::test]
async fn each_answer_is_in_the_database_before_the_next_screen() {
    let dir = TempDir::new("app-flow");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    assert!(
        ui.html().contains("Choose your language"),
        "the app opens on the language grid"
    );
    let languages: Vec<_> = ui
        .elements()
        .into_iter()
        .filter(|f| f.attr("class") == Some("choice language"))
        .map(|f| f.name)
        .collect();
    assert_eq!(
        languages[..5],
        ["Nederlands", "Français", "Deutsch", "English", "العربية"],
        "autonyms, table order"
    );
    ui.click("button", "العربية");
    let html = ui.html();
    assert!(
        html.contains("lang=\"ar\"") && html.contains("dir=\"rtl\""),
        "{html}"
    );
    // The welcome follows in the chosen language, its Start with an icon.
    assert!(html.contains("class=\"button-icon mirrored\""), "{html}");
    ui.click("button", "ابدأ");
    let html = ui.html();
    assert!(
        html.contains("إجاباتك بدون اسم"),
        "the anonymity statement, in Arabic"
    );
    assert!(
        rows(&dir.db()).is_empty(),
        "nothing is saved before the first answer"
    );
    ui.click("button", "فهمت، متابعة");
    assert!(ui
        .html()
        .contains(&prompt("be-fedasil", "room-satisfied", "ar")));
    ui.click("radio", "لا");
    let saved = rows(&dir.db());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, "in-progress");
    assert_eq!(saved[0].1.language.as_str(), "ar");
    assert_eq!(
        serde_json::to_string(&saved[0].1.answers).unwrap(),
        r#"{"room-satisfied":{"choice":"no"}}"#
    );
    // The follow-up only shows because the saved answer was "no".
    ui.click("button", "التالي");
    assert!(ui
        .html()
        .contains(&prompt("be-fedasil", "room-reasons", "ar")));
    ui.click("button", "رجوع");
    assert!(ui
        .html()
        .contains(&prompt("be-fedasil", "room-satisfied", "ar")));
    assert!(ui.find("radio", "لا").attr("aria-checked") == Some("true"));
}

#[tokio::test]
async fn stop_and_delete_leaves_nothing_and_says_so_on_the_first_screen() {
    let dir = TempDir::new("app-discard");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    ui.click("radio", "Yes");
    assert_eq!(rows(&dir.db()).len(), 1);
    ui.click("button", "Stop");
    let html = ui.html();
    assert!(html.contains("role=\"dialog\""));
    // Modal for screen readers too: the question behind it is inert.
    assert!(
        html.contains("<div class=\"resident\" inert=\"true\">"),
        "{html}"
    );
    ui.click("button", "Continue the survey");
    assert!(!ui.html().contains("inert="));
    assert!(!ui.html().contains("role=\"dialog\""));
    ui.click("button", "Stop");
    ui.click("button", "Stop and delete my answers");
    assert!(rows(&dir.db()).is_empty());
    let html = ui.html();
    assert!(html.contains("Choose your language"), "{html}");
    // The first screen says the answers were deleted, in the resident's language.
    assert!(
        html.contains("class=\"deleted-notice\" role=\"status\" lang=\"en\""),
        "{html}"
    );
    assert!(html.contains("Your answers have been deleted."), "{html}");
    assert_eq!(services.counts().unwrap().abandoned_today, 0);
    // The next resident's choice clears it.
    ui.click("button", "Deutsch");
    assert!(!ui.html().contains("class=\"deleted-notice\""));
}

#[tokio::test]
async fn stop_and_keep_files_the_answers_as_abandoned() {
    let dir = TempDir::new("app-keep");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "Nederlands");
    ui.click("button", "Beginnen");
    ui.click("button", "Ik begrijp het, verder");
    ui.click("radio", "Ja");
    ui.click("button", "Stoppen");
    ui.click("button", "Stoppen en mijn antwoorden bewaren");
    let saved = rows(&dir.db());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, "abandoned");
    assert_eq!(saved[0].1.answers.len(), 1);
    assert_eq!(services.counts().unwrap().abandoned_today, 1);
    let html = ui.html();
    assert!(
        html.contains("Choose your language"),
        "the next resident starts afresh, in the device language"
    );
    assert!(
        !html.contains("class=\"deleted-notice\""),
        "kept, not deleted: {html}"
    );
}

#[tokio::test]
async fn a_one_tap_desk_records_a_tap_and_resets() {
    let dir = TempDir::new("app-one-tap");
    let services = services_at(&dir.db());
    services
        .save_settings("lt-desk", "lt-vilnius", "desk-3", "3")
        .unwrap()
        .unwrap();
    let mut ui = app(&services);
    // No welcome, language or anonymity screens: the smileys straight away.
    assert!(ui.html().contains(&prompt("lt-desk", "service", "en")));
    assert!(ui.try_find("button", "Next").is_none());
    assert!(
        ui.try_find("button", "Listen").is_some(),
        "residents can have the question read aloud"
    );
    ui.click("radio", "Very good");
    assert!(ui.html().contains(&prompt("lt-desk", "pleased", "en")));
    ui.click("radio", "The staff were friendly");
    assert!(ui.html().contains("Thank you!"));
    let saved = rows(&dir.db());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, "complete");
    assert_eq!(
        serde_json::to_string(&saved[0].1.answers).unwrap(),
        r#"{"pleased":{"choice":"friendly"},"service":{"point":5}}"#
    );
    assert_eq!(
        saved[0].1.service_point.as_ref().unwrap().as_str(),
        "desk-3"
    );
    ui.click("button", "Finish");
    assert!(ui.html().contains(&prompt("lt-desk", "service", "en")));
    assert!(
        ui.all("radio")
            .iter()
            .all(|r| r.attr("aria-checked") == Some("false")),
        "nothing of the last response is shown"
    );
}

#[tokio::test]
async fn staff_enter_paper_forms_from_the_panel_and_return_to_it() {
    let dir = TempDir::new("app-paper");
    let services = services_at(&dir.db());
    services
        .save_settings("lt-desk", "lt-kaunas", "", "3")
        .unwrap()
        .unwrap();
    let mut ui = app(&services);
    let corner = "Staff: hold for 2 seconds";
    // A tap is not enough.
    ui.pointer("pointerdown", "button", corner);
    ui.pointer("pointerup", "button", corner);
    assert!(!ui.html().contains("Staff access"));
    // Held for two seconds, it asks for the PIN.
    ui.pointer("pointerdown", "button", corner);
    std::thread::sleep(Duration::from_millis(2_050));
    ui.pointer("pointerup", "button", corner);
    assert!(ui.html().contains("Staff access"));
    ui.type_text("input", "", "1111");
    ui.click("button", "Unlock");
    assert!(ui.html().contains("Wrong PIN. 4 tries left."));
    ui.type_text("input", "", STAFF_PIN);
    ui.click("button", "Unlock");
    let html = ui.html();
    assert!(html.contains("Staff panel"));
    // The recording section lists the survey's wording (to be read aloud), never answers.
    let before_recordings = html.split("panel-section recordings").next().unwrap();
    assert!(
        !before_recordings.contains("friendly"),
        "staff never see answers"
    );
    ui.click("radio", "From a paper form");
    ui.click("button", "Enter a response");
    let html = ui.html();
    assert!(
        html.contains(&prompt("lt-desk", "service", "en")),
        "no welcome for staff entry"
    );
    assert!(html.contains("From a paper form"), "the mode badge shows");
    assert!(
        ui.try_find("button", "Listen").is_none(),
        "staff entering a form get no audio"
    );
    ui.click("radio", "Very bad");
    ui.click("radio", "I waited too long");
    ui.click("button", "Finish");
    assert!(
        ui.html().contains("Staff panel"),
        "back to the panel for the next form"
    );
    let saved = rows(&dir.db());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].1.mode.as_str(), "paper");
    assert!(
        ui.html().contains("<dd>1</dd>"),
        "the completed count shows"
    );
}

#[tokio::test]
async fn an_unattended_response_asks_first_then_is_kept_as_abandoned() {
    let dir = TempDir::new("app-idle");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    ui.click("radio", "No");
    let mut kiosk = kiosk(&ui);
    let now = Instant::now();
    ui.dom
        .in_runtime(|| kiosk.tick(now + Duration::from_secs(170)));
    ui.update();
    assert!(!ui.html().contains("Are you still there?"));
    ui.dom
        .in_runtime(|| kiosk.tick(now + Duration::from_secs(185)));
    ui.update();
    assert!(ui.html().contains("Are you still there?"));
    assert!(ui.html().contains("role=\"alertdialog\""));
    ui.dom
        .in_runtime(|| kiosk.tick(now + Duration::from_secs(215)));
    ui.update();
    let html = ui.html();
    assert!(
        html.contains("Choose your language"),
        "reset to the first screen"
    );
    assert!(!html.contains(&prompt("be-fedasil", "room-satisfied", "en")));
    let saved = rows(&dir.db());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, "abandoned");
}

#[tokio::test]
async fn the_still_there_prompt_is_dismissed_by_a_touch() {
    let dir = TempDir::new("app-still-there");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("button", "Start");
    let mut kiosk = kiosk(&ui);
    ui.dom
        .in_runtime(|| kiosk.tick(Instant::now() + Duration::from_secs(181)));
    ui.update();
    ui.click("button", "Yes, I am still here");
    assert!(!ui.html().contains("Are you still there?"));
    assert!(
        ui.html().contains("Your answers are anonymous"),
        "the resident carries on"
    );
}

/// A survey whose only questions are required, the last one free text: in English and Arabic.
const LISTEN_TEXT_SURVEY: &str = r#"
id = "listen-text"
version = "1"
default-language = "en"

[flow]
welcome = false
language-choice = true
anonymity = false
review = false

[[section]]
id = "main"

[[section.question]]
id = "food-ok"
kind = "yes-no"
topic = "food"
required = true
satisfied = ["yes"]

[[section.question]]
id = "tell-us"
kind = "free-text"
required = true
max-length = 200
"#;

fn listen_text_services(db: &Path) -> Services {
    let en = "survey-title = Listening\nsection-main = Main\nfood-ok = Is the food good?\ntell-us = Tell us more.\n";
    let ar = "survey-title = استماع\nsection-main = رئيسي\nfood-ok = هل الطعام جيد؟\ntell-us = أخبرنا المزيد.\n";
    let catalog = heard::catalog::Catalog::from_files(&[
        ("assets/surveys/listen-text.toml", LISTEN_TEXT_SURVEY),
        ("locales/en/surveys/listen-text.ftl", en),
        ("locales/ar/surveys/listen-text.ftl", ar),
    ]);
    assert!(
        catalog.problems().is_empty(),
        "the test survey loads: {:?}",
        catalog.problems()
    );
    let services = Services::new(
        heard::store::Store::open(db).unwrap(),
        catalog,
        heard::i18n::AppTexts::embedded().unwrap(),
        lang("en"),
    );
    set_up(&services);
    services
}

/// Records every prompt a survey's listening path lacks in `language` (real Opus files of the
/// repository stand in for the takes), as staff do in the panel: the language may then be
/// offered by ear.
fn record_missing(services: &Services, survey: &str, language: &str) {
    let survey = services
        .catalog()
        .get(&heard_core::ids::SurveyId::new(survey).unwrap())
        .unwrap();
    // Recordings are kept by content: a different real file for each take.
    let mut takes = std::fs::read_dir("assets/audio/ar")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "opus"));
    let gaps = services.listening_gaps(&survey, &lang(language)).unwrap();
    assert!(
        !gaps.is_empty(),
        "the test survey has no {language} audio of its own"
    );
    for gap in gaps {
        let take = std::fs::read(takes.next().unwrap()).unwrap();
        let owner = gap.in_survey_manifest.then_some(&survey.id);
        services
            .keep_recording(owner, gap.target, lang(language), take)
            .unwrap()
            .unwrap();
    }
    let left = services.listening_gaps(&survey, &lang(language)).unwrap();
    assert!(left.is_empty(), "still missing: {left:?}");
}

/// A resident who chose their language by ear is never required to write (the core's
/// `is_required`): the screen must not disable Next on a required free-text question. The
/// screen once decided this itself (`q.required && …`) and left listening residents stuck.
#[tokio::test]
async fn a_listening_resident_finishes_a_survey_whose_required_question_is_free_text() {
    let dir = TempDir::new("listen-text");
    let services = listen_text_services(&dir.db());
    // Silent questions: Arabic is not offered by ear until they are recorded.
    let ui = app(&services);
    assert!(ui.try_find("button", "العربية: استمع").is_none());
    drop(ui);
    record_missing(&services, "listen-text", "ar");
    let mut ui = app(&services);
    ui.click("button", "العربية: استمع");
    assert!(kiosk(&ui).audio_first());
    ui.click("radio", "نعم");
    ui.click("button", "التالي");
    let next = ui.find("button", "التالي");
    assert_eq!(
        next.attr("disabled"),
        Some("false"),
        "Next stays enabled on the free-text question for a listening resident: {}",
        ui.html()
    );
    ui.click("button", "التالي");
    let stored = rows(&dir.db());
    assert_eq!(stored.len(), 1, "one response stored");
    let (state, response) = &stored[0];
    assert_ne!(state, "in-progress", "the response was finished: {state}");
    assert_eq!(
        response.status,
        heard_core::response::ResponseStatus::Complete
    );
    assert!(response.audio_used);
    assert_eq!(
        response.answers.len(),
        1,
        "no text was asked of the resident"
    );
}

/// The same survey read, not heard: the free-text answer stays required.
#[tokio::test]
async fn a_reading_resident_must_still_answer_a_required_free_text_question() {
    let dir = TempDir::new("read-text");
    let services = listen_text_services(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("radio", "Yes");
    ui.click("button", "Next");
    assert_eq!(ui.find("button", "Next").attr("disabled"), Some("true"));
}

/// Types into the field with this `id` the way a resident does, one `input` event per
/// character, without ever leaving it (no `change`, no blur).
fn type_without_leaving(ui: &mut Ui, id: &str, text: &str) {
    let mut typed = String::new();
    for c in text.chars() {
        typed.push(c);
        let at = ui
            .elements()
            .into_iter()
            .find(|f| f.attr("id") == Some(id))
            .unwrap_or_else(|| panic!("no field with id {id:?}"))
            .id;
        let data =
            PlatformEventData::new(Box::new(SerializedFormData::new(typed.clone(), Vec::new())));
        let data: Rc<dyn Any> = Rc::new(data);
        ui.dom
            .runtime()
            .handle_event("input", dioxus_core::Event::new(data, true), at);
        ui.update();
    }
}

/// The stored answer to `tell-us` (the listen-text survey's free text), if any.
fn stored_text(db: &Path) -> Option<String> {
    let stored = rows(db);
    assert!(stored.len() <= 1, "one response at most: {stored:?}");
    let tell_us = heard_core::ids::QuestionId::new("tell-us").unwrap();
    match stored.first()?.1.answers.get(&tell_us)? {
        Answer::Text(text) => Some(text.clone()),
        other => panic!("not a text answer: {other:?}"),
    }
}

/// A resident who reads types on a required free-text question and taps Next once. The typed
/// text once became the answer only when the field was left, so that first tap merely left the
/// field (enabling Next) and a second tap was needed. Next is enabled from the first character,
/// without leaving the field; the text is saved after a pause in typing, not at each keystroke.
#[tokio::test]
async fn one_tap_on_next_after_typing_a_required_free_text_answer() {
    let dir = TempDir::new("type-text");
    let services = listen_text_services(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("radio", "Yes");
    ui.click("button", "Next");
    assert_eq!(ui.find("button", "Next").attr("disabled"), Some("true"));

    type_without_leaving(&mut ui, "free-text", "C");
    assert_eq!(
        ui.find("button", "Next").attr("disabled"),
        Some("false"),
        "Next is enabled by the first character typed: {}",
        ui.html()
    );
    assert_eq!(
        stored_text(&dir.db()).as_deref(),
        Some("C"),
        "the answer that enabled Next is saved at once"
    );

    type_without_leaving(&mut ui, "free-text", "Cold soup");
    assert_eq!(
        stored_text(&dir.db()).as_deref(),
        Some("C"),
        "no write at each keystroke"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while stored_text(&dir.db()).as_deref() != Some("Cold soup") {
        assert!(
            Instant::now() < deadline,
            "the text is saved after a pause in typing: {:?}",
            stored_text(&dir.db())
        );
        ui.settle().await;
    }

    ui.click("button", "Next");
    let stored = rows(&dir.db());
    assert_eq!(stored.len(), 1, "one response stored");
    let (state, response) = &stored[0];
    assert_eq!(state, "complete", "one tap on Next finished the survey");
    assert_eq!(
        response.status,
        heard_core::response::ResponseStatus::Complete
    );
    assert_eq!(stored_text(&dir.db()).as_deref(), Some("Cold soup"));
    assert!(!response.audio_used);
}

/// A wrong current PIN in the panel's change form counts as a try, and staff are told how many
/// are really left (the panel once said 4 whatever the count).
#[tokio::test]
async fn a_wrong_current_pin_shows_the_real_number_of_tries_left() {
    let dir = TempDir::new("pin-tries");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    open_staff_panel(&mut ui);
    for expected in ["Wrong PIN. 4 tries left.", "Wrong PIN. 3 tries left."] {
        ui.type_into("pin-current", "999999");
        ui.type_into("pin-new", "482916");
        ui.type_into("pin-again", "482916");
        ui.click("button", "Change the PIN");
        let html = ui.html();
        assert!(html.contains(expected), "expected {expected:?} in {html}");
    }
}

/// The staff panel's recording items and coverage report are read by the controller, not while
/// rendering: a recording kept through it shows in both at once, and the coverage report stays
/// as read until the next refresh even if the store changes behind the panel's back.
#[tokio::test]
async fn a_kept_recording_shows_in_the_items_and_the_coverage_report_at_once() {
    use heard_core::media::MediaOrigin;
    let dir = TempDir::new("app-recording");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    open_staff_panel(&mut ui);
    ui.type_into("recording-language", "ti");
    let mut kiosk = kiosk(&ui);
    let media = kiosk.staff_media();
    assert_eq!(media.language, lang("ti"));
    let survey = media.survey.clone().expect("a survey to record for");
    // The number in the coverage report's "recorded" column for a survey and language.
    let recorded = |ui: &Ui, language: &str| -> u32 {
        let html = ui.html();
        let table = html
            .split(&format!("data-survey=\"{survey}\""))
            .nth(1)
            .expect("the survey's coverage");
        let row = table
            .split(&format!("data-lang=\"{language}\""))
            .nth(1)
            .expect("the language's row");
        let cell = row.split("class=\"recorded\">").nth(1).unwrap();
        cell[..cell.find('<').unwrap()].parse().unwrap()
    };
    let before = recorded(&ui, "ti");
    let slot = media
        .slots
        .iter()
        .find(|s| s.survey.as_ref() == Some(&survey) && s.origin.is_none())
        .expect("an item of the survey without audio in Tigrinya")
        .clone();
    assert_eq!(
        media.slots.first().map(|s| s.origin.clone()),
        Some(None),
        "missing items first"
    );
    let mut take = vec![0x1a, 0x45, 0xdf, 0xa3];
    take.extend(std::iter::repeat_n(7u8, 400));
    kiosk.keep_recording(&slot, take.clone()).unwrap().unwrap();
    ui.update();
    assert_eq!(recorded(&ui, "ti"), before + 1, "the report counts it");
    let kept = kiosk.staff_media();
    let item = kept.slots.iter().find(|s| s.target == slot.target).unwrap();
    assert_eq!(item.origin, Some(MediaOrigin::Recorded));
    assert!(
        ui.html().contains(&format!("{} (Recorded)", item.text)),
        "the item list says it is recorded"
    );
    // Kept behind the panel's back (as a sync would): shown once the panel reads again.
    let other = kept
        .slots
        .iter()
        .find(|s| s.survey.as_ref() == Some(&survey) && s.origin.is_none())
        .unwrap();
    // Other bytes: recordings are kept by content hash.
    take.push(8);
    services
        .keep_recording(Some(&survey), other.target.clone(), lang("ti"), take)
        .unwrap()
        .unwrap();
    ui.update();
    assert_eq!(recorded(&ui, "ti"), before + 1, "rendering reads no store");
    kiosk.refresh_staff();
    ui.update();
    assert_eq!(recorded(&ui, "ti"), before + 2);
    assert_eq!(
        kiosk.staff_media().language,
        lang("ti"),
        "the language stays"
    );
}

/// Issue 15, finding 3: a new tablet opens in first-run setup, never in the resident's screens
/// (not even after a long idle time), refuses a common PIN in plain words, and opens the
/// welcome screen once staff choose a strong one.
#[tokio::test]
async fn a_new_tablet_opens_in_setup_until_staff_choose_a_strong_pin() {
    let dir = TempDir::new("app-setup");
    let services = new_tablet_at(&dir.db());
    let mut ui = app(&services);
    let html = ui.html();
    assert!(html.contains("Set up this tablet"), "{html}");
    assert!(
        !html.contains("Welcome") && !html.contains("Choose your language"),
        "no resident screen before setup"
    );
    kiosk(&ui).tick(Instant::now() + Duration::from_secs(3600));
    ui.update();
    assert!(
        ui.html().contains("Set up this tablet"),
        "idle time never leaves setup"
    );

    ui.type_text_by_id("setup-pin", "123456");
    ui.type_text_by_id("setup-pin-again", "123456");
    ui.click("button", "Save the PIN");
    assert!(ui
        .html()
        .contains("This PIN is one of the most common PINs. Choose another."));
    assert!(services.needs_setup().unwrap(), "nothing kept");

    ui.type_text_by_id("setup-pin", STAFF_PIN);
    ui.type_text_by_id("setup-pin-again", STAFF_PIN);
    ui.click("button", "Save the PIN");
    let html = ui.html();
    assert!(html.contains("Choose your language"), "{html}");
    assert!(!html.contains("Set up this tablet"));
    assert!(!services.needs_setup().unwrap());
    // The next start opens at the language grid.
    drop(ui);
    let ui = app(&services_at(&dir.db()));
    assert!(ui.html().contains("Choose your language"));
}

/// Issue 18, finding 4: Review → Change → one Next back to the review, unless the change makes
/// a new question relevant, which is asked first.
#[tokio::test]
async fn change_from_the_review_comes_back_to_the_review() {
    let dir = TempDir::new("app-review-change");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    for _ in 0..30 {
        if ui.html().contains("Check your answers") {
            break;
        }
        if ui.try_find("radio", "Yes").is_some() {
            ui.click("radio", "Yes");
        }
        if ui.try_find("radio", "8 out of 10").is_some() {
            ui.click("radio", "8 out of 10");
        }
        ui.click("button", "Next");
    }
    assert!(ui.html().contains("Check your answers"));
    let room = prompt("be-fedasil", "room-satisfied", "en");
    ui.click("button", &format!("Change: {room}"));
    assert!(ui.html().contains(&room));
    ui.click("button", "Next");
    assert!(
        ui.html().contains("Check your answers"),
        "one Next, back at the review"
    );
    // "No" makes the reasons relevant: asked, then the review again.
    ui.click("button", &format!("Change: {room}"));
    ui.click("radio", "No");
    ui.click("button", "Next");
    assert!(ui
        .html()
        .contains(&prompt("be-fedasil", "room-reasons", "en")));
    ui.click("button", "Next");
    assert!(ui.html().contains("Check your answers"));
}

#[tokio::test]
async fn what_is_kept_lists_every_stored_field_in_the_residents_language() {
    let dir = TempDir::new("app-kept");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "العربية");
    ui.click("button", "ابدأ");
    ui.click("button", "ما الذي يُحفظ؟");
    let html = ui.html();
    // A modal dialog: the anonymity screen behind it is inert.
    assert!(
        html.contains("role=\"dialog\"") && html.contains("aria-modal=\"true\""),
        "{html}"
    );
    assert!(
        html.contains("<div class=\"resident\" inert=\"true\">"),
        "{html}"
    );
    // One line per stored field and per thing never stored, in Arabic, no English left.
    let lines = html.matches("<li").count();
    let fields = heard_core::kept::KEPT_FIELDS.len();
    assert_eq!(lines, fields + heard_core::kept::NEVER_KEPT.len(), "{html}");
    for arabic in [
        "إجاباتك",
        "الشهر، وليس اليوم أو الساعة",
        "اسمك، أو أي رقم يخصك",
    ] {
        assert!(html.contains(arabic), "{arabic} in {html}");
    }
    for english in ["Your answers", "Never kept", "The month"] {
        assert!(!html.contains(english), "{english} in {html}");
    }
    ui.click("button", "إغلاق");
    let html = ui.html();
    assert!(!html.contains("role=\"dialog\"") && !html.contains("inert="));
    // The lines match what the store then holds: every key of the saved response has its line.
    ui.click("button", "فهمت، متابعة");
    ui.click("radio", "لا");
    let saved = rows(&dir.db());
    let json = serde_json::to_value(&saved[0].1).unwrap();
    let stored: std::collections::BTreeSet<_> = json.as_object().unwrap().keys().cloned().collect();
    let listed: std::collections::BTreeSet<_> = heard_core::kept::KEPT_FIELDS
        .iter()
        .map(|f| f.key.to_owned())
        .collect();
    assert_eq!(stored, listed);
    assert_eq!(lines - heard_core::kept::NEVER_KEPT.len(), stored.len());
}
