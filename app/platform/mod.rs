//! The platform seams: what differs between the native targets (the desktop window and the
//! `--serve` browser kiosk) and the web build (`wasm32-unknown-unknown`, feature `web`). The UI,
//! services and store ask this module instead of calling tokio, `std::time` or the browser, so
//! no `cfg` is needed anywhere else.
//!
//! - time: [`Instant`] and [`SystemTime`] (std's panic in a browser), [`sleep`];
//! - sync: [`sync_executor`], where the sync worker's tasks and timers run;
//! - storage: [`JOURNAL_MODE`], the SQLite journal the store asks for;
//! - assets: [`ASSET_ROOT`], where fonts and audio are fetched from;
//! - enrolment: [`proposed_server`], the sync server the staff panel proposes;
//! - storage: [`storage_persisted`], whether the browser promised to keep the database, and
//!   [`storage_lost`], whether it deleted one this tablet had.

use std::time::Duration;

pub use web_time::{Instant, SystemTime, UNIX_EPOCH};

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
use native as imp;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
use browser as imp;

pub use imp::{
    note_storage, proposed_server, storage_lost, storage_persisted, sync_executor, SyncExecutor,
    ASSET_ROOT, JOURNAL_MODE,
};

/// Completes once `duration` has passed (a tokio timer natively, `setTimeout` in a browser).
pub async fn sleep(duration: Duration) {
    imp::sleep(duration).await;
}

/// The wall-clock time now as std's `SystemTime` (what the sync client reports in), built from
/// the platform's clock: `std::time::SystemTime::now` panics in a browser.
pub fn wall_clock_now() -> std::time::SystemTime {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    std::time::UNIX_EPOCH + since_epoch
}
