//! The HTTP API (`/v1/...`), built by `app(state)` so tests can drive it with `oneshot`.

mod auth;
mod enrol;
mod error;
mod health;
mod json;
mod log;
mod media;
mod rate_limit;
mod responses;
mod state;
mod surveys;

pub use auth::DeviceAuth;
pub use error::ApiError;
pub use rate_limit::RateLimiter;
pub use state::AppState;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

pub fn app(state: AppState) -> Router {
    let body_limit = state.limits.max_body_bytes;
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/v1/enrol", post(enrol::enrol))
        .route("/v1/surveys", get(surveys::list))
        .route("/v1/surveys/{version}", get(surveys::bundle))
        .route("/v1/media", post(media::push))
        .route("/v1/media/{sha256}", get(media::fetch))
        .route("/v1/responses", post(responses::push))
        .route("/v1/actions", get(crate::dashboard::actions_api::current))
        .merge(crate::dashboard::router())
        .fallback(|| async { ApiError::RouteNotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn(log::log_request))
        .with_state(state)
}
