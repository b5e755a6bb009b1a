//! Sync client: enrol a tablet, then push queued responses to the sync server in the
//! background, exactly once, whatever the network does.
//!
//! Self-contained (depends on heard-core, reqwest with rustls, tokio, serde, flate2 and rand) so
//! the app can mount it with `mod sync;` and the server's tests can drive it against a real
//! server. The app's SQLite store implements [`Outbox`]; [`worker::spawn`] runs the pushes off
//! the UI thread and publishes a [`worker::SyncStatus`] for the staff "Sync now" button.
//!
//! Exactly once: a response leaves the outbox only when the server answered `accepted` or
//! `duplicate` for its id; any lost reply just means the next push gets `duplicate`.

pub mod backoff;
pub mod client;
pub mod enrol;
pub mod outbox;
pub mod server_url;
pub mod worker;

pub use client::{PushError, SyncClient};
pub use enrol::{enrol, EnrolError, Enrolment};
pub use outbox::{Outbox, OutboxError, Recording};
pub use server_url::{ServerUrl, UrlError};
pub use worker::{spawn, SyncConfig, SyncHandle, SyncStatus};
