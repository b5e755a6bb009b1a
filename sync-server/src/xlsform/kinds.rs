//! From an XLSForm `type` (and `heard_kind`, `parameters`, `constraint`) to a Heard question kind.

use super::cells::Row;
use super::choices::ChoiceRow;
use super::constraint::{bounds, limits, Subject};
use super::error::{Location, Problem};
use super::header::Field;
use super::names::xlsform_name;
use super::types::FormType;
use super::xpath::scaled;
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::survey::{Choice, QuestionKind, ThreeLevelSet};
use heard_core::text::LocalizedText;

/// Number questions without a constraint accept what ODK Collect's number widgets do (9 digits).
pub const NUMBER_LIMIT: i64 = 999_999_999;
/// Decimals of a `decimal` question without `heard_decimals`.
pub const DEFAULT_DECIMALS: u8 = 2;
/// Text length limits without a constraint (as in Heard's own authoring format).
pub const DEFAULT_MAX_LENGTH: u32 = 1000;

/// Fixed-choice kinds `heard_kind` can name on a select_one, and what they require of the list.
pub const FIXED_KINDS: &[&str] = &[
    "yes-no",
    "three-level",
    "sentiment",
    "thumbs",
    "age-band",
    "sex",
    "nationality",
    "length-of-stay",
];

/// Everything a kind is built from, with the locations for messages.
pub struct KindInput<'a> {
    pub row: Row<'a>,
    pub ty: &'a FormType,
    pub list: Option<(&'a str, &'a [ChoiceRow])>,
    pub default: &'a LangTag,
    pub prompt_languages: Vec<LangTag>,
}

pub fn build_kind(
    input: &KindInput<'_>,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Option<QuestionKind> {
    let row = input.row;
    let heard_kind = row.get(Field::HeardKind);
    let constraint = row.get(Field::Constraint);
    let choices = || -> Vec<Choice> {
        input
            .list
            .map(|(_, rows)| rows.iter().map(ChoiceRow::to_choice).collect())
            .unwrap_or_default()
    };
    let kind = match input.ty {
        FormType::SelectOne(_) => match heard_kind {
            None => QuestionKind::SingleChoice {
                choices: choices(),
                // ODK draws `likert` as a row of points; Heard shows it as its scale.
                likert: row
                    .get(Field::Appearance)
                    .is_some_and(|(a, _)| a.trim().eq_ignore_ascii_case("likert")),
            },
            Some((k, at)) => fixed_kind(k, at, input.list, problems)?,
        },
        FormType::SelectMultiple(_) => {
            let (min, max) = match constraint {
                None => (None, None),
                Some((text, at)) => {
                    let (lo, hi) = limited(text, at, Subject::Count, problems, &|n| whole(n))?;
                    (to_u32(lo, problems, &row), to_u32(hi, problems, &row))
                }
            };
            QuestionKind::MultipleChoice {
                choices: choices(),
                min,
                max,
            }
        }
        FormType::Rank(_) => QuestionKind::Ranking { choices: choices() },
        FormType::Integer | FormType::Decimal => {
            let decimals = match (input.ty, row.get(Field::HeardDecimals)) {
                (FormType::Integer, _) => 0,
                (_, None) => DEFAULT_DECIMALS,
                (_, Some((v, at))) => match v.parse::<u8>() {
                    Ok(d) => d,
                    Err(_) => {
                        problems.push(Problem::at(
                            at,
                            format!("`{v}` is not a number of decimals (0 to 6)"),
                        ));
                        return None;
                    }
                },
            };
            let factor = 10i64.checked_pow(u32::from(decimals)).unwrap_or(1);
            let (lo, hi) = match constraint {
                None => (None, None),
                Some((text, at)) => limited(text, at, Subject::Value, problems, &|n| {
                    scaled(n, decimals).ok_or_else(|| {
                        format!("`{n}` has more than {decimals} decimal(s); set `heard_decimals` or round the limit")
                    })
                })?,
            };
            QuestionKind::Number {
                min: lo.unwrap_or(-NUMBER_LIMIT.saturating_mul(factor)),
                max: hi.unwrap_or(NUMBER_LIMIT.saturating_mul(factor)),
                decimals,
            }
        }
        FormType::Text => {
            let (lo, hi) = match constraint {
                None => (None, None),
                Some((text, at)) => limited(text, at, Subject::Length, problems, &|n| whole(n))?,
            };
            QuestionKind::FreeText {
                min_length: to_u32(lo, problems, &row).unwrap_or(0),
                max_length: to_u32(hi, problems, &row).unwrap_or(DEFAULT_MAX_LENGTH),
            }
        }
        FormType::Note => QuestionKind::Info,
        FormType::Range => range_kind(input, heard_kind, problems, notes)?,
        FormType::BeginGroup
        | FormType::EndGroup
        | FormType::Metadata
        | FormType::Calculate
        | FormType::NeverAsked(_)
        | FormType::BeginRepeat(_)
        | FormType::EndRepeat => return None,
    };
    Some(kind)
}

fn whole(n: &str) -> Result<i64, String> {
    n.parse()
        .map_err(|_| format!("`{n}` is not a whole number"))
}

fn limited(
    text: &str,
    at: Location,
    subject: Subject,
    problems: &mut Vec<Problem>,
    scale: &dyn Fn(&str) -> Result<i64, String>,
) -> Option<(Option<i64>, Option<i64>)> {
    match bounds(text).and_then(|b| limits(&b, subject, scale)) {
        Ok(l) => Some(l),
        Err(e) => {
            problems.push(Problem::at(at, e));
            None
        }
    }
}

fn to_u32(v: Option<i64>, problems: &mut Vec<Problem>, row: &Row<'_>) -> Option<u32> {
    let v = v?;
    match u32::try_from(v) {
        Ok(v) => Some(v),
        Err(_) => {
            let at = row
                .get(Field::Constraint)
                .map_or_else(|| row.location(), |(_, at)| at);
            problems.push(Problem::at(
                at,
                format!("the limit {v} must not be negative"),
            ));
            None
        }
    }
}

fn fixed_kind(
    name: &str,
    at: Location,
    list: Option<(&str, &[ChoiceRow])>,
    problems: &mut Vec<Problem>,
) -> Option<QuestionKind> {
    let (list_name, rows) = list?;
    let ids: Vec<&ChoiceId> = rows.iter().map(|c| &c.id).collect();
    let has = |set: &QuestionKind| {
        let mut want: Vec<String> = set.choice_ids().iter().map(|c| c.to_string()).collect();
        let mut got: Vec<String> = ids.iter().map(|c| c.to_string()).collect();
        want.sort();
        got.sort();
        want == got
    };
    let candidates: Vec<QuestionKind> = match name {
        "yes-no" => vec![QuestionKind::YesNo],
        "three-level" => vec![
            QuestionKind::ThreeLevel {
                levels: ThreeLevelSet::Expectations,
            },
            QuestionKind::ThreeLevel {
                levels: ThreeLevelSet::Effectiveness,
            },
        ],
        "sentiment" => vec![QuestionKind::Sentiment],
        "thumbs" => vec![QuestionKind::Thumbs],
        "age-band" => vec![QuestionKind::AgeBand],
        "sex" => vec![QuestionKind::Sex],
        "length-of-stay" => vec![QuestionKind::LengthOfStay],
        "nationality" => {
            let extra = ["other", "prefer-not"];
            if extra.iter().all(|e| ids.iter().any(|c| c.as_str() == *e)) {
                let countries = ids
                    .iter()
                    .filter(|c| !extra.contains(&c.as_str()))
                    .map(|c| (*c).clone())
                    .collect();
                return Some(QuestionKind::Nationality { countries });
            }
            problems.push(Problem::at(
                at,
                format!("heard_kind `nationality` needs the list `{list_name}` to hold country codes (e.g. sy, af) and the choices other and prefer_not"),
            ));
            return None;
        }
        other => {
            problems.push(Problem::at(
                at,
                format!(
                    "heard_kind `{other}` does not fit a select_one; use one of: {}",
                    FIXED_KINDS.join(", ")
                ),
            ));
            return None;
        }
    };
    if let Some(kind) = candidates.iter().find(|k| has(k)) {
        if let Some(c) = rows.iter().find(|c| c.score.is_some() || c.exclusive) {
            problems.push(Problem::at(
                at,
                format!("heard_kind `{name}` has fixed scores; remove heard_score and heard_exclusive from list `{list_name}` (choice `{}`, row {})", c.name, c.row),
            ));
        }
        return Some(kind.clone());
    }
    let want: Vec<String> = candidates
        .iter()
        .map(|k| {
            k.choice_ids()
                .iter()
                .map(|c| xlsform_name(c.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    let got: Vec<&str> = rows.iter().map(|c| c.name.as_str()).collect();
    problems.push(Problem::at(
        at,
        format!(
            "heard_kind `{name}` needs the list `{list_name}` to hold exactly the choices {} (it holds {})",
            want.join(" or "),
            got.join(", ")
        ),
    ));
    None
}

fn range_kind(
    input: &KindInput<'_>,
    heard_kind: Option<(&str, Location)>,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Option<QuestionKind> {
    let row = input.row;
    let (mut start, mut end, mut step) = (1i32, 10i32, 1i32);
    if let Some((text, at)) = row.get(Field::Parameters) {
        let mut ok = true;
        for part in text.split([' ', ';', ',']).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                problems.push(Problem::at(
                    at.clone(),
                    format!("cannot read `{part}`; write start=0 end=10 step=1"),
                ));
                ok = false;
                continue;
            };
            let Ok(v) = value.trim().parse::<i32>() else {
                problems.push(Problem::at(
                    at.clone(),
                    format!("`{part}`: Heard scales use whole numbers"),
                ));
                ok = false;
                continue;
            };
            match key.trim().to_lowercase().as_str() {
                "start" => start = v,
                "end" => end = v,
                "step" => step = v,
                other => {
                    problems.push(Problem::at(
                        at.clone(),
                        format!("unknown range parameter `{other}`; use start, end and step"),
                    ));
                    ok = false;
                }
            }
        }
        if step < 1 {
            problems.push(Problem::at(
                at,
                format!("step={step}: the step must be a whole number of at least 1"),
            ));
            ok = false;
        }
        if !ok {
            return None;
        }
    }
    let low = row.texts(Field::HeardLow, input.default);
    let high = row.texts(Field::HeardHigh, input.default);
    match heard_kind {
        Some(("smiley", at)) => {
            if start != 1 || step != 1 || !low.is_empty() || !high.is_empty() {
                problems.push(Problem::at(
                    at,
                    "heard_kind `smiley` needs start=1, end=3 or end=5, step=1, and no heard_low/heard_high (the faces are the labels)",
                ));
                return None;
            }
            Some(QuestionKind::Smiley {
                faces: u8::try_from(end).unwrap_or(0),
            })
        }
        Some((other, at)) => {
            problems.push(Problem::at(
                at,
                format!("heard_kind `{other}` does not fit a range; only `smiley` does"),
            ));
            None
        }
        None => {
            let (low, high) = if low.is_empty() && high.is_empty() {
                notes.push(Problem::at(
                    row.location(),
                    format!("the range has no heard_low/heard_high labels; its ends are labelled {start} and {end}"),
                ));
                let numbered = |n: i32| {
                    let mut t = LocalizedText::default();
                    for l in &input.prompt_languages {
                        t.insert(l.clone(), n.to_string());
                    }
                    t
                };
                (numbered(start), numbered(end))
            } else {
                (low, high)
            };
            Some(QuestionKind::Scale {
                min: start,
                max: end,
                step,
                low,
                high,
            })
        }
    }
}
