//! Reads the workbook with calamine into plain text cells, keeping Excel's row numbers and
//! column positions for messages. Nothing XLSForm-specific happens here.

use super::error::{ImportError, Location, Problem};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use std::collections::BTreeMap;
use std::io::Cursor;

/// One sheet: its header cells and its non-empty rows.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The sheet's name as the workbook spells it.
    pub name: String,
    /// (0-based column index, header text) for every non-empty header cell.
    pub headers: Vec<(u32, String)>,
    pub rows: Vec<SheetRow>,
}

/// One row with at least one non-empty cell.
#[derive(Debug, Clone)]
pub struct SheetRow {
    /// Excel's row number (1-based).
    pub number: u32,
    /// Trimmed, non-empty cell texts by 0-based column index.
    pub cells: BTreeMap<u32, String>,
}

/// The three XLSForm sheets, where present.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    pub survey: Option<Sheet>,
    pub choices: Option<Sheet>,
    pub settings: Option<Sheet>,
    /// Cells left out with a warning (a date typed where the settings sheet wants text).
    pub notes: Vec<Problem>,
}

/// Opens the bytes as .xlsx. Cells holding Excel errors (`#REF!`) are reported as problems.
pub fn read_workbook(bytes: &[u8]) -> Result<(Workbook, Vec<Problem>), ImportError> {
    // calamine is not expected to panic, but a hostile upload must not take the server down.
    std::panic::catch_unwind(|| read_inner(bytes)).unwrap_or_else(|_| {
        Err(ImportError::NotXlsx(
            "the workbook is damaged (reading it failed)".into(),
        ))
    })
}

fn read_inner(bytes: &[u8]) -> Result<(Workbook, Vec<Problem>), ImportError> {
    if bytes.len() < 4 || &bytes[..4] != b"PK\x03\x04" {
        let hint = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            "it looks like an old .xls file; save it as .xlsx (Excel Workbook)"
        } else {
            "it is not a zip archive; save the form as .xlsx (Excel Workbook)"
        };
        return Err(ImportError::NotXlsx(hint.into()));
    }
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| ImportError::NotXlsx(format!("the workbook cannot be opened: {e}")))?;
    let mut problems = Vec::new();
    let mut out = Workbook::default();
    for name in book.sheet_names() {
        let slot = match name.trim().to_lowercase().as_str() {
            "survey" => &mut out.survey,
            "choices" => &mut out.choices,
            "settings" => &mut out.settings,
            _ => continue,
        };
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ImportError::NotXlsx(format!("sheet `{name}` cannot be read: {e}")))?;
        let lenient = name.trim().eq_ignore_ascii_case("settings");
        let mut sheet_problems = Vec::new();
        *slot = Some(to_sheet(&name, &range, &mut sheet_problems));
        for p in sheet_problems {
            // pyxform reads a date in `form_id` or `version` as text; Heard derives those
            // values instead (the import says which), so such a cell is only a warning.
            if lenient && p.message.starts_with("the cell holds a date") {
                out.notes.push(Problem {
                    message: format!(
                        "{}; the cell is ignored",
                        p.message.trim_end_matches("; type the value itself")
                    ),
                    ..p
                });
            } else {
                problems.push(p);
            }
        }
    }
    Ok((out, problems))
}

fn to_sheet(name: &str, range: &calamine::Range<Data>, problems: &mut Vec<Problem>) -> Sheet {
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut headers = Vec::new();
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let number = row0 + i as u32 + 1;
        let mut cells = BTreeMap::new();
        for (j, cell) in row.iter().enumerate() {
            let col = col0 + j as u32;
            match text_of(cell) {
                Ok(Some(text)) => {
                    cells.insert(col, text);
                }
                Ok(None) => {}
                Err(what) => problems.push(Problem::at(
                    Location::cell(name, number, col, header_of(&headers, col)),
                    format!("the cell holds {what}; type the value itself"),
                )),
            }
        }
        if i == 0 {
            headers = cells.into_iter().collect();
        } else if !cells.is_empty() {
            rows.push(SheetRow { number, cells });
        }
    }
    Sheet {
        name: name.to_owned(),
        headers,
        rows,
    }
}

fn header_of(headers: &[(u32, String)], col: u32) -> &str {
    headers
        .iter()
        .find(|(c, _)| *c == col)
        .map_or("", |(_, h)| h.as_str())
}

/// A cell as text: numbers without a trailing `.0`, booleans as `true`/`false`.
fn text_of(cell: &Data) -> Result<Option<String>, String> {
    let text = match cell {
        Data::Empty => return Ok(None),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                format!("{f}")
            }
        }
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => return Err(format!("a date ({})", d.as_f64())),
        Data::Error(e) => return Err(format!("the Excel error {e}")),
    };
    Ok((!text.is_empty()).then_some(text))
}
