//! Responses: saved after every answer while in progress, then finished as complete or
//! abandoned, or discarded (deleted without trace) when the resident asks.

use super::{random_bytes, Counter, SettingKey, Store, StoreError};
use heard_core::canonical::to_canonical_json;
use heard_core::response::{Response, ResponseId, ResponseStatus};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

/// Where a stored response stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredState {
    InProgress,
    Complete,
    Abandoned,
}

impl StoredState {
    fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "in-progress",
            Self::Complete => "complete",
            Self::Abandoned => "abandoned",
        }
    }
    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "in-progress" => Ok(Self::InProgress),
            "complete" => Ok(Self::Complete),
            "abandoned" => Ok(Self::Abandoned),
            other => Err(StoreError::Corrupt(format!(
                "unknown response state `{other}`"
            ))),
        }
    }
}

impl Store {
    /// Saves the response as it stands after an answer. Returns once the commit is durable.
    /// A new row is bound to the server the tablet is enrolled with, if any (`binding.rs`).
    /// The body is stored as an abandoned response: that is what it becomes if the app dies.
    pub fn save_progress(&mut self, response: &Response) -> Result<(), StoreError> {
        let body = if response.status == ResponseStatus::Abandoned {
            to_canonical_json(response)
        } else {
            to_canonical_json(&Response {
                status: ResponseStatus::Abandoned,
                ..response.clone()
            })
        };
        let id = response.id.to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // One statement: insert, or update only while still in progress (a finished response
        // is never rewritten; then nothing changes and we report it).
        let changed = tx
            .prepare_cached(
                "INSERT INTO response (id, state, period, body, server)
                 VALUES (?1, 'in-progress', ?2, ?3, (SELECT value FROM setting WHERE key = ?4))
                 ON CONFLICT (id) DO UPDATE SET body = excluded.body, period = excluded.period
                 WHERE response.state = 'in-progress'",
            )?
            .execute(params![
                id,
                response.period.to_string(),
                body,
                SettingKey::SyncServer.key()
            ])?;
        if changed == 0 {
            return Err(StoreError::AlreadyFinished(id));
        }
        tx.commit()?;
        Ok(())
    }

    /// Finishes a response (complete, or abandoned when the resident stopped and kept it):
    /// it joins the outbox at a random place in the queue.
    pub fn finish(&mut self, response: &Response, today: &str) -> Result<(), StoreError> {
        let id = response.id.to_string();
        let state = match response.status {
            ResponseStatus::Complete => StoredState::Complete,
            ResponseStatus::Abandoned => StoredState::Abandoned,
        };
        let queue_order = i64::from_le_bytes(random_bytes::<8>()?);
        let body = to_canonical_json(response);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if matches!(
            state_of(&tx, &id)?,
            Some(StoredState::Complete | StoredState::Abandoned)
        ) {
            return Err(StoreError::AlreadyFinished(id));
        }
        tx.execute(
            "INSERT INTO response (id, state, period, body, queue_order, server)
             VALUES (?1, ?2, ?3, ?4, ?5, (SELECT value FROM setting WHERE key = ?6))
             ON CONFLICT (id) DO UPDATE SET state = excluded.state, period = excluded.period,
                 body = excluded.body, queue_order = excluded.queue_order",
            params![
                id,
                state.as_str(),
                response.period.to_string(),
                body,
                queue_order,
                SettingKey::SyncServer.key()
            ],
        )?;
        let counter = match state {
            StoredState::Complete => Counter::Completed,
            _ => Counter::Abandoned,
        };
        super::counters::increment(&tx, today, counter)?;
        tx.commit()?;
        Ok(())
    }

    /// Turns an in-progress response into an abandoned one (inactivity, closed browser tab).
    /// Does nothing when it is unknown or already finished.
    pub fn abandon(&mut self, id: &ResponseId, today: &str) -> Result<bool, StoreError> {
        let queue_order = i64::from_le_bytes(random_bytes::<8>()?);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE response SET state = 'abandoned', queue_order = ?2
             WHERE id = ?1 AND state = 'in-progress'",
            params![id.to_string(), queue_order],
        )?;
        if changed > 0 {
            super::counters::increment(&tx, today, Counter::Abandoned)?;
        }
        tx.commit()?;
        Ok(changed > 0)
    }

    /// Deletes an in-progress response and everything it wrote: secure_delete zeroes the freed
    /// space and the WAL is truncated, so its answers are gone from the files, not just hidden.
    pub fn discard(&mut self, id: &ResponseId) -> Result<bool, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let deleted = tx.execute(
            "DELETE FROM response WHERE id = ?1 AND state = 'in-progress'",
            params![id.to_string()],
        )?;
        tx.commit()?;
        self.checkpoint_truncate()?;
        Ok(deleted > 0)
    }

    /// At start: responses a crash left in progress become abandoned (kept, counted, never
    /// resumed). Their body already says `abandoned`.
    pub(super) fn abandon_interrupted(&mut self) -> Result<usize, StoreError> {
        let ids: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM response WHERE state = 'in-progress'")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        if ids.is_empty() {
            return Ok(0);
        }
        let today = crate::clock::today().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for id in &ids {
            let queue_order = i64::from_le_bytes(random_bytes::<8>()?);
            tx.execute(
                "UPDATE response SET state = 'abandoned', queue_order = ?2 WHERE id = ?1",
                params![id, queue_order],
            )?;
            super::counters::increment(&tx, &today, Counter::Abandoned)?;
        }
        tx.commit()?;
        Ok(ids.len())
    }

    /// The stored state and canonical body of a response, if any.
    pub fn stored(&self, id: &ResponseId) -> Result<Option<(StoredState, Vec<u8>)>, StoreError> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT state, body FROM response WHERE id = ?1",
                params![id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(state, body)| Ok((StoredState::parse(&state)?, body)))
            .transpose()
    }

    /// How many responses are stored in each state (in progress, complete, abandoned).
    pub fn state_counts(&self) -> Result<(usize, usize, usize), StoreError> {
        let count = |state: &str| -> Result<usize, StoreError> {
            let n: i64 = self.conn.query_row(
                "SELECT count(*) FROM response WHERE state = ?1",
                params![state],
                |r| r.get(0),
            )?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok((
            count("in-progress")?,
            count("complete")?,
            count("abandoned")?,
        ))
    }
}

fn state_of(conn: &rusqlite::Connection, id: &str) -> Result<Option<StoredState>, StoreError> {
    let state: Option<String> = conn
        .query_row(
            "SELECT state FROM response WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    state.map(|s| StoredState::parse(&s)).transpose()
}
