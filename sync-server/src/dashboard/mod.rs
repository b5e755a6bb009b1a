//! The coordinator dashboard under `/dashboard`: server-rendered HTML (maud), inline SVG charts,
//! no JavaScript. Every figure comes from the store's tallies through `data`, with small groups
//! hidden by `heard_core::report::disclosure` before any table is built.
//!
//! Free text (comments) is masked with `heard_core::mask::mask_identifiers` when shown or
//! exported; the stored canonical bytes stay exactly as received, because the idempotency
//! contract hashes them (a re-sent response must hash the same).

pub mod auth;
pub mod charts;
pub mod csrf;
pub mod data;
pub mod demo;
pub mod error;
pub mod export;
pub mod pages;
pub mod session;
pub mod tables;

use crate::http::AppState;
use axum::routing::{get, post};
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dashboard", get(pages::home::home))
        .route(
            "/dashboard/login",
            get(pages::login::form).post(pages::login::submit),
        )
        .route("/dashboard/logout", post(pages::login::logout))
        .route(
            "/dashboard/surveys/{survey}",
            get(pages::overview::overview),
        )
        .route(
            "/dashboard/surveys/{survey}/breakdown",
            get(pages::breakdown::breakdown),
        )
        .route("/dashboard/integrity", get(pages::integrity::integrity))
        .route(
            "/dashboard/surveys/{survey}/report",
            get(pages::report::report),
        )
        .route(
            "/dashboard/surveys/{survey}/comments",
            get(pages::comments::comments),
        )
        .route(
            "/dashboard/surveys/{survey}/export.csv",
            get(export::csv::export),
        )
        .route(
            "/dashboard/surveys/{survey}/export.xlsx",
            get(export::xlsx::export),
        )
        .route(
            "/dashboard/surveys/{survey}/responses.csv",
            get(export::responses::export),
        )
        .route("/dashboard/actions", post(pages::actions::submit))
        .route(
            "/dashboard/participation",
            post(pages::participation::submit),
        )
}
