//! "You said, we did": facility managers record what they did about a topic in a quarter.

use crate::dashboard::csrf;
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::parse_quarter;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use crate::store::Action;
use axum::extract::{Form, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use heard_core::ids::{FacilityCode, LangTag, SurveyId};
use heard_core::survey::Topic;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ActionForm {
    csrf: String,
    facility: String,
    survey: String,
    topic: String,
    quarter: String,
    language: String,
    text: String,
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<ActionForm>,
) -> Result<Response, DashError> {
    if !csrf::check(&viewer.session_id, &f.csrf) {
        return Err(DashError::Csrf);
    }
    let facility = FacilityCode::new(f.facility).map_err(|_| DashError::NotFound)?;
    viewer.require(&facility)?;
    // Only for a survey the facility runs: an action for any other id would reach its tablets
    // for nothing, or name a survey that does not exist.
    let survey = SurveyId::new(f.survey.trim())
        .map_err(|_| DashError::BadRequest(format!("`{}` is not a survey id", f.survey)))?;
    if !state.store.is_assigned(&facility, &survey).await? {
        return Err(DashError::BadRequest(format!(
            "survey `{survey}` is not assigned to facility `{facility}`"
        )));
    }
    let topic = Topic::parse(&f.topic)
        .ok_or_else(|| DashError::BadRequest(format!("unknown topic `{}`", f.topic)))?;
    let quarter = parse_quarter(&f.quarter)?;
    let language = LangTag::new(f.language.trim())
        .map_err(|_| DashError::BadRequest("the language is a tag such as en or fr".into()))?;
    let text = f.text.trim();
    if text.is_empty() || text.chars().count() > 500 {
        return Err(DashError::BadRequest(
            "describe the action in 1 to 500 characters".into(),
        ));
    }
    state
        .store
        .add_action(&Action {
            id: 0,
            facility: facility.clone(),
            survey: survey.to_string(),
            topic: topic.as_str().to_owned(),
            quarter: quarter.to_string(),
            language: language.to_string(),
            text: text.to_owned(),
        })
        .await?;
    let back = format!("/dashboard/surveys/{survey}?facility={facility}");
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response())
}
