//! Names beside codes: facilities by the name they were added with, languages by their own name
//! (autonym, from the app's `locales/languages.toml`, embedded at build time). The tables keep
//! the codes (the CSV and XLSX exports read the same table); the pages add the names.

use crate::store::Facility;
use maud::{html, Markup};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const LANGUAGES: &str = include_str!("../../../locales/languages.toml");

/// Language tag → autonym, read from the `[[language]]` rows (`tag = "…"`, `autonym = "…"`).
fn autonyms() -> &'static BTreeMap<String, String> {
    static MAP: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = BTreeMap::new();
        let mut tag = None;
        for line in LANGUAGES.lines() {
            let value = |key: &str| {
                line.trim()
                    .strip_prefix(key)
                    .and_then(|rest| rest.trim().strip_prefix('='))
                    .map(|v| v.trim().trim_matches('"').to_owned())
            };
            if let Some(t) = value("tag") {
                tag = Some(t);
            } else if let (Some(a), Some(t)) = (value("autonym"), tag.take()) {
                map.insert(t, a);
            }
        }
        map
    })
}

/// A language's own name, if the app knows the tag.
pub fn autonym(tag: &str) -> Option<&'static str> {
    autonyms().get(tag).map(String::as_str)
}

/// A facility's code with its name beside it ("be-test Test centre"), wherever a facility is
/// shown outside an exported table; the code alone if it has no other name.
pub fn facility(facilities: &[Facility], code: &str) -> Markup {
    let name = facilities
        .iter()
        .find(|f| f.code.as_str() == code)
        .map(|f| f.name.as_str())
        .filter(|n| !n.is_empty() && *n != code);
    html! {
        code { (code) }
        @if let Some(name) = name { " " span.name { (name) } }
    }
}

/// A language tag with its own name beside it ("ti ትግርኛ"), marked with its language so that
/// screen readers and fonts read it right; the tag alone if the app does not know it.
pub fn language(tag: &str) -> Markup {
    html! {
        code { (tag) }
        @if let Some(name) = autonym(tag) { " " span.name lang=(tag) dir="auto" { (name) } }
    }
}

/// "code — name" for each facility in `codes` that has a name: a legend under a table.
pub fn facility_legend<'a>(
    facilities: &[Facility],
    codes: impl IntoIterator<Item = &'a str>,
) -> Markup {
    let names: BTreeMap<&str, &str> = facilities
        .iter()
        .map(|f| (f.code.as_str(), f.name.as_str()))
        .collect();
    let mut shown: Vec<(&str, &str)> = codes
        .into_iter()
        .filter_map(|c| names.get(c).map(|n| (c, *n)))
        .filter(|(c, n)| !n.is_empty() && c != n)
        .collect();
    shown.sort_unstable();
    shown.dedup();
    html! {
        @if !shown.is_empty() {
            p.muted.legend { "Facilities: "
                @for (i, (code, name)) in shown.iter().enumerate() {
                    @if i > 0 { " · " } code { (code) } " " (name)
                }
            }
        }
    }
}

/// "tag autonym" for each language code in `tags` the app knows.
pub fn language_legend<'a>(tags: impl IntoIterator<Item = &'a str>) -> Markup {
    let mut shown: Vec<(&str, &str)> = tags
        .into_iter()
        .filter_map(|t| autonym(t).map(|a| (t, a)))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    html! {
        @if !shown.is_empty() {
            p.muted.legend { "Languages: "
                @for (i, (tag, name)) in shown.iter().enumerate() {
                    @if i > 0 { " · " } code { (tag) } " " span lang=(tag) dir="auto" { (name) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_shown_with_their_names() {
        let facilities = vec![Facility {
            code: heard_core::ids::FacilityCode::new("be-test").unwrap_or_else(|_| unreachable!()),
            name: "Test centre".into(),
        }];
        assert_eq!(
            facility(&facilities, "be-test").into_string(),
            "<code>be-test</code> <span class=\"name\">Test centre</span>"
        );
        assert_eq!(
            facility(&facilities, "be-x").into_string(),
            "<code>be-x</code>"
        );
        assert_eq!(
            language("ti").into_string(),
            "<code>ti</code> <span class=\"name\" lang=\"ti\" dir=\"auto\">ትግርኛ</span>"
        );
        assert_eq!(language("xx").into_string(), "<code>xx</code>");
    }

    #[test]
    fn every_language_of_the_app_has_its_own_name() {
        assert_eq!(autonym("ar"), Some("العربية"));
        assert_eq!(autonym("ti"), Some("ትግርኛ"));
        assert_eq!(autonym("fa-AF"), Some("دری"));
        assert_eq!(autonyms().len(), 18);
        assert_eq!(autonym("xx"), None);
    }
}
