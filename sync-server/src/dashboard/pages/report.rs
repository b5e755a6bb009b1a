//! `/dashboard/surveys/{survey}/report?quarter=2026-Q1[&facility=…]`: the quarterly report of one
//! facility (or of every facility the viewer sees: national), printable (print CSS, no
//! controls), with the trend chart, topics lowest first and the actions recorded.

use super::common::{selection, title, Filters};
use super::layout::page;
use crate::dashboard::charts::trend;
use crate::dashboard::data::overview_of;
use crate::dashboard::error::DashError;
use crate::dashboard::names::{facility, language};
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::percent;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT};
use heard_core::report::release::Selection;
use maud::html;

pub async fn report(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let (survey, now_selected) = selection(&state, &viewer, &id, &filters).await?;
    let Some(q) = now_selected.quarter else {
        // No quarter chosen (the overview links here before any quarter has figures): the
        // quarters that have some, or why there are none yet, with the header kept.
        let all = overview_of(state.store.as_ref(), &survey, &now_selected).await?;
        let facility_q = filters.facility.clone().unwrap_or_default();
        return Ok(page(
            "Quarterly report",
            Some(&viewer),
            html! {
                h1 { (title(&survey)) ": quarterly report" }
                @if all.quarters.is_empty() {
                    p.notice { "There is no report yet. A facility's quarter shows figures once it has at least "
                        (K_DEFAULT) " complete responses; until then nothing is shown, so that nobody can be recognised from their answers." }
                } @else {
                    p { "Choose a quarter:" }
                    ul { @for quarter in &all.quarters {
                        li { a href={"/dashboard/surveys/" (survey.id) "/report?quarter=" (quarter) "&facility=" (facility_q)} { (quarter) } }
                    } }
                }
                p { a href={"/dashboard/surveys/" (survey.id) "?facility=" (facility_q)} { "Back to the overview" } }
            },
        ));
    };
    // The trend over every quarter up to this one; the figures of this quarter alone.
    let all_quarters = Selection {
        quarter: None,
        ..now_selected.clone()
    };
    let history = overview_of(state.store.as_ref(), &survey, &all_quarters).await?;
    let now = overview_of(state.store.as_ref(), &survey, &now_selected).await?;
    let chosen = &now_selected.facilities;
    let past: Vec<_> = history
        .trend()
        .into_iter()
        .filter(|(x, _)| *x <= q)
        .collect();
    let named = state.store.facilities().await?;
    let scope = match filters.facility.as_deref().filter(|f| !f.is_empty()) {
        Some(f) => facility(&named, f),
        None => match viewer.own_facility() {
            Some(own) => facility(&named, own.as_str()),
            None => html! { "all facilities" },
        },
    };
    let mut actions = Vec::new();
    for f in chosen {
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
            p { strong { (scope) }
                @if let Some(t) = survey.target_percent { " · target " (t) "%" } }
            p.muted { (left_out_sentence(K_DEFAULT)) }
            @if now.rows.is_empty() { p { "No figures to show for this selection." } }
            h2 { "Trend" }
            (trend(&past, &history.topics, survey.target_percent))
            @for r in &now.rows {
                h2 { (facility(&named, r.facility.as_str())) " — " (r.quarter) }
                p { "Responses: " (r.responses())
                    @if let Some(p) = r.participation.and_then(|s| s.percent()) { " · participation " (percent(p)) }
                    @if let Some(p) = r.response_rate.and_then(|s| s.percent()) { " · response rate " (percent(p)) }
                    @if let Some(l) = r.level { " · satisfaction level " (format!("{l:.2}%")) } }
                table tabindex="0" aria-label={ (r.facility) " " (r.quarter) } {
                    thead { tr { th { "topic (lowest first)" } th { "satisfied" } th { "mean score 0–100" } } }
                    tbody {
                        @for c in &r.topics {
                            tr {
                                td { (c.topic.as_str()) }
                                td class=(if c.below_target { "below" } else { "" }) {
                                    (c.percent.map_or_else(|| "–".into(), percent))
                                    @if c.below_target { " ▼" }
                                }
                                td { (c.mean.map_or_else(|| "–".into(), |m| format!("{m:.0}"))) }
                            }
                        }
                    }
                }
            }
            h2 { "You said, we did" }
            @if actions.is_empty() { p.muted { "No actions recorded for " (q) "." } }
            ul { @for a in &actions { li { strong { (a.topic) } " (" (facility(&named, a.facility.as_str())) ", " (language(&a.language)) "): " (a.text) } } }
            p.noprint.muted { "Print this page (Ctrl+P) for a paper or PDF copy." }
        },
    ))
}
