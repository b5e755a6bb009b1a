//! XLSForm workbooks for the end-to-end sync tests, written with rust_xlsxwriter.

use std::path::Path;

fn cell_sheet(ws: &mut rust_xlsxwriter::Worksheet, rows: &[&[&str]]) {
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
}

/// A form with the given `survey` sheet rows (header first), a yes/no choice list `yn`, and
/// settings naming it `title` / `form_id`, in English.
pub fn write_yes_no_form(path: &Path, survey: &[&[&str]], title: &str, form_id: &str) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("survey").unwrap();
    cell_sheet(ws, survey);
    let ws = book.add_worksheet();
    ws.set_name("choices").unwrap();
    cell_sheet(
        ws,
        &[
            &["list_name", "name", "label::English (en)"],
            &["yn", "yes", "Yes"],
            &["yn", "no", "No"],
        ],
    );
    let ws = book.add_worksheet();
    ws.set_name("settings").unwrap();
    cell_sheet(
        ws,
        &[
            &["form_title", "form_id", "version", "default_language"],
            &[title, form_id, "1", "English (en)"],
        ],
    );
    book.save(path).unwrap();
}

/// Seconds since the epoch, for enrolment-code expiry in tests.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}
