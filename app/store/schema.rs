//! Numbered schema migrations. `PRAGMA user_version` holds the number of migrations applied;
//! each runs in its own transaction together with the version bump, so a crash leaves the file
//! at one version or the next, never between. Never edit a released migration: add one.

use super::StoreError;
use rusqlite::Connection;

/// Migration N (1-based) is `MIGRATIONS[N - 1]`.
const MIGRATIONS: &[&str] = &[
    // 1: responses (one row per response, rewritten after every answer) and settings.
    // WITHOUT ROWID + random id: rows carry no insertion order.
    "CREATE TABLE response (
         id     TEXT NOT NULL PRIMARY KEY,
         state  TEXT NOT NULL CHECK (state IN ('in-progress', 'complete', 'abandoned')),
         period TEXT NOT NULL,
         body   BLOB NOT NULL
     ) WITHOUT ROWID;
     CREATE TABLE setting (
         key   TEXT NOT NULL PRIMARY KEY,
         value TEXT NOT NULL
     ) WITHOUT ROWID;",
    // 2: the outbox: a random send order fixed at finish, and responses set aside by the server.
    "ALTER TABLE response ADD COLUMN queue_order INTEGER;
     UPDATE response SET queue_order = random() WHERE state <> 'in-progress';
     CREATE INDEX response_queue ON response (queue_order) WHERE queue_order IS NOT NULL;
     CREATE TABLE set_aside (
         id     TEXT NOT NULL PRIMARY KEY,
         code   TEXT NOT NULL,
         reason TEXT NOT NULL,
         body   BLOB NOT NULL
     ) WITHOUT ROWID;",
    // 3: operational counters (completed today, …), never linked to a response.
    "CREATE TABLE counter (
         day   TEXT NOT NULL,
         name  TEXT NOT NULL,
         count INTEGER NOT NULL,
         PRIMARY KEY (day, name)
     ) WITHOUT ROWID;",
    // 4: prompts recorded (or imported) by people on this device, overlaid on the media
    // manifests; `survey` is '' for the app's own prompts. One per (survey, target, language).
    // No time column: when an interpreter recorded says nothing a report needs.
    "CREATE TABLE recorded_media (
         sha256   TEXT NOT NULL PRIMARY KEY,
         survey   TEXT NOT NULL,
         target   TEXT NOT NULL,
         language TEXT NOT NULL,
         mime     TEXT NOT NULL,
         bytes    BLOB NOT NULL,
         uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1))
     ) WITHOUT ROWID;
     CREATE UNIQUE INDEX recorded_media_slot ON recorded_media (survey, target, language);",
    // 5: the facility's "you said, we did" actions from the sync server, replaced wholesale on
    // every successful fetch. `position` keeps the server's order (newest quarter first).
    "CREATE TABLE facility_action (
         position INTEGER NOT NULL PRIMARY KEY,
         survey   TEXT NOT NULL,
         topic    TEXT NOT NULL,
         quarter  TEXT NOT NULL,
         language TEXT NOT NULL,
         text     TEXT NOT NULL
     ) WITHOUT ROWID;",
    // 6: surveys downloaded from the sync server (one edition per survey id: the bundle's
    // canonical JSON with the hashes the server listed), and their media files by content hash.
    "CREATE TABLE downloaded_survey (
         id      TEXT NOT NULL PRIMARY KEY,
         version TEXT NOT NULL,
         media   TEXT NOT NULL,
         bundle  BLOB NOT NULL
     ) WITHOUT ROWID;
     CREATE TABLE downloaded_media (
         sha256 TEXT NOT NULL PRIMARY KEY,
         mime   TEXT NOT NULL,
         bytes  BLOB NOT NULL
     ) WITHOUT ROWID;",
    // 7 (issue 15): every response is bound to the server that enrolled the tablet, and sent
    // only there. `server` is NULL until the tablet enrols; enrolment binds every unbound
    // response and sets `bound_facility` (the enrolled facility, which the outbox writes into
    // the body it sends), so answers taken before enrolment are accepted. An enrolled tablet's
    // existing responses are bound to its server; responses a server set aside only because
    // they still named the placeholder facility go back to the outbox. A set-aside response
    // gets the server's day it was dated on (`day`), and goes 30 days after.
    "ALTER TABLE response ADD COLUMN server TEXT;
     ALTER TABLE response ADD COLUMN bound_facility TEXT;
     UPDATE response SET server = (SELECT value FROM setting WHERE key = 'sync-server')
         WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync-token');
     ALTER TABLE set_aside ADD COLUMN day INTEGER;
     INSERT OR IGNORE INTO response (id, state, period, body, queue_order, server, bound_facility)
         SELECT id, json_extract(CAST(body AS TEXT), '$.status'),
                json_extract(CAST(body AS TEXT), '$.period'), body, random(),
                (SELECT value FROM setting WHERE key = 'sync-server'),
                (SELECT value FROM setting WHERE key = 'facility')
         FROM set_aside
         WHERE code = 'wrong_facility'
           AND json_extract(CAST(body AS TEXT), '$.facility') = 'unset-facility'
           AND json_extract(CAST(body AS TEXT), '$.status') IN ('complete', 'abandoned')
           AND EXISTS (SELECT 1 FROM setting WHERE key = 'sync-token')
           AND EXISTS (SELECT 1 FROM setting WHERE key = 'facility');
     DELETE FROM set_aside WHERE id IN (SELECT id FROM response);",
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

fn version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema to the latest version.
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    migrate_to(conn, LATEST_VERSION)
}

/// Brings the schema to `target` (tests build every earlier version with this).
pub fn migrate_to(conn: &Connection, target: i64) -> Result<(), StoreError> {
    let found = version(conn)?;
    if found > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            latest: LATEST_VERSION,
        });
    }
    for (number, sql) in (1..).zip(MIGRATIONS) {
        if number <= found || number > target {
            continue;
        }
        // `user_version` cannot take a bound parameter; `number` is our own integer.
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {sql}; PRAGMA user_version = {number}; COMMIT;"
        ))
        .inspect_err(|_| {
            let _ = conn.execute_batch("ROLLBACK");
        })?;
    }
    Ok(())
}
