//! heard-sync-server: anonymous, exactly-once sync for Heard's tablets.
//!
//! Layers, one folder each: `http` (axum: `app(state)`, the one `AppState`, errors, rate limits),
//! `api` (the devices' endpoints) and `dashboard` (the coordinators' pages) beside each other on
//! top of it, `store` (the `Store` trait and its SQLite and PostgreSQL implementations), the
//! binary's `cli` (coordinator commands and `serve`). `ingest`, `secrets`, `media_check` and
//! `tally_slabs` are the pure pieces they share.

pub mod api;
pub mod builtin;
pub mod calendar;
pub mod compaction;
pub mod config;
pub mod coverage_report;
pub mod dashboard;
pub mod http;
pub mod ingest;
pub mod ingest_log;
pub mod media_check;
pub mod secrets;
pub mod server;
pub mod server_secret;
pub mod store;
pub mod survey_import;
pub mod tally_slabs;
#[cfg(feature = "testing")]
pub mod testing;
pub mod web_app;
pub mod xlsform;
