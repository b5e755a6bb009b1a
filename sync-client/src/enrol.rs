//! Enrolment: the coordinator's one-time code becomes this tablet's device token.

use crate::client::{classify, http_client, PushError};
use crate::server_url::{ServerUrl, UrlError};
use heard_core::ids::FacilityCode;
use heard_core::wire::{EnrolReply, EnrolRequest, ErrorBody};
use std::time::Duration;

/// A successful enrolment: keep the token in the tablet's protected settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub server: ServerUrl,
    pub device_token: String,
    pub facility: FacilityCode,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnrolError {
    #[error("{0}.")]
    BadAddress(UrlError),
    #[error("That code is not right, or it was already used. Check the letters, or ask the coordinator for a new code.")]
    WrongCode,
    #[error("That code has expired. Ask the coordinator for a new code.")]
    Expired,
    #[error("Could not reach the server. Check the internet connection and the server address.")]
    Unreachable,
    #[error("The secure connection to the server failed. Check the tablet's date and time and the server address.")]
    Tls,
    #[error("Too many attempts. Wait a minute and try again.")]
    TooManyAttempts,
    #[error("The server could not enrol this tablet: {0}")]
    Server(String),
    /// Refused by the tablet before any request: responses wait for the server it is enrolled
    /// with, and enrolling elsewhere would divert them.
    #[error("{0} response(s) wait to be sent to the server this tablet is enrolled with. Press “Sync now” to send them, then enrol again.")]
    ResponsesWaiting(usize),
}

/// Exchanges a one-time code for a device token. `allow_plain_http` permits `http://` to other
/// machines (only for a deliberately unencrypted local network).
pub async fn enrol(
    server_url: &str,
    code: &str,
    allow_plain_http: bool,
) -> Result<Enrolment, EnrolError> {
    let server = ServerUrl::parse(server_url, allow_plain_http).map_err(EnrolError::BadAddress)?;
    let http = http_client(&server, Duration::from_secs(30)).map_err(|_| EnrolError::Tls)?;
    let response = http
        .post(server.join("/v1/enrol"))
        .json(&EnrolRequest {
            code: code.trim().to_owned(),
        })
        .send()
        .await
        .map_err(|e| match classify(&e) {
            PushError::Tls(_) => EnrolError::Tls,
            _ => EnrolError::Unreachable,
        })?;
    let status = response.status();
    if status.is_success() {
        let reply: EnrolReply = response
            .json()
            .await
            .map_err(|e| EnrolError::Server(e.to_string()))?;
        return Ok(Enrolment {
            server,
            device_token: reply.device_token,
            facility: reply.facility,
        });
    }
    let body: Option<ErrorBody> = response.json().await.ok();
    Err(match body.as_ref().map(|b| b.code.as_str()) {
        Some("enrolment_code_unknown" | "enrolment_code_malformed") => EnrolError::WrongCode,
        Some("enrolment_code_expired") => EnrolError::Expired,
        Some("rate_limited") => EnrolError::TooManyAttempts,
        _ => EnrolError::Server(body.map_or_else(|| format!("HTTP {status}"), |b| b.message)),
    })
}
