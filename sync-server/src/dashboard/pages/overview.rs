//! `/dashboard/surveys/{survey}`: facility × quarter, trend chart, lowest topics first, target
//! marked, participation entry for facility managers.

use super::common::{selection, title, Filters};
use super::layout::page;
use crate::dashboard::charts::trend;
use crate::dashboard::data::overview_of;
use crate::dashboard::error::DashError;
use crate::dashboard::names::{facility, facility_legend, language};
use crate::dashboard::session::Viewer;
use crate::dashboard::tables::{overview_table, topic_offset};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT};
use maud::html;

pub async fn overview(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let (survey, chosen) = selection(&state, &viewer, &id, &filters).await?;
    let o = overview_of(state.store.as_ref(), &survey, &chosen).await?;
    let table = overview_table(&o);
    let off = topic_offset(&o);
    let over_100: Vec<String> = o
        .rows
        .iter()
        .filter(|r| r.participation.is_some_and(|s| s.count > s.of))
        .map(|r| format!("{} {}", r.facility, r.quarter))
        .collect();
    let facility_q = filters.facility.clone().unwrap_or_default();
    let all_facilities = state.store.facilities().await?;
    let legend = facility_legend(&all_facilities, o.rows.iter().map(|r| r.facility.as_str()));
    let mut actions = Vec::new();
    for f in &o.facilities {
        actions.extend(
            state
                .store
                .actions(f)
                .await?
                .into_iter()
                .filter(|a| a.survey == survey.id.as_str()),
        );
    }
    Ok(page(
        &title(&survey),
        Some(&viewer),
        html! {
            h1 { (title(&survey)) }
            p.muted {
                "Satisfaction share (answers at or above expectations) and mean score 0–100 per topic, lowest topics first. "
                (left_out_sentence(K_DEFAULT))
                @if let Some(t) = o.target { " Target: " strong { (t) "%" } "; cells below it are marked." }
            }
            ul.links.noprint {
                li { a href={"/dashboard/surveys/" (survey.id) "/breakdown?facility=" (facility_q)} { "Breakdowns" } }
                li { a href={"/dashboard/surveys/" (survey.id) "/comments?facility=" (facility_q)} { "Comments" } }
                // Always there: without released figures the report page says why, in plain words.
                @if let Some(last) = o.quarters.last() {
                    li { a href={"/dashboard/surveys/" (survey.id) "/report?quarter=" (last) "&facility=" (facility_q)} { "Quarterly report " (last) } }
                } @else {
                    li { a href={"/dashboard/surveys/" (survey.id) "/report?facility=" (facility_q)} { "Quarterly report" } }
                }
                li { a href={"/dashboard/surveys/" (survey.id) "/export.csv?facility=" (facility_q)} download { "Download CSV" } }
                li { a href={"/dashboard/surveys/" (survey.id) "/export.xlsx?facility=" (facility_q)} download { "Download XLSX" } }
                @if viewer.own_facility().is_none() {
                    li { a href={"/dashboard/surveys/" (survey.id) "/responses.csv?facility=" (facility_q)} download { "Response-level export" } }
                }
            }
            @if !over_100.is_empty() {
                p.notice.flag { "Participation above 100% (check the eligible count): " (over_100.join(", ")) }
            }
            h2 { "Trend" }
            (trend(&o.trend(), &o.topics, o.target))
            h2 #figures-title { "By facility and quarter" }
            @if o.rows.is_empty() { p { "No figures to show for this selection yet." } }
            div.scroll { table #overview tabindex="0" aria-labelledby="figures-title" {
                thead { tr { @for h in &table.header { th scope="col" { (h) } } } }
                tbody {
                    @for (row, r) in table.rows.iter().zip(&o.rows) {
                        tr {
                            @for (i, cell) in row.iter().enumerate() {
                                @let below = i >= off && (i - off).is_multiple_of(2) && r.topics.get((i - off) / 2).is_some_and(|t| t.below_target);
                                td class=(if below { "below" } else { "" }) {
                                    (cell) @if below { " ▼" }
                                }
                            }
                        }
                    }
                }
            } }
            (legend)
            h2 #actions-title { "You said, we did" }
            @if actions.is_empty() { p.muted { "No actions recorded yet." } }
            @else {
                table #actions tabindex="0" aria-labelledby="actions-title" {
                    thead { tr { th { "facility" } th { "quarter" } th { "topic" } th { "language" } th { "action" } } }
                    tbody { @for a in &actions { tr { td { (facility(&all_facilities, a.facility.as_str())) } td { (a.quarter) } td { (a.topic) } td { (language(&a.language)) } td style="text-align:left;white-space:normal" { (a.text) } } } }
                }
            }
            @if let Some(own) = viewer.own_facility() {
                form.filters.noprint method="post" action="/dashboard/actions" {
                    input type="hidden" name="csrf" value=(viewer.csrf());
                    input type="hidden" name="facility" value=(own);
                    input type="hidden" name="survey" value=(survey.id);
                    label { "Topic" select name="topic" { @for t in &o.topics { option value=(t.as_str()) { (t.as_str()) } } } }
                    label { "Quarter" input name="quarter" placeholder="2026-Q1" required; }
                    label { "Language" input name="language" value=(survey.default_language) size="5" required; }
                    label { "What we did" input name="text" size="40" maxlength="500" required; }
                    button type="submit" { "Record action" }
                }
                h2.noprint { "Participation" }
                form.filters method="post" action="/dashboard/participation" {
                    input type="hidden" name="csrf" value=(viewer.csrf());
                    input type="hidden" name="facility" value=(own);
                    input type="hidden" name="survey" value=(survey.id);
                    label { "Quarter" input name="quarter" placeholder="2026-Q1" required; }
                    label { "Eligible residents" input name="eligible" type="number" min="0" required; }
                    label { "Invited (optional)" input name="invited" type="number" min="0"; }
                    button type="submit" { "Save" }
                }
            }
            h2.noprint #breakdowns-title { "Breakdowns" }
            ul.links.noprint aria-labelledby="breakdowns-title" {
                @for d in Dimension::ALL {
                    li { a href={"/dashboard/surveys/" (survey.id) "/breakdown?dimension=" (d.as_str()) "&facility=" (facility_q)} { "by " (d.as_str()) } }
                }
            }
        },
    ))
}
