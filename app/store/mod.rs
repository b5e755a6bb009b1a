//! The tablet's durable store: one SQLite file in WAL mode with `synchronous=FULL`, so a
//! committed answer survives a crash or power cut. Every write is its own transaction and
//! returns only after the commit is durable; callers show nothing as saved before that.
//!
//! What is stored is deliberately thin: responses carry their month, never a timestamp, and
//! rows have no insertion order (random ids in a `WITHOUT ROWID` table, a random `queue_order`
//! assigned at finish), so the file does not reveal who answered when.

mod actions;
mod binding;
mod counters;
mod downloads;
mod error;
mod media;
mod outbox;
mod responses;
mod schema;
mod settings;

pub use actions::StoredAction;
pub use binding::EnrolmentRecord;
pub use counters::Counter;
pub use downloads::DownloadedSurvey;
pub use error::StoreError;
pub use media::RecordedMedia;
pub use responses::StoredState;
pub use schema::{migrate_to, LATEST_VERSION};
pub use settings::SettingKey;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// In-progress responses found at start (interrupted by a crash) and marked abandoned.
    recovered: usize,
}

impl Store {
    /// Opens (creating if needed) the store, upgrades its schema, and marks responses left
    /// in progress by a crash as abandoned.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_owned(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        configure(&conn)?;
        schema::migrate(&conn)?;
        let mut store = Self {
            conn,
            path: path.to_owned(),
            recovered: 0,
        };
        store.recovered = store.abandon_interrupted()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many interrupted responses `open` turned into abandoned ones.
    pub fn recovered_at_open(&self) -> usize {
        self.recovered
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The journal mode in force on this connection (`wal`).
    pub fn journal_mode(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?)
    }

    /// The synchronous level in force on this connection (2 = FULL).
    pub fn synchronous(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Moves everything in the WAL into the database file and truncates the WAL to zero bytes,
    /// so deleted answers do not linger in old WAL frames.
    fn checkpoint_truncate(&self) -> Result<(), StoreError> {
        // Returns (busy, log frames, checkpointed frames); busy=1 means a reader blocked it.
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(StoreError::CheckpointBusy);
        }
        Ok(())
    }
}

/// Durability and privacy settings, applied to every connection.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    // WAL natively, TRUNCATE in a browser (no shared memory there): see `platform::JOURNAL_MODE`.
    let wanted = crate::platform::JOURNAL_MODE;
    let mode: String =
        conn.query_row(&format!("PRAGMA journal_mode={wanted}"), [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case(wanted) {
        return Err(StoreError::Pragma(format!(
            "journal_mode is {mode}, not {wanted}"
        )));
    }
    // FULL: the journal is synced at every commit, so a reported save survives power loss.
    conn.execute_batch(
        "PRAGMA synchronous=FULL;
         PRAGMA secure_delete=ON;
         PRAGMA foreign_keys=ON;
         PRAGMA busy_timeout=5000;",
    )?;
    Ok(())
}

/// Fills `n` bytes from the operating system's random source.
fn random_bytes<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
    Ok(bytes)
}
