//! `/dashboard/surveys/{survey}/breakdown`: one dimension at a time, released by
//! `heard_core::report::breakdown` (whole units, never a small group).

use super::common::{dimension, facilities, selection, title, Filters};
use super::layout::page;
use crate::dashboard::data::breakdown_of;
use crate::dashboard::data::overview_of;
use crate::dashboard::error::DashError;
use crate::dashboard::names::language_legend;
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::breakdown_table;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::left_out_sentence;
use heard_core::report::release::Selection;
use maud::html;

pub async fn breakdown(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let (survey, chosen) = selection(&state, &viewer, &id, &filters).await?;
    let dimension = dimension(&filters)?.unwrap_or(Dimension::AgeBand);
    let facility_q = filters.facility.clone().unwrap_or_default();
    let quarter_q = filters.quarter.clone().unwrap_or_default();
    // Pickers, not free text: the facilities this coordinator sees (by name) and the quarters
    // that have figures.
    let visible = facilities(&state, &viewer, None).await?;
    let named: Vec<_> = state
        .store
        .facilities()
        .await?
        .into_iter()
        .filter(|f| visible.contains(&f.code))
        .collect();
    let every_quarter = Selection {
        facilities: chosen.facilities.clone(),
        quarter: None,
    };
    // The figures and the picker's quarters are read at the same time (on PostgreSQL on two
    // pooled connections): the page waits for the slower, not for both.
    let (b, overview) = tokio::try_join!(
        breakdown_of(state.store.as_ref(), &survey, &chosen, dimension),
        overview_of(state.store.as_ref(), &survey, &every_quarter),
    )?;
    let quarters = overview.quarters;
    let table = breakdown_table(&b);
    let legend = match dimension {
        Dimension::Language => language_legend(
            table
                .rows
                .iter()
                .filter_map(|r| r.first().map(String::as_str)),
        ),
        _ => maud::html! {},
    };
    Ok(page(
        &format!("{} by {}", title(&survey), dimension.as_str()),
        Some(&viewer),
        html! {
            h1 #breakdown-title { (title(&survey)) " — by " (dimension.as_str()) }
            form.filters method="get" {
                label { "Dimension" select name="dimension" {
                    @for d in Dimension::ALL { option value=(d.as_str()) selected[*d == dimension] { (d.as_str()) } }
                } }
                label { "Facility" select name="facility" {
                    @if named.len() > 1 { option value="" selected[facility_q.is_empty()] { "All facilities" } }
                    @for f in &named {
                        option value=(f.code) selected[f.code.as_str() == facility_q] { (f.name) " (" (f.code) ")" }
                    }
                } }
                label { "Quarter" select name="quarter" {
                    option value="" selected[quarter_q.is_empty()] { "All quarters" }
                    @for q in quarters.iter().rev() {
                        option value=(q) selected[q.to_string() == quarter_q] { (q) }
                    }
                } }
                button type="submit" { "Show" }
            }
            p.muted { (left_out_sentence(b.k)) }
            (legend)
            table #breakdown tabindex="0" aria-labelledby="breakdown-title" {
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
