//! `constraint` expressions onto the limits Heard's question kinds carry: number min/max, text
//! length, how many choices. Anything else cannot be expressed and is an error.

use super::xpath::{parse, Expr};
use heard_core::condition::CompareOp;

/// What a bound limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// `.`: the number itself.
    Value,
    /// `string-length(.)`
    Length,
    /// `count-selected(.)`
    Count,
}

impl Subject {
    fn written(self) -> &'static str {
        match self {
            Self::Value => ".",
            Self::Length => "string-length(.)",
            Self::Count => "count-selected(.)",
        }
    }
}

/// One `subject op number` term of a constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub subject: Subject,
    pub op: CompareOp,
    pub number: String,
}

pub const HELP: &str = "Heard reads `. >= 1 and . <= 10` (integer, decimal), `string-length(.) <= 500` (text) and `count-selected(.) <= 3` (select_multiple)";

/// Reads a constraint as a conjunction of bounds.
pub fn bounds(text: &str) -> Result<Vec<Bound>, String> {
    let expr = parse(text).map_err(|e| format!("cannot read `{text}`: {e}"))?;
    let mut out = Vec::new();
    collect(&expr, &mut out)
        .map_err(|e| format!("`{text}` cannot be expressed in Heard: {e}; {HELP}"))?;
    Ok(out)
}

fn collect(e: &Expr, out: &mut Vec<Bound>) -> Result<(), String> {
    match e {
        Expr::And(parts) => parts.iter().try_for_each(|p| collect(p, out)),
        Expr::Compare(l, op, r) => {
            let (subject, op, number) =
                match (subject_of(l), subject_of(r), number_of(l), number_of(r)) {
                    (Some(s), None, None, Some(n)) => (s, *op, n),
                    (None, Some(s), Some(n), None) => (s, flip(*op), n),
                    _ => return Err("each part must compare the answer with a number".into()),
                };
            if op == CompareOp::Ne {
                return Err("`!=` cannot be a limit".into());
            }
            out.push(Bound {
                subject,
                op,
                number,
            });
            Ok(())
        }
        Expr::Or(_) => Err("`or` cannot be a limit".into()),
        _ => Err("only comparisons joined with `and` can be limits".into()),
    }
}

fn subject_of(e: &Expr) -> Option<Subject> {
    match e {
        Expr::Current => Some(Subject::Value),
        Expr::Call(f, args) if matches!(args.as_slice(), [Expr::Current]) => match f.as_str() {
            "string-length" => Some(Subject::Length),
            "count-selected" => Some(Subject::Count),
            _ => None,
        },
        _ => None,
    }
}

fn number_of(e: &Expr) -> Option<String> {
    match e {
        Expr::Num(n) => Some(n.clone()),
        Expr::Str(s) if s.parse::<f64>().is_ok() => Some(s.clone()),
        _ => None,
    }
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

/// Lower and upper limits from bounds on one subject, in units scaled by `scale` (a function
/// from the written number to an integer, e.g. ×10^decimals). `>`/`<` become `>=`/`<=` ±1.
pub fn limits(
    bounds: &[Bound],
    subject: Subject,
    scale: &dyn Fn(&str) -> Result<i64, String>,
) -> Result<(Option<i64>, Option<i64>), String> {
    let mut lo = None;
    let mut hi = None;
    for b in bounds {
        if b.subject != subject {
            return Err(format!(
                "`{}` does not apply to this question; {HELP}",
                b.subject.written()
            ));
        }
        let v = scale(&b.number)?;
        match b.op {
            CompareOp::Ge => lo = Some(v),
            CompareOp::Gt => lo = Some(v + 1),
            CompareOp::Le => hi = Some(v),
            CompareOp::Lt => hi = Some(v - 1),
            CompareOp::Eq => {
                lo = Some(v);
                hi = Some(v);
            }
            CompareOp::Ne => {}
        }
    }
    Ok((lo, hi))
}

/// Writes `subject >= lo and subject <= hi` (either part may be absent).
pub fn write(subject: Subject, lo: Option<String>, hi: Option<String>) -> String {
    let s = subject.written();
    let parts: Vec<String> = [
        lo.map(|v| format!("{s} >= {v}")),
        hi.map(|v| format!("{s} <= {v}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.join(" and ")
}
