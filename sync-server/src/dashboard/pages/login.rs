//! Sign in and out. Rate-limited per source and per account from a source; every sign-in is in
//! the audit log, never the text typed for an account that does not exist.

use super::layout::page;
use crate::dashboard::auth::{burn_time, verify_password};
use crate::dashboard::csrf;
use crate::dashboard::error::DashError;
use crate::dashboard::session::{new_session_id, now, set_cookie, Viewer, SESSION_SECONDS};
use crate::http::source::Source;
use crate::http::AppState;
use crate::secrets::hash_secret;
use axum::extract::{Form, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use maud::html;
use serde::Deserialize;
use std::sync::Arc;

fn login_page(message: Option<&str>) -> Html<String> {
    page(
        "Sign in",
        None,
        html! {
            h1 { "Sign in" }
            @if let Some(m) = message { p.notice role="alert" { (m) } }
            form method="post" action="/dashboard/login" {
                p { label for="email" { "E-mail" } input #email type="email" name="email" required autocomplete="username"; }
                p { label for="password" { "Password" } input #password type="password" name="password" required autocomplete="current-password"; }
                p { button type="submit" { "Sign in" } }
            }
        },
    )
}

pub async fn form() -> Html<String> {
    login_page(None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
}

/// Who an audit entry names when the e-mail typed belongs to no account.
pub const UNKNOWN_ACCOUNT: &str = "(unknown)";

/// Checks the password. Audit entries: `login` for the account; a wrong password for a known
/// account is `login failed` under that account; for an e-mail no account has, `login failed:
/// unknown account` under [`UNKNOWN_ACCOUNT`]. The text typed into the e-mail field is never
/// written anywhere (people type passwords there; it is personal data either way), and the
/// per-account rate limit keys on its SHA-256, so the limiter does not keep it either.
///
/// Budgets: per source, and per account from that source (the typed e-mail's hash and the
/// source), none shared by all, so attempts for other e-mails or from elsewhere never lock a
/// real coordinator out. Argon2 runs at most `ARGON2_AT_ONCE` at a time; a known
/// account waits its turn (first come, first served), an unknown e-mail spends the same time
/// only when a slot is free, so a flood of unknown e-mails never holds up a real sign-in (see
/// docs/security.md for the enumeration trade-off this makes under load).
pub async fn submit(
    State(state): State<AppState>,
    Source(source): Source,
    Form(f): Form<LoginForm>,
) -> Result<Response, DashError> {
    let email = f.email.trim().to_lowercase();
    let typed_key = format!("{} {source}", hash_secret(&email).0.to_hex());
    if state.login_per_source.check(&source).is_err()
        || state.login_per_account.check(&typed_key).is_err()
    {
        return Err(DashError::RateLimited);
    }
    let found = state.store.coordinator_by_email(&email).await?;
    let password = f.password;
    let outcome = match found {
        Some((c, hash)) => {
            let permit = Arc::clone(&state.argon2)
                .acquire_owned()
                .await
                .map_err(|_| DashError::RateLimited)?;
            let good = tokio::task::spawn_blocking(move || {
                let _permit = permit;
                verify_password(&password, &hash)
            })
            .await
            .unwrap_or(false);
            if good {
                Ok(c)
            } else {
                Err(Some(c.email))
            }
        }
        None => {
            if let Ok(permit) = Arc::clone(&state.argon2).try_acquire_owned() {
                let _ = tokio::task::spawn_blocking(move || {
                    let _permit = permit;
                    burn_time(&password);
                })
                .await;
            }
            Err(None)
        }
    };
    let c = match outcome {
        Ok(c) => c,
        Err(known) => {
            let (who, what) = match &known {
                Some(account) => (account.as_str(), "login failed"),
                None => (UNKNOWN_ACCOUNT, "login failed: unknown account"),
            };
            state.store.audit(now(), who, what).await?;
            return Ok((
                StatusCode::UNAUTHORIZED,
                login_page(Some("That e-mail and password do not match.")),
            )
                .into_response());
        }
    };
    let id = new_session_id();
    state
        .store
        .put_session(hash_secret(&id), c.id, now() + SESSION_SECONDS)
        .await?;
    state.store.audit(now(), &c.email, "login").await?;
    Ok((
        StatusCode::SEE_OTHER,
        [
            (
                header::SET_COOKIE,
                set_cookie(&id, SESSION_SECONDS, state.secure_cookies),
            ),
            (header::LOCATION, "/dashboard".to_owned()),
        ],
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct CsrfForm {
    pub csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<CsrfForm>,
) -> Result<Response, DashError> {
    if !csrf::check(&viewer.session_id, &f.csrf) {
        return Err(DashError::Csrf);
    }
    state
        .store
        .delete_session(hash_secret(&viewer.session_id))
        .await?;
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, set_cookie("", 0, state.secure_cookies)),
            (header::LOCATION, "/dashboard/login".to_owned()),
        ],
    )
        .into_response())
}
