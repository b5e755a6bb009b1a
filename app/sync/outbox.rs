//! The tablet's queue of finished responses, as the sync worker sees it. The app implements this
//! on its SQLite store; acknowledged rows are deleted with `secure_delete=ON` followed by
//! `wal_checkpoint(TRUNCATE)` so no copy lingers in free pages or the WAL.
//!
//! Calls may block (SQLite): the worker makes them on tokio's blocking pool.

use heard_core::response::ResponseId;
use std::fmt;

/// A storage failure, in words for the staff status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxError(pub String);

impl fmt::Display for OutboxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OutboxError {}

pub trait Outbox: Send + Sync + 'static {
    /// Up to `limit` responses waiting to be sent, as `(id, canonical JSON bytes)`, in random
    /// order (never in the order they were answered). Set-aside responses are not pending.
    fn pending(&self, limit: usize) -> Result<Vec<(ResponseId, Vec<u8>)>, OutboxError>;
    /// The server holds these exactly: delete them for good.
    fn acknowledge(&self, ids: &[ResponseId]) -> Result<(), OutboxError>;
    /// The server refused this one for good (`code`, `reason`): keep it out of the queue, for
    /// a coordinator to look at.
    fn set_aside(&self, id: ResponseId, code: &str, reason: &str) -> Result<(), OutboxError>;
    fn pending_count(&self) -> Result<usize, OutboxError>;
}
