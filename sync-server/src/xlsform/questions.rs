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
    /// Original names of rows left out (metadata, calculations, questions Heard never asks,
    /// and what depends on them), each with its row and why; the import warns about each.
    pub dropped: BTreeMap<String, (u32, Dropped)>,
}

/// Why a row was left out of the survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    Metadata,
    Calculate,
    /// Never asked by Heard; with the reason.
    NeverAsked(String),
    /// Inside a repeat (opened on that row).
    InRepeat(u32),
    /// Its relevance names a dropped row.
    DependsOn(String),
}

/// A group being read: what its members inherit.
struct Group {
    relevant: Option<String>,
    required: bool,
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
    skip_unsupported: bool,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Walked {
    let mut groups: Vec<Group> = Vec::new();
    let mut repeat: Option<(u32, u32)> = None; // (row opened, nesting inside it)
    let mut out = Walked::default();
    let mut current: Option<usize> = None;
    let mut depth = 0u32;
    let mut open_group_row = 0u32;
    // Where the open group's `begin group` is (its type cell), for "never closed".
    let mut open_group_at: Option<Location> = None;
    let mut implicit = 0u32;
    let mut seen: BTreeMap<String, (u32, String)> = BTreeMap::new();
    let mut seen_groups: BTreeMap<String, (u32, String)> = BTreeMap::new();
    let mut seen_questions: BTreeMap<String, (u32, String)> = BTreeMap::new();
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
                if repeat.is_none() {
                    problems.push(Problem::at(type_at, e));
                }
                continue;
            }
        };
        let name_of = || row.value(Field::Name).unwrap_or("").to_owned();
        // A left-out row's name still names it: a second row of that name is ambiguous.
        let drop_row = |out: &mut Walked, why: Dropped, problems: &mut Vec<Problem>| {
            let name = name_of();
            if name.is_empty() {
                return;
            }
            let earlier = out.dropped.get(&name).map(|(r, _)| *r).or_else(|| {
                seen_questions
                    .values()
                    .find(|(_, n)| *n == name)
                    .map(|(r, _)| *r)
            });
            match earlier {
                Some(first) => problems.push(Problem::at(
                    row.location(),
                    format!("the name `{name}` is used on row {first} too; names must differ"),
                )),
                None => {
                    out.dropped.insert(name, (r.number, why));
                }
            }
        };
        // Inside a repeat every row goes with it, nested groups and repeats included.
        if let Some((opened, nesting)) = repeat.as_mut() {
            match ty {
                FormType::BeginRepeat(_) | FormType::BeginGroup => *nesting += 1,
                FormType::EndRepeat | FormType::EndGroup if *nesting > 0 => *nesting -= 1,
                FormType::EndRepeat => {
                    repeat = None;
                    continue;
                }
                _ => {}
            }
            let opened = *opened;
            drop_row(&mut out, Dropped::InRepeat(opened), problems);
            continue;
        }
        match &ty {
            FormType::Metadata => {
                drop_row(&mut out, Dropped::Metadata, problems);
                continue;
            }
            FormType::Calculate => {
                out.dropped
                    .insert(name_of(), (r.number, Dropped::Calculate));
                continue;
            }
            FormType::NeverAsked(why) => {
                if !skip_unsupported {
                    problems.push(Problem::at(
                        type_at,
                        format!("{why} (or import with --skip-unsupported to leave this row out)"),
                    ));
                }
                drop_row(&mut out, Dropped::NeverAsked(why.clone()), problems);
                continue;
            }
            FormType::BeginRepeat(why) => {
                if !skip_unsupported {
                    problems.push(Problem::at(
                        type_at,
                        format!("{why} (or import with --skip-unsupported to leave the whole repeat out)"),
                    ));
                }
                drop_row(&mut out, Dropped::NeverAsked(why.clone()), problems);
                repeat = Some((r.number, 0));
                continue;
            }
            FormType::EndRepeat => {
                problems.push(Problem::at(
                    type_at,
                    "`end repeat` without a `begin repeat` above it",
                ));
                continue;
            }
            _ => {}
        }
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
            groups.pop();
            depth = depth.saturating_sub(1);
            continue;
        }
        // Name: required (a note may go without: pyxform allows it), unique, mappable to an id.
        let derived;
        let named = match row.get(Field::Name) {
            None if ty == FormType::Note => {
                let label: Vec<&str> = row
                    .cells(Field::Label)
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect();
                derived = super::names::hashed_slug(&format!("note {}", label.join(" ")));
                notes.push(Problem::at(
                    row.location(),
                    format!("this note has no `name`; its id is `{derived}` (from its label)"),
                ));
                Some((derived.as_str(), row.location()))
            }
            other => other,
        };
        let Some((name, name_at)) = named else {
            problems.push(Problem::at(
                row.location(),
                "this row has no `name`; every question and group needs one",
            ));
            if ty == FormType::BeginGroup {
                depth += 1;
                groups.push(Group {
                    relevant: None,
                    required: false,
                });
            }
            continue;
        };
        let id = match question_id(name) {
            Ok(id) => id,
            Err(e) => {
                problems.push(Problem::at(name_at, e));
                if ty == FormType::BeginGroup {
                    depth += 1;
                    groups.push(Group {
                        relevant: None,
                        required: false,
                    });
                }
                continue;
            }
        };
        // Groups and questions are told apart: a section may share its id with a question.
        if let Some((first, _)) = out.dropped.get(name).filter(|_| ty != FormType::BeginGroup) {
            problems.push(Problem::at(
                name_at,
                format!("the name `{name}` is used on row {first} too; names must differ"),
            ));
            continue;
        }
        let same_kind = if ty == FormType::BeginGroup {
            &mut seen_groups
        } else {
            &mut seen_questions
        };
        if let Some((first_row, first_name)) = same_kind.get(id.as_str()) {
            problems.push(Problem::at(
                name_at,
                format!(
                    "the name `{name}` becomes the Heard id `{id}`, like `{first_name}` on row {first_row}; names must differ"
                ),
            ));
            if ty == FormType::BeginGroup {
                depth += 1;
                groups.push(Group {
                    relevant: None,
                    required: false,
                });
            }
            continue;
        }
        same_kind.insert(id.to_string(), (r.number, name.to_owned()));
        if ty == FormType::BeginGroup {
            seen.entry(id.to_string())
                .or_insert_with(|| (r.number, name.to_owned()));
        } else {
            seen.insert(id.to_string(), (r.number, name.to_owned()));
        }

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
            groups.push(Group {
                relevant: row.value(Field::Relevant).map(str::to_owned),
                required: row.value(Field::Required).and_then(yes_no).unwrap_or(false),
            });
            let label = row.texts(Field::Label, default);
            let hint = row.texts(Field::Hint, default);
            if depth > 1 {
                // Heard's sections are one level deep: an inner group's label is shown as a
                // note where the group began, and its members join the outer section.
                if let Some(i) = current {
                    for (suffix, text) in [("-group", label), ("-hint", hint)] {
                        if text.is_empty() {
                            continue;
                        }
                        let note_id =
                            QuestionId::new(format!("{id}{suffix}")).unwrap_or_else(|_| id.clone());
                        out.rows
                            .insert(note_id.clone(), (r.number, name.to_owned()));
                        let relevant = joined_relevance(&groups, None);
                        push_note(
                            &mut out.sections[i],
                            note_id,
                            text,
                            relevant.map(|t| (t, type_at.clone())),
                            &mut pending,
                        );
                    }
                    notes.push(Problem::at(
                        type_at,
                        format!("the group `{name}` inside the group opened on row {open_group_row} is flattened: its questions join the outer section, its label (and hint) shown as the note `{id}-group` (`{id}-hint`)"),
                    ));
                }
                continue;
            }
            out.sections.push(Section {
                id: id.clone(),
                title: label,
                questions: Vec::new(),
            });
            let i = out.sections.len() - 1;
            current = Some(i);
            if !hint.is_empty() {
                // A group's hint becomes a note at the group's start.
                if let Ok(note_id) = QuestionId::new(format!("{id}-hint")) {
                    notes.push(Problem::at(
                        type_at.clone(),
                        format!("the hint of the group `{name}` is shown as the note `{note_id}` at the group's start"),
                    ));
                    out.rows
                        .insert(note_id.clone(), (r.number, name.to_owned()));
                    let relevant = joined_relevance(&groups, None);
                    push_note(
                        &mut out.sections[i],
                        note_id,
                        hint,
                        relevant.map(|t| (t, type_at.clone())),
                        &mut pending,
                    );
                }
            }
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
            None => groups.iter().any(|g| g.required),
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
        let own = row.get(Field::Relevant);
        let at = own
            .as_ref()
            .map_or_else(|| row.location(), |(_, at)| at.clone());
        if let Some(text) = joined_relevance(&groups, own.map(|(t, _)| t)) {
            pending.push(Pending {
                question: id.clone(),
                text,
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
    if let Some((opened, _)) = repeat {
        problems.push(Problem::at(
            Location::row(&sheet.name, opened),
            "this repeat is never closed; add an `end repeat` row",
        ));
    }
    if depth > 0 {
        problems.push(Problem::at(
            open_group_at.unwrap_or_else(|| Location::row(&sheet.name, open_group_row)),
            "this group is never closed; add an `end group` row",
        ));
    }
    check_calculations(sheet, columns, &out, problems);
    resolve_relevance(&mut out, &seen, pending, skip_unsupported, problems, notes);
    out.not_questions = seen
        .keys()
        .filter(|k| !out.rows.keys().any(|q| q.as_str() == k.as_str()))
        .cloned()
        .collect();
    out
}

/// The relevance a member of these groups has: each enclosing group's condition joined with
/// `and` to its own (XLSForm hides a group's members when the group is not relevant).
fn joined_relevance(groups: &[Group], own: Option<&str>) -> Option<String> {
    let parts: Vec<&str> = groups
        .iter()
        .filter_map(|g| g.relevant.as_deref())
        .chain(own)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some((*one).to_owned()),
        many => Some(
            many.iter()
                .map(|p| format!("({p})"))
                .collect::<Vec<_>>()
                .join(" and "),
        ),
    }
}

fn push_note(
    section: &mut Section,
    id: QuestionId,
    prompt: LocalizedText,
    relevant: Option<(String, Location)>,
    pending: &mut Vec<Pending>,
) {
    if let Some((text, at)) = relevant {
        pending.push(Pending {
            question: id.clone(),
            text,
            at,
        });
    }
    section.questions.push(Question {
        id,
        kind: heard_core::survey::QuestionKind::Info,
        topic: None,
        required: false,
        relevant: None,
        prompt,
        hint: LocalizedText::default(),
        satisfied: None,
        measure: None,
        not_identifying: false,
    });
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
    skip_unsupported: bool,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) {
    // Conditions naming a dropped row: with --skip-unsupported the question goes too (and,
    // in turn, what depends on it); without, the dropped row's own error says what to do.
    let mut pending = pending;
    loop {
        let before = out.dropped.len();
        pending.retain(|p| {
            let refs = references(&p.text);
            let Some(gone) = refs.iter().find(|n| out.dropped.contains_key(n.as_str())) else {
                return true;
            };
            let (_, why) = &out.dropped[gone.as_str()];
            match why {
                Dropped::Calculate => {
                    // Reported once per calculation, naming every row that uses it.
                    return false;
                }
                Dropped::Metadata if !skip_unsupported => {
                    problems.push(Problem::at(
                        p.at.clone(),
                        format!("the condition uses `${{{gone}}}`, which Heard never records; remove it from the condition (or import with --skip-unsupported to leave this question out)"),
                    ));
                    return false;
                }
                _ if !skip_unsupported => return false,
                _ => {}
            }
            let name = out.rows.get(&p.question).map(|(_, n)| n.clone()).unwrap_or_default();
            if !name.is_empty() {
                let row = p.at.row.unwrap_or(0);
                out.dropped.insert(name, (row, Dropped::DependsOn(gone.clone())));
            }
            false
        });
        if out.dropped.len() == before {
            break;
        }
    }
    // Remove the dropped questions (dependants found above).
    let gone: Vec<QuestionId> = out
        .rows
        .iter()
        .filter(|(_, (_, n))| matches!(out.dropped.get(n), Some((_, Dropped::DependsOn(_)))))
        .map(|(id, _)| id.clone())
        .collect();
    for id in &gone {
        out.rows.remove(id);
        for s in &mut out.sections {
            s.questions.retain(|q| &q.id != id);
        }
    }
    out.sections.retain(|s| !s.questions.is_empty());
    report_dropped(out, skip_unsupported, notes);
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

/// A `calculate` row nothing kept refers to is dropped (a warning, in `report_dropped`); one
/// that a kept row uses is an error naming those rows: Heard stores answers, never computes.
fn check_calculations(sheet: &Sheet, columns: &Columns, out: &Walked, problems: &mut Vec<Problem>) {
    let calcs: Vec<(&String, u32)> = out
        .dropped
        .iter()
        .filter(|(_, (_, why))| *why == Dropped::Calculate)
        .map(|(n, (row, _))| (n, *row))
        .collect();
    if calcs.is_empty() {
        return;
    }
    let mut users: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for r in &sheet.rows {
        let row = Row {
            sheet,
            columns,
            row: r,
        };
        if row
            .value(Field::Name)
            .is_some_and(|n| out.dropped.contains_key(n))
        {
            continue;
        }
        for col in &columns.known {
            let Some((text, _)) = row.cell(col) else {
                continue;
            };
            for name in references(text) {
                if let Some((calc, _)) = calcs.iter().find(|(c, _)| c.as_str() == name) {
                    let v = users.entry(calc.as_str()).or_default();
                    if v.last() != Some(&r.number) {
                        v.push(r.number);
                    }
                }
            }
        }
    }
    for (calc, row) in calcs {
        if let Some(rows) = users.get(calc.as_str()) {
            let list: Vec<String> = rows.iter().map(u32::to_string).collect();
            let col = columns.plain(Field::Type).map_or(0, |c| c.index);
            problems.push(Problem::at(
                Location::cell(&sheet.name, row, col, "type"),
                format!("the calculation `{calc}` is used by row(s) {}; Heard stores only residents' answers and computes nothing, so those rows cannot run as written", list.join(", ")),
            ));
        }
    }
}

/// One warning per row left out, so the author sees exactly what the import dropped.
fn report_dropped(out: &Walked, skip_unsupported: bool, notes: &mut Vec<Problem>) {
    let _ = skip_unsupported;
    let metadata: Vec<&str> = out
        .dropped
        .iter()
        .filter(|(_, (_, w))| *w == Dropped::Metadata)
        .map(|(n, _)| n.as_str())
        .collect();
    if !metadata.is_empty() {
        notes.push(Problem::form(format!(
            "metadata rows left out (Heard records no device, time or person data): {}",
            metadata.join(", ")
        )));
    }
    let mut rows: Vec<(&u32, &String, &Dropped)> =
        out.dropped.iter().map(|(n, (r, w))| (r, n, w)).collect();
    rows.sort_by_key(|(r, n, _)| (**r, (*n).clone()));
    for (row, name, why) in rows {
        let text = match why {
            Dropped::Metadata => continue,
            Dropped::Calculate => format!("the calculation `{name}` is used by no question and is left out"),
            Dropped::NeverAsked(reason) if skip_unsupported => format!("`{name}` left out (--skip-unsupported): {reason}"),
            Dropped::InRepeat(opened) if skip_unsupported => format!("`{name}` left out (--skip-unsupported): inside the repeat on row {opened}"),
            Dropped::DependsOn(other) => format!("`{name}` left out (--skip-unsupported): its condition uses `{other}`, which was left out"),
            _ => continue,
        };
        notes.push(Problem::at(Location::row("survey", *row), text));
    }
}

/// The question names a condition refers to (`${name}`).
pub fn references(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        out.push(after[..end].trim().to_owned());
        rest = &after[end + 1..];
    }
    out
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
            // A group's condition and `required` pass to its members; its hint becomes a note.
            Field::Relevant | Field::Required | Field::Hint if *ty == FormType::BeginGroup => true,
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
            // Expanded after the walk (choice_filter.rs).
            Field::ChoiceFilter => {
                matches!(ty, FormType::SelectOne(_) | FormType::SelectMultiple(_))
            }
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
        FormType::Metadata => "metadata",
        FormType::Calculate => "calculate",
        FormType::NeverAsked(_) => "unsupported",
        FormType::BeginRepeat(_) => "begin repeat",
        FormType::EndRepeat => "end repeat",
    }
}
