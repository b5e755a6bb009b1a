//! The device API (`/v1/...` and `/healthz`): one file per endpoint, device-token auth, JSON
//! bodies and errors. Shares only `crate::http` with the dashboard; `http::app` mounts it.

mod actions;
mod auth;
mod enrol;
mod health;
mod json;
mod media;
mod responses;
mod surveys;

use crate::http::AppState;
use axum::routing::{get, post};
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/v1/enrol", post(enrol::enrol))
        .route("/v1/surveys", get(surveys::list))
        .route("/v1/surveys/{version}", get(surveys::bundle))
        .route("/v1/media", post(media::push))
        .route("/v1/media/{sha256}", get(media::fetch))
        .route("/v1/responses", post(responses::push))
        .route("/v1/actions", get(actions::current))
}
