//! `GET /v1/actions` (device token): the facility's "you said, we did" actions, for the tablet's
//! thank-you screen. Text per language as entered; newest quarter first.

use crate::api::{ApiError, AppState, DeviceAuth};
use axum::extract::State;
use axum::Json;
use serde::Serialize;

#[derive(Debug, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct ActionOut {
    pub survey: String,
    pub topic: String,
    pub quarter: String,
    pub language: String,
    pub text: String,
}

#[derive(Debug, Serialize, serde::Deserialize)]
pub struct ActionList {
    pub actions: Vec<ActionOut>,
}

pub async fn current(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
) -> Result<Json<ActionList>, ApiError> {
    let actions = state
        .store
        .actions(&device.facility)
        .await?
        .into_iter()
        .map(|a| ActionOut {
            survey: a.survey,
            topic: a.topic,
            quarter: a.quarter,
            language: a.language,
            text: a.text,
        })
        .collect();
    Ok(Json(ActionList { actions }))
}
