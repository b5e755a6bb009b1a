//! Relevance conditions: data, written by authors as small expressions
//! (`food = no`, `overall <= 5`, `food = no or overall <= 5`, `answered(age)`,
//! `count(reasons) >= 2`) and evaluated here on the answers given so far.

mod parse;

pub use parse::{parse_condition, ConditionSyntaxError};

use crate::ids::{ChoiceId, QuestionId};
use crate::response::{Answer, Answers};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    /// The question has an answer.
    Answered(QuestionId),
    /// The answer is this choice (one-choice kinds) or includes it (multiple choice).
    Is {
        question: QuestionId,
        choice: ChoiceId,
    },
    /// The scale point or number compares to a value (numbers in the question's own units).
    Compare {
        question: QuestionId,
        op: CompareOp,
        value: i64,
    },
    /// The number of choices selected compares to a value.
    CountSelected {
        question: QuestionId,
        op: CompareOp,
        value: i64,
    },
    /// Two answers compared with each other (`a != answer(b)`): choices of one-choice questions
    /// with `=`/`!=`, scale points and numbers with any comparison. False until both exist.
    CompareAnswers {
        left: QuestionId,
        op: CompareOp,
        right: QuestionId,
    },
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn holds(self, left: i64, right: i64) -> bool {
        match self {
            Self::Eq => left == right,
            Self::Ne => left != right,
            Self::Lt => left < right,
            Self::Le => left <= right,
            Self::Gt => left > right,
            Self::Ge => left >= right,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Eq => "=",
            Self::Ne => "!=",
            Self::Lt => "<",
            Self::Le => "<=",
            Self::Gt => ">",
            Self::Ge => ">=",
        }
    }
}

/// How to read a number question's stored value: the scale factor 10^decimals.
pub trait NumberScale {
    fn scale_of(&self, question: &QuestionId) -> i64;
}

impl NumberScale for crate::survey::Survey {
    fn scale_of(&self, question: &QuestionId) -> i64 {
        match self.question(question).map(|q| &q.kind) {
            Some(crate::survey::QuestionKind::Number { decimals, .. }) => {
                10i64.saturating_pow(u32::from(*decimals))
            }
            _ => 1,
        }
    }
}

impl Condition {
    /// Whether the condition holds. Unanswered questions make comparisons false, so a follow-up
    /// stays hidden until the answer it depends on exists.
    pub fn holds(&self, answers: &Answers, scale: &dyn NumberScale) -> bool {
        match self {
            Self::Answered(q) => answers.contains_key(q),
            Self::Is { question, choice } => match answers.get(question) {
                Some(Answer::Choice(c)) => c == choice,
                Some(Answer::Choices(cs)) => cs.contains(choice),
                _ => false,
            },
            Self::Compare {
                question,
                op,
                value,
            } => match answers.get(question) {
                Some(Answer::Point(p)) => op.holds(i64::from(*p), *value),
                Some(Answer::Number(n)) => {
                    op.holds(*n, value.saturating_mul(scale.scale_of(question)))
                }
                _ => false,
            },
            Self::CountSelected {
                question,
                op,
                value,
            } => match answers.get(question) {
                Some(Answer::Choices(cs)) => op.holds(cs.len() as i64, *value),
                _ => op.holds(0, *value),
            },
            Self::CompareAnswers { left, op, right } => {
                match (answers.get(left), answers.get(right)) {
                    (Some(Answer::Choice(a)), Some(Answer::Choice(b))) => match op {
                        CompareOp::Eq => a == b,
                        CompareOp::Ne => a != b,
                        _ => false,
                    },
                    (Some(a), Some(b)) => match (numeric(a), numeric(b)) {
                        // Numbers are stored scaled by their own decimals: compare them on a
                        // common scale.
                        (Some(x), Some(y)) => op.holds(
                            x.saturating_mul(scale_for(b, right, scale)),
                            y.saturating_mul(scale_for(a, left, scale)),
                        ),
                        _ => false,
                    },
                    _ => false,
                }
            }
            Self::Not(c) => !c.holds(answers, scale),
            Self::All(cs) => cs.iter().all(|c| c.holds(answers, scale)),
            Self::Any(cs) => cs.iter().any(|c| c.holds(answers, scale)),
        }
    }

    /// Every question the condition reads.
    pub fn questions(&self) -> Vec<&QuestionId> {
        let mut out = Vec::new();
        self.collect_questions(&mut out);
        out
    }

    fn collect_questions<'a>(&'a self, out: &mut Vec<&'a QuestionId>) {
        match self {
            Self::Answered(q)
            | Self::Is { question: q, .. }
            | Self::Compare { question: q, .. }
            | Self::CountSelected { question: q, .. } => out.push(q),
            Self::CompareAnswers { left, right, .. } => {
                out.push(left);
                out.push(right);
            }
            Self::Not(c) => c.collect_questions(out),
            Self::All(cs) | Self::Any(cs) => cs.iter().for_each(|c| c.collect_questions(out)),
        }
    }
}

fn numeric(a: &Answer) -> Option<i64> {
    match a {
        Answer::Point(p) => Some(i64::from(*p)),
        Answer::Number(n) => Some(*n),
        _ => None,
    }
}

/// The factor an answer of the *other* side is stored with (1 for scale points).
fn scale_for(a: &Answer, q: &QuestionId, scale: &dyn NumberScale) -> i64 {
    match a {
        Answer::Number(_) => scale.scale_of(q),
        _ => 1,
    }
}

/// Prints the author's expression syntax; `parse_condition` reads it back.
impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn joined(f: &mut fmt::Formatter<'_>, cs: &[Condition], word: &str) -> fmt::Result {
            for (i, c) in cs.iter().enumerate() {
                if i > 0 {
                    write!(f, " {word} ")?;
                }
                write!(f, "({c})")?;
            }
            Ok(())
        }
        match self {
            Self::Answered(q) => write!(f, "answered({q})"),
            Self::Is { question, choice } => write!(f, "{question} = {choice}"),
            Self::Compare {
                question,
                op,
                value,
            } => write!(f, "{question} {} {value}", op.symbol()),
            Self::CountSelected {
                question,
                op,
                value,
            } => write!(f, "count({question}) {} {value}", op.symbol()),
            Self::CompareAnswers { left, op, right } => {
                write!(f, "{left} {} answer({right})", op.symbol())
            }
            Self::Not(c) => write!(f, "not ({c})"),
            Self::All(cs) => joined(f, cs, "and"),
            Self::Any(cs) => joined(f, cs, "or"),
        }
    }
}
