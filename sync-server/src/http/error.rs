//! One error type for every endpoint, answered as JSON `{code, message}` with a stable code.

use crate::store::StoreError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use heard_core::wire::ErrorBody;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    TokenMissing,
    TokenInvalid,
    EnrolmentCodeMalformed,
    EnrolmentCodeUnknown,
    EnrolmentCodeExpired,
    InvalidJson(String),
    InvalidQuery(String),
    SurveyNotFound,
    MediaNotFound,
    RouteNotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    GzipRequired,
    BadGzip,
    EmptyBatch,
    BatchTooLarge(String),
    MediaTypeUnsupported(String),
    MediaMismatch(String),
    MediaTooLarge(String),
    /// A recording for a language the survey edition does not have.
    MediaLanguageUnknown(String),
    /// A recording for a question, choice or prompt the survey edition does not have.
    MediaTargetUnknown(String),
    /// The device's or the facility's recordings would exceed their quota.
    MediaQuotaExceeded(String),
    ResponseConflict(String),
    RateLimited {
        retry_after_secs: u64,
    },
    StoreUnavailable,
    Internal,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        use ApiError::*;
        match self {
            TokenMissing | TokenInvalid => StatusCode::UNAUTHORIZED,
            EnrolmentCodeMalformed
            | InvalidJson(_)
            | InvalidQuery(_)
            | BadGzip
            | EmptyBatch
            | MediaMismatch(_) => StatusCode::BAD_REQUEST,
            MediaLanguageUnknown(_) | MediaTargetUnknown(_) => StatusCode::UNPROCESSABLE_ENTITY,
            EnrolmentCodeUnknown | SurveyNotFound | MediaNotFound | RouteNotFound => {
                StatusCode::NOT_FOUND
            }
            EnrolmentCodeExpired => StatusCode::GONE,
            MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            PayloadTooLarge | BatchTooLarge(_) | MediaTooLarge(_) | MediaQuotaExceeded(_) => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            GzipRequired | MediaTypeUnsupported(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ResponseConflict(_) => StatusCode::CONFLICT,
            RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            StoreUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable codes: clients and tests match on these, never on messages.
    pub fn code(&self) -> &'static str {
        use ApiError::*;
        match self {
            TokenMissing => "token_missing",
            TokenInvalid => "token_invalid",
            EnrolmentCodeMalformed => "enrolment_code_malformed",
            EnrolmentCodeUnknown => "enrolment_code_unknown",
            EnrolmentCodeExpired => "enrolment_code_expired",
            InvalidJson(_) => "invalid_json",
            InvalidQuery(_) => "invalid_query",
            SurveyNotFound => "survey_not_found",
            MediaNotFound => "media_not_found",
            RouteNotFound => "route_not_found",
            MethodNotAllowed => "method_not_allowed",
            PayloadTooLarge => "payload_too_large",
            GzipRequired => "gzip_required",
            BadGzip => "bad_gzip",
            EmptyBatch => "empty_batch",
            BatchTooLarge(_) => "batch_too_large",
            MediaTypeUnsupported(_) => "media_type_unsupported",
            MediaMismatch(_) => "media_content_mismatch",
            MediaTooLarge(_) => "media_too_large",
            MediaLanguageUnknown(_) => "media_language_unknown",
            MediaTargetUnknown(_) => "media_target_unknown",
            MediaQuotaExceeded(_) => "media_quota_exceeded",
            ResponseConflict(_) => "response_conflict",
            RateLimited { .. } => "rate_limited",
            StoreUnavailable => "store_unavailable",
            Internal => "internal",
        }
    }

    pub fn message(&self) -> String {
        use ApiError::*;
        match self {
            TokenMissing => "send the device token as `Authorization: Bearer <token>`".into(),
            TokenInvalid => {
                "this device token is not valid (revoked or never issued): enrol the tablet again"
                    .into()
            }
            EnrolmentCodeMalformed => {
                "an enrolment code has 8 letters and digits, like ABCD-EFGH".into()
            }
            EnrolmentCodeUnknown => {
                "this enrolment code is wrong or was already used: check it, or ask for a new one"
                    .into()
            }
            EnrolmentCodeExpired => "this enrolment code has expired: ask for a new one".into(),
            InvalidJson(m) => format!("the request body is not valid JSON for this endpoint: {m}"),
            InvalidQuery(m) => format!("the query is not valid: {m}"),
            SurveyNotFound => "no such survey edition is assigned to this facility".into(),
            MediaNotFound => "no such media file for this facility".into(),
            RouteNotFound => "no such endpoint".into(),
            MethodNotAllowed => "this endpoint does not take that method".into(),
            PayloadTooLarge => "the request body is too large".into(),
            GzipRequired => "send the batch gzip-compressed with `Content-Encoding: gzip`".into(),
            BadGzip => "the body is not valid gzip data".into(),
            EmptyBatch => "the batch holds no responses".into(),
            BatchTooLarge(m)
            | MediaTypeUnsupported(m)
            | MediaMismatch(m)
            | MediaTooLarge(m)
            | MediaLanguageUnknown(m)
            | MediaTargetUnknown(m)
            | MediaQuotaExceeded(m)
            | ResponseConflict(m) => m.clone(),
            RateLimited { retry_after_secs } => {
                format!("too many requests: try again in {retry_after_secs} s")
            }
            StoreUnavailable => "the server's database is unavailable: try again later".into(),
            Internal => "the server failed; nothing was stored from this request".into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        // The message names tables and values, never tokens or addresses.
        tracing::error!(error = %e, "store call failed");
        match e {
            StoreError::Database(_) | StoreError::Busy(_) => ApiError::StoreUnavailable,
            _ => ApiError::Internal,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            code: self.code().to_owned(),
            message: self.message(),
        };
        let mut response = (self.status(), Json(body)).into_response();
        let retry = match self {
            ApiError::RateLimited { retry_after_secs } => Some(retry_after_secs),
            ApiError::StoreUnavailable => Some(5),
            _ => None,
        };
        if let Some(secs) = retry {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
