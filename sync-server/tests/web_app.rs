//! The tablets' web app at `/app/` (issue 14): served from its folder on the API's origin with
//! its own headers (a CSP that lets the page compile its WebAssembly, no caching that would
//! hide a new build from the service worker), never the dashboard's; nothing outside the folder.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use heard_sync_server::config::Limits;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::Store;
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

async fn router(web_app: Option<std::path::PathBuf>) -> (tempfile::TempDir, axum::Router) {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("server.sqlite3"))
            .await
            .unwrap(),
    );
    let state = AppState::new(store, Limits::default()).with_web_app(web_app);
    (dir, app(state))
}

async fn get(app: &axum::Router, path: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let request = Request::get(path).body(Body::empty()).unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

#[tokio::test]
async fn the_web_app_is_served_with_its_own_policy_and_nothing_outside_its_folder() {
    let site = tempfile::tempdir().unwrap();
    let web = site.path().join("web");
    std::fs::create_dir_all(web.join("pkg")).unwrap();
    std::fs::write(
        web.join("index.html"),
        "<!DOCTYPE html><title>Heard</title>",
    )
    .unwrap();
    std::fs::write(web.join("pkg/heard-web_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(site.path().join("secret.txt"), "outside the folder").unwrap();
    let (_db, app) = router(Some(web)).await;

    let (status, headers, body) = get(&app, "/app/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body)
        .unwrap()
        .contains("<title>Heard</title>"));
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_ne!(csp, heard_sync_server::http::headers::DASHBOARD_CSP);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");

    let (status, headers, _) = get(&app, "/app/pkg/heard-web_bg.wasm").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");

    for outside in [
        "/app/../secret.txt",
        "/app/%2e%2e/secret.txt",
        "/app//etc/passwd",
        "/app/pkg",
    ] {
        let (status, _, body) = get(&app, outside).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{outside}");
        assert!(
            !String::from_utf8_lossy(&body).contains("outside the folder"),
            "{outside}"
        );
    }
}

#[tokio::test]
async fn without_a_built_app_there_is_nothing_at_app() {
    let (_db, app) = router(None).await;
    let (status, _, _) = get(&app, "/app/").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
