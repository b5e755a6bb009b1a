//! The coordinator dashboard under `/dashboard`: server-rendered HTML (maud), inline SVG charts,
//! no JavaScript. Every figure comes from the store's tallies through `data`, with small groups
//! hidden by `heard_core::report::disclosure` before any table is built.
//!
//! Free text (comments) is masked with `heard_core::mask::mask_identifiers` when shown or
//! exported; the stored canonical bytes stay exactly as received, because the idempotency
//! contract hashes them (a re-sent response must hash the same).

pub mod actions_api;
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

use crate::api::{AppState, RateLimiter};
use axum::routing::{get, post};
use axum::{Extension, Router};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Set when the server runs behind TLS: session cookies then carry `Secure`.
pub static SECURE_COOKIES: AtomicBool = AtomicBool::new(false);

pub fn secure_cookies() -> bool {
    SECURE_COOKIES.load(Ordering::Relaxed)
}

/// Login rate limits, in memory: per account and for the whole server.
pub struct DashState {
    pub login_per_account: RateLimiter<String>,
    pub login_global: RateLimiter<()>,
}

impl Default for DashState {
    fn default() -> Self {
        Self {
            login_per_account: RateLimiter::new(5, 5),
            login_global: RateLimiter::new(60, 30),
        }
    }
}

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
        .layer(Extension(Arc::new(DashState::default())))
}
