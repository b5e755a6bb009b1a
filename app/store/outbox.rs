//! The outbox the sync client reads: finished responses not yet accepted by the server, in a
//! random order fixed at finish (never arrival order, so the server cannot sequence residents).

use super::{SettingKey, Store, StoreError};
use heard_core::ids::FacilityCode;
use heard_core::response::ResponseId;
use heard_core::set_aside::set_aside_expired;
use rusqlite::{params, TransactionBehavior};

impl Store {
    /// Up to `limit` finished responses waiting to be sent to the server this tablet is
    /// enrolled with (only those bound to it: `binding.rs`): id and canonical JSON, with the
    /// facility bound at enrolment, and phone numbers, e-mail addresses and ID-like numbers in
    /// free text masked before they leave.
    pub fn pending(&self, limit: usize) -> Result<Vec<(ResponseId, Vec<u8>)>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare(
            "SELECT id, body, bound_facility FROM response
             WHERE state IN ('complete', 'abandoned')
               AND server = (SELECT value FROM setting WHERE key = ?2)
             ORDER BY queue_order, id LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit, SettingKey::SyncServer.key()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, body, facility) = row?;
            let id = id
                .parse::<ResponseId>()
                .map_err(|e| StoreError::Corrupt(format!("response id: {e}")))?;
            out.push((id, prepared_for_upload(body, facility.as_deref())?));
        }
        Ok(out)
    }

    pub fn pending_count(&self) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM response WHERE state IN ('complete', 'abandoned')",
            [],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The server has them: delete them for good (zeroed, WAL truncated). Unknown ids and
    /// in-progress responses are left alone. Returns how many were deleted.
    pub fn acknowledge(&mut self, ids: &[ResponseId]) -> Result<usize, StoreError> {
        self.conn.execute_batch("PRAGMA secure_delete=ON")?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut deleted = 0;
        {
            let mut stmt = tx.prepare(
                "DELETE FROM response WHERE id = ?1 AND state IN ('complete', 'abandoned')",
            )?;
            for id in ids {
                deleted += stmt.execute(params![id.to_string()])?;
            }
        }
        tx.commit()?;
        self.checkpoint_truncate()?;
        Ok(deleted)
    }

    /// The server refused or conflicted on this response: keep it for staff with the reason,
    /// and stop offering it for sending.
    pub fn set_aside(
        &mut self,
        id: &ResponseId,
        code: &str,
        reason: &str,
    ) -> Result<(), StoreError> {
        let id = id.to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let moved = tx.execute(
            "INSERT INTO set_aside (id, code, reason, body)
             SELECT id, ?2, ?3, body FROM response
             WHERE id = ?1 AND state IN ('complete', 'abandoned')
             ON CONFLICT (id) DO UPDATE SET code = excluded.code, reason = excluded.reason",
            params![id, code, reason],
        )?;
        if moved == 0 {
            return Err(StoreError::NotPending(id));
        }
        tx.execute("DELETE FROM response WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(())
    }

    /// Dates the responses set aside since the last call with the server's `today` (days since
    /// 1970-01-01), then deletes for good those set aside 30 days ago or more (the core's
    /// rule). Called only with the server's date, so a wrong tablet clock deletes nothing.
    /// Returns how many were deleted.
    pub fn expire_set_aside(&mut self, today: i64) -> Result<usize, StoreError> {
        self.conn.execute_batch("PRAGMA secure_delete=ON")?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE set_aside SET day = ?1 WHERE day IS NULL",
            params![today],
        )?;
        let expired: Vec<String> = {
            let mut stmt = tx.prepare("SELECT id, day FROM set_aside")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (id, day) = row?;
                if set_aside_expired(day, today) {
                    out.push(id);
                }
            }
            out
        };
        for id in &expired {
            tx.execute("DELETE FROM set_aside WHERE id = ?1", params![id])?;
        }
        tx.commit()?;
        if !expired.is_empty() {
            self.checkpoint_truncate()?;
        }
        Ok(expired.len())
    }

    /// Responses set aside, with the server's code and reason (for staff).
    pub fn set_aside_list(&self) -> Result<Vec<(ResponseId, String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, code, reason FROM set_aside ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, code, reason) = row?;
            let id = id
                .parse::<ResponseId>()
                .map_err(|e| StoreError::Corrupt(format!("response id: {e}")))?;
            out.push((id, code, reason));
        }
        Ok(out)
    }
}

/// The bytes sent: the facility bound at enrolment (if any) and masked free text. Both are
/// deterministic and idempotent, so a resend carries the same bytes as the first try.
fn prepared_for_upload(body: Vec<u8>, bound_facility: Option<&str>) -> Result<Vec<u8>, StoreError> {
    let response: heard_core::response::Response = serde_json::from_slice(&body)
        .map_err(|e| StoreError::Corrupt(format!("stored response: {e}")))?;
    let mut prepared = heard_core::mask::mask_response(&response);
    if let Some(facility) = bound_facility {
        prepared.facility = FacilityCode::new(facility)
            .map_err(|e| StoreError::Corrupt(format!("bound facility: {e}")))?;
    }
    if prepared == response {
        return Ok(body);
    }
    Ok(heard_core::canonical::to_canonical_json(&prepared))
}
