//! `/dashboard/surveys/{survey}/report?quarter=2026-Q1[&facility=…]`: the quarterly report of one
//! facility (or of every facility the viewer sees: national), printable (print CSS, no
//! controls), with the trend chart, topics lowest first and the actions recorded.

use super::common::{facilities, quarter, survey, title, Filters};
use super::layout::page;
use crate::dashboard::charts::trend;
use crate::dashboard::data::{overview_from, stored_quarter_index};
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::{percent, shown};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::disclosure::K_DEFAULT;
use maud::html;

pub async fn report(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let chosen = facilities(&state, &viewer, filters.facility.as_deref()).await?;
    let survey = survey(&state, &chosen, &id).await?;
    let q = quarter(filters.quarter.as_deref())?
        .ok_or_else(|| DashError::BadRequest("choose a quarter, e.g. ?quarter=2026-Q1".into()))?;
    let index = stored_quarter_index(state.store.as_ref(), &survey.id).await?;
    let participation = state.store.participation().await?;
    // The trend over every quarter up to this one; the figures of this quarter alone.
    let history = overview_from(&survey, &index, &chosen, None, &participation);
    let now = overview_from(&survey, &index, &chosen, Some(q), &participation);
    let past: Vec<_> = history
        .trend
        .iter()
        .filter(|(x, _)| *x <= q)
        .cloned()
        .collect();
    let scope = match filters.facility.as_deref().filter(|f| !f.is_empty()) {
        Some(f) => f.to_owned(),
        None if viewer.own_facility().is_some() => viewer
            .own_facility()
            .map(ToString::to_string)
            .unwrap_or_default(),
        None => "all facilities".to_owned(),
    };
    let mut actions = Vec::new();
    for f in &chosen {
        actions.extend(
            state
                .store
                .actions(f)
                .await?
                .into_iter()
                .filter(|a| a.survey == survey.id.as_str() && a.quarter == q.to_string()),
        );
    }
    Ok(page(
        &format!("Report {q}"),
        Some(&viewer),
        html! {
            h1 { (title(&survey)) ": quarterly report " (q) }
            p { strong { (scope) } " · groups with fewer than " (K_DEFAULT) " responses are hidden"
                @if let Some(t) = survey.target_percent { " · target " (t) "%" } }
            h2 { "Trend" }
            (trend(&past, &history.topics, survey.target_percent))
            @for r in &now.rows {
                h2 { (r.facility) " — " (r.quarter) }
                p { "Responses: " (shown(r.responses, K_DEFAULT))
                    @if let Some(p) = r.participation.and_then(|s| s.percent()) { " · participation " (percent(p)) }
                    @if let Some(p) = r.response_rate.and_then(|s| s.percent()) { " · response rate " (percent(p)) }
                    @if let Some(l) = r.level { " · satisfaction level " (format!("{l:.2}%")) } }
                table {
                    thead { tr { th { "topic (lowest first)" } th { "satisfied" } th { "mean score 0–100" } } }
                    tbody {
                        @for c in &r.topics {
                            tr {
                                td { (c.topic.as_str()) }
                                td class=(if c.below_target { "below" } else if c.hidden { "hidden" } else { "" }) {
                                    @if c.hidden { "fewer than " (K_DEFAULT) } @else { (c.percent.map_or_else(|| "–".into(), percent)) }
                                    @if c.below_target { " ▼" }
                                }
                                td { @if c.hidden { "fewer than " (K_DEFAULT) } @else { (c.mean.map_or_else(|| "–".into(), |m| format!("{m:.0}"))) } }
                            }
                        }
                    }
                }
            }
            h2 { "You said, we did" }
            @if actions.is_empty() { p.muted { "No actions recorded for " (q) "." } }
            ul { @for a in &actions { li { strong { (a.topic) } " (" (a.facility) ", " (a.language) "): " (a.text) } } }
            p.noprint.muted { "Print this page (Ctrl+P) for a paper or PDF copy." }
        },
    ))
}
