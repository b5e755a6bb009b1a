//! The whole service as one `Router`: the device API and the dashboard side by side, with the
//! layers both need, and the tablets' web app at `/app/`. The only file under `http/` that may
//! name `api`, `dashboard` or `web_app`.

use super::error::ApiError;
use super::headers::security_headers;
use super::log::log_request;
use super::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::Router;

/// Built from the state alone so tests can drive it with `oneshot`.
pub fn app(state: AppState) -> Router {
    let body_limit = state.limits.max_body_bytes;
    Router::new()
        .merge(crate::api::router())
        .merge(crate::dashboard::router())
        .merge(crate::web_app::router())
        .fallback(|| async { ApiError::RouteNotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(state)
}
