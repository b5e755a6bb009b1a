//! Checks of one language's `app.ftl` against the reference (English): Fluent syntax, the same
//! keys (messages, their attributes, terms), and a `*[other]` default in every plural selector
//! (CLDR data in the plural library is old: French and Spanish `many` is never chosen, and an
//! unknown locale falls back to English rules, so `other` must always be there). Every problem
//! names its file and key. Pure: callers read the files.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::BTreeSet;

/// CLDR plural categories.
const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The keys of a Fluent file: `id`, `id.attribute`, `-term`.
pub fn keys(source: &str) -> BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        let (prefix, id, attributes) = match entry {
            Entry::Message(m) => ("", m.id.name, &m.attributes),
            Entry::Term(t) => ("-", t.id.name, &t.attributes),
            _ => continue,
        };
        out.insert(format!("{prefix}{id}"));
        for a in attributes {
            out.insert(format!("{prefix}{id}.{}", a.id.name));
        }
    }
    out
}

/// The key defined last before byte `offset` (to name where a syntax error is).
fn key_before(source: &str, offset: usize) -> String {
    let head = source.get(..offset).unwrap_or(source);
    head.lines()
        .rev()
        .find_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let id = id.trim_end();
            (!id.is_empty()
                && !line.starts_with([' ', '#'])
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_owned())
        })
        .unwrap_or_else(|| "(start of file)".to_owned())
}

fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .unwrap_or(source)
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

/// Syntax errors, each as `file:line: after key `id`: error`.
pub fn syntax_problems(file: &str, source: &str) -> Vec<String> {
    match fluent_syntax::parser::parse(source) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|e| {
                // The line where the broken entry starts; the key is the last one before the error.
                let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                format!(
                    "{file}:{}: syntax error at or after key `{}`: {:?}",
                    line_of(source, start),
                    key_before(source, e.pos.start),
                    e.kind
                )
            })
            .collect(),
    }
}

fn is_plural_selector(variants: &[fluent_syntax::ast::Variant<&str>]) -> bool {
    variants.iter().all(|v| match &v.key {
        VariantKey::Identifier { name } => PLURAL_CATEGORIES.contains(name),
        VariantKey::NumberLiteral { .. } => true,
    })
}

fn selector_problems(file: &str, key: &str, pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Select { variants, .. } => {
                let default_other = variants.iter().any(|v| {
                    v.default && matches!(v.key, VariantKey::Identifier { name: "other" })
                });
                if is_plural_selector(variants) && !default_other {
                    out.push(format!(
                        "{file}: key `{key}`: a plural selector needs a default `*[other]` variant"
                    ));
                }
                for v in variants {
                    selector_problems(file, key, &v.value, out);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                let inner = Pattern {
                    elements: vec![PatternElement::Placeable {
                        expression: (**expression).clone(),
                    }],
                };
                selector_problems(file, key, &inner, out);
            }
            Expression::Inline(_) => {}
        }
    }
}

/// Plural selectors without a `*[other]` default.
pub fn plural_problems(file: &str, source: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        let (prefix, id, value, attributes) = match entry {
            Entry::Message(m) => ("", m.id.name, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => ("-", t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            selector_problems(file, &format!("{prefix}{id}"), value, &mut out);
        }
        for a in attributes {
            selector_problems(
                file,
                &format!("{prefix}{id}.{}", a.id.name),
                &a.value,
                &mut out,
            );
        }
    }
    out
}

/// Every problem of `file` measured against the reference file's keys.
pub fn check_against(reference: &BTreeSet<String>, file: &str, source: &str) -> Vec<String> {
    let mut out = syntax_problems(file, source);
    let own = keys(source);
    for missing in reference.difference(&own) {
        out.push(format!(
            "{file}: key `{missing}` is missing (English has it)"
        ));
    }
    for extra in own.difference(reference) {
        out.push(format!("{file}: key `{extra}` is not in English"));
    }
    out.extend(plural_problems(file, source));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str =
        "a = A\nb = B\n    .title = T\nn = { $n ->\n    [one] one\n   *[other] many\n}\n";

    #[test]
    fn a_matching_file_has_no_problems() {
        let reference = keys(EN);
        assert_eq!(
            reference.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a", "b", "b.title", "n"]
        );
        assert!(check_against(&reference, "x.ftl", EN).is_empty());
    }

    #[test]
    fn missing_extra_broken_and_other_less_keys_are_named() {
        let reference = keys(EN);
        let bad = "a = A\nb = B\nc = C\nn = { $n ->\n   *[one] one\n    [few] few\n}\nd = { $x\n";
        let problems = check_against(&reference, "pl/app.ftl", bad);
        let text = problems.join("\n");
        assert!(
            text.contains("pl/app.ftl: key `b.title` is missing"),
            "{text}"
        );
        assert!(text.contains("key `c` is not in English"), "{text}");
        assert!(
            text.contains("key `n`: a plural selector needs a default `*[other]`"),
            "{text}"
        );
        assert!(
            text.contains("pl/app.ftl:8: syntax error at or after key `d`"),
            "{text}"
        );
    }

    #[test]
    fn non_plural_selectors_may_have_another_default() {
        let src = "g = { $g ->\n    [masculine] he\n   *[feminine] she\n}\n";
        assert!(plural_problems("f", src).is_empty());
    }
}
