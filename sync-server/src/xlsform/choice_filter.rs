//! `choice_filter`: a cascade (`county` offers the counties of the `state` answered before).
//! Heard asks one question per screen with a fixed list, so a filter that depends only on one
//! earlier select_one (`cf = ${state}` or `${state} = cf`, `cf` a column of the choices sheet) is
//! expanded into one question per answer of that select_one, each with the matching choices and
//! the condition `state = that answer`. Conditions elsewhere that name the filtered question then
//! hold for whichever expansion was asked. Any other filter is an error naming its row.

use super::choices::{ChoiceRow, Lists};
use super::error::{Location, Problem};
use super::header::{Columns, Field};
use super::names::question_id;
use super::questions::Walked;
use super::read::Sheet;
use heard_core::condition::Condition;
use heard_core::ids::{ChoiceId, QuestionId};
use heard_core::survey::{AnswerShape, Question, QuestionKind};
use std::collections::BTreeMap;

/// An expanded question's expansions, each with the choices it offers.
type Expansions = BTreeMap<QuestionId, Vec<(QuestionId, Vec<ChoiceId>)>>;

/// `column = ${question}` (either way round), or why not.
fn parse_filter(text: &str) -> Result<(String, String), String> {
    let advice = "Heard expands only a filter on one earlier select_one: `column = ${question}`, with `column` a column of the choices sheet";
    let parts: Vec<&str> = text.split('=').collect();
    let [left, right] = parts.as_slice() else {
        return Err(format!("`{text}` cannot be expanded: {advice}"));
    };
    let (left, right) = (left.trim(), right.trim());
    if left.ends_with(['!', '<', '>']) {
        return Err(format!("`{text}` cannot be expanded: {advice}"));
    }
    let field = |s: &str| {
        s.strip_prefix("${")
            .and_then(|s| s.strip_suffix('}'))
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
    };
    let column = |s: &str| {
        (!s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')))
        .then(|| s.to_owned())
    };
    match (field(left), field(right), column(left), column(right)) {
        (Some(q), None, _, Some(c)) | (None, Some(q), Some(c), _) => Ok((c, q)),
        _ => Err(format!("`{text}` cannot be expanded: {advice}")),
    }
}

/// Expands every `choice_filter` of the survey sheet in `walked`, in sheet order (so a cascade's
/// parent is expanded before its children). Returns the choices-sheet columns the filters read
/// (not "ignored", then).
#[allow(clippy::too_many_arguments)]
pub fn expand_choice_filters(
    sheet: &Sheet,
    columns: &Columns,
    choices_sheet: Option<&Sheet>,
    choice_columns: &Columns,
    lists: &Lists,
    walked: &mut Walked,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Vec<String> {
    let mut used = Vec::new();
    let Some(filter_col) = columns.plain(Field::ChoiceFilter) else {
        return used;
    };
    let by_row: BTreeMap<u32, QuestionId> = walked
        .rows
        .iter()
        .map(|(id, (row, _))| (*row, id.clone()))
        .collect();
    let by_name: BTreeMap<String, QuestionId> = walked
        .rows
        .iter()
        .map(|(id, (_, name))| (name.clone(), id.clone()))
        .collect();
    let mut expanded = Expansions::new();
    // An expanded question's whole list (choice id, value), for the children of a cascade.
    let mut whole: BTreeMap<QuestionId, Vec<(ChoiceId, String)>> = BTreeMap::new();
    for r in &sheet.rows {
        let Some(text) = r.cells.get(&filter_col.index).map(|t| t.trim()) else {
            continue;
        };
        let Some(child_id) = by_row.get(&r.number).filter(|_| !text.is_empty()) else {
            continue; // empty, or the row failed or was left out (reported already)
        };
        let at = Location::cell(&sheet.name, r.number, filter_col.index, &filter_col.header);
        let fail = |problems: &mut Vec<Problem>, why: String| {
            problems.push(Problem::at(
                at.clone(),
                format!("`{text}` cannot be expanded: {why}"),
            ));
        };
        let (column, parent_name) = match parse_filter(text) {
            Ok(p) => p,
            Err(e) => {
                problems.push(Problem::at(at.clone(), e));
                continue;
            }
        };
        // The parent: an earlier select_one with its own list (or one expanded before).
        let parent_id = by_name.get(&parent_name);
        let parent_values: Option<Vec<(ChoiceId, String)>> = parent_id.and_then(|pid| {
            if let Some(values) = whole.get(pid) {
                return Some(values.clone());
            }
            let p = find(walked, pid)?;
            let earlier = walked.rows.get(pid).is_some_and(|(row, _)| *row < r.number);
            (earlier && p.kind.shape() == AnswerShape::OneChoice && !p.kind.has_fixed_choices())
                .then(|| values(walked, pid, &p.kind.choice_ids()))
        });
        let (Some(parent_id), Some(parent_values)) = (parent_id, parent_values) else {
            fail(
                problems,
                format!(
                    "`${{{parent_name}}}` must name an earlier select_one with its own choice list"
                ),
            );
            continue;
        };
        let (Some(child), Some(list)) =
            (find(walked, child_id).cloned(), list_of(walked, child_id))
        else {
            continue;
        };
        let Some((col, header)) = choice_columns
            .unsupported
            .iter()
            .find(|u| u.header.trim().eq_ignore_ascii_case(&column))
            .map(|u| (u.index, u.header.clone()))
        else {
            fail(
                problems,
                format!("the choices sheet has no column `{column}`"),
            );
            continue;
        };
        used.push(header);
        // The filter column by choice row, read once (lists of thousands of places are common).
        let column_values: BTreeMap<u32, &str> = choices_sheet
            .map(|s| {
                s.rows
                    .iter()
                    .filter_map(|r| Some((r.number, r.cells.get(&col)?.trim())))
                    .collect()
            })
            .unwrap_or_default();
        let value_on = |row: u32| column_values.get(&row).copied();
        let entries = lists.get(&list).map(Vec::as_slice).unwrap_or_default();
        let child_name = walked
            .rows
            .get(child_id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        let mut made: Vec<(QuestionId, Vec<ChoiceId>)> = Vec::new();
        let mut questions = Vec::new();
        let mut made_names = Vec::new();
        let mut not_asked = Vec::new();
        for (parent_choice, value) in &parent_values {
            let rows: Vec<&ChoiceRow> = entries
                .iter()
                .filter(|c| value_on(c.row) == Some(value.as_str()))
                .collect();
            let offered: Vec<ChoiceId> = rows.iter().map(|c| c.id.clone()).collect();
            if offered.len() < 2 {
                // None: nothing to ask; one: the answer is known from the parent's.
                not_asked.push(format!("{value} ({} choice(s))", offered.len()));
                continue;
            }
            let name = format!("{child_name}_{value}");
            let id = match question_id(&name) {
                Ok(id) if find(walked, &id).is_none() && !made.iter().any(|(e, _)| *e == id) => id,
                Ok(id) => {
                    fail(problems, format!("the question for `{value}` would get the id `{id}`, which another question has; rename one of them"));
                    continue;
                }
                Err(e) => {
                    fail(problems, e);
                    continue;
                }
            };
            let mut q = child.clone();
            q.id = id.clone();
            restrict(&mut q.kind, &rows);
            let is = Condition::Is {
                question: parent_id.clone(),
                choice: parent_choice.clone(),
            };
            q.relevant = Some(match q.relevant.take() {
                None => is,
                Some(own) => Condition::All(vec![is, own]),
            });
            walked.rows.insert(id.clone(), (r.number, name.clone()));
            walked.names.record_field(id.as_str(), &name);
            for c in &offered {
                let original = walked.names.choice(child_id.as_str(), c.as_str());
                walked
                    .names
                    .choices
                    .insert((id.to_string(), c.to_string()), original);
            }
            questions.push(q);
            made_names.push(name);
            made.push((id, offered));
        }
        // The child gives way to its expansions, in place.
        whole.insert(
            child_id.clone(),
            values(walked, child_id, &child.kind.choice_ids()),
        );
        if let Some(users) = walked.list_users.get_mut(&list) {
            users.retain(|u| u != child_id);
            users.extend(made.iter().map(|(e, _)| e.clone()));
        }
        walked.rows.remove(child_id);
        walked.names.fields.remove(child_id.as_str());
        walked
            .names
            .choices
            .retain(|(q, _), _| q != child_id.as_str());
        for s in &mut walked.sections {
            if let Some(pos) = s.questions.iter().position(|q| &q.id == child_id) {
                s.questions.splice(pos..=pos, questions.clone());
            }
        }
        walked.sections.retain(|s| !s.questions.is_empty());
        let mut message = format!(
            "`{child_name}` is asked as one question per answer to `{parent_name}` (`{text}`): {}",
            if made_names.is_empty() {
                "none".to_owned()
            } else {
                made_names.join(", ")
            }
        );
        if !not_asked.is_empty() {
            message.push_str(&format!(
                "; not asked after: {} (fewer than two choices)",
                not_asked.join(", ")
            ));
        }
        notes.push(Problem::at(at.clone(), message));
        expanded.insert(child_id.clone(), made);
    }
    if expanded.is_empty() {
        return used;
    }
    // Every condition naming an expanded question holds for whichever expansion was asked.
    for q in walked.sections.iter_mut().flat_map(|s| &mut s.questions) {
        if let Some(c) = q.relevant.take() {
            q.relevant = Some(spread(c, &expanded));
        }
    }
    used
}

/// Each choice id with its value as written in the workbook, once per value (a list with
/// `allow_choice_duplicates` may repeat one).
fn values(walked: &Walked, id: &QuestionId, choices: &[ChoiceId]) -> Vec<(ChoiceId, String)> {
    let mut out: Vec<(ChoiceId, String)> = Vec::new();
    for c in choices {
        let value = walked.names.choice(id.as_str(), c.as_str());
        if !out.iter().any(|(_, v)| *v == value) {
            out.push((c.clone(), value));
        }
    }
    out
}

/// Offers exactly these rows of the list (by row: a list may repeat a name).
fn restrict(kind: &mut QuestionKind, rows: &[&ChoiceRow]) {
    if let QuestionKind::SingleChoice { choices, .. }
    | QuestionKind::MultipleChoice { choices, .. } = kind
    {
        *choices = rows.iter().map(|c| c.to_choice()).collect();
    }
}

/// Rewrites a condition so that each test on an expanded question becomes "any of its
/// expansions" (only one of them is ever asked); a choice is tested only where it is offered.
fn spread(c: Condition, expanded: &Expansions) -> Condition {
    let each =
        |q: &QuestionId, make: &dyn Fn(&QuestionId) -> Condition, choice: Option<&ChoiceId>| {
            expanded.get(q).map(|exps| {
                Condition::Any(
                    exps.iter()
                        .filter(|(_, offered)| choice.is_none_or(|c| offered.contains(c)))
                        .map(|(e, _)| make(e))
                        .collect(),
                )
            })
        };
    match c {
        Condition::Answered(q) => {
            each(&q, &|e| Condition::Answered(e.clone()), None).unwrap_or(Condition::Answered(q))
        }
        Condition::Is { question, choice } => each(
            &question,
            &|e| Condition::Is {
                question: e.clone(),
                choice: choice.clone(),
            },
            Some(&choice),
        )
        .unwrap_or(Condition::Is { question, choice }),
        Condition::Compare {
            question,
            op,
            value,
        } => each(
            &question,
            &|e| Condition::Compare {
                question: e.clone(),
                op,
                value,
            },
            None,
        )
        .unwrap_or(Condition::Compare {
            question,
            op,
            value,
        }),
        Condition::CountSelected {
            question,
            op,
            value,
        } => each(
            &question,
            &|e| Condition::CountSelected {
                question: e.clone(),
                op,
                value,
            },
            None,
        )
        .unwrap_or(Condition::CountSelected {
            question,
            op,
            value,
        }),
        Condition::CompareAnswers { left, op, right } => {
            let with_left = each(
                &left,
                &|e| Condition::CompareAnswers {
                    left: e.clone(),
                    op,
                    right: right.clone(),
                },
                None,
            )
            .unwrap_or(Condition::CompareAnswers {
                left,
                op,
                right: right.clone(),
            });
            if expanded.contains_key(&right) {
                // Spread the right side inside each left one.
                spread_right(with_left, &right, expanded)
            } else {
                with_left
            }
        }
        Condition::Not(inner) => Condition::Not(Box::new(spread(*inner, expanded))),
        Condition::All(cs) => Condition::All(cs.into_iter().map(|c| spread(c, expanded)).collect()),
        Condition::Any(cs) => Condition::Any(cs.into_iter().map(|c| spread(c, expanded)).collect()),
    }
}

fn spread_right(c: Condition, right: &QuestionId, expanded: &Expansions) -> Condition {
    match c {
        Condition::CompareAnswers { left, op, right: r } if &r == right => Condition::Any(
            expanded
                .get(right)
                .into_iter()
                .flatten()
                .map(|(e, _)| Condition::CompareAnswers {
                    left: left.clone(),
                    op,
                    right: e.clone(),
                })
                .collect(),
        ),
        Condition::Any(cs) => Condition::Any(
            cs.into_iter()
                .map(|c| spread_right(c, right, expanded))
                .collect(),
        ),
        other => other,
    }
}

fn find<'a>(walked: &'a Walked, id: &QuestionId) -> Option<&'a Question> {
    walked
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| &q.id == id)
}

fn list_of(walked: &Walked, id: &QuestionId) -> Option<String> {
    walked
        .list_users
        .iter()
        .find(|(_, users)| users.contains(id))
        .map(|(l, _)| l.clone())
}
