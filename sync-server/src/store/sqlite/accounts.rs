//! Coordinator accounts on SQLite: list, disable, remove, new password, end sessions.

use super::SqliteStore;
use crate::store::dashboard::role_of;
use crate::store::{Coordinator, CoordinatorAccount, StoreError, TokenHash};
use rusqlite::{params, OptionalExtension};

impl SqliteStore {
    pub(super) async fn accounts(&self, now: i64) -> Result<Vec<CoordinatorAccount>, StoreError> {
        self.read(move |c| {
            let mut st = c.prepare(
                "SELECT c.id, c.email, c.role, c.facility, c.disabled,
                        (SELECT COUNT(*) FROM coordinator_sessions s
                         WHERE s.coordinator = c.id AND s.expires_at > ?1)
                 FROM coordinators c ORDER BY c.email",
            )?;
            let rows = st.query_map([now], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, bool>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, email, role, facility, disabled, sessions) = row?;
                out.push(CoordinatorAccount {
                    coordinator: Coordinator {
                        id,
                        email,
                        role: role_of(&role, facility)?,
                    },
                    disabled,
                    sessions: u64::try_from(sessions).unwrap_or(0),
                });
            }
            Ok(out)
        })
        .await
    }

    pub(super) async fn account_disabled(
        &self,
        email: &str,
        disabled: bool,
    ) -> Result<bool, StoreError> {
        let email = email.to_owned();
        self.write(move |c| {
            let tx = c.transaction()?;
            let id: Option<i64> = tx
                .query_row(
                    "UPDATE coordinators SET disabled = ?2 WHERE email = ?1 RETURNING id",
                    params![email, disabled],
                    |r| r.get(0),
                )
                .optional()?;
            if let (Some(id), true) = (id, disabled) {
                tx.execute(
                    "DELETE FROM coordinator_sessions WHERE coordinator = ?1",
                    [id],
                )?;
            }
            tx.commit()?;
            Ok(id.is_some())
        })
        .await
    }

    pub(super) async fn remove_account(&self, email: &str) -> Result<bool, StoreError> {
        let email = email.to_owned();
        self.write(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "DELETE FROM coordinator_sessions WHERE coordinator IN
                 (SELECT id FROM coordinators WHERE email = ?1)",
                [&email],
            )?;
            let n = tx.execute("DELETE FROM coordinators WHERE email = ?1", [&email])?;
            tx.commit()?;
            Ok(n > 0)
        })
        .await
    }

    pub(super) async fn account_password(
        &self,
        email: &str,
        password_hash: &str,
        keep: Option<TokenHash>,
    ) -> Result<bool, StoreError> {
        let (email, hash) = (email.to_owned(), password_hash.to_owned());
        let keep = keep.map(|k| k.0 .0.to_vec()).unwrap_or_default();
        self.write(move |c| {
            let tx = c.transaction()?;
            let id: Option<i64> = tx
                .query_row(
                    "UPDATE coordinators SET password_hash = ?2 WHERE email = ?1 RETURNING id",
                    params![email, hash],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = id {
                tx.execute(
                    "DELETE FROM coordinator_sessions WHERE coordinator = ?1 AND id_hash <> ?2",
                    params![id, keep],
                )?;
            }
            tx.commit()?;
            Ok(id.is_some())
        })
        .await
    }

    pub(super) async fn end_account_sessions(
        &self,
        email: &str,
    ) -> Result<Option<u64>, StoreError> {
        let email = email.to_owned();
        self.write(move |c| {
            let tx = c.transaction()?;
            let id: Option<i64> = tx
                .query_row(
                    "SELECT id FROM coordinators WHERE email = ?1",
                    [&email],
                    |r| r.get(0),
                )
                .optional()?;
            let ended = match id {
                Some(id) => Some(tx.execute(
                    "DELETE FROM coordinator_sessions WHERE coordinator = ?1",
                    [id],
                )? as u64),
                None => None,
            };
            tx.commit()?;
            Ok(ended)
        })
        .await
    }
}
