//! `/dashboard/recordings`: recordings tablets uploaded, waiting for a facility manager. Each
//! plays here (`<audio>`, the page's CSP allows `media-src 'self'`); approved, it reaches the
//! facility's other tablets; discarded, it is deleted. Both are audit entries.

use super::layout::page;
use crate::dashboard::csrf;
use crate::dashboard::error::DashError;
use crate::dashboard::names::{facility, language};
use crate::dashboard::session::{now, Viewer};
use crate::http::headers::DASHBOARD_MEDIA_CSP;
use crate::http::AppState;
use crate::store::PendingRecording;
use axum::extract::{Form, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use heard_core::canonical::Sha256;
use heard_core::ids::FacilityCode;
use heard_core::media::MediaTarget;
use maud::html;
use serde::Deserialize;

/// What a recording reads out, in words (ids are the survey's, checked at upload).
fn target_label(target: &MediaTarget) -> String {
    match target {
        MediaTarget::Title => "survey title".into(),
        MediaTarget::Question(q) => format!("question {q}"),
        MediaTarget::Choice { question, choice } => format!("question {question}, choice {choice}"),
        MediaTarget::Prompt(p) => format!("prompt {p}"),
    }
}

async fn waiting_for(
    state: &AppState,
    viewer: &Viewer,
) -> Result<Vec<PendingRecording>, DashError> {
    let own = viewer.own_facility();
    Ok(state
        .store
        .pending_recordings(own)
        .await?
        .into_iter()
        .filter(|r| viewer.coordinator.role.may_see(&r.facility))
        .collect())
}

pub async fn list(State(state): State<AppState>, viewer: Viewer) -> Result<Response, DashError> {
    let waiting = waiting_for(&state, &viewer).await?;
    let named = state.store.facilities().await?;
    let body = html! {
        h1 #recordings-title { "Recordings waiting for approval" }
        p.muted { "Tablets upload recordings of questions and answers. Listen to each one: approved, it plays on the facility's other tablets; discarded, it is deleted." }
        @if waiting.is_empty() {
            p { "No recording is waiting." }
        } @else {
            table tabindex="0" aria-labelledby="recordings-title" {
                tr { th { "Facility" } th { "Survey" } th { "Reads" } th { "Language" } th { "Listen" } th { "Decision" } }
                @for r in &waiting {
                    @let sha = r.item.sha256.to_hex();
                    tr {
                        td { (facility(&named, r.facility.as_str())) }
                        td { (r.survey) }
                        td { (target_label(&r.item.target)) }
                        td { @if let Some(tag) = &r.item.language { (language(tag.as_str())) } }
                        td { audio controls preload="none" src=(format!("/dashboard/recordings/{}/{sha}", r.facility)) {} }
                        td {
                            form method="post" action="/dashboard/recordings" {
                                input type="hidden" name="csrf" value=(viewer.csrf());
                                input type="hidden" name="facility" value=(r.facility);
                                input type="hidden" name="sha256" value=(sha);
                                button type="submit" name="decision" value="approve" { "Approve" }
                                " "
                                button type="submit" name="decision" value="discard" { "Discard" }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok((
        [(header::CONTENT_SECURITY_POLICY, DASHBOARD_MEDIA_CSP)],
        page("Recordings", Some(&viewer), body),
    )
        .into_response())
}

/// The bytes of a recording waiting at a facility the viewer may see.
pub async fn play(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((facility, sha)): Path<(String, String)>,
) -> Result<Response, DashError> {
    let facility = FacilityCode::new(facility).map_err(|_| DashError::NotFound)?;
    viewer.require(&facility)?;
    let sha = Sha256::from_hex(&sha).ok_or(DashError::NotFound)?;
    let waiting = state.store.pending_recordings(Some(&facility)).await?;
    if !waiting.iter().any(|r| r.item.sha256 == sha) {
        return Err(DashError::NotFound);
    }
    let blob = state.store.media(&sha).await?.ok_or(DashError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, blob.mime)], blob.bytes).into_response())
}

#[derive(Deserialize)]
pub struct DecisionForm {
    csrf: String,
    facility: String,
    sha256: String,
    decision: String,
}

pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<DecisionForm>,
) -> Result<Response, DashError> {
    if !csrf::check(&viewer.session_id, &f.csrf) {
        return Err(DashError::Csrf);
    }
    let facility = FacilityCode::new(f.facility).map_err(|_| DashError::NotFound)?;
    viewer.require(&facility)?;
    let sha = Sha256::from_hex(&f.sha256).ok_or(DashError::NotFound)?;
    let approve = match f.decision.as_str() {
        "approve" => true,
        "discard" => false,
        _ => return Err(DashError::BadRequest("decide approve or discard".into())),
    };
    let found = if approve {
        state.store.approve_recording(&facility, &sha).await?
    } else {
        state.store.discard_recording(&facility, &sha).await?
    };
    if !found {
        return Err(DashError::NotFound);
    }
    let what = format!(
        "recording {} facility={facility} sha256={}",
        if approve { "approved" } else { "discarded" },
        sha.to_hex()
    );
    state
        .store
        .audit(now(), &viewer.coordinator.email, &what)
        .await?;
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, "/dashboard/recordings")],
    )
        .into_response())
}
