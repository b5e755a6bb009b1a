//! `GET /v1/media/{sha256}` (content-addressed) and `POST /v1/media` (recorded prompts).

use super::auth::DeviceAuth;
use super::json::body_rejection;
use crate::http::ApiError;
use crate::http::AppState;
use crate::media_check::{check_quota, check_recording, check_target, MediaProblem};
use crate::store::MediaBlob;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use heard_core::canonical::Sha256;
use heard_core::media::{MediaItem, MediaKind, MediaOrigin};
use heard_core::wire::{MediaPushQuery, MediaPushReply};

pub async fn fetch(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    Path(sha): Path<String>,
) -> Result<Response, ApiError> {
    let sha = Sha256::from_hex(&sha).ok_or(ApiError::MediaNotFound)?;
    if !state.store.media_visible(&device.facility, &sha).await? {
        return Err(ApiError::MediaNotFound);
    }
    let blob = state
        .store
        .media(&sha)
        .await?
        .ok_or(ApiError::MediaNotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, blob.mime),
            // Content-addressed: the bytes behind this URL never change.
            (
                header::CACHE_CONTROL,
                "private, max-age=31536000, immutable".to_owned(),
            ),
        ],
        blob.bytes,
    )
        .into_response())
}

/// Stores a tablet's recording for a facility manager's approval: checked as audio, for a
/// language and a target the survey edition has, within the device's and the facility's quotas.
/// Other tablets get it only once approved (the dashboard's recordings page).
pub async fn push(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    query: Result<Query<MediaPushQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<MediaPushReply>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::InvalidQuery(e.body_text()))?;
    let body = body.map_err(body_rejection)?;
    let target = query
        .target()
        .map_err(|m| ApiError::InvalidQuery(m.to_owned()))?;
    let edition = state
        .store
        .assigned_surveys(&device.facility)
        .await?
        .into_iter()
        .find(|s| s.survey.id == query.survey)
        .ok_or(ApiError::SurveyNotFound)?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = check_recording(content_type, &body).map_err(api_error)?;
    check_target(&edition.survey, &query.language, &target).map_err(api_error)?;
    let usage = state
        .store
        .recording_usage(&device.facility, &device.id)
        .await?;
    check_quota(
        usage,
        body.len() as u64,
        state.limits.media_quota_device_bytes,
        state.limits.media_quota_facility_bytes,
    )
    .map_err(api_error)?;
    let sha256 = Sha256::of_bytes(&body);
    state
        .store
        .put_media(&MediaBlob {
            sha256,
            mime: mime.to_owned(),
            bytes: body.to_vec(),
        })
        .await?;
    let item = MediaItem {
        target,
        kind: MediaKind::Audio,
        language: Some(query.language.clone()),
        sha256,
        bytes: body.len() as u64,
        mime: mime.to_owned(),
        origin: MediaOrigin::Recorded,
    };
    state
        .store
        .put_pending_recording(&device.facility, &query.survey, &device.id, &item)
        .await?;
    // The manifest tablets see is unchanged until a facility manager approves.
    let overlay = state.store.overlay(&device.facility, &query.survey).await?;
    let media = edition.manifest.overlaid_with(&overlay).hash();
    tracing::info!(facility = %device.facility, survey = %query.survey, bytes = body.len(), "recorded prompt waiting for approval");
    Ok(Json(MediaPushReply { sha256, media }))
}

/// Every media problem as an API error with its stable code.
pub fn api_error(p: MediaProblem) -> ApiError {
    let message = p.message();
    match p {
        MediaProblem::TooLarge { .. } => ApiError::MediaTooLarge(message),
        MediaProblem::UnsupportedType(_) => ApiError::MediaTypeUnsupported(message),
        MediaProblem::Empty | MediaProblem::Mismatch { .. } => ApiError::MediaMismatch(message),
        MediaProblem::UnknownLanguage(_) => ApiError::MediaLanguageUnknown(message),
        MediaProblem::UnknownTarget(_) => ApiError::MediaTargetUnknown(message),
        MediaProblem::OverQuota { .. } => ApiError::MediaQuotaExceeded(message),
    }
}
