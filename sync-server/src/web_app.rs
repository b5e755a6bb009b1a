//! The tablets' web app at `/app/`: the static files `scripts/build-web` produced, served from
//! one folder (`serve --web-app DIR`), on the same origin as the device API (no CORS, one
//! certificate). Its own headers: a CSP that lets the page compile its WebAssembly
//! (`wasm-unsafe-eval`) and run Dioxus' `document::eval` scripts (audio playback and recording
//! go through `new Function`, hence `unsafe-eval`), and nothing from any other origin.

use crate::http::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use std::path::{Component, PathBuf};

/// The web app's Content-Security-Policy.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob: data:; \
font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/app", get(|| async { Redirect::permanent("/app/") }))
        .route("/app/", get(index))
        .route("/app/{*path}", get(file))
}

async fn index(State(state): State<AppState>) -> Response {
    serve(&state, "index.html").await
}

async fn file(State(state): State<AppState>, Path(path): Path<String>) -> Response {
    serve(&state, &path).await
}

/// A file of the web app's folder; anything that is not a plain relative path inside it (`..`,
/// an absolute path) is a 404, as is everything when no folder is configured.
async fn serve(state: &AppState, path: &str) -> Response {
    let Some(root) = state.web_app.as_deref() else {
        return not_found();
    };
    let Some(file) = inside(root, path) else {
        return not_found();
    };
    let Ok(bytes) = tokio::fs::read(&file).await else {
        return not_found();
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime(path)));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // The service worker keeps the tablet's copy; the server is always asked for a new build.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found").into_response()
}

fn inside(root: &std::path::Path, path: &str) -> Option<PathBuf> {
    let relative = std::path::Path::new(path);
    if path.is_empty()
        || !relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = root.join(relative);
    file.is_file().then_some(file)
}

fn mime(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        Some("opus") | Some("ogg") => "audio/ogg",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_inside_the_folder_are_served() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(inside(root, "Cargo.toml").is_some());
        assert!(inside(root, "../Cargo.toml").is_none());
        assert!(inside(root, "src/../Cargo.toml").is_none());
        assert!(inside(root, "/etc/passwd").is_none());
        assert!(inside(root, "").is_none());
        assert!(inside(root, "src").is_none(), "a folder is not a file");
    }
}
