//! The coordinator dashboard under `/dashboard`: server-rendered HTML (maud), inline SVG charts,
//! no JavaScript. Every figure comes from the store's tallies through `data`, with small groups
//! hidden by `heard_core::report::disclosure` before any table is built.
//!
//! Free text (comments) is masked with `heard_core::mask::mask_identifiers` when shown or
//! exported; the stored canonical bytes stay exactly as received, because the idempotency
//! contract hashes them (a re-sent response must hash the same).
//!
//! Every route that releases figures is mounted with `audit::audited`: one middleware writes
//! the viewer and the filters of each such view (or refused query) to the audit log.

pub mod audit;
pub mod auth;
pub mod charts;
pub mod csrf;
pub mod data;
pub mod demo;
pub mod error;
pub mod export;
pub mod names;
pub mod pages;
pub mod session;
pub mod tables;

use crate::http::AppState;
use audit::audited;
use axum::routing::{get, post};
use axum::Router;

/// The browser's tab icon: a speech bubble in the dashboard's colour (SVG, which every current
/// browser takes for `/favicon.ico`), so a tab is recognisable and the request is no 404.
const FAVICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#234e52"/><path d="M7 9h18v11H14l-5 4v-4H7z" fill="#fff"/></svg>"##;

async fn favicon() -> impl axum::response::IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "image/svg+xml"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/favicon.ico", get(favicon))
        .route("/dashboard", get(pages::home::home))
        .route(
            "/dashboard/login",
            get(pages::login::form).post(pages::login::submit),
        )
        .route("/dashboard/logout", post(pages::login::logout))
        .route(
            "/dashboard/surveys/{survey}",
            audited(pages::overview::overview),
        )
        .route(
            "/dashboard/surveys/{survey}/breakdown",
            audited(pages::breakdown::breakdown),
        )
        .route("/dashboard/integrity", get(pages::integrity::integrity))
        .route(
            "/dashboard/surveys/{survey}/report",
            audited(pages::report::report),
        )
        .route(
            "/dashboard/surveys/{survey}/comments",
            audited(pages::comments::comments),
        )
        .route(
            "/dashboard/surveys/{survey}/export.csv",
            audited(export::csv::export),
        )
        .route(
            "/dashboard/surveys/{survey}/export.xlsx",
            audited(export::xlsx::export),
        )
        .route(
            "/dashboard/surveys/{survey}/responses.csv",
            audited(export::responses::export),
        )
        .route("/dashboard/actions", post(pages::actions::submit))
        .route(
            "/dashboard/participation",
            post(pages::participation::submit),
        )
        .route(
            "/dashboard/recordings",
            get(pages::recordings::list).post(pages::recordings::decide),
        )
        .route(
            "/dashboard/recordings/{facility}/{sha256}",
            get(pages::recordings::play),
        )
        .route(
            "/dashboard/password",
            get(pages::password::form).post(pages::password::submit),
        )
}
