//! `/dashboard/password`: a coordinator changes their own password. The current one is checked
//! (Argon2, in its turn like a sign-in), every other session of the account ends, and the change
//! is an audit entry (`password changed`). Resets by an administrator are `coordinator
//! set-password` on the command line.

use super::layout::page;
use crate::dashboard::auth::{hash_password, verify_password};
use crate::dashboard::csrf;
use crate::dashboard::error::DashError;
use crate::dashboard::session::{now, Viewer};
use crate::http::AppState;
use crate::secrets::hash_secret;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::html;
use serde::Deserialize;
use std::sync::Arc;

fn password_page(viewer: &Viewer, message: Option<&str>) -> Html<String> {
    page(
        "Change password",
        Some(viewer),
        html! {
            h1 { "Change your password" }
            @if let Some(m) = message { p.notice role="alert" { (m) } }
            form method="post" action="/dashboard/password" {
                input type="hidden" name="csrf" value=(viewer.csrf());
                p { label for="current" { "Current password" } input #current type="password" name="current" required autocomplete="current-password"; }
                p { label for="new" { "New password (at least 12 characters)" } input #new type="password" name="new" required minlength="12" autocomplete="new-password"; }
                p { label for="again" { "New password again" } input #again type="password" name="again" required minlength="12" autocomplete="new-password"; }
                p { button type="submit" { "Change password" } }
            }
            p.muted { "Changing it signs you out everywhere else." }
        },
    )
}

pub async fn form(viewer: Viewer) -> Html<String> {
    password_page(&viewer, None)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current: String,
    new: String,
    again: String,
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<PasswordForm>,
) -> Result<Response, DashError> {
    if !csrf::check(&viewer.session_id, &f.csrf) {
        return Err(DashError::Csrf);
    }
    let refuse = |message: &str| {
        Ok((
            StatusCode::BAD_REQUEST,
            password_page(&viewer, Some(message)),
        )
            .into_response())
    };
    if f.new != f.again {
        return refuse("The two new passwords differ.");
    }
    let email = viewer.coordinator.email.clone();
    let Some((_, stored)) = state.store.coordinator_by_email(&email).await? else {
        return Err(DashError::SignIn);
    };
    let permit = Arc::clone(&state.argon2)
        .acquire_owned()
        .await
        .map_err(|_| DashError::RateLimited)?;
    let (current, new) = (f.current, f.new);
    let checked = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        verify_password(&current, &stored).then(|| hash_password(&new))
    })
    .await
    .map_err(|_| DashError::BadRequest("the password could not be checked".into()))?;
    let hash = match checked {
        None => {
            state
                .store
                .audit(
                    now(),
                    &email,
                    "password change failed: wrong current password",
                )
                .await?;
            return refuse("The current password is not right.");
        }
        Some(Err(e)) => return refuse(&format!("{}.", capitalised(&e.to_string()))),
        Some(Ok(hash)) => hash,
    };
    state
        .store
        .set_coordinator_password(&email, &hash, Some(hash_secret(&viewer.session_id)))
        .await?;
    state.store.audit(now(), &email, "password changed").await?;
    Ok(page(
        "Password changed",
        Some(&viewer),
        html! {
            h1 { "Password changed" }
            p { "Your other sessions have ended." }
            p { a href="/dashboard" { "Back to the dashboard" } }
        },
    )
    .into_response())
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}
