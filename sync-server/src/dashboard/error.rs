//! Dashboard errors as HTML pages (the API answers JSON; this answers people).

use crate::store::StoreError;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum DashError {
    #[error("please sign in")]
    SignIn,
    #[error("you do not have access to this facility")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    BadRequest(String),
    /// A filter that would select fewer than k responses.
    #[error("{0}")]
    TooFew(String),
    #[error("the form expired; reload the page and try again")]
    Csrf,
    #[error("too many sign-in attempts; try again in a minute")]
    RateLimited,
    #[error("storage error")]
    Store(#[from] StoreError),
}

impl DashError {
    pub fn status(&self) -> StatusCode {
        match self {
            DashError::SignIn => StatusCode::SEE_OTHER,
            DashError::Forbidden | DashError::Csrf => StatusCode::FORBIDDEN,
            DashError::NotFound => StatusCode::NOT_FOUND,
            DashError::BadRequest(_) => StatusCode::BAD_REQUEST,
            DashError::TooFew(_) => StatusCode::UNPROCESSABLE_ENTITY,
            DashError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            DashError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for DashError {
    fn into_response(self) -> Response {
        if let DashError::SignIn = self {
            return (
                StatusCode::SEE_OTHER,
                [(header::LOCATION, "/dashboard/login")],
            )
                .into_response();
        }
        if let DashError::Store(e) = &self {
            tracing::error!("dashboard: {e}");
        }
        let status = self.status();
        let page = super::pages::layout::page(
            "Problem",
            None,
            maud::html! {
                h1 { "Problem" }
                p.notice { (self.to_string()) }
                p { a href="/dashboard" { "Back to the dashboard" } }
            },
        );
        (status, page).into_response()
    }
}
