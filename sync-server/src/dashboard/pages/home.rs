//! `/dashboard`: the surveys the viewer's facilities run.

use super::common::title;
use super::layout::page;
use crate::dashboard::data::surveys;
use crate::dashboard::error::DashError;
use crate::dashboard::names::facility;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use axum::extract::State;
use axum::response::Html;
use maud::html;

pub async fn home(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, DashError> {
    let facilities: Vec<_> = state
        .store
        .facilities()
        .await?
        .into_iter()
        .filter(|f| viewer.coordinator.role.may_see(&f.code))
        .collect();
    let codes: Vec<_> = facilities.iter().map(|f| f.code.clone()).collect();
    let list = surveys(state.store.as_ref(), &codes).await?;
    Ok(page(
        "Surveys",
        Some(&viewer),
        html! {
            h1 { "Surveys" }
            p.muted { "Facilities: " @for (i, f) in facilities.iter().enumerate() { @if i > 0 { ", " } (facility(&facilities, f.code.as_str())) } }
            @if list.is_empty() { p { "No survey is assigned yet." } }
            ul {
                @for s in &list {
                    li { a href={"/dashboard/surveys/" (s.id)} { (title(s)) } " " span.muted { "(" (s.id) ")" } }
                }
            }
        },
    ))
}
