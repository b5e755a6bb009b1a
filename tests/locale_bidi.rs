//! Bidirectional text (issue 20): every value the app inserts into a sentence is isolated with
//! FSI … PDI (U+2068 … U+2069), so a Latin address or a number inside an Arabic, Persian, Pashto
//! or Sorani sentence keeps its own direction. The browser test
//! (`tests/e2e/bidi.test.mjs`, run by `scripts/test-e2e-languages`) checks the visual order in Chromium.

use heard::i18n::{AppTexts, Tr};
use heard_core::ids::LangTag;
use std::sync::Arc;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn tr(tag: &str) -> Tr {
    Tr::new(
        Arc::new(AppTexts::embedded().unwrap()),
        LangTag::new(tag).unwrap(),
    )
}

fn isolated(value: &str) -> String {
    format!("{FSI}{value}{PDI}")
}

#[test]
fn inserted_addresses_and_numbers_are_isolated_in_right_to_left_languages() {
    for tag in ["ar", "fa", "fa-AF", "ps", "ckb"] {
        let t = tr(tag);
        let server = "https://sync.example.org:8443/";
        let enrolled = t.t_str("sync-enrolled", "server", server);
        assert!(enrolled.contains(&isolated(server)), "{tag}: {enrolled:?}");
        let address = t.t_str("sync-error-address", "start", "https://");
        assert!(
            address.contains(&isolated("https://")),
            "{tag}: {address:?}"
        );
        let progress = t.t_args("progress", &[("current", 3), ("total", 12)]);
        assert!(
            progress.contains(&isolated("3")) && progress.contains(&isolated("12")),
            "{tag}: {progress:?}"
        );
    }
}

#[test]
fn a_right_to_left_name_inside_an_english_sentence_is_isolated_too() {
    let t = tr("en");
    let notice = t.t_str("staff-help-call", "language", "العربية");
    assert!(
        notice.starts_with(&format!("A resident who reads {}", isolated("العربية"))),
        "{notice:?}"
    );
}

#[test]
fn messages_without_values_carry_no_marks() {
    // Fluent isolates placeables only: plain sentences (every spoken prompt) stay as written.
    for tag in ["ar", "en", "fa"] {
        let t = tr(tag);
        for id in [
            "anonymity-body",
            "mode-interviewer",
            "nav-skip",
            "stop-keep",
        ] {
            let text = t.t(id);
            assert!(!text.contains([FSI, PDI]), "{tag} {id}: {text:?}");
        }
    }
}
