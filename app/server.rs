//! The browser kiosk: the same `App` rendered in a browser over a websocket (Dioxus liveview
//! on axum). Every browser tab gets its own VirtualDom sharing the one store.
//!
//! Who may reach it is `kiosk_access`'s rule: every request names the kiosk by IP address or
//! `localhost` (`Host`), and the websocket takes only the page's own `Origin`; anything else
//! is a 403 before the app sees it.

use crate::kiosk_access::{host_allowed, websocket_allowed};
use crate::services::Services;
use crate::ui::App;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::Request;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dioxus::prelude::VirtualDom;
use dioxus_liveview::LiveViewPool;

fn index_page() -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heard</title>
</head>
<body><div id="main"></div>
{glue}
</body>
</html>"#,
        glue = dioxus_liveview::interpreter_glue("/ws")
    )
}

/// The bundled fonts; any other path under /fonts is a 404.
async fn font(uri: Uri) -> impl IntoResponse {
    match crate::fonts::font_for_path(uri.path()) {
        Some(bytes) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "font/woff2"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Refuses a request that does not name the kiosk by IP address or `localhost` (DNS rebinding).
async fn only_known_hosts(request: Request, next: Next) -> Response {
    if host_allowed(header_str(request.headers(), header::HOST)) {
        next.run(request).await
    } else {
        tracing::warn!("kiosk request refused: Host is not an IP address or localhost");
        StatusCode::FORBIDDEN.into_response()
    }
}

pub fn router(services: Services) -> Router {
    let pool = LiveViewPool::new();
    let page = index_page();
    let audio_services = services.clone();
    let recorded_services = services.clone();
    Router::new()
        .route("/", get(move || async move { Html(page) }))
        .route("/fonts/{file}", get(font))
        .route(
            "/audio/{lang}/{file}",
            get(move |uri: Uri| async move {
                match audio_services.audio().file_for_path(uri.path()) {
                    Some(bytes) => (
                        StatusCode::OK,
                        [
                            (header::CONTENT_TYPE, "audio/ogg"),
                            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                        ],
                        bytes,
                    )
                        .into_response(),
                    None => StatusCode::NOT_FOUND.into_response(),
                }
            }),
        )
        .route(
            "/recorded/{sha}",
            get(move |uri: Uri| async move {
                // Recordings kept on this device (never cached: a new take replaces the URL).
                match recorded_services.recorded_for_path(uri.path()) {
                    Some((mime, bytes)) => (
                        StatusCode::OK,
                        [
                            (header::CONTENT_TYPE, mime),
                            (header::CACHE_CONTROL, "no-store".to_owned()),
                        ],
                        bytes,
                    )
                        .into_response(),
                    None => StatusCode::NOT_FOUND.into_response(),
                }
            }),
        )
        .route(
            "/ws",
            get(move |headers: HeaderMap, ws: WebSocketUpgrade| async move {
                let origin = header_str(&headers, header::ORIGIN);
                if !websocket_allowed(origin, header_str(&headers, header::HOST)) {
                    // Another page (another origin) tried to drive the kiosk.
                    tracing::warn!("kiosk websocket refused: not the kiosk page's own origin");
                    return StatusCode::FORBIDDEN.into_response();
                }
                ws.on_upgrade(move |socket| async move {
                    let make = move || VirtualDom::new(App).with_root_context(services);
                    if let Err(e) = pool
                        .launch_virtualdom(dioxus_liveview::axum_socket(socket), make)
                        .await
                    {
                        tracing::warn!("browser session ended: {e}");
                    }
                })
            }),
        )
        .layer(middleware::from_fn(only_known_hosts))
}

/// Serves until the process is stopped. Prints the URL (with the real port when 0 was asked).
pub fn serve(addr: std::net::SocketAddr, services: Services) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let bound = listener.local_addr()?;
        println!("Heard kiosk listening on http://{bound}/");
        axum::serve(listener, router(services).into_make_service()).await?;
        Ok(())
    })
}
