//! Headless tests of the language grid and audio-first mode: the real `App` over a real store,
//! driven by simulated events, read back as HTML and as the kiosk's state.

mod support;

use dioxus::prelude::*;
use heard::services::Services;
use heard::ui::playback::{kept_playlist, stop_playlist, Spoken};
use heard::ui::screens::{LanguageChoice, LanguageGrid, LanguageTile};
use heard::ui::{App, Kiosk};
use heard_core::ids::ChoiceId;
use std::cell::RefCell;
use std::rc::Rc;
use support::ui::Ui;
use support::*;

fn app(services: &Services) -> Ui {
    Ui::new(VirtualDom::new(App).with_root_context(services.clone()))
}

fn kiosk(ui: &Ui) -> Kiosk {
    ui.dom.in_scope(ScopeId::APP, consume_context::<Kiosk>)
}

/// The outer HTML of the first element whose opening tag contains `marker`.
fn element_with(html: &str, marker: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    let end = html[at..].find('>').unwrap() + at;
    html[start..=end].to_owned()
}

const AUTONYMS: [&str; 18] = [
    "Nederlands",
    "Français",
    "Deutsch",
    "English",
    "العربية",
    "فارسی",
    "دری",
    "پښتو",
    "کوردی",
    "Kurmancî",
    "Türkçe",
    "ትግርኛ",
    "Soomaali",
    "Русский",
    "Українська",
    "Español",
    "Suomi",
    "Svenska",
];

#[tokio::test]
async fn the_grid_offers_all_eighteen_by_autonym_each_with_a_speaker() {
    let dir = TempDir::new("grid");
    let services = services_at(&dir.db());
    let ui = app(&services);
    // Language first: the grid is the first screen.
    let names: Vec<String> = ui
        .elements()
        .into_iter()
        .filter(|f| f.attr("class") == Some("choice language"))
        .map(|f| f.name)
        .collect();
    assert_eq!(names, AUTONYMS, "autonyms, in the table's order");
    let speakers: Vec<_> = ui
        .elements()
        .into_iter()
        .filter(|f| f.attr("class") == Some("language-listen"))
        .collect();
    // Each speaker is named by the language and its own word for "listen" (English where the
    // language has no app.ftl yet), so a screen reader says it in that language.
    let arabic = speakers
        .iter()
        .find(|f| f.attr("lang") == Some("ar"))
        .unwrap();
    assert_eq!(arabic.name, "العربية: استمع");
    // Languages without a voice for the whole path are never offered by ear: in place of the
    // speaker, the call for help, named in the language itself.
    let helps: Vec<_> = ui
        .elements()
        .into_iter()
        .filter(|f| f.attr("class") == Some("language-listen language-help"))
        .collect();
    for tag in ["ps", "ckb", "ti", "so"] {
        assert!(
            !speakers.iter().any(|f| f.attr("lang") == Some(tag)),
            "{tag} offered by ear without audio"
        );
        assert!(helps.iter().any(|f| f.attr("lang") == Some(tag)), "{tag}");
    }
    assert_eq!(
        speakers.len() + helps.len(),
        18,
        "one way in by ear or by help per tile"
    );
    assert_eq!(
        speakers.len(),
        14,
        "every voiced language speaks the whole path"
    );
    let ti = helps.iter().find(|f| f.attr("lang") == Some("ti")).unwrap();
    assert_eq!(ti.name, "ትግርኛ: ሓገዝ ሕተቱ");
    let html = ui.html();
    let tile = element_with(&html, "class=\"language-tile\" lang=\"fa-AF\"");
    assert!(tile.contains("dir=\"rtl\""), "{tile}");
    assert!(tile.contains("Noto Naskh Arabic"), "{tile}");
    let tile = element_with(&html, "class=\"language-tile\" lang=\"ti\"");
    assert!(
        tile.contains("dir=\"ltr\"") && tile.contains("Noto Sans Ethiopic"),
        "{tile}"
    );
}

#[derive(Props, Clone, PartialEq)]
struct GridProps {
    tiles: Vec<LanguageTile>,
}

#[allow(non_snake_case)]
fn GridHarness(props: GridProps) -> Element {
    let log = use_context::<Rc<RefCell<Vec<LanguageChoice>>>>();
    rsx! {
        h1 { id: "question-title", "languages" }
        LanguageGrid { tiles: props.tiles, on_choose: move |c| log.borrow_mut().push(c) }
    }
}

#[test]
fn the_name_chooses_reading_and_the_speaker_chooses_listening() {
    let tile = |tag: &str, autonym: &str| LanguageTile {
        tag: lang(tag),
        autonym: autonym.to_owned(),
        direction: heard::i18n::Direction::Ltr,
        font: "Noto Sans".to_owned(),
        listen: "listen".to_owned(),
        listenable: tag != "so",
        help: "help".to_owned(),
    };
    let log = Rc::new(RefCell::new(Vec::<LanguageChoice>::new()));
    let dom = VirtualDom::new_with_props(
        GridHarness,
        GridProps {
            tiles: vec![tile("ti", "ትግርኛ"), tile("so", "Soomaali")],
        },
    )
    .with_root_context(log.clone());
    let mut ui = Ui::new(dom);
    ui.click("button", "Soomaali");
    ui.click("button", "ትግርኛ: listen");
    ui.click("button", "Soomaali: help");
    assert!(
        ui.try_find("button", "Soomaali: listen").is_none(),
        "no speaker without audio"
    );
    assert_eq!(
        *log.borrow(),
        [
            LanguageChoice::Read(lang("so")),
            LanguageChoice::Listen(lang("ti")),
            LanguageChoice::Help(lang("so"))
        ]
    );
}

#[tokio::test]
async fn audio_first_highlights_what_is_read_and_records_audio_use() {
    let dir = TempDir::new("audio-first");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "العربية: استمع");
    ui.click("button", "ابدأ");
    let k = kiosk(&ui);
    assert!(k.audio_first());
    assert!(k.session_now().unwrap().audio_used());
    assert_eq!(k.assistance(), None, "Arabic has audio: no staff notice");
    // The anonymity statement has the large replay button.
    ui.find("button", "استمع مرة أخرى");
    ui.click("button", "فهمت، متابعة");
    let html = ui.html();
    assert!(html.contains("class=\"replay-button"), "{html}");
    // Audio-first shows no small Listen button: the screen reads itself.
    assert!(ui.try_find("button", "استمع").is_none());
    // A topic pictogram beside the question (room: accommodation).
    assert!(html.contains("topic-picto topic-accommodation"), "{html}");

    // While a choice is read aloud, it is highlighted; the title while the question is read.
    let mut k = kiosk(&ui);
    {
        let at = k.playback_generation();
        k.playback_progress(at, Some(Spoken::Prompt));
    }
    ui.update();
    assert!(ui
        .html()
        .contains("id=\"question-title\" class=\"question-title speaking\""));
    {
        let at = k.playback_generation();
        k.playback_progress(at, Some(Spoken::Choice(ChoiceId::new("no").unwrap())));
    }
    ui.update();
    let no = ui.find("radio", "لا");
    let yes = ui.find("radio", "نعم");
    assert_eq!(no.attr("class"), Some("choice speaking"));
    assert_eq!(yes.attr("class"), Some("choice"));
    ui.click("radio", "نعم");
    // Answering stops the reading: no highlight left, the choice shows as chosen.
    assert_eq!(kiosk(&ui).speaking(), None);
    assert_eq!(
        ui.find("radio", "نعم").attr("class"),
        Some("choice selected")
    );
}

#[tokio::test]
async fn in_audio_first_mode_the_stop_dialog_reads_its_choices() {
    let dir = TempDir::new("audio-stop");
    let services = services_at(&dir.db());
    let ar = heard_core::ids::LangTag::new("ar").unwrap();
    // The question, then continue, keep and delete, each with its recording in Arabic.
    let list = stop_playlist(&services, &ar);
    let spoken: Vec<Spoken> = list.iter().map(|(s, _)| s.clone()).collect();
    assert_eq!(
        spoken,
        [
            Spoken::Prompt,
            Spoken::Button("stop-continue"),
            Spoken::Button("stop-keep"),
            Spoken::Button("stop-discard")
        ]
    );
    assert!(list.iter().all(|(_, url)| !url.is_empty()));
    let urls: std::collections::BTreeSet<&String> = list.iter().map(|(_, u)| u).collect();
    assert_eq!(urls.len(), 4, "four different recordings: {list:?}");
    // Tigrinya has no voice: nothing is read, rather than another language's voice.
    assert!(stop_playlist(&services, &heard_core::ids::LangTag::new("ti").unwrap()).is_empty());

    let mut ui = app(&services);
    ui.click("button", "العربية: استمع");
    ui.click("button", "ابدأ");
    ui.click("button", "فهمت، متابعة");
    ui.click("button", "توقف");
    assert!(kiosk(&ui).stop_open());
    // While "keep" is read, the keep button is highlighted, and only it.
    {
        let mut k = kiosk(&ui);
        let at = k.playback_generation();
        k.playback_progress(at, Some(Spoken::Button("stop-keep")));
    }
    ui.update();
    let keep = ui.find("button", "توقف واحتفظ بإجاباتي");
    let discard = ui.find("button", "توقف واحذف إجاباتي");
    assert_eq!(keep.attr("class"), Some("secondary speaking"));
    assert_eq!(discard.attr("class"), Some("danger"));
    // Back to the survey: the dialog closes and its reading stops.
    ui.click("button", "متابعة الاستبيان");
    let k = kiosk(&ui);
    assert!(!k.stop_open());
    assert_eq!(k.speaking(), None);
}

#[tokio::test]
async fn in_audio_first_mode_what_is_kept_reads_its_two_lists() {
    let dir = TempDir::new("audio-kept");
    let services = services_at(&dir.db());
    let ar = heard_core::ids::LangTag::new("ar").unwrap();
    // No synthetic drafts of these lists ship (the audio bundle goal): without recordings
    // nothing is read, rather than another language's voice or a wrong line.
    assert!(kept_playlist(&services, &ar).is_empty());
    // Staff are offered both lists to record, each with the words the dialog shows, heading
    // first, as sentences.
    let survey = services.catalog().first().unwrap();
    let slots = services.recording_slots(&survey, &ar).unwrap();
    let slot = |id: &str| {
        slots
            .iter()
            .find(|s| s.target == heard_core::media::MediaTarget::Prompt(id.to_owned()))
            .unwrap_or_else(|| panic!("{id} is offered for recording: {slots:?}"))
    };
    let kept = slot(heard_core::kept::KEPT_READ);
    assert!(kept.origin.is_none(), "nothing recorded yet");
    assert!(
        kept.text
            .starts_with("يُحفظ مع إجاباتك. إجاباتك. الشهر، وليس اليوم أو الساعة."),
        "{}",
        kept.text
    );
    assert!(slot(heard_core::kept::NEVER_READ)
        .text
        .ends_with("من ساعدك. صوتك أو وجهك."));
    // Staff record both; the dialog then reads them, kept list first.
    for (n, list) in heard_core::kept::spoken_lists().into_iter().enumerate() {
        let mut bytes = b"OggS".to_vec();
        bytes.extend(std::iter::repeat_n(u8::try_from(n).unwrap(), 400));
        services
            .keep_recording(
                None,
                heard_core::media::MediaTarget::Prompt(list.prompt.to_owned()),
                ar.clone(),
                bytes,
            )
            .unwrap()
            .unwrap();
    }
    let list = kept_playlist(&services, &ar);
    let spoken: Vec<Spoken> = list.iter().map(|(s, _)| s.clone()).collect();
    assert_eq!(
        spoken,
        [
            Spoken::Line(heard_core::kept::KEPT_READ),
            Spoken::Line(heard_core::kept::NEVER_READ)
        ]
    );
    let urls: std::collections::BTreeSet<&String> = list.iter().map(|(_, u)| u).collect();
    assert_eq!(urls.len(), 2, "distinct recordings: {list:?}");
    assert!(kept_playlist(&services, &heard_core::ids::LangTag::new("ti").unwrap()).is_empty());

    let mut ui = app(&services);
    ui.click("button", "العربية: استمع");
    ui.click("button", "ابدأ");
    ui.click("button", "ما الذي يُحفظ؟");
    assert!(kiosk(&ui).kept_open());
    // While the never-kept list is read, its heading and list are highlighted, and only they.
    {
        let mut k = kiosk(&ui);
        let at = k.playback_generation();
        k.playback_progress(at, Some(Spoken::Line(heard_core::kept::NEVER_READ)));
    }
    ui.update();
    let html = ui.html();
    assert!(
        html.contains("<ul class=\"kept-list never speaking\""),
        "{html}"
    );
    assert!(
        html.contains("<h3 id=\"kept-never-title\" class=\"speaking\""),
        "{html}"
    );
    assert!(html.contains("<ul class=\"kept-list\""), "{html}");
    // Only they, in the dialog (the replay button behind it shows that something is read).
    let dialog = &html[html.find("class=\"dialog kept\"").unwrap()..];
    assert_eq!(dialog.matches("speaking\"").count(), 2, "{dialog}");
    // Closing stops the reading and returns to the anonymity screen.
    ui.click("button", "إغلاق");
    let k = kiosk(&ui);
    assert!(!k.kept_open());
    assert_eq!(k.speaking(), None);
    assert!(ui.try_find("button", "فهمت، متابعة").is_some());
}

#[tokio::test]
async fn scales_get_faces_and_the_spoken_point_is_highlighted() {
    let dir = TempDir::new("audio-first-scale");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "English: Listen");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    // Walk to the 0–10 overall rating, answering yes to every topic question.
    for _ in 0..20 {
        if ui.try_find("radio", "8 out of 10").is_some() {
            break;
        }
        if ui.try_find("radio", "Yes").is_some() {
            ui.click("radio", "Yes");
        }
        ui.click("button", "Next");
    }
    ui.find("radio", "8 out of 10");
    let html = ui.html();
    assert_eq!(
        html.matches("class=\"smiley face-").count(),
        11,
        "a face on each of the 11 points"
    );
    let mut k = kiosk(&ui);
    {
        let at = k.playback_generation();
        k.playback_progress(at, Some(Spoken::Point(10)));
    }
    ui.update();
    assert_eq!(
        ui.find("radio", "10 out of 10").attr("class"),
        Some("point speaking")
    );
    assert_eq!(ui.find("radio", "0 out of 10").attr("class"), Some("point"));
}

#[tokio::test]
async fn a_language_without_audio_offers_a_call_for_help_never_silence() {
    let dir = TempDir::new("no-voice");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    ui.click("button", "ትግርኛ: ሓገዝ ሕተቱ");
    let k = kiosk(&ui);
    assert_eq!(k.assistance(), Some(lang("ti")));
    assert!(
        !k.audio_first(),
        "nothing plays: no Tigrinya voice, never another one"
    );
    assert_eq!(k.session_now().unwrap().language().as_str(), "ti");
    // The resident sees, in Tigrinya, that help is coming; the welcome follows in Tigrinya.
    let html = ui.html();
    assert!(html.contains("class=\"help-called\""), "{html}");
    assert!(html.contains("ሓደ ካብ ሰራሕተኛታት ክሕግዘኩም ይመጽእ ኣሎ"), "{html}");
    let corner = ui.find("button", "Staff: hold for 2 seconds");
    assert_eq!(corner.attr("class"), Some("staff-corner needs-help"));
    assert_eq!(
        corner.attr("lang"),
        Some("en"),
        "the staff name is marked as English"
    );
    // Staff see it in the panel, with what is missing to make Tigrinya listenable.
    open_staff_panel(&mut ui);
    let html = ui.html();
    assert!(
        html.contains("A resident who reads ትግርኛ asked for help")
            && html.contains("role=\"alert\""),
        "{html}"
    );
    ui.click("button", "Dismiss");
    assert_eq!(kiosk(&ui).assistance(), None);
}

#[tokio::test]
async fn the_staff_panel_shows_drafts_as_drafts_and_coverage_per_language() {
    let dir = TempDir::new("staff-languages");
    let services = services_at(&dir.db());
    let mut ui = app(&services);
    open_staff_panel(&mut ui);
    let html = ui.html();
    assert!(html.contains("Translations"), "{html}");
    // Every translation in the repository is a machine draft: none may read as reviewed.
    assert!(
        !html.contains("class=\"status-staff-status-reviewed\""),
        "{html}"
    );
    assert_eq!(
        html.matches("class=\"status-staff-status-draft\"").count(),
        36
    );
    // Coverage: one table per survey, a row per language; Tigrinya has text but no audio.
    assert_eq!(html.matches("class=\"coverage\"").count(), 11);
    let start = html.find("data-survey=\"be-fedasil\"").unwrap();
    let table = &html[start..];
    let ti = &table[table.find("data-lang=\"ti\"").unwrap()..];
    let row = &ti[..ti.find("</tr>").unwrap()];
    assert!(row.contains("class=\"missing gap\""), "{row}");
    assert!(row.contains("<td class=\"synthetic\">0</td>"), "{row}");
    // How many prompts Tigrinya lacks to be offered by ear, and a way to record them.
    assert!(row.contains("class=\"listen gap\""), "{row}");
    assert!(row.contains("Record what is missing in"), "{row}");
    let ar = &table[table.find("data-lang=\"ar\"").unwrap()..];
    let row = &ar[..ar.find("</tr>").unwrap()];
    assert!(!row.contains("<td class=\"synthetic\">0</td>"), "{row}");
    assert!(
        row.contains("<td class=\"listen\">0</td>"),
        "Arabic speaks the whole path: {row}"
    );
}

/// Issue 18: by ear, the review reads each row (its question, then the answer given, with the
/// recordings the question screens read, or "no answer") between its title and Send; the
/// thank-you reads its title and words. The row being read is highlighted.
#[tokio::test]
async fn by_ear_the_review_reads_every_answer_and_the_thanks_are_spoken() {
    use heard::ui::playback::screen_playlist;
    use heard_core::media::MediaTarget;
    let dir = TempDir::new("audio-review");
    let services = services_at(&dir.db());
    let en = heard_core::ids::LangTag::new("en").unwrap();
    let survey = heard_core::ids::SurveyId::new("be-fedasil").unwrap();
    let prompt = |id: &str| {
        services
            .audio_url(None, &MediaTarget::Prompt(id.to_owned()), &en)
            .unwrap_or_else(|| panic!("{id} has audio in English"))
    };
    let question = |id: &str| {
        let target = MediaTarget::Question(heard_core::ids::QuestionId::new(id).unwrap());
        services.audio_url(Some(&survey), &target, &en).unwrap()
    };
    let mut ui = app(&services);
    ui.click("button", "English: Listen");
    ui.click("button", "Start");
    ui.click("button", "I understand, continue");
    // Yes to every yes/no question, 8 on the scale, 10 of 10 would be an end: 8 has no
    // recording of its own; everything else (comment, about you) left without an answer.
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
    let k = kiosk(&ui);
    let list = screen_playlist(&services, &k.session_now().unwrap());
    let (first, rest) = list.split_first().unwrap();
    let (last, rows) = rest.split_last().unwrap();
    assert_eq!(*first, (Spoken::Prompt, prompt("review-title")));
    assert_eq!(*last, (Spoken::Prompt, prompt("review-send")));
    let row = |id: &str| Spoken::Answer(heard_core::ids::QuestionId::new(id).unwrap());
    let of = |id: &str| -> Vec<String> {
        rows.iter()
            .filter(|(s, _)| *s == row(id))
            .map(|(_, u)| u.clone())
            .collect()
    };
    // A yes/no row: its question, then "yes" (the shared prompt the question screen read).
    assert_eq!(
        of("room-satisfied"),
        [question("room-satisfied"), prompt("choice-yes")]
    );
    // A scale point between the ends: the question; the review shows "8 out of 10" in words.
    assert_eq!(of("overall-rating"), [question("overall-rating")]);
    // Left without an answer: the question, then "no answer".
    assert_eq!(
        of("comment"),
        [question("comment"), prompt("review-no-answer")]
    );
    // Every item is a row's, in the review's order, and no row of an irrelevant question.
    assert!(rows.iter().all(|(s, _)| matches!(s, Spoken::Answer(_))));
    let order: Vec<Spoken> = rows.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>();
    let mut dedup = order.clone();
    dedup.dedup();
    let relevant: Vec<Spoken> = k
        .session_now()
        .unwrap()
        .relevant_questions()
        .into_iter()
        .map(Spoken::Answer)
        .collect();
    assert_eq!(dedup, relevant, "one group per row, in order");
    assert!(of("room-reasons").is_empty(), "not relevant after yes");

    // While a row is read, it is highlighted, and only it.
    {
        let mut k = kiosk(&ui);
        let at = k.playback_generation();
        k.playback_progress(at, Some(row("room-satisfied")));
    }
    ui.update();
    let html = ui.html();
    assert_eq!(
        html.matches("class=\"review-row speaking\"").count(),
        1,
        "{html}"
    );

    ui.click("button", "Send my answers");
    assert!(ui.html().contains("Thank you!"));
    let thanks = screen_playlist(&services, &kiosk(&ui).session_now().unwrap());
    assert_eq!(
        thanks,
        [
            (Spoken::Prompt, prompt("thanks-title")),
            (Spoken::Prompt, prompt("thanks-body"))
        ]
    );
}
