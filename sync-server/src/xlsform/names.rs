//! XLSForm names (`food_ok`, `Q1`, choice `1`) onto Heard's slug ids (`food-ok`, `q1`, `c1`),
//! and the record of original spellings so an export can write them back.

use heard_core::ids::{ChoiceId, QuestionId};
use std::collections::BTreeMap;

/// Heard's id for an XLSForm name: lowercase, `_` → `-`.
pub fn slug(name: &str) -> Result<String, String> {
    let s: String = name
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    QuestionId::new(s.clone()).map(|_| s).map_err(|_| {
        format!(
            "the name `{name}` cannot become a Heard id; use letters, digits and single underscores, starting with a letter (e.g. `food_ok`)"
        )
    })
}

/// A name that is not already a Heard id in XLSForm spelling (spaces, non-ASCII letters, `_id`,
/// colons, a leading digit) becomes a readable slug plus 6 hex digits of the SHA-256 of the
/// original name: stable whatever the row order, and distinct for distinct names. The original
/// stays in `NameMap`, so exports write what the team's analysis expects.
pub fn hashed_slug(name: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(name.as_bytes());
    let hex: String = digest[..3].iter().map(|b| format!("{b:02x}")).collect();
    let mut base = String::new();
    for c in name.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('-') && !base.is_empty() {
            base.push('-');
        }
    }
    let mut base: String = base.trim_matches('-').chars().take(40).collect();
    base = base.trim_end_matches('-').to_owned();
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base.insert_str(0, if base.is_empty() { "x" } else { "x-" });
    }
    let out = format!("{base}-{hex}");
    if QuestionId::new(out.clone()).is_ok() {
        out
    } else {
        format!("x-{hex}")
    }
}

/// The id a name becomes: the plain slug when it is one (so round trips keep their ids), else
/// `hashed_slug`. Whether a string is an id is the core's rule (`QuestionId::new`).
pub fn question_id(name: &str) -> Result<QuestionId, String> {
    let s = slug(name).unwrap_or_else(|_| hashed_slug(name));
    QuestionId::new(s).map_err(|e| e.to_string())
}

/// Choice names may be numbers (`1`, `2`): those get a `c` in front (`c1`).
pub fn choice_id(name: &str) -> Result<ChoiceId, String> {
    let prefixed;
    let name_for_slug = if name.starts_with(|c: char| c.is_ascii_digit()) {
        prefixed = format!("c{name}");
        prefixed.as_str()
    } else {
        name
    };
    let s = slug(name_for_slug)
        .ok()
        .filter(|s| ChoiceId::new(s.clone()).is_ok())
        .unwrap_or_else(|| hashed_slug(name));
    ChoiceId::new(s).map_err(|e| e.to_string())
}

/// The XLSForm name Heard writes for an id: `-` → `_`.
pub fn xlsform_name(id: &str) -> String {
    id.replace('-', "_")
}

/// Original XLSForm spellings, where they differ from what `xlsform_name` would write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameMap {
    /// Question names by id.
    pub fields: BTreeMap<String, String>,
    /// Group names by section id.
    pub sections: BTreeMap<String, String>,
    /// Choice names by (question id, choice id).
    pub choices: BTreeMap<(String, String), String>,
}

impl NameMap {
    pub fn record_field(&mut self, id: &str, original: &str) {
        if xlsform_name(id) != original {
            self.fields.insert(id.to_owned(), original.to_owned());
        }
    }
    pub fn record_section(&mut self, id: &str, original: &str) {
        if xlsform_name(id) != original {
            self.sections.insert(id.to_owned(), original.to_owned());
        }
    }
    pub fn section(&self, id: &str) -> Option<String> {
        self.sections.get(id).cloned()
    }
    pub fn record_choice(&mut self, question: &str, choice: &str, original: &str) {
        if xlsform_name(choice) != original {
            self.choices.insert(
                (question.to_owned(), choice.to_owned()),
                original.to_owned(),
            );
        }
    }
    pub fn field(&self, id: &str) -> String {
        self.fields
            .get(id)
            .cloned()
            .unwrap_or_else(|| xlsform_name(id))
    }
    pub fn choice(&self, question: &str, choice: &str) -> String {
        self.choices
            .get(&(question.to_owned(), choice.to_owned()))
            .cloned()
            .unwrap_or_else(|| xlsform_name(choice))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_slugs_or_are_refused() {
        assert_eq!(slug("food_ok").unwrap(), "food-ok");
        assert_eq!(slug("Q1").unwrap(), "q1");
        assert_eq!(choice_id("1").unwrap().as_str(), "c1");
        for bad in ["_x", "a__b", "x_", "1q", "é", "a.b"] {
            assert!(slug(bad).is_err(), "{bad}");
        }
    }
}
