//! The browser kiosk: the same `App` rendered in a browser over a websocket (Dioxus liveview
//! on axum). Every browser tab gets its own VirtualDom sharing the one store.

use crate::services::Services;
use crate::ui::App;
use axum::extract::ws::WebSocketUpgrade;
use axum::http::{header, StatusCode, Uri};
use axum::response::{Html, IntoResponse};
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
            get(move |ws: WebSocketUpgrade| async move {
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
