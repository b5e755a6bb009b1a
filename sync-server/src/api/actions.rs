//! `GET /v1/actions` (device token): the facility's "you said, we did" actions, for the tablet's
//! thank-you screen. Text per language as entered; newest quarter first. The wire shape
//! (`ActionList`, `ActionOut`) lives in `heard_core::wire`, shared with the tablet.

use super::auth::DeviceAuth;
use crate::http::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use heard_core::wire::{ActionList, ActionOut};

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
