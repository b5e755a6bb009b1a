//! `POST /v1/enrol`: one-time code → device token.

use super::json::ApiJson;
use crate::http::source::Source;
use crate::http::ApiError;
use crate::http::AppState;
use crate::secrets::{hash_secret, new_device_id, new_device_token, normalize_code};
use crate::store::Redeemed;
use axum::extract::State;
use axum::Json;
use heard_core::wire::{EnrolReply, EnrolRequest};

/// Rate-limited per source: guessing from one place is bounded (20 a minute by default)
/// while a valid code typed anywhere else goes straight through.
pub async fn enrol(
    State(state): State<AppState>,
    Source(source): Source,
    ApiJson(request): ApiJson<EnrolRequest>,
) -> Result<Json<EnrolReply>, ApiError> {
    state
        .enrol_rate
        .check(&source)
        .map_err(|wait| ApiError::RateLimited {
            retry_after_secs: wait.as_secs().max(1),
        })?;
    let code = normalize_code(&request.code).ok_or(ApiError::EnrolmentCodeMalformed)?;
    let token = new_device_token();
    let redeemed = state
        .store
        .redeem_enrolment_code(
            state.secret.code_hash(&code),
            unix_now(),
            new_device_id(),
            hash_secret(&token),
        )
        .await?;
    match redeemed {
        Redeemed::Enrolled(device) => {
            tracing::info!(facility = %device.facility, "a tablet enrolled");
            Ok(Json(EnrolReply {
                device_token: token,
                facility: device.facility,
            }))
        }
        Redeemed::UnknownCode => Err(ApiError::EnrolmentCodeUnknown),
        Redeemed::Expired => Err(ApiError::EnrolmentCodeExpired),
    }
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
