//! `/dashboard/surveys/{survey}/breakdown`: one dimension at a time, with suppression from
//! `heard_core::report::breakdown`; filters selecting fewer than k responses are refused.

use super::common::{facilities, quarter, survey, title, Filters};
use super::layout::page;
use crate::dashboard::data::{filtered_breakdown, scoped_tallies};
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::breakdown_table;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::breakdown::Dimension;
use maud::html;

pub async fn breakdown(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let chosen = facilities(&state, &viewer, filters.facility.as_deref()).await?;
    let survey = survey(&state, &chosen, &id).await?;
    let q = quarter(filters.quarter.as_deref())?;
    let dimension = match filters.dimension.as_deref().filter(|d| !d.is_empty()) {
        None => Dimension::AgeBand,
        Some(d) => Dimension::parse(d)
            .ok_or_else(|| DashError::BadRequest(format!("unknown dimension `{d}`")))?,
    };
    let tallies = scoped_tallies(
        state.store.as_ref(),
        &survey.id,
        &chosen,
        q,
        Some(dimension),
    )
    .await?;
    let b =
        filtered_breakdown(&survey, &tallies, &chosen, q, dimension).map_err(DashError::TooFew)?;
    let table = breakdown_table(&b);
    let facility_q = filters.facility.clone().unwrap_or_default();
    let quarter_q = filters.quarter.clone().unwrap_or_default();
    Ok(page(
        &format!("{} by {}", title(&survey), dimension.as_str()),
        Some(&viewer),
        html! {
            h1 { (title(&survey)) " — by " (dimension.as_str()) }
            form.filters method="get" {
                label { "Dimension" select name="dimension" {
                    @for d in Dimension::ALL { option value=(d.as_str()) selected[*d == dimension] { (d.as_str()) } }
                } }
                label { "Facility" input name="facility" value=(facility_q); }
                label { "Quarter" input name="quarter" value=(quarter_q) placeholder="2026-Q1"; }
                button type="submit" { "Show" }
            }
            p.muted { "Groups with fewer than " (b.k) " responses are shown as “fewer than " (b.k) "”, and further cells are hidden where they would give one away." }
            table #breakdown {
                thead { tr { @for h in &table.header { th scope="col" { (h) } } } }
                tbody {
                    @for row in &table.rows {
                        tr { @for cell in row { td class=(if cell.starts_with("fewer than") { "hidden" } else { "" }) { (cell) } } }
                    }
                }
            }
            p.noprint { a href={"/dashboard/surveys/" (survey.id) "/export.csv?dimension=" (dimension.as_str()) "&facility=" (facility_q) "&quarter=" (quarter_q)} download { "Download CSV" } }
        },
    ))
}
