//! Heard's resident app: the tablet (desktop webview, Android) and browser-kiosk front end.
//!
//! Layers: `store` (SQLite, durable), `services` (the only IO views may call, via context),
//! `ui` (Dioxus components, shared by every platform), `kiosk` (pure timing rules).

pub mod audio;
pub mod catalog;
pub mod clock;
pub mod fonts;
pub mod i18n;
pub mod kiosk;
pub mod kiosk_access;
pub mod platform;
pub mod recording;
pub mod resources;
pub mod services;
pub mod store;
pub mod ui;

#[cfg(feature = "liveview")]
pub mod server;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub mod web;
