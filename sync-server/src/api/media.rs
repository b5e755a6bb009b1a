//! `GET /v1/media/{sha256}` (content-addressed) and `POST /v1/media` (recorded prompts).

use super::auth::DeviceAuth;
use super::json::body_rejection;
use crate::http::ApiError;
use crate::http::AppState;
use crate::media_check::{check_recording, MediaProblem};
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
    if !state
        .store
        .is_assigned(&device.facility, &query.survey)
        .await?
    {
        return Err(ApiError::SurveyNotFound);
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = check_recording(content_type, &body).map_err(|p| match p {
        MediaProblem::TooLarge { .. } => ApiError::MediaTooLarge(p.message()),
        MediaProblem::UnsupportedType(_) => ApiError::MediaTypeUnsupported(p.message()),
        MediaProblem::Empty | MediaProblem::Mismatch { .. } => ApiError::MediaMismatch(p.message()),
    })?;
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
        .put_overlay_item(&device.facility, &query.survey, &item)
        .await?;
    let editions = state.store.assigned_surveys(&device.facility).await?;
    let overlay = state.store.overlay(&device.facility, &query.survey).await?;
    let media = editions
        .into_iter()
        .find(|s| s.survey.id == query.survey)
        .map_or_else(
            || overlay.hash(),
            |s| s.manifest.overlaid_with(&overlay).hash(),
        );
    tracing::info!(facility = %device.facility, survey = %query.survey, bytes = body.len(), "recorded prompt stored");
    Ok(Json(MediaPushReply { sha256, media }))
}
