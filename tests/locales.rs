//! The locale files as shipped: every language in `locales/languages.toml` has an `app.ftl` with
//! exactly English's keys, no Fluent syntax error and a `*[other]` default in every plural
//! selector; and a language can be added at run time from a folder alone (Polish fixture).

mod support;

use dioxus::prelude::*;
use heard::catalog::Catalog;
use heard::i18n::{check, merge_tables, AppTexts, Direction};
use heard::resources::Resources;
use heard::services::Services;
use heard::store::Store;
use heard::ui::App;
use heard_core::ids::SurveyId;
use std::path::{Path, PathBuf};
use support::ui::Ui;
use support::*;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// The languages table on disk (not the copy embedded at build time).
fn table() -> Vec<heard::i18n::Language> {
    let path = repo().join("locales/languages.toml");
    merge_tables(&[(path.display().to_string(), read(&path).unwrap())]).unwrap()
}

#[test]
fn every_language_has_englishs_keys_and_valid_fluent() {
    let en = read(&repo().join("locales/en/app.ftl")).unwrap();
    let reference = check::keys(&en);
    assert!(reference.len() > 100, "English has the app's words");
    let mut problems = check::syntax_problems("locales/en/app.ftl", &en);
    problems.extend(check::plural_problems("locales/en/app.ftl", &en));
    for lang in table() {
        let name = format!("locales/{}/app.ftl", lang.tag);
        match read(&repo().join(&name)) {
            Some(source) => problems.extend(check::check_against(&reference, &name, &source)),
            None => problems.push(format!("{name}: missing")),
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// "What is kept?" shows one line per field of the response type (`heard_core::kept`): each
/// of those lines must be an English message, so the parity check above carries it to every
/// language.
#[test]
fn every_line_of_what_is_kept_is_an_english_message() {
    let en = read(&repo().join("locales/en/app.ftl")).unwrap();
    let keys = check::keys(&en);
    let missing: Vec<_> = heard_core::kept::all_messages()
        .into_iter()
        .filter(|id| !keys.iter().any(|k| k.as_str() == *id))
        .collect();
    assert!(missing.is_empty(), "not in locales/en/app.ftl: {missing:?}");
}

#[test]
fn the_check_fails_on_a_missing_an_extra_a_broken_and_an_other_less_key() {
    // English itself, damaged four ways, as a translator might.
    let en = read(&repo().join("locales/en/app.ftl")).unwrap();
    let reference = check::keys(&en);
    let damaged = en
        .replace("nav-skip = Skip\n", "")
        .replace(
            "listen = Listen\n",
            "listen = Listen\nlisten-again = Again\n",
        )
        .replace("    [one] Wrong PIN.", "   *[one] Wrong PIN.")
        .replace("   *[other] Wrong PIN.", "    [other] Wrong PIN.")
        .replace("stop-title = Do you want to stop?", "stop-title = { $x");
    let problems = check::check_against(&reference, "locales/xx/app.ftl", &damaged).join("\n");
    for expected in [
        "locales/xx/app.ftl: key `nav-skip` is missing",
        "locales/xx/app.ftl: key `listen-again` is not in English",
        "locales/xx/app.ftl: key `pin-wrong`: a plural selector needs a default `*[other]`",
        "syntax error at or after key `stop-title`",
    ] {
        assert!(problems.contains(expected), "{expected}\nin:\n{problems}");
    }
}

#[test]
fn the_table_lists_the_eighteen_languages_with_their_direction_and_font() {
    let languages = table();
    let tags: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(
        tags,
        [
            "nl", "fr", "de", "en", "ar", "fa", "fa-AF", "ps", "ckb", "ku", "tr", "ti", "so", "ru",
            "uk", "es", "fi", "sv"
        ]
    );
    let rtl: Vec<&str> = languages
        .iter()
        .filter(|l| l.direction == Direction::Rtl)
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(rtl, ["ar", "fa", "fa-AF", "ps", "ckb"], "languages.md: dir");
    for l in &languages {
        let expected = match l.tag.as_str() {
            "ar" | "fa" | "fa-AF" | "ps" | "ckb" => "Noto Naskh Arabic",
            "ti" => "Noto Sans Ethiopic",
            _ => "Noto Sans",
        };
        assert_eq!(l.font, expected, "{}", l.tag);
    }
    // Dari's plural rules are Persian's: the plural library does not know `prs`.
    let dari = languages
        .iter()
        .find(|l| l.tag.as_str() == "fa-AF")
        .unwrap();
    assert_eq!((dari.autonym.as_str(), dari.plural.as_str()), ("دری", "fa"));
}

fn polish_resources() -> Resources {
    Resources::embedded()
        .with_locales_dir(&repo().join("tests/fixtures/locales-pl"))
        .unwrap()
}

#[test]
fn a_locales_folder_adds_polish_without_code() {
    let resources = polish_resources();
    let texts = AppTexts::from_resources(&resources, lang("en")).unwrap();
    assert!(texts.has_language(&lang("pl")));
    assert_eq!(texts.languages().last().unwrap().autonym, "Polski");
    let tr = heard::i18n::Tr::new(std::sync::Arc::new(texts), lang("pl"));
    assert_eq!(tr.t("welcome-start"), "Zacznij");
    // Polish plural rules (from the table's `plural`): 5 → many. The number is isolated
    // (FSI … PDI) like every inserted value.
    assert_eq!(
        tr.t_args("still-there-body", &[("seconds", 5)]),
        "Ankieta zamknie się za \u{2068}5\u{2069} sekund."
    );
    // Words the fixture lacks fall back to English rather than vanish.
    assert_eq!(tr.t("staff-title"), "Staff panel");
    let catalog = Catalog::from_resources(&resources);
    let survey = catalog.get(&SurveyId::new("se-sma").unwrap()).unwrap();
    assert!(survey.has_language(&lang("pl")), "{:?}", catalog.problems());
    // The embedded files alone know no Polish.
    assert!(!AppTexts::embedded().unwrap().has_language(&lang("pl")));
}

#[tokio::test]
async fn polish_is_offered_on_the_language_screen_and_speaks_polish() {
    let dir = TempDir::new("polish");
    let resources = polish_resources();
    let services = Services::new(
        Store::open(&dir.db()).unwrap(),
        Catalog::from_resources(&resources),
        AppTexts::from_resources(&resources, lang("en")).unwrap(),
        lang("en"),
    );
    set_up(&services);
    services
        .save_settings("se-sma", "pl-test-centre", "", "3")
        .unwrap()
        .unwrap();
    let mut ui = Ui::new(VirtualDom::new(App).with_root_context(services.clone()));
    // se-sma has no welcome screen: the language grid comes first.
    assert!(ui.html().contains("Choose your language"), "{}", ui.html());
    let polish = ui.find("button", "Polski");
    assert_eq!(polish.attr("lang"), Some("pl"));
    ui.click("button", "Polski");
    let html = ui.html();
    assert!(html.contains("Twoje odpowiedzi są anonimowe"), "{html}");
    assert!(html.contains("lang=\"pl\"") && html.contains("dir=\"ltr\""));
    ui.click("button", "Rozumiem, dalej");
    assert!(ui.html().contains("Czy obsługa była dobra?"));
    ui.click("radio", "Tak");
    let session = ui
        .dom
        .in_scope(ScopeId::APP, consume_context::<heard::ui::Kiosk>)
        .session_now()
        .unwrap();
    assert_eq!(session.language(), &lang("pl"));
}
