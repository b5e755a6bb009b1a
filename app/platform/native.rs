//! Native targets: tokio timers, a small tokio runtime on its own thread for sync, SQLite in
//! WAL mode on a real file system.

use heard_sync_client::{Platform, TokioPlatform};
use std::sync::Arc;
use std::time::Duration;

/// WAL: a commit appends to the log and syncs it (`synchronous=FULL`), readers never block the
/// writer, and `wal_checkpoint(TRUNCATE)` clears deleted answers out of the log.
pub const JOURNAL_MODE: &str = "wal";

/// Fonts and audio are served at the root: by the webview's asset handler or the kiosk server.
pub const ASSET_ROOT: &str = "/";

pub async fn sleep(duration: Duration) {
    tokio::time::sleep(duration).await;
}

/// Where the sync worker runs: a current-thread tokio runtime on a dedicated thread, so neither
/// the desktop window nor the browser kiosk ever waits on the network.
pub type SyncExecutor = Arc<dyn Platform>;

pub fn sync_executor() -> std::io::Result<SyncExecutor> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .thread_name("heard-sync")
        .build()?;
    let handle = runtime.handle().clone();
    std::thread::Builder::new()
        .name("heard-sync".into())
        .spawn(move || runtime.block_on(std::future::pending::<()>()))?;
    Ok(Arc::new(TokioPlatform::new(handle)))
}

/// Natively the server is typed in (it is not where the app came from).
pub fn proposed_server() -> Option<String> {
    None
}

/// A file on disk: nothing for staff to check.
pub fn storage_persisted() -> Option<bool> {
    None
}

/// A file on disk is not deleted behind the app's back by a browser.
pub fn storage_lost() -> bool {
    false
}

/// Nothing to remember natively (see `storage_lost`).
pub fn note_storage(_set_up: bool) {}
