//! Lists in a resident's language: "a, b and c" as the language writes it (CLDR, through
//! `icu_list`), never a hand-written join: Arabic joins with "و", Persian separates with "،".
//! A language CLDR lacks gets the root pattern.

use heard_core::ids::LangTag;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;

/// Which list: "a, b and c" (several choices) or "a, b, c" (ordered items, a unit list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    And,
    Unit,
}

fn formatter(lang: &LangTag, kind: ListKind) -> Option<ListFormatter> {
    let locale = Locale::try_from_str(lang.as_str()).ok()?;
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    let prefs = (&locale).into();
    match kind {
        ListKind::And => ListFormatter::try_new_and(prefs, options).ok(),
        ListKind::Unit => ListFormatter::try_new_unit(prefs, options).ok(),
    }
}

/// `items` joined as a list in `lang`. A tag ICU cannot read (never one of the app's) falls
/// back to ", ".
pub fn format_list(lang: &LangTag, kind: ListKind, items: &[String]) -> String {
    match formatter(lang, kind) {
        Some(f) => f.format_to_string(items.iter()),
        None => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(tag: &str, kind: ListKind, items: &[&str]) -> String {
        let items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
        format_list(&LangTag::new(tag).unwrap(), kind, &items)
    }

    #[test]
    fn arabic_and_persian_join_as_they_write_never_with_a_latin_comma() {
        // CLDR: Arabic joins every item with "و" ("أ وب وج"), Persian with "،" and "و".
        let ar = list("ar", ListKind::And, &["أ", "ب", "ج"]);
        assert!(!ar.contains(','), "{ar}");
        assert!(ar.contains('و'), "{ar}");
        let fa = list("fa", ListKind::And, &["الف", "ب", "ج"]);
        assert!(!fa.contains(',') && fa.contains('،'), "{fa}");
    }

    #[test]
    fn english_reads_as_english() {
        assert_eq!(list("en", ListKind::And, &["a", "b", "c"]), "a, b, and c");
        assert_eq!(list("en", ListKind::Unit, &["a", "b"]), "a, b");
    }

    #[test]
    fn every_app_language_formats_a_list() {
        for tag in [
            "ar", "ckb", "de", "en", "es", "fa", "fa-AF", "fi", "fr", "ku", "nl", "ps", "ru", "so",
            "sv", "ti", "tr", "uk",
        ] {
            let joined = list(tag, ListKind::And, &["x", "y"]);
            assert!(
                joined.contains('x') && joined.contains('y'),
                "{tag}: {joined}"
            );
        }
    }
}
