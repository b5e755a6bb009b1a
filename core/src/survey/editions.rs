//! What changed between two editions of one survey (issue 17: importing a form again). Responses
//! keep their own edition's labels, so a change of wording is safe; a choice id that comes back
//! with a different label is not: counts of the old meaning would be added to the new one.

use super::{Choice, QuestionKind, Survey};
use crate::ids::{ChoiceId, LangTag, QuestionId};
use std::collections::BTreeMap;
use std::fmt;

/// One difference between the stored edition and the new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditionChange {
    QuestionAdded(QuestionId),
    QuestionRemoved(QuestionId),
    /// The kind of answer changed (a number became a choice, a scale got other ends…).
    KindChanged(QuestionId),
    PromptChanged(QuestionId),
    ChoiceAdded(QuestionId, ChoiceId),
    ChoiceRemoved(QuestionId, ChoiceId),
    /// The same choice id with another label in the default language: a change of meaning.
    ChoiceRelabelled {
        question: QuestionId,
        choice: ChoiceId,
        before: String,
        after: String,
    },
}

impl EditionChange {
    /// Whether accepting this change needs the author's explicit consent (`--force`).
    pub fn needs_force(&self) -> bool {
        matches!(self, Self::ChoiceRelabelled { .. })
    }
}

impl fmt::Display for EditionChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::QuestionAdded(q) => write!(f, "question `{q}` added"),
            Self::QuestionRemoved(q) => write!(f, "question `{q}` removed"),
            Self::KindChanged(q) => write!(f, "question `{q}`: the kind of answer changed"),
            Self::PromptChanged(q) => write!(f, "question `{q}`: wording changed"),
            Self::ChoiceAdded(q, c) => write!(f, "question `{q}`: choice `{c}` added"),
            Self::ChoiceRemoved(q, c) => write!(f, "question `{q}`: choice `{c}` removed"),
            Self::ChoiceRelabelled {
                question,
                choice,
                before,
                after,
            } => write!(
                f,
                "question `{question}`: choice `{choice}` was \"{before}\" and is now \"{after}\""
            ),
        }
    }
}

fn choices(kind: &QuestionKind) -> &[Choice] {
    match kind {
        QuestionKind::SingleChoice { choices, .. }
        | QuestionKind::MultipleChoice { choices, .. }
        | QuestionKind::Ranking { choices } => choices,
        _ => &[],
    }
}

fn label(c: &Choice, lang: &LangTag) -> String {
    c.label.get(lang).unwrap_or_default().to_owned()
}

/// Every difference, in the new edition's question order (removed questions last).
pub fn edition_changes(before: &Survey, after: &Survey) -> Vec<EditionChange> {
    let lang = &after.default_language;
    let old: BTreeMap<&QuestionId, _> = before.questions().map(|q| (&q.id, q)).collect();
    let mut out = Vec::new();
    for q in after.questions() {
        let Some(o) = old.get(&q.id) else {
            out.push(EditionChange::QuestionAdded(q.id.clone()));
            continue;
        };
        if o.prompt.get(lang) != q.prompt.get(lang) {
            out.push(EditionChange::PromptChanged(q.id.clone()));
        }
        let (oc, nc) = (choices(&o.kind), choices(&q.kind));
        if std::mem::discriminant(&o.kind) != std::mem::discriminant(&q.kind)
            || (oc.is_empty() && o.kind != q.kind)
        {
            out.push(EditionChange::KindChanged(q.id.clone()));
            continue;
        }
        for c in nc {
            match oc.iter().find(|x| x.id == c.id) {
                None => out.push(EditionChange::ChoiceAdded(q.id.clone(), c.id.clone())),
                Some(x) if label(x, lang) != label(c, lang) => {
                    out.push(EditionChange::ChoiceRelabelled {
                        question: q.id.clone(),
                        choice: c.id.clone(),
                        before: label(x, lang),
                        after: label(c, lang),
                    })
                }
                Some(_) => {}
            }
        }
        for x in oc {
            if !nc.iter().any(|c| c.id == x.id) {
                out.push(EditionChange::ChoiceRemoved(q.id.clone(), x.id.clone()));
            }
        }
    }
    for q in before.questions() {
        if !after.questions().any(|n| n.id == q.id) {
            out.push(EditionChange::QuestionRemoved(q.id.clone()));
        }
    }
    out
}
