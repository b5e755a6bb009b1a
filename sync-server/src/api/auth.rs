//! `Authorization: Bearer <device token>` → the enrolled device, rate-limited per token.

use crate::http::ApiError;
use crate::http::AppState;
use crate::secrets::{hash_secret, is_token_shaped};
use crate::store::Device;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

/// An authenticated device. Handlers use its facility; its id goes only to the per-day upload
/// counter, never next to a response and never into a log.
pub struct DeviceAuth(pub Device);

impl FromRequestParts<AppState> for DeviceAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .ok_or(ApiError::TokenMissing)?;
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(ApiError::TokenMissing)?;
        if !is_token_shaped(token) {
            return Err(ApiError::TokenInvalid);
        }
        let device = state
            .store
            .device_by_token(hash_secret(token))
            .await?
            .ok_or(ApiError::TokenInvalid)?;
        state
            .device_rate
            .check(&device.id)
            .map_err(|wait| ApiError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            })?;
        Ok(Self(device))
    }
}
