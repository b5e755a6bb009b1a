//! `GET /v1/surveys` and `GET /v1/surveys/{version}`.

use super::auth::DeviceAuth;
use crate::http::ApiError;
use crate::http::AppState;
use axum::extract::{Path, State};
use axum::Json;
use heard_core::canonical::Sha256;
use heard_core::wire::{SurveyBundle, SurveyList, SurveyListEntry};

pub async fn list(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
) -> Result<Json<SurveyList>, ApiError> {
    let mut surveys = Vec::new();
    for stored in state.store.assigned_surveys(&device.facility).await? {
        let overlay = state
            .store
            .overlay(&device.facility, &stored.survey.id)
            .await?;
        surveys.push(SurveyListEntry {
            id: stored.survey.id.clone(),
            version: stored.version,
            media: stored.manifest.overlaid_with(&overlay).hash(),
        });
    }
    Ok(Json(SurveyList { surveys }))
}

pub async fn bundle(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    Path(version): Path<String>,
) -> Result<Json<SurveyBundle>, ApiError> {
    let version = Sha256::from_hex(&version).ok_or(ApiError::SurveyNotFound)?;
    let stored = state
        .store
        .survey_by_version(&version)
        .await?
        .ok_or(ApiError::SurveyNotFound)?;
    if !state
        .store
        .is_assigned(&device.facility, &stored.survey.id)
        .await?
    {
        return Err(ApiError::SurveyNotFound);
    }
    let overlay = state
        .store
        .overlay(&device.facility, &stored.survey.id)
        .await?;
    Ok(Json(SurveyBundle {
        media: stored.manifest.overlaid_with(&overlay),
        survey: stored.survey,
    }))
}
