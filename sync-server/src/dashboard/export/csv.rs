//! CSV: UTF-8 with a byte-order mark so Excel opens it as UTF-8; RFC 4180 quoting; cells that
//! a spreadsheet would read as a formula are prefixed with an apostrophe.

use crate::dashboard::data::{breakdown_of, overview_of};
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::{dimension, selection, Filters};
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::{breakdown_table, overview_table, Table};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

pub const BOM: &str = "\u{feff}";

/// Appends one field as `field` writes it, without allocating when nothing needs escaping.
pub fn push_field(out: &mut String, s: &str) {
    let formula = s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err();
    if formula || s.contains([',', '"', '\n', '\r']) {
        out.push_str(&field(s));
    } else {
        out.push_str(s);
    }
}

pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn to_csv(table: &Table) -> String {
    let mut out = String::from(BOM);
    for row in std::iter::once(&table.header).chain(&table.rows) {
        out.push_str(&row.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    if !table.note.is_empty() {
        out.push_str("\r\n");
        out.push_str(&field(&table.note));
        out.push_str("\r\n");
    }
    out
}

/// The table an export holds: the overview (no `dimension`) or a breakdown, and a file name.
pub async fn table_for(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    filters: &Filters,
) -> Result<(Table, String), DashError> {
    let (survey, chosen) = selection(state, viewer, id, filters).await?;
    let store = state.store.as_ref();
    Ok(match dimension(filters)? {
        None => (
            overview_table(&overview_of(store, &survey, &chosen).await?),
            format!("{}-overview", survey.id),
        ),
        Some(d) => (
            breakdown_table(&breakdown_of(store, &survey, &chosen, d).await?),
            format!("{}-{}", survey.id, d.as_str()),
        ),
    })
}

/// The overview or a breakdown, as CSV.
pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Response, DashError> {
    let (table, name) = table_for(&state, &viewer, &id, &filters).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.csv\""),
            ),
        ],
        to_csv(&table),
    )
        .into_response())
}
