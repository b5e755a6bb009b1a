//! Sync client: enrol a tablet, then push queued responses to the sync server in the
//! background, exactly once, whatever the network does.
//!
//! Its own crate so the app, the server's tests and its benches use the same code, and so it
//! can run in a browser: it starts no threads and sets no timers itself; spawning, sleeping and
//! clocks come from a [`Platform`] ([`TokioPlatform`] with the `tokio` feature). The app's
//! SQLite store implements [`Outbox`]; [`spawn_on`] runs the pushes off the UI thread and
//! publishes a [`SyncStatus`] for the staff "Sync now" button.
//!
//! Exactly once: a response leaves the outbox only when the server answered `accepted` or
//! `duplicate` for its id; any lost reply just means the next push gets `duplicate`.

pub mod backoff;
pub mod client;
pub mod enrol;
pub mod outbox;
pub mod platform;
pub mod server_url;
pub mod worker;

pub use client::{PushError, SyncClient};
pub use enrol::{enrol, EnrolError, Enrolment};
pub use outbox::{Outbox, OutboxError, Recording};
#[cfg(feature = "tokio")]
pub use platform::TokioPlatform;
pub use platform::{BoxFuture, Platform};
pub use server_url::{ServerUrl, UrlError};
#[cfg(feature = "tokio")]
pub use worker::spawn;
pub use worker::{spawn_on, SyncConfig, SyncHandle, SyncStatus};
