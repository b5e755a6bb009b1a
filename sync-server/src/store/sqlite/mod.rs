//! SQLite store: the zero-config default. WAL with `synchronous=FULL` so an acknowledged batch
//! survives a power cut; `secure_delete` so what is deleted (retention) is zeroed, not left in
//! free pages. rusqlite is blocking, so every call runs on `spawn_blocking`; one writer
//! connection serializes writes (pushes waiting for it share one commit: `group_commit.rs`), a
//! second connection serves reads alongside.

mod accounts;
mod compaction;
mod dashboard_impl;
mod group_commit;
mod migrate;
mod recordings;
mod store_impl;

use super::StoreError;
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Arc, Mutex};

pub struct SqliteStore {
    writer: Arc<Mutex<Connection>>,
    reader: Arc<Mutex<Connection>>,
    /// Pushes waiting to share the writer's next transaction (`group_commit.rs`).
    queue: Arc<group_commit::Queue>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub async fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        tokio::task::spawn_blocking(move || Self::open_blocking(&path))
            .await
            .map_err(|e| StoreError::Database(format!("open task failed: {e}")))?
    }

    fn open_blocking(path: &Path) -> Result<Self, StoreError> {
        let connect = || -> Result<Connection, StoreError> {
            let conn = Connection::open(path).map_err(|e| {
                StoreError::Database(format!("cannot open {}: {e}", path.display()))
            })?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            conn.execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = FULL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA secure_delete = ON;",
            )?;
            Ok(conn)
        };
        let mut writer = connect()?;
        migrate::run(&mut writer)?;
        let reader = connect()?;
        // Dashboard exports walk the whole responses table in id order, one random page per
        // row: the reader maps the file instead of copying each page in (SQLite caps the size
        // at its compile-time maximum, 2 GiB by default; the rest is read as before). The
        // writer does not map: writes stay on the ordinary, fsync'd path.
        reader.execute_batch("PRAGMA mmap_size = 4294967296;")?;
        Ok(Self {
            writer: Arc::new(Mutex::new(writer)),
            reader: Arc::new(Mutex::new(reader)),
            queue: Arc::default(),
        })
    }

    async fn with_conn<T, F>(conn: &Arc<Mutex<Connection>>, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let conn = Arc::clone(conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| StoreError::Database("an earlier database call panicked".into()))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Database(format!("database task failed: {e}")))?
    }

    async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        Self::with_conn(&self.writer, f).await
    }

    async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        Self::with_conn(&self.reader, f).await
    }
}
