//! The `survey` sheet: groups become sections, rows become questions. Relevance is read after
//! every row, so a condition can name any question (the core then checks the order).

use super::cells::{yes_no, Row};
use super::choices::Lists;
use super::error::{Location, Problem};
use super::header::{Columns, Field};
use super::kinds::{build_kind, KindInput};
use super::names::{question_id, NameMap};
use super::read::Sheet;
use super::relevance::{relevant_to_condition, Shape, Target};
use super::types::{parse_type, FormType};
use heard_core::condition::Condition;
use heard_core::ids::{LangTag, QuestionId};
use heard_core::survey::{AnswerShape, Measure, Question, Satisfied, Section, Topic};
use heard_core::text::LocalizedText;
use std::collections::BTreeMap;

/// What the survey sheet yields.
#[derive(Debug, Default)]
pub struct Walked {
    pub sections: Vec<Section>,
    /// Row and XLSForm name of each question, for messages.
    pub rows: BTreeMap<QuestionId, (u32, String)>,
    pub names: NameMap,
    /// Which questions use each choice list (for choice media).
    pub list_users: BTreeMap<String, Vec<QuestionId>>,
    /// Ids of named rows that did not become questions (groups, rows with errors).
    pub not_questions: Vec<String>,
}

struct Pending {
    question: QuestionId,
    text: String,
    at: Location,
}

pub fn read_questions(
    sheet: &Sheet,
    columns: &Columns,
    lists: &Lists,
    default: &LangTag,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Walked {
    let mut out = Walked::default();
    let mut current: Option<usize> = None;
    let mut depth = 0u32;
    let mut open_group_row = 0u32;
    // Where the open group's `begin group` is (its type cell), for "never closed".
    let mut open_group_at: Option<Location> = None;
    let mut implicit = 0u32;
    let mut seen: BTreeMap<String, (u32, String)> = BTreeMap::new();
    let mut pending = Vec::new();
    if columns.plain(Field::Type).is_none() {
        problems.push(Problem::at(
            Location::sheet(&sheet.name),
            "the survey sheet has no `type` column",
        ));
        return out;
    }
    for r in &sheet.rows {
        let row = Row {
            sheet,
            columns,
            row: r,
        };
        let Some((type_text, type_at)) = row.get(Field::Type) else {
            if row.cells(Field::Name).is_empty() && row.cells(Field::Label).is_empty() {
                // Only unsupported or stray columns filled: reported elsewhere or harmless.
                continue;
            }
            problems.push(Problem::at(row.location(), "this row has no `type`"));
            continue;
        };
        let ty = match parse_type(type_text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem::at(type_at, e));
                continue;
            }
        };
        check_columns(&row, &ty, problems, notes);
        // Set before the name checks, which may skip the row but still count the group open.
        if ty == FormType::BeginGroup && depth == 0 {
            open_group_row = r.number;
            open_group_at = Some(type_at.clone());
        }
        if ty == FormType::EndGroup {
            match depth {
                0 => problems.push(Problem::at(
                    type_at,
                    "`end group` without a `begin group` above it",
                )),
                1 => current = None,
                _ => {}
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        // Name: required, unique, mappable to a Heard id.
        let Some((name, name_at)) = row.get(Field::Name) else {
            problems.push(Problem::at(
                row.location(),
                "this row has no `name`; every question and group needs one",
            ));
            if ty == FormType::BeginGroup {
                depth += 1;
            }
            continue;
        };
        let id = match question_id(name) {
            Ok(id) => id,
            Err(e) => {
                problems.push(Problem::at(name_at, e));
                if ty == FormType::BeginGroup {
                    depth += 1;
                }
                continue;
            }
        };
        if let Some((first_row, first_name)) = seen.get(id.as_str()) {
            problems.push(Problem::at(
                name_at,
                format!(
                    "the name `{name}` becomes the Heard id `{id}`, like `{first_name}` on row {first_row}; names must differ"
                ),
            ));
            if ty == FormType::BeginGroup {
                depth += 1;
            }
            continue;
        }
        seen.insert(id.to_string(), (r.number, name.to_owned()));

        if ty == FormType::BeginGroup {
            // `heard_id` gives the section id where it differs from the name (XLSForm names are
            // unique across groups and questions; Heard's section and question ids need not be).
            let id = match row.get(Field::HeardId) {
                None => id,
                Some((v, at)) => match QuestionId::new(v) {
                    Ok(id) => id,
                    Err(e) => {
                        problems.push(Problem::at(at, e.to_string()));
                        id
                    }
                },
            };
            out.names.record_section(id.as_str(), name);
            depth += 1;
            if depth > 1 {
                problems.push(Problem::at(
                    type_at,
                    format!("a group inside a group (opened on row {open_group_row}) is not supported: Heard sections are one level deep; end the outer group first"),
                ));
                continue;
            }
            out.sections.push(Section {
                id,
                title: row.texts(Field::Label, default),
                questions: Vec::new(),
            });
            current = Some(out.sections.len() - 1);
            continue;
        }

        out.names.record_field(id.as_str(), name);
        let list = match &ty {
            FormType::SelectOne(l) | FormType::SelectMultiple(l) | FormType::Rank(l) => {
                match lists.get_key_value(l.as_str()) {
                    Some((k, rows)) => {
                        out.list_users
                            .entry(k.clone())
                            .or_default()
                            .push(id.clone());
                        for c in rows {
                            out.names.record_choice(id.as_str(), c.id.as_str(), &c.name);
                        }
                        Some((k.as_str(), rows.as_slice()))
                    }
                    None => {
                        problems.push(Problem::at(
                            type_at,
                            format!("the choice list `{l}` is not on the `choices` sheet"),
                        ));
                        continue;
                    }
                }
            }
            _ => None,
        };
        let prompt = row.texts(Field::Label, default);
        let input = KindInput {
            row,
            ty: &ty,
            list,
            default,
            prompt_languages: prompt.languages().cloned().collect(),
        };
        let kind = build_kind(&input, problems, notes);
        let required = match row.get(Field::Required) {
            None => false,
            Some((v, at)) => yes_no(v).unwrap_or_else(|| {
                problems.push(Problem::at(
                    at,
                    format!(
                        "`{v}` is not yes or no; Heard does not support conditional `required`"
                    ),
                ));
                false
            }),
        };
        let topic = row.get(Field::HeardTopic).and_then(|(v, at)| {
            let t = Topic::parse(&v.to_lowercase().replace('_', "-"));
            if t.is_none() {
                let all: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
                problems.push(Problem::at(
                    at,
                    format!("unknown topic `{v}`; use one of: {}", all.join(", ")),
                ));
            }
            t
        });
        let satisfied =
            row.get(Field::HeardSatisfied)
                .and_then(|(v, at)| match parse_satisfied(v) {
                    Ok(s) => Some(s),
                    Err(e) => {
                        problems.push(Problem::at(at, e));
                        None
                    }
                });
        let measure = row.get(Field::HeardMeasure).and_then(|(v, at)| {
            let m = match v.to_lowercase().replace('_', "-").as_str() {
                "kto" => Some(Measure::Kto),
                "ces" => Some(Measure::Ces),
                "goal-completion" => Some(Measure::GoalCompletion),
                "overall" => Some(Measure::Overall),
                _ => None,
            };
            if m.is_none() {
                problems.push(Problem::at(
                    at,
                    format!("unknown measure `{v}`; use kto, ces, goal_completion or overall"),
                ));
            }
            m
        });
        // Only on `integer` and `decimal` rows (checked with the other columns).
        let not_identifying = match row.get(Field::HeardNotIdentifying) {
            None => false,
            Some((v, at)) => yes_no(v).unwrap_or_else(|| {
                problems.push(Problem::at(at, format!("`{v}` is not yes or no")));
                false
            }),
        };
        if let Some((text, at)) = row.get(Field::Relevant) {
            pending.push(Pending {
                question: id.clone(),
                text: text.to_owned(),
                at,
            });
        }
        let Some(kind) = kind else { continue };
        let section = match current {
            Some(i) => i,
            None => {
                implicit += 1;
                out.sections.push(Section {
                    id: QuestionId::new(format!("part-{implicit}")).unwrap_or_else(|_| id.clone()),
                    title: LocalizedText::default(),
                    questions: Vec::new(),
                });
                let i = out.sections.len() - 1;
                current = Some(i);
                i
            }
        };
        out.rows.insert(id.clone(), (r.number, name.to_owned()));
        out.sections[section].questions.push(Question {
            id,
            kind,
            topic,
            required,
            relevant: None,
            prompt,
            hint: row.texts(Field::Hint, default),
            satisfied,
            measure,
            not_identifying,
        });
    }
    if depth > 0 {
        problems.push(Problem::at(
            open_group_at.unwrap_or_else(|| Location::row(&sheet.name, open_group_row)),
            "this group is never closed; add an `end group` row",
        ));
    }
    resolve_relevance(&mut out, &seen, pending, problems);
    out.not_questions = seen
        .keys()
        .filter(|k| !out.rows.keys().any(|q| q.as_str() == k.as_str()))
        .cloned()
        .collect();
    out
}

fn parse_satisfied(v: &str) -> Result<Satisfied, String> {
    if let Some(rest) = v.trim().strip_prefix(">=") {
        return rest
            .trim()
            .parse()
            .map(Satisfied::AtLeast)
            .map_err(|_| format!("`{v}`: write a whole scale point after >=, e.g. >=7"));
    }
    let names: Vec<&str> = v.split([' ', ',']).filter(|s| !s.is_empty()).collect();
    names
        .iter()
        .map(|n| super::names::choice_id(n))
        .collect::<Result<Vec<_>, _>>()
        .map(Satisfied::Choices)
}

fn resolve_relevance(
    out: &mut Walked,
    seen: &BTreeMap<String, (u32, String)>,
    pending: Vec<Pending>,
    problems: &mut Vec<Problem>,
) {
    let mut targets: BTreeMap<String, Target> = BTreeMap::new();
    for q in out.sections.iter().flat_map(|s| &s.questions) {
        let shape = match q.kind.shape() {
            AnswerShape::OneChoice => Shape::OneChoice,
            AnswerShape::ManyChoices => Shape::ManyChoices,
            AnswerShape::Point | AnswerShape::Number => Shape::Numeric,
            _ => Shape::Other,
        };
        if let Some((_, name)) = out.rows.get(&q.id) {
            targets.insert(
                name.clone(),
                Target {
                    id: q.id.clone(),
                    shape,
                },
            );
        }
    }
    // Names of groups and of rows that failed are known too: their conditions are read as far as
    // possible, and the core's check reports a condition on a group.
    let lookup = |name: &str| -> Option<Target> {
        targets.get(name).cloned().or_else(|| {
            seen.iter()
                .find(|(_, (_, n))| n == name)
                .and_then(|(slug, _)| QuestionId::new(slug.clone()).ok())
                .map(|id| Target {
                    id,
                    shape: Shape::Unknown,
                })
        })
    };
    let mut resolved: BTreeMap<QuestionId, Condition> = BTreeMap::new();
    for p in pending {
        match relevant_to_condition(&p.text, &lookup) {
            Ok(c) => {
                resolved.insert(p.question, c);
            }
            Err(e) => problems.push(Problem::at(p.at, e)),
        }
    }
    for q in out.sections.iter_mut().flat_map(|s| &mut s.questions) {
        q.relevant = resolved.remove(&q.id);
    }
}

/// Which columns a row of this type may fill. Unsupported combinations are errors; columns
/// Heard reads but deliberately does not keep are notes.
fn check_columns(
    row: &Row<'_>,
    ty: &FormType,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) {
    let group = matches!(ty, FormType::BeginGroup | FormType::EndGroup);
    for col in &row.columns.known {
        let Some((value, at)) = row.cell(col) else {
            continue;
        };
        let f = col.field;
        let ok = match f {
            Field::Type | Field::Name | Field::Label => {
                !matches!(ty, FormType::EndGroup) || f == Field::Type || f == Field::Name
            }
            Field::HeardId => *ty == FormType::BeginGroup,
            Field::Appearance => {
                if !(value.eq_ignore_ascii_case("likert") && matches!(ty, FormType::SelectOne(_))) {
                    notes.push(Problem::at(
                        at.clone(),
                        format!("appearance `{value}` is not imported; Heard lays out its screens itself"),
                    ));
                }
                true
            }
            _ if group => false,
            Field::Hint
            | Field::Required
            | Field::Relevant
            | Field::Audio
            | Field::Image
            | Field::HeardTopic
            | Field::HeardSatisfied
            | Field::HeardMeasure => true,
            Field::RequiredMessage | Field::ConstraintMessage => {
                notes.push(Problem::at(
                    at.clone(),
                    "not imported: the app shows its own message, in the resident's language",
                ));
                true
            }
            Field::Default => {
                notes.push(Problem::at(
                    at.clone(),
                    format!("the default `{value}` is not imported: Heard never pre-fills an answer, so residents are not steered"),
                ));
                true
            }
            Field::Constraint => matches!(
                ty,
                FormType::Integer
                    | FormType::Decimal
                    | FormType::Text
                    | FormType::SelectMultiple(_)
            ),
            Field::Parameters | Field::HeardLow | Field::HeardHigh => *ty == FormType::Range,
            Field::HeardDecimals => *ty == FormType::Decimal,
            Field::HeardNotIdentifying => matches!(ty, FormType::Integer | FormType::Decimal),
            Field::HeardKind => matches!(ty, FormType::SelectOne(_) | FormType::Range),
            _ => false,
        };
        if !ok {
            let what = type_name(ty);
            let message = if group {
                format!(
                    "`{}` on a {what} is not supported; put it on each question of the group",
                    col.header
                )
            } else {
                format!(
                    "`{}` does not apply to a {what} question; remove it",
                    col.header
                )
            };
            problems.push(Problem::at(at, message));
        }
    }
}

fn type_name(ty: &FormType) -> &'static str {
    match ty {
        FormType::SelectOne(_) => "select_one",
        FormType::SelectMultiple(_) => "select_multiple",
        FormType::Rank(_) => "rank",
        FormType::Integer => "integer",
        FormType::Decimal => "decimal",
        FormType::Text => "text",
        FormType::Note => "note",
        FormType::Range => "range",
        FormType::BeginGroup => "begin group",
        FormType::EndGroup => "end group",
    }
}
