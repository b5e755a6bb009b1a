//! TEST SUPPORT: a real SQLite implementation of the sync client's `Outbox`, standing in for the
//! app's store until that lands. Same rules: random order, no arrival time, secure delete.

use heard_core::response::ResponseId;
use heard_sync_client::{Outbox, OutboxError};
use rusqlite::{params, Connection};
use std::path::Path;
use std::sync::Mutex;

pub struct TestSqliteOutbox {
    conn: Mutex<Connection>,
}

fn err(e: impl std::fmt::Display) -> OutboxError {
    OutboxError(e.to_string())
}

impl TestSqliteOutbox {
    pub fn open(path: &Path) -> Result<Self, OutboxError> {
        let conn = Connection::open(path).map_err(err)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             CREATE TABLE IF NOT EXISTS outbox (
                 id BLOB NOT NULL UNIQUE,
                 body BLOB NOT NULL,
                 set_aside_code TEXT,
                 set_aside_reason TEXT
             );",
        )
        .map_err(err)?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    pub fn enqueue(&self, items: &[(ResponseId, Vec<u8>)]) -> Result<(), OutboxError> {
        let mut conn = self.conn.lock().map_err(err)?;
        let tx = conn.transaction().map_err(err)?;
        {
            let mut st = tx
                .prepare("INSERT INTO outbox (id, body) VALUES (?1, ?2)")
                .map_err(err)?;
            for (id, body) in items {
                st.execute(params![&id.as_uuid().as_bytes()[..], body])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    pub fn set_aside_count(&self) -> Result<usize, OutboxError> {
        let conn = self.conn.lock().map_err(err)?;
        conn.query_row(
            "SELECT count(*) FROM outbox WHERE set_aside_code IS NOT NULL",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n as usize)
        .map_err(err)
    }
}

impl Outbox for TestSqliteOutbox {
    fn pending(&self, limit: usize) -> Result<Vec<(ResponseId, Vec<u8>)>, OutboxError> {
        let conn = self.conn.lock().map_err(err)?;
        let mut st = conn
            .prepare_cached(
                "SELECT id, body FROM outbox WHERE set_aside_code IS NULL ORDER BY random() LIMIT ?1",
            )
            .map_err(err)?;
        let rows = st
            .query_map([limit as i64], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(err)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, body) = row.map_err(err)?;
            let uuid = uuid::Uuid::from_slice(&id).map_err(err)?;
            out.push((ResponseId::try_from(uuid).map_err(err)?, body));
        }
        Ok(out)
    }

    fn acknowledge(&self, ids: &[ResponseId]) -> Result<(), OutboxError> {
        let mut conn = self.conn.lock().map_err(err)?;
        let tx = conn.transaction().map_err(err)?;
        {
            let mut st = tx
                .prepare("DELETE FROM outbox WHERE id = ?1")
                .map_err(err)?;
            for id in ids {
                st.execute([&id.as_uuid().as_bytes()[..]]).map_err(err)?;
            }
        }
        tx.commit().map_err(err)?;
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(err)
    }

    fn set_aside(&self, id: ResponseId, code: &str, reason: &str) -> Result<(), OutboxError> {
        let conn = self.conn.lock().map_err(err)?;
        conn.execute(
            "UPDATE outbox SET set_aside_code = ?2, set_aside_reason = ?3 WHERE id = ?1",
            params![&id.as_uuid().as_bytes()[..], code, reason],
        )
        .map(|_| ())
        .map_err(err)
    }

    fn pending_count(&self) -> Result<usize, OutboxError> {
        let conn = self.conn.lock().map_err(err)?;
        conn.query_row(
            "SELECT count(*) FROM outbox WHERE set_aside_code IS NULL",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n as usize)
        .map_err(err)
    }
}
