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
    fn every_language_of_the_app_has_its_own_name() {
        assert_eq!(autonym("ar"), Some("العربية"));
        assert_eq!(autonym("ti"), Some("ትግርኛ"));
        assert_eq!(autonym("fa-AF"), Some("دری"));
        assert_eq!(autonyms().len(), 18);
        assert_eq!(autonym("xx"), None);
    }
}
