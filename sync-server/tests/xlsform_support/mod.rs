//! Builds XLSForm workbooks in memory for the tests, with rust_xlsxwriter.
//! Cells are text; `#n:12` writes the number 12 and `#b:true` a boolean, as Excel would store them.

#![allow(dead_code)]

use heard_sync_server::xlsform::{import_xlsform, ImportError, ImportOptions, ImportedForm};
use rust_xlsxwriter::Workbook;

pub type Sheet<'a> = (&'a str, Vec<Vec<&'a str>>);

pub fn xlsx(sheets: &[Sheet<'_>]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).expect("the test workbook is written");
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if v.is_empty() {
                    continue;
                } else if let Some(n) = v.strip_prefix("#n:") {
                    ws.write_number(r, c, n.parse::<f64>().expect("a number"))
                        .expect("the test workbook is written");
                } else if let Some(b) = v.strip_prefix("#b:") {
                    ws.write_boolean(r, c, b == "true")
                        .expect("the test workbook is written");
                } else {
                    ws.write_string(r, c, *v)
                        .expect("the test workbook is written");
                }
            }
        }
    }
    book.save_to_buffer().expect("the test workbook is written")
}

pub fn import(sheets: &[Sheet<'_>]) -> Result<ImportedForm, ImportError> {
    import_xlsform(&xlsx(sheets), &ImportOptions::default())
}

/// Every problem message, one per line, in order.
pub fn errors(sheets: &[Sheet<'_>]) -> Vec<String> {
    match import(sheets) {
        Ok(_) => panic!("the form was expected to fail"),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    }
}

/// The warnings of a form that imports (panics, listing the errors, if it does not).
pub fn warnings(sheets: &[Sheet<'_>]) -> Vec<String> {
    match import(sheets) {
        Ok(form) => form.notes.iter().map(ToString::to_string).collect(),
        Err(e) => panic!("the form was expected to import: {e}"),
    }
}

/// A minimal valid settings sheet.
pub fn settings() -> Sheet<'static> {
    (
        "settings",
        vec![
            vec!["form_title", "form_id", "version", "default_language"],
            vec!["Test", "test_form", "1", "English (en)"],
        ],
    )
}

pub fn choices(rows: Vec<Vec<&'static str>>) -> Sheet<'static> {
    let mut all = vec![vec!["list_name", "name", "label"]];
    all.extend(rows);
    ("choices", all)
}

/// A survey sheet with the given header and rows.
pub fn survey<'a>(header: Vec<&'a str>, rows: Vec<Vec<&'a str>>) -> Sheet<'a> {
    let mut all = vec![header];
    all.extend(rows);
    ("survey", all)
}
