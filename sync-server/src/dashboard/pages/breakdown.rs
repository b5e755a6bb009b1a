//! `/dashboard/surveys/{survey}/breakdown`: one dimension at a time, released by
//! `heard_core::report::breakdown` (whole units, never a small group).

use super::common::{dimension, selection, title, Filters};
use super::layout::page;
use crate::dashboard::data::breakdown_of;
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::breakdown_table;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::left_out_sentence;
use maud::html;

pub async fn breakdown(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let (survey, chosen) = selection(&state, &viewer, &id, &filters).await?;
    let dimension = dimension(&filters)?.unwrap_or(Dimension::AgeBand);
    let b = breakdown_of(state.store.as_ref(), &survey, &chosen, dimension).await?;
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
            p.muted { (left_out_sentence(b.k)) }
            table #breakdown {
                thead { tr { @for h in &table.header { th scope="col" { (h) } } } }
                tbody {
                    @for row in &table.rows {
                        tr { @for cell in row { td { (cell) } } }
                    }
                }
            }
            p.noprint { a href={"/dashboard/surveys/" (survey.id) "/export.csv?dimension=" (dimension.as_str()) "&facility=" (facility_q) "&quarter=" (quarter_q)} download { "Download CSV" } }
        },
    ))
}
