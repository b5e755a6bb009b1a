//! Reading typed values out of a row's cells.

use super::error::Location;
use super::header::{Column, Columns, Field, Lang};
use super::read::{Sheet, SheetRow};
use heard_core::ids::LangTag;
use heard_core::text::LocalizedText;

/// A row of a sheet, with the sheet's columns, for reading fields.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    pub sheet: &'a Sheet,
    pub columns: &'a Columns,
    pub row: &'a SheetRow,
}

impl<'a> Row<'a> {
    /// The untranslatable field's text and its location.
    pub fn get(&self, field: Field) -> Option<(&'a str, Location)> {
        let col = self.columns.plain(field)?;
        self.cell(col)
    }

    pub fn value(&self, field: Field) -> Option<&'a str> {
        self.get(field).map(|(v, _)| v)
    }

    pub fn cell(&self, col: &Column) -> Option<(&'a str, Location)> {
        self.row
            .cells
            .get(&col.index)
            .map(|v| (v.as_str(), self.at(col)))
    }

    pub fn at(&self, col: &Column) -> Location {
        Location::cell(&self.sheet.name, self.row.number, col.index, &col.header)
    }

    pub fn location(&self) -> Location {
        Location::row(&self.sheet.name, self.row.number)
    }

    /// Every non-empty cell of a field, in whichever language, with its column.
    pub fn cells(&self, field: Field) -> Vec<(&'a str, &'a Column)> {
        self.columns
            .all(field)
            .filter_map(|c| self.row.cells.get(&c.index).map(|v| (v.as_str(), c)))
            .collect()
    }

    /// A translatable field as text per language (plain columns are the default language).
    pub fn texts(&self, field: Field, default: &LangTag) -> LocalizedText {
        let mut out = LocalizedText::default();
        for (v, c) in self.cells(field) {
            out.insert(language(&c.lang, default), v);
        }
        out
    }
}

pub fn language(lang: &Lang, default: &LangTag) -> LangTag {
    match lang {
        Lang::Plain => default.clone(),
        Lang::Tag(t) => t.clone(),
    }
}

/// XLSForm's yes/no spellings (`yes`, `true`, `true()`, `1`, and Excel's TRUE).
pub fn yes_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "true" | "true()" | "1" | "y" => Some(true),
        "no" | "false" | "false()" | "0" | "n" => Some(false),
        _ => None,
    }
}
