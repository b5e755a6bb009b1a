//! Every `locales/<tag>/status.toml` on disk reads cleanly: a file marked `reviewed` names who
//! reviewed it and in which month (`[reviewed]`, see `app/i18n/status.rs`); until a native
//! speaker has, every file says `draft` (issue 20: the reworded translations stay drafts).

use heard::i18n::{Review, TranslationStatus};
use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

#[test]
fn every_status_file_reads_and_every_reviewed_mark_names_who_and_when() {
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(locales()).unwrap() {
        let path = entry.unwrap().path().join("status.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        seen += 1;
        let status = TranslationStatus::parse(Some(&text));
        if status.unreadable {
            problems.push(format!("{}: not valid TOML", path.display()));
        }
        problems.extend(
            status
                .problems
                .iter()
                .map(|p| format!("{}: {p}", path.display())),
        );
    }
    assert!(seen >= 17, "status files found: {seen}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_languages_reworded_for_issue_20_are_still_drafts() {
    for tag in [
        "ar", "fa", "fa-AF", "ps", "ckb", "uk", "ru", "fr", "tr", "so", "ti",
    ] {
        let text = std::fs::read_to_string(locales().join(tag).join("status.toml")).unwrap();
        let status = TranslationStatus::parse(Some(&text));
        assert_eq!(
            status.app,
            Review::Draft,
            "{tag} app.ftl awaits a native review"
        );
        assert_eq!(
            status.survey("be-fedasil"),
            Review::Draft,
            "{tag} be-fedasil awaits a native review"
        );
    }
}
