//! Issue 17: a form language the app has no words for (no `locales/<tag>/app.ftl`) is imported
//! and shown in coverage, but not offered to residents on the tablet until that file exists.
#![allow(clippy::unwrap_used)]

mod support;

use heard::catalog::Catalog;
use heard_core::flow::{FlowError, Screen};
use heard_core::media::MediaManifest;
use heard_core::response::AdministrationMode;
use heard_sync_server::coverage_report::{app_languages, render, CoverageSource};
use heard_sync_server::xlsform::cli::import_file;
use std::path::Path;
use support::{lang, set_up, TempDir};

fn sheet(book: &mut rust_xlsxwriter::Workbook, name: &str, rows: &[&[&str]]) {
    let ws = book.add_worksheet();
    ws.set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
}

/// A short form in English, Arabic and Tetun (which the app has no words for).
fn write_form(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    sheet(
        &mut book,
        "survey",
        &[
            &[
                "type",
                "name",
                "label::English (en)",
                "label::Arabic (ar)",
                "label::Tetun",
            ],
            &[
                "text",
                "comment",
                "Anything to add?",
                "هل من إضافة؟",
                "Iha buat ruma?",
            ],
            &["note", "thanks", "Thank you", "شكرا", "Obrigadu"],
        ],
    );
    sheet(
        &mut book,
        "settings",
        &[
            &[
                "form_title::English (en)",
                "form_title::Arabic (ar)",
                "form_title::Tetun",
                "form_id",
                "version",
            ],
            &["Feedback", "ملاحظات", "Komentáriu", "tetun_feedback", "1"],
        ],
    );
    book.save(path).unwrap();
}

#[test]
fn a_language_without_app_words_is_imported_and_counted_but_not_offered() {
    let dir = TempDir::new("unspoken-language");
    let path = dir.path().join("tetun_feedback.xlsx");
    write_form(&path);
    let tet = lang("tet");

    // Imported: `label::Tetun` is placed as `tet`, complete, among the survey's languages.
    let form = import_file(&path, None).unwrap();
    assert!(form.survey.languages.contains(&tet), "{:?}", form.notes);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        !root.join("locales/tet/app.ftl").exists(),
        "the test needs a language the app does not speak"
    );

    // Shown in coverage, with why residents do not get it.
    let report = render(
        &[CoverageSource {
            origin: "stored".into(),
            survey: form.survey.clone(),
            manifest: MediaManifest::default(),
        }],
        &app_languages(root),
    );
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with("tet "))
        .unwrap_or_else(|| panic!("{report}"));
    assert!(line.contains("3/3"), "{line}");
    assert!(
        line.ends_with("(no locales/tet/app.ftl: not offered to residents)"),
        "{line}"
    );
    let ar = report
        .lines()
        .find(|l| l.trim_start().starts_with("ar "))
        .unwrap();
    assert!(!ar.contains("not offered"), "{ar}");

    // On the tablet: English and Arabic are offered, Tetun is not.
    let services = heard::services::Services::new(
        heard::store::Store::open(&dir.db()).unwrap(),
        Catalog::embedded().with_survey(form.survey.clone()),
        heard::i18n::AppTexts::embedded().unwrap(),
        lang("en"),
    );
    set_up(&services);
    services
        .save_settings(form.survey.id.as_str(), "be-test-centre", "", "3")
        .unwrap()
        .unwrap();
    let mut session = services
        .new_session(AdministrationMode::SelfCompleted)
        .unwrap();
    assert_eq!(
        session
            .offered_languages()
            .iter()
            .cloned()
            .collect::<Vec<_>>(),
        [lang("ar"), lang("en")]
    );
    while !matches!(session.screen(), Screen::Language) {
        session.proceed().unwrap();
    }
    assert_eq!(
        session.choose_language(tet.clone()),
        Err(FlowError::UnknownLanguage(tet))
    );
    session.choose_language(lang("ar")).unwrap();
    assert_eq!(session.language(), &lang("ar"));
}
