//! CSV: UTF-8 with a byte-order mark so Excel opens it as UTF-8; RFC 4180 quoting; cells that
//! a spreadsheet would read as a formula are prefixed with an apostrophe.

use crate::dashboard::data::{
    filtered_breakdown, overview_from, scoped_tallies, stored_quarter_index,
};
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::{facilities, quarter, survey, Filters};
use crate::dashboard::session::{now, Viewer};
use crate::dashboard::tables::{breakdown_table, overview_table, Table};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::K_DEFAULT;

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
    out
}

/// The table an export holds: the overview (no `dimension`) or a breakdown, and a file name.
pub async fn table_for(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    filters: &Filters,
) -> Result<(Table, String), DashError> {
    let chosen = facilities(state, viewer, filters.facility.as_deref()).await?;
    let survey = survey(state, &chosen, id).await?;
    let q = quarter(filters.quarter.as_deref())?;
    Ok(
        match filters.dimension.as_deref().filter(|d| !d.is_empty()) {
            None => {
                let participation = state.store.participation().await?;
                let index = stored_quarter_index(state.store.as_ref(), &survey.id).await?;
                let o = overview_from(&survey, &index, &chosen, q, &participation);
                (
                    overview_table(&o, K_DEFAULT),
                    format!("{}-overview", survey.id),
                )
            }
            Some(d) => {
                let dimension = Dimension::parse(d)
                    .ok_or_else(|| DashError::BadRequest(format!("unknown dimension `{d}`")))?;
                let tallies = scoped_tallies(
                    state.store.as_ref(),
                    &survey.id,
                    &chosen,
                    q,
                    Some(dimension),
                )
                .await?;
                let b = filtered_breakdown(&survey, &tallies, &chosen, q, dimension)
                    .map_err(DashError::TooFew)?;
                (
                    breakdown_table(&b),
                    format!("{}-{}", survey.id, dimension.as_str()),
                )
            }
        },
    )
}

/// The overview or a breakdown, as CSV.
pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Response, DashError> {
    let (table, name) = table_for(&state, &viewer, &id, &filters).await?;
    state
        .store
        .audit(
            now(),
            &viewer.coordinator.email,
            &format!("export {name}.csv"),
        )
        .await?;
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
