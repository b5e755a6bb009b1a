//! Facility managers enter eligible (and invited) residents per quarter.

use crate::dashboard::csrf;
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::parse_quarter;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use crate::store::Participation;
use axum::extract::{Form, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use heard_core::ids::FacilityCode;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ParticipationForm {
    csrf: String,
    facility: String,
    survey: String,
    quarter: String,
    eligible: u64,
    invited: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<ParticipationForm>,
) -> Result<Response, DashError> {
    if !csrf::check(&viewer.session_id, &f.csrf) {
        return Err(DashError::Csrf);
    }
    let facility = FacilityCode::new(f.facility).map_err(|_| DashError::NotFound)?;
    viewer.require(&facility)?;
    let quarter = parse_quarter(&f.quarter)?;
    let invited = match f
        .invited
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(s) => Some(
            s.parse::<u64>()
                .map_err(|_| DashError::BadRequest("invited must be a whole number".into()))?,
        ),
    };
    state
        .store
        .set_participation(&Participation {
            facility: facility.clone(),
            quarter: quarter.to_string(),
            eligible: f.eligible,
            invited,
        })
        .await?;
    let back = format!("/dashboard/surveys/{}?facility={facility}", f.survey);
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}
