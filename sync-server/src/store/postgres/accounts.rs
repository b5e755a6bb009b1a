//! Coordinator accounts on PostgreSQL: list, disable, remove, new password, end sessions.

use super::PostgresStore;
use crate::store::dashboard::role_of;
use crate::store::{Coordinator, CoordinatorAccount, StoreError, TokenHash};

impl PostgresStore {
    pub(super) async fn accounts(&self, now: i64) -> Result<Vec<CoordinatorAccount>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT c.id, c.email, c.role, c.facility, c.disabled,
                        (SELECT COUNT(*) FROM coordinator_sessions s
                         WHERE s.coordinator = c.id AND s.expires_at > $1)
                 FROM coordinators c ORDER BY c.email",
                &[&now],
            )
            .await?
            .iter()
            .map(|r| {
                Ok(CoordinatorAccount {
                    coordinator: Coordinator {
                        id: r.get(0),
                        email: r.get(1),
                        role: role_of(r.get::<_, &str>(2), r.get(3))?,
                    },
                    disabled: r.get(4),
                    sessions: u64::try_from(r.get::<_, i64>(5)).unwrap_or(0),
                })
            })
            .collect()
    }

    pub(super) async fn account_disabled(
        &self,
        email: &str,
        disabled: bool,
    ) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let id: Option<i64> = tx
            .query_opt(
                "UPDATE coordinators SET disabled = $2 WHERE email = $1 RETURNING id",
                &[&email, &disabled],
            )
            .await?
            .map(|r| r.get(0));
        if let (Some(id), true) = (id, disabled) {
            tx.execute(
                "DELETE FROM coordinator_sessions WHERE coordinator = $1",
                &[&id],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id.is_some())
    }

    pub(super) async fn remove_account(&self, email: &str) -> Result<bool, StoreError> {
        let client = self.pool.get().await?;
        // Sessions go with the account (ON DELETE CASCADE).
        Ok(client
            .execute("DELETE FROM coordinators WHERE email = $1", &[&email])
            .await?
            > 0)
    }

    pub(super) async fn account_password(
        &self,
        email: &str,
        password_hash: &str,
        keep: Option<TokenHash>,
    ) -> Result<bool, StoreError> {
        let keep = keep.map(|k| k.0 .0.to_vec()).unwrap_or_default();
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let id: Option<i64> = tx
            .query_opt(
                "UPDATE coordinators SET password_hash = $2 WHERE email = $1 RETURNING id",
                &[&email, &password_hash],
            )
            .await?
            .map(|r| r.get(0));
        if let Some(id) = id {
            tx.execute(
                "DELETE FROM coordinator_sessions WHERE coordinator = $1 AND id_hash <> $2",
                &[&id, &keep],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id.is_some())
    }

    pub(super) async fn end_account_sessions(
        &self,
        email: &str,
    ) -> Result<Option<u64>, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let id: Option<i64> = tx
            .query_opt("SELECT id FROM coordinators WHERE email = $1", &[&email])
            .await?
            .map(|r| r.get(0));
        let ended = match id {
            Some(id) => Some(
                tx.execute(
                    "DELETE FROM coordinator_sessions WHERE coordinator = $1",
                    &[&id],
                )
                .await?,
            ),
            None => None,
        };
        tx.commit().await?;
        Ok(ended)
    }
}
