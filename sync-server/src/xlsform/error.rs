//! Import problems: each names its sheet, row and column, so an author can find and fix it.

use std::fmt;

/// Where in the workbook a problem is. Rows are Excel's own numbers (the header is row 1 when
/// the sheet starts at A1); columns are Excel letters with the header text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub sheet: String,
    pub row: Option<u32>,
    /// Excel column letter and the column's header, e.g. (`C`, `relevant`).
    pub column: Option<(String, String)>,
}

impl Location {
    pub fn sheet(sheet: &str) -> Self {
        Self {
            sheet: sheet.to_owned(),
            row: None,
            column: None,
        }
    }
    pub fn row(sheet: &str, row: u32) -> Self {
        Self {
            sheet: sheet.to_owned(),
            row: Some(row),
            column: None,
        }
    }
    pub fn cell(sheet: &str, row: u32, column: u32, header: &str) -> Self {
        Self {
            sheet: sheet.to_owned(),
            row: Some(row),
            column: Some((column_letter(column), header.to_owned())),
        }
    }
    pub fn header(sheet: &str, column: u32, header: &str) -> Self {
        Self {
            sheet: sheet.to_owned(),
            row: None,
            column: Some((column_letter(column), header.to_owned())),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sheet `{}`", self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some((letter, header)) = &self.column {
            write!(f, ", column {letter} (`{header}`)")?;
        }
        Ok(())
    }
}

/// Excel's letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: u32) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// One problem (or, in `ImportedForm::notes`, one thing Heard deliberately leaves out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Option<Location>,
    pub message: String,
}

impl Problem {
    pub fn at(at: Location, message: impl Into<String>) -> Self {
        Self {
            at: Some(at),
            message: message.into(),
        }
    }
    pub fn form(message: impl Into<String>) -> Self {
        Self {
            at: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{at}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not an .xlsx workbook at all.
    #[error("this is not an XLSForm .xlsx file: {0}")]
    NotXlsx(String),
    /// The workbook was read, and these things are wrong with the form (all of them).
    #[error("{}", list(.0))]
    Invalid(Vec<Problem>),
}

impl ImportError {
    /// Every problem as one line each (empty for `NotXlsx`).
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::NotXlsx(_) => &[],
            Self::Invalid(p) => p,
        }
    }
}

fn list(problems: &[Problem]) -> String {
    let mut out = format!("the form has {} problem(s):", problems.len());
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.to_string());
    }
    out
}

/// Why a survey could not be written as XLSForm.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("media for {0} cannot be written to XLSForm (only questions and choices carry media)")]
    MediaTarget(String),
    #[error("writing the workbook failed: {0}")]
    Write(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
