//! CSV: UTF-8 with a byte-order mark so Excel opens it as UTF-8; RFC 4180 quoting; cells that
//! a spreadsheet would read as a formula are prefixed with an apostrophe. Numbers are numbers: a
//! share the page shows as "54.29%" is the decimal 0.5429 (the same digits, never more precise
//! than the page), and what the page shows as "–" (not released, or nobody answered) is an
//! empty cell.

use crate::dashboard::data::{breakdown_of, overview_of};
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::{dimension, selection, Filters};
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::{breakdown_table, overview_table, Table, NONE};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::borrow::Cow;

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

/// A table cell as a spreadsheet reads it: a percentage as a decimal share (the shown digits
/// moved two places: "54.3%" → "0.543", "100.0%" → "1.000"), the dash of a missing value as an
/// empty cell; any other cell as shown.
pub fn number_cell(shown: &str) -> Cow<'_, str> {
    if shown == NONE {
        return Cow::Borrowed("");
    }
    match shown.strip_suffix('%').and_then(share_of_percent) {
        Some(share) => Cow::Owned(share),
        None => Cow::Borrowed(shown),
    }
}

/// "54.29" (per cent) → "0.5429"; `None` unless `percent` is digits with at most one point.
fn share_of_percent(percent: &str) -> Option<String> {
    let (whole, fraction) = percent.split_once('.').unwrap_or((percent, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let padded = format!("{whole:0>3}");
    let (units, hundredths) = padded.split_at(padded.len() - 2);
    let units = units.trim_start_matches('0');
    Some(format!(
        "{}.{hundredths}{fraction}",
        if units.is_empty() { "0" } else { units }
    ))
}

pub fn to_csv(table: &Table) -> String {
    let mut out = String::from(BOM);
    let header = table.header.iter().map(|c| field(c));
    out.push_str(&header.collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for row in &table.rows {
        let cells = row.iter().map(|c| field(&number_cell(c)));
        out.push_str(&cells.collect::<Vec<_>>().join(","));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_decimals_and_missing_values_empty() {
        for (shown, csv) in [
            ("54.29%", "0.5429"),
            ("54.3%", "0.543"),
            ("100.0%", "1.000"),
            ("5.0%", "0.050"),
            ("0.0%", "0.000"),
            ("112.5%", "1.125"),
            ("–", ""),
            ("42", "42"),
            ("7.50", "7.50"),
            ("be-test", "be-test"),
            ("2026-Q1", "2026-Q1"),
            ("%", "%"),
            ("a%", "a%"),
            ("1.2.3%", "1.2.3%"),
        ] {
            assert_eq!(number_cell(shown), csv, "{shown}");
        }
    }
}
