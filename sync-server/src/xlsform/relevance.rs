//! `relevant` expressions to Heard conditions and back.

use super::names::choice_id;
use super::xpath::{parse, Expr};
use heard_core::condition::{CompareOp, Condition};
use heard_core::ids::{ChoiceId, QuestionId};

/// What kind of answer a referenced question gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    OneChoice,
    ManyChoices,
    /// A scale point or a number.
    Numeric,
    Other,
    /// A name that is not (or not yet) a working question: read leniently, checked later.
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Target {
    pub id: QuestionId,
    pub shape: Shape,
}

const SUPPORTED: &str = "Heard reads ${q} = 'choice', ${q} != 'choice', selected(${q}, 'choice'), ${q} >= 7, ${q} != ${other}, count-selected(${q}) >= 2, ${q} != '' and string-length(${q}) > 0, joined with and, or, not() and parentheses";

/// Reads a `relevant` cell. `lookup` finds a question by its XLSForm name.
pub fn relevant_to_condition(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<Target>,
) -> Result<Condition, String> {
    let expr = parse(text).map_err(|e| format!("cannot read `{text}`: {e}"))?;
    convert(&expr, lookup).map_err(|e| format!("`{text}` cannot be a Heard condition: {e}"))
}

fn convert(e: &Expr, lookup: &dyn Fn(&str) -> Option<Target>) -> Result<Condition, String> {
    let target = |name: &str| {
        lookup(name).ok_or_else(|| format!("`${{{name}}}` names no question of this form"))
    };
    match e {
        Expr::Or(parts) => Ok(Condition::Any(
            parts
                .iter()
                .map(|p| convert(p, lookup))
                .collect::<Result<_, _>>()?,
        )),
        Expr::And(parts) => Ok(Condition::All(
            parts
                .iter()
                .map(|p| convert(p, lookup))
                .collect::<Result<_, _>>()?,
        )),
        Expr::Call(f, args) if f == "not" => match args.as_slice() {
            [inner] => Ok(Condition::Not(Box::new(convert(inner, lookup)?))),
            _ => Err("not() takes exactly one condition".into()),
        },
        Expr::Call(f, args) if f == "selected" => match args.as_slice() {
            [Expr::Field(name), Expr::Str(v) | Expr::Num(v)] => {
                let t = target(name)?;
                if !matches!(
                    t.shape,
                    Shape::OneChoice | Shape::ManyChoices | Shape::Unknown
                ) {
                    return Err(format!(
                        "selected() needs a choice question, and `${{{name}}}` is not one"
                    ));
                }
                Ok(Condition::Is {
                    question: t.id,
                    choice: choice(v)?,
                })
            }
            _ => Err("write selected(${question}, 'choice')".into()),
        },
        Expr::Compare(left, op, right) => {
            let (left, op, right) = if is_literal(left) && !is_literal(right) {
                (right, flip(*op), left)
            } else {
                (left, *op, right)
            };
            compare(left, op, right, &target)
        }
        Expr::Current => {
            Err("`.` (the question itself) belongs in `constraint`, not in `relevant`".into())
        }
        Expr::Field(name) => Err(format!(
            "`${{{name}}}` alone is not a condition; compare it, e.g. `${{{name}}} != ''`"
        )),
        Expr::Call(f, _) => Err(format!("the function {f}() is not supported; {SUPPORTED}")),
        Expr::Str(_) | Expr::Num(_) => Err(format!("a lone value is not a condition; {SUPPORTED}")),
    }
}

fn compare(
    left: &Expr,
    op: CompareOp,
    right: &Expr,
    target: &dyn Fn(&str) -> Result<Target, String>,
) -> Result<Condition, String> {
    let value = match (left, right) {
        (_, Expr::Str(s) | Expr::Num(s)) => s.as_str(),
        (Expr::Field(a), Expr::Field(b)) => return compare_answers(a, op, b, target),
        _ => return Err(format!("compare a question with a value; {SUPPORTED}")),
    };
    match left {
        Expr::Field(name) => {
            let t = target(name)?;
            if value.is_empty() {
                return match op {
                    CompareOp::Ne => Ok(Condition::Answered(t.id)),
                    CompareOp::Eq => Ok(Condition::Not(Box::new(Condition::Answered(t.id)))),
                    _ => Err("'' (no answer) can only be compared with = or !=".into()),
                };
            }
            let numeric = value.parse::<i64>().is_ok() && matches!(right, Expr::Num(_));
            match t.shape {
                Shape::Unknown if numeric => Ok(Condition::Compare {
                    question: t.id,
                    op,
                    value: whole(value)?,
                }),
                Shape::OneChoice | Shape::Unknown => {
                    let is = Condition::Is {
                        question: t.id,
                        choice: choice(value)?,
                    };
                    match op {
                        CompareOp::Eq => Ok(is),
                        CompareOp::Ne => Ok(Condition::Not(Box::new(is))),
                        _ => Err("choices can only be compared with = or !=".into()),
                    }
                }
                Shape::ManyChoices => Err(format!(
                    "`${{{name}}}` allows several choices; write selected(${{{name}}}, '{value}')"
                )),
                Shape::Numeric => Ok(Condition::Compare {
                    question: t.id,
                    op,
                    value: whole(value)?,
                }),
                Shape::Other => Err(format!(
                    "`${{{name}}}` has no choices or numbers; a condition can only ask whether it is answered (`${{{name}}} != ''`)"
                )),
            }
        }
        Expr::Call(f, args) if f == "count-selected" => match args.as_slice() {
            [Expr::Field(name)] => Ok(Condition::CountSelected {
                question: target(name)?.id,
                op,
                value: whole(value)?,
            }),
            _ => Err("write count-selected(${question})".into()),
        },
        Expr::Call(f, args) if f == "string-length" => match (args.as_slice(), op, value) {
            ([Expr::Field(name)], CompareOp::Gt | CompareOp::Ne, "0")
            | ([Expr::Field(name)], CompareOp::Ge, "1") => Ok(Condition::Answered(target(name)?.id)),
            ([Expr::Field(name)], CompareOp::Eq | CompareOp::Le, "0")
            | ([Expr::Field(name)], CompareOp::Lt, "1") => Ok(Condition::Not(Box::new(
                Condition::Answered(target(name)?.id),
            ))),
            _ => Err("string-length(${question}) can only test whether a question is answered (> 0 or = 0)".into()),
        },
        _ => Err(format!("cannot compare this; {SUPPORTED}")),
    }
}

/// `${a} != ${b}`: two one-choice answers with = or !=, two numbers or scale points with any
/// comparison. Unknown shapes pass here; the core's survey check judges them once the form is built.
fn compare_answers(
    left: &str,
    op: CompareOp,
    right: &str,
    target: &dyn Fn(&str) -> Result<Target, String>,
) -> Result<Condition, String> {
    let (l, r) = (target(left)?, target(right)?);
    let comparable = match (l.shape, r.shape) {
        (Shape::Unknown, _) | (_, Shape::Unknown) => true,
        (Shape::OneChoice, Shape::OneChoice) => matches!(op, CompareOp::Eq | CompareOp::Ne),
        (Shape::Numeric, Shape::Numeric) => true,
        _ => false,
    };
    if !comparable {
        return Err(format!(
            "`${{{left}}}` and `${{{right}}}` cannot be compared with `{}`: Heard compares two one-choice answers with = or !=, or two numbers or scales",
            op.symbol()
        ));
    }
    Ok(Condition::CompareAnswers {
        left: l.id,
        op,
        right: r.id,
    })
}

fn is_literal(e: &Expr) -> bool {
    matches!(e, Expr::Str(_) | Expr::Num(_))
}

fn flip(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        other => other,
    }
}

fn whole(value: &str) -> Result<i64, String> {
    value.parse().map_err(|_| {
        format!("`{value}` is not a whole number; Heard compares answers with whole numbers")
    })
}

fn choice(value: &str) -> Result<ChoiceId, String> {
    choice_id(value)
}

/// Writes a condition as XPath. `name` gives a question's XLSForm name and shape, `choice` a
/// choice's XLSForm name.
pub fn condition_to_relevant(
    c: &Condition,
    name: &dyn Fn(&QuestionId) -> (String, Shape),
    choice: &dyn Fn(&QuestionId, &ChoiceId) -> String,
) -> String {
    let joined = |cs: &[Condition], word: &str| {
        cs.iter()
            .map(|c| format!("({})", condition_to_relevant(c, name, choice)))
            .collect::<Vec<_>>()
            .join(&format!(" {word} "))
    };
    match c {
        Condition::Answered(q) => format!("${{{}}} != ''", name(q).0),
        Condition::Is {
            question,
            choice: c,
        } => {
            let (n, shape) = name(question);
            let v = choice(question, c);
            if shape == Shape::ManyChoices {
                format!("selected(${{{n}}}, '{v}')")
            } else {
                format!("${{{n}}} = '{v}'")
            }
        }
        Condition::Compare {
            question,
            op,
            value,
        } => {
            format!("${{{}}} {} {value}", name(question).0, op.symbol())
        }
        Condition::CountSelected {
            question,
            op,
            value,
        } => {
            format!(
                "count-selected(${{{}}}) {} {value}",
                name(question).0,
                op.symbol()
            )
        }
        Condition::CompareAnswers { left, op, right } => {
            format!(
                "${{{}}} {} ${{{}}}",
                name(left).0,
                op.symbol(),
                name(right).0
            )
        }
        Condition::Not(inner) => format!("not({})", condition_to_relevant(inner, name, choice)),
        Condition::All(cs) => joined(cs, "and"),
        Condition::Any(cs) => joined(cs, "or"),
    }
}
