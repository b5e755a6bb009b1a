//! Reads one language's Fluent file of survey text into the model.
//!
//! ```ftl
//! survey-title = Resident survey
//! section-accommodation = Your room
//! room-satisfied = Are you satisfied with your room?
//!     .hint = Think of the last month.
//! room-reasons = Why not?
//!     .choice-too-crowded = Too many people in the room
//! overall = How do you rate the centre overall?
//!     .low = Very bad
//!     .high = Very good
//! ```

use super::{Problem, SourceFile};
use crate::ids::LangTag;
use crate::survey::{Question, QuestionKind, Survey};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use std::collections::BTreeSet;

pub(super) fn apply(
    survey: &mut Survey,
    lang: &LangTag,
    file: SourceFile<'_>,
    unreadable: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    let resource = match fluent_syntax::parser::parse(file.contents) {
        Ok(res) => res,
        Err((res, errors)) => {
            for e in errors {
                problems.push(Problem::file(
                    file.name,
                    format!(
                        "Fluent syntax error on line {}: {}",
                        line_of(file.contents, e.pos.start),
                        e.kind
                    ),
                ));
            }
            res
        }
    };
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let text = |pattern: &ast::Pattern<&str>, what: &str, problems: &mut Vec<Problem>| {
            plain_text(pattern)
                .map_err(|e| problems.push(Problem::at(file.name, id, format!("{what}: {e}"))))
                .ok()
        };
        let value = message
            .value
            .as_ref()
            .and_then(|p| text(p, "the text", problems));
        if id == "survey-title" {
            if let Some(v) = value {
                survey.title.insert(lang.clone(), v);
            }
            continue;
        }
        if let Some(section_id) = id.strip_prefix("section-") {
            if let Some(section) = survey
                .sections
                .iter_mut()
                .find(|s| s.id.as_str() == section_id)
            {
                if let Some(v) = value {
                    section.title.insert(lang.clone(), v);
                }
                continue;
            }
        }
        let mut questions: Vec<&mut Question> = survey
            .sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
            .filter(|q| q.id.as_str() == id)
            .collect();
        if questions.is_empty() {
            if !unreadable.contains(id) {
                problems.push(Problem::file(
                    file.name,
                    format!("text `{id}` belongs to no question or section of the survey"),
                ));
            }
            continue;
        }
        // A duplicated id is reported by the checks; giving every copy its text avoids
        // follow-on "missing text" noise.
        for question in &mut questions {
            if let Some(v) = &value {
                question.prompt.insert(lang.clone(), v.clone());
            }
        }
        for attribute in &message.attributes {
            let name = attribute.id.name;
            let Some(value) = text(&attribute.value, &format!("attribute `.{name}`"), problems)
            else {
                continue;
            };
            let mut matched = false;
            for question in &mut questions {
                matched |= apply_attribute(question, lang, name, &value);
            }
            if !matched {
                problems.push(Problem::at(
                    file.name,
                    id,
                    format!(
                        "attribute `.{name}` matches nothing; use .hint, .low/.high (scales) or .choice-<id> for an existing choice"
                    ),
                ));
            }
        }
    }
}

/// Sets one attribute's text; false when the attribute names nothing in this question.
fn apply_attribute(question: &mut Question, lang: &LangTag, name: &str, value: &str) -> bool {
    match (name, &mut question.kind) {
        ("hint", _) => question.hint.insert(lang.clone(), value),
        ("low", QuestionKind::Scale { low, .. }) => low.insert(lang.clone(), value),
        ("high", QuestionKind::Scale { high, .. }) => high.insert(lang.clone(), value),
        (name, kind) => {
            let Some(choice_id) = name.strip_prefix("choice-") else {
                return false;
            };
            let choices = match kind {
                QuestionKind::SingleChoice { choices, .. }
                | QuestionKind::MultipleChoice { choices, .. }
                | QuestionKind::Ranking { choices } => choices.as_mut_slice(),
                _ => &mut [],
            };
            let mut found = false;
            for c in choices.iter_mut().filter(|c| c.id.as_str() == choice_id) {
                c.label.insert(lang.clone(), value);
                found = true;
            }
            return found;
        }
    }
    true
}

/// Survey text is plain: no variables, terms or selectors (they would not survive export to
/// other formats, and a resident's question must read the same for everyone).
fn plain_text(pattern: &ast::Pattern<&str>) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(value),
            PatternElement::Placeable { .. } => {
                return Err(
                    "survey text must be plain text, without variables, terms or selectors".into(),
                )
            }
        }
    }
    Ok(out.trim().to_owned())
}

fn line_of(contents: &str, byte: usize) -> usize {
    contents
        .get(..byte)
        .map_or(1, |before| before.matches('\n').count() + 1)
}
