//! Validated identifiers. Ids are part of the canonical encoding and of report joins, so they are
//! restricted to a small, stable alphabet: lowercase ASCII letters, digits and single hyphens.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Why a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {what}: {why}")]
pub struct InvalidId {
    pub what: &'static str,
    pub value: String,
    pub why: &'static str,
}

fn check_slug(what: &'static str, value: &str, max_len: usize) -> Result<(), InvalidId> {
    let fail = |why| {
        Err(InvalidId {
            what,
            value: value.to_owned(),
            why,
        })
    };
    if value.is_empty() {
        return fail("it is empty");
    }
    if value.len() > max_len {
        return fail("it is too long");
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return fail("use only lowercase letters a-z, digits and hyphens");
    }
    if !value.as_bytes()[0].is_ascii_lowercase() {
        return fail("it must start with a letter");
    }
    if value.ends_with('-') || value.contains("--") {
        return fail("hyphens must separate words");
    }
    Ok(())
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident, $what:literal, $max:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidId> {
                let value = value.into();
                check_slug($what, &value, $max)?;
                Ok(Self(value))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                Self::new(s)
            }
        }

        /// Ordered and hashed as its text, so maps keyed by it can be searched with a `&str`.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::new(s).map_err(serde::de::Error::custom)
            }
        }
    };
}

slug_id!(
    /// A survey's stable id, e.g. `be-fedasil`.
    SurveyId, "survey id", 64
);
slug_id!(
    /// A question's stable id within its survey. A change of meaning gets a new id.
    QuestionId, "question id", 64
);
slug_id!(
    /// A choice's stable id within its question.
    ChoiceId, "choice id", 64
);
slug_id!(
    /// A facility's code, e.g. `be-brussels-petit-chateau`. Never a person.
    FacilityCode, "facility code", 64
);
slug_id!(
    /// A desk, counter or channel configured on a device. Never a person.
    ServicePointCode, "service point code", 64
);

/// A BCP 47 language tag as used in Heard's languages table (`en`, `fa-AF`, `ckb`).
/// Only the shape is checked here; which tags exist is data (`locales/languages.toml`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LangTag(String);

impl LangTag {
    pub fn new(value: impl Into<String>) -> Result<Self, InvalidId> {
        let value = value.into();
        let fail = |why| InvalidId {
            what: "language tag",
            value: value.clone(),
            why,
        };
        let mut parts = value.split('-');
        let primary = parts.next().unwrap_or_default();
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(fail("the language must be 2 or 3 lowercase letters"));
        }
        for part in parts {
            let region = part.len() == 2 && part.bytes().all(|b| b.is_ascii_uppercase());
            let script = part.len() == 4
                && part.as_bytes()[0].is_ascii_uppercase()
                && part.bytes().skip(1).all(|b| b.is_ascii_lowercase());
            if !(region || script) {
                return Err(fail("subtags must be a region (AF) or a script (Latn)"));
            }
        }
        Ok(Self(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for LangTag {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, InvalidId> {
        Self::new(s)
    }
}

impl<'de> Deserialize<'de> for LangTag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::new(s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_the_documented_alphabet_only() {
        assert!(QuestionId::new("food-satisfied").is_ok());
        assert!(QuestionId::new("q1").is_ok());
        for bad in ["", "Food", "1abc", "a_b", "a--b", "a-", "ä"] {
            assert!(QuestionId::new(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn language_tags_follow_the_table_shapes() {
        for ok in ["en", "fa-AF", "ckb", "sr-Latn"] {
            assert!(LangTag::new(ok).is_ok(), "{ok}");
        }
        for bad in ["EN", "e", "fa-af", "english", "fa_AF"] {
            assert!(LangTag::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn deserializing_checks_the_value() {
        let err = serde_json::from_str::<ChoiceId>("\"Bad Id\"").unwrap_err();
        assert!(err.to_string().contains("not a valid choice id"));
    }
}
