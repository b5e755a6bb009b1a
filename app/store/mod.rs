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
// The web build's in-page copy of the store (see `replica.rs`).
mod replica;
mod responses;
mod schema;
mod settings;

pub use actions::StoredAction;
pub use binding::EnrolmentRecord;
pub use counters::Counter;
pub use downloads::DownloadedSurvey;
pub use error::StoreError;
pub use media::RecordedMedia;
pub use replica::{apply_changeset, ChangeSink};
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
    /// The web build's page copy: where committed changes go to become durable.
    replica: Option<replica::Replica>,
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
            replica: None,
        };
        store.recovered = store.abandon_interrupted()?;
        Ok(store)
    }

    /// The web build's page copy: `snapshot` (the durable store's [`Store::snapshot`]) loaded
    /// into memory; every change committed on it is handed to `sink` by
    /// [`Store::publish_changes`]. `recovered` is what the durable store's open recovered.
    pub fn replica(
        snapshot: &[u8],
        recovered: usize,
        sink: ChangeSink,
    ) -> Result<Self, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        // An image of a WAL database says so in its header (bytes 18 and 19 are 2); in memory
        // there is no WAL to open, so the copy is marked as a rollback-journal database.
        let mut image = snapshot.to_vec();
        if let Some(versions) = image.get_mut(18..20) {
            if versions == [2, 2] {
                versions.copy_from_slice(&[1, 1]);
            }
        }
        conn.deserialize_read_exact(rusqlite::MAIN_DB, image.as_slice(), image.len(), false)?;
        // The change log is a temporary table: kept in memory, never in a temporary file.
        conn.execute_batch("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;")?;
        schema::migrate(&conn)?;
        let replica = replica::Replica::start(&conn, sink)?;
        Ok(Self {
            conn,
            path: PathBuf::from(":memory:"),
            recovered,
            replica: Some(replica),
        })
    }

    /// Hands the changes committed since the last call on to the durable store (the web
    /// build's page copy); nothing to do elsewhere, where every commit is already durable.
    pub fn publish_changes(&mut self) -> Result<(), StoreError> {
        match &mut self.replica {
            Some(replica) => replica.publish(&self.conn),
            None => Ok(()),
        }
    }

    /// The whole database as one SQLite image (the web store worker sends it to the page).
    pub fn snapshot(&mut self) -> Result<Vec<u8>, StoreError> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    /// Applies a changeset published by the page's copy, as one durable transaction.
    pub fn apply_changes(&mut self, changes: &[u8]) -> Result<(), StoreError> {
        apply_changeset(&mut self.conn, changes)
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
