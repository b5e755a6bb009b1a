//! The web build's page copy of the store. The durable database lives in the store worker
//! (OPFS through `sqlite-wasm-vfs`' sahpool VFS, which runs only in a dedicated worker); the
//! page keeps an in-memory copy that the synchronous services read and write. Temporary
//! triggers on the copy log every row change as the SQL statement that repeats it (values
//! quoted by SQLite's own `quote()`, so the text is exact, blobs included) in `temp.change_log`,
//! in the same transaction as the change: a rolled-back transaction logs nothing. After each
//! use of the store, [`Replica::publish`] hands the logged statements on as one batch, which the
//! worker runs in one synced transaction ([`apply_changeset`]); the controller awaits the
//! worker's acknowledgement (the port in `web::store_port`) before it shows the next screen.
//!
//! Rows are written as upserts on their primary key and deleted by it: every table has one.

use super::StoreError;
use rusqlite::{Connection, TransactionBehavior};

/// Where the replica's batches go (the store worker's port).
pub type ChangeSink = Box<dyn FnMut(Vec<u8>) + Send>;

pub struct Replica {
    sink: ChangeSink,
}

impl Replica {
    /// Starts logging every change to the copy's tables.
    pub fn start(conn: &Connection, sink: ChangeSink) -> Result<Self, StoreError> {
        conn.execute_batch(
            "CREATE TEMP TABLE change_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL);",
        )?;
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for table in tables {
            conn.execute_batch(&triggers(conn, &table)?)?;
        }
        Ok(Self { sink })
    }

    /// Hands every change committed since the last call to the sink.
    pub fn publish(&mut self, conn: &Connection) -> Result<(), StoreError> {
        let statements: Vec<String> = conn
            .prepare_cached("SELECT statement FROM temp.change_log ORDER BY seq")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if statements.is_empty() {
            return Ok(());
        }
        conn.execute("DELETE FROM temp.change_log", [])?;
        let mut batch = statements.join(";\n");
        batch.push(';');
        (self.sink)(batch.into_bytes());
        Ok(())
    }
}

/// The three triggers that log `table`'s changes as statements.
fn triggers(conn: &Connection, table: &str) -> Result<String, StoreError> {
    // (name, part of the primary key)
    let columns: Vec<(String, bool)> = conn
        .prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? > 0))
        })?
        .collect::<Result<_, _>>()?;
    if !columns.iter().any(|(_, pk)| *pk) {
        return Err(StoreError::Replica(format!(
            "table {table} has no primary key"
        )));
    }
    let ident = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    // SQL text that renders as the SQL text of a literal, inside a trigger body.
    let text = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let names: Vec<String> = columns.iter().map(|(n, _)| ident(n)).collect();
    let values = columns
        .iter()
        .map(|(n, _)| format!("quote(NEW.{})", ident(n)))
        .collect::<Vec<_>>()
        .join(" || ',' || ");
    let keys = columns.iter().filter(|(_, pk)| *pk);
    let updates = columns
        .iter()
        .filter(|(_, pk)| !pk)
        .map(|(n, _)| format!("{0} = excluded.{0}", ident(n)))
        .collect::<Vec<_>>();
    let conflict = if updates.is_empty() {
        "DO NOTHING".to_owned()
    } else {
        format!("DO UPDATE SET {}", updates.join(", "))
    };
    let upsert = format!(
        "{} || {values} || {}",
        text(&format!(
            "INSERT INTO {} ({}) VALUES (",
            ident(table),
            names.join(", ")
        )),
        text(&format!(") ON CONFLICT {conflict}")),
    );
    let where_old = keys
        .map(|(n, _)| {
            format!(
                "{} || quote(OLD.{})",
                text(&format!("{} = ", ident(n))),
                ident(n)
            )
        })
        .collect::<Vec<_>>()
        .join(" || ' AND ' || ");
    let delete = format!(
        "{} || {where_old}",
        text(&format!("DELETE FROM {} WHERE ", ident(table)))
    );
    let log = |what: &str| format!("INSERT INTO temp.change_log (statement) VALUES ({what});");
    let trigger = |event: &str, body: String| {
        format!(
            "CREATE TEMP TRIGGER {} AFTER {event} ON main.{} BEGIN {body} END;",
            ident(&format!("replica_{event}_{table}")),
            ident(table)
        )
    };
    Ok([
        trigger("INSERT", log(&upsert)),
        // A changed key is a delete of the old row and an upsert of the new one.
        trigger("UPDATE", format!("{} {}", log(&delete), log(&upsert))),
        trigger("DELETE", log(&delete)),
    ]
    .join("\n"))
}

/// The worker's side: runs a batch published by the page's copy as one transaction, synced at
/// commit (`synchronous=FULL`).
pub fn apply_changeset(conn: &mut Connection, changes: &[u8]) -> Result<(), StoreError> {
    let batch = std::str::from_utf8(changes)
        .map_err(|_| StoreError::Replica("a batch that is not UTF-8".into()))?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(batch)?;
    tx.commit()?;
    Ok(())
}
