//! XLSX of the same released tables as the CSV (rust_xlsxwriter): numbers stay text exactly as
//! shown, and the note on what was left out follows the table.

use super::csv::table_for;
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::Filters;
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::Table;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

pub fn to_xlsx(table: &Table) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    for (c, h) in table.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 1, c as u16, cell)?;
        }
    }
    if !table.note.is_empty() {
        sheet.write_string(table.rows.len() as u32 + 2, 0, &table.note)?;
    }
    book.save_to_buffer()
}

pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Response, DashError> {
    let (table, name) = table_for(&state, &viewer, &id, &filters).await?;
    let bytes =
        to_xlsx(&table).map_err(|e| DashError::BadRequest(format!("cannot write XLSX: {e}")))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.xlsx\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
