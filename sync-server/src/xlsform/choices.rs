//! The `choices` sheet: named lists of choices, with labels per language and Heard's
//! `heard_score` / `heard_exclusive`.

use super::cells::{yes_no, Row};
use super::error::{Location, Problem};
use super::header::{Columns, Field};
use super::names::choice_id;
use super::read::Sheet;
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::survey::Choice;
use heard_core::text::LocalizedText;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct ChoiceRow {
    pub row: u32,
    pub name: String,
    pub id: ChoiceId,
    pub label: LocalizedText,
    pub score: Option<u8>,
    pub exclusive: bool,
}

impl ChoiceRow {
    pub fn to_choice(&self) -> Choice {
        Choice {
            id: self.id.clone(),
            label: self.label.clone(),
            exclusive: self.exclusive,
            score: self.score,
        }
    }
}

/// Lists by their XLSForm name, each in sheet order.
pub type Lists = BTreeMap<String, Vec<ChoiceRow>>;

pub fn read_choices(
    sheet: Option<&Sheet>,
    columns: &Columns,
    default: &LangTag,
    allow_duplicates: bool,
    problems: &mut Vec<Problem>,
) -> Lists {
    let mut lists = Lists::new();
    let Some(sheet) = sheet else {
        return lists;
    };
    if columns.plain(Field::ListName).is_none() && !sheet.rows.is_empty() {
        problems.push(Problem::at(
            Location::sheet(&sheet.name),
            "the choices sheet has no `list_name` column",
        ));
        return lists;
    }
    for r in &sheet.rows {
        let row = Row {
            sheet,
            columns,
            row: r,
        };
        let Some(list) = row.value(Field::ListName) else {
            problems.push(Problem::at(
                row.location(),
                "this choice has no `list_name`",
            ));
            continue;
        };
        let Some((name, name_at)) = row.get(Field::Name) else {
            problems.push(Problem::at(row.location(), "this choice has no `name`"));
            continue;
        };
        let id = match choice_id(name) {
            Ok(id) => id,
            Err(e) => {
                problems.push(Problem::at(name_at, e));
                continue;
            }
        };
        let entries = lists.entry(list.to_owned()).or_default();
        // With `allow_choice_duplicates` a repeated name is kept: a choice filter puts each copy
        // in its own expansion, and a question offering both is refused by the survey check.
        if let Some(first) = entries.iter().find(|c| c.id == id && !allow_duplicates) {
            problems.push(Problem::at(
                name_at,
                format!(
                    "list `{list}` already has the choice `{}` (row {}); choice names must differ within a list",
                    first.name, first.row
                ),
            ));
            continue;
        }
        let score = row
            .get(Field::HeardScore)
            .and_then(|(v, at)| match v.parse::<u8>() {
                Ok(s) if s <= 100 => Some(s),
                _ => {
                    problems.push(Problem::at(
                        at,
                        format!("`{v}` is not a score; use a whole number from 0 to 100"),
                    ));
                    None
                }
            });
        let exclusive = match row.get(Field::HeardExclusive) {
            None => false,
            Some((v, at)) => yes_no(v).unwrap_or_else(|| {
                problems.push(Problem::at(at, format!("`{v}` is not yes or no")));
                false
            }),
        };
        entries.push(ChoiceRow {
            row: r.number,
            name: name.to_owned(),
            id,
            label: row.texts(Field::Label, default),
            score,
            exclusive,
        });
    }
    lists
}
