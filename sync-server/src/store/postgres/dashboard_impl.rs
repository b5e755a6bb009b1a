//! `DashboardStore` for PostgreSQL.

use super::PostgresStore;
use crate::store::dashboard::{role_columns, role_of};
use crate::store::decode::facility_code;
use crate::store::{
    Action, Coordinator, DashboardStore, DeviceDay, Participation, Role, StoreError, TokenHash,
};
use async_trait::async_trait;
use heard_core::ids::FacilityCode;
use heard_core::period::Month;

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn coordinator(r: &tokio_postgres::Row) -> Result<Coordinator, StoreError> {
    Ok(Coordinator {
        id: r.get(0),
        email: r.get(1),
        role: role_of(r.get::<_, &str>(2), r.get(3))?,
    })
}

#[async_trait]
impl DashboardStore for PostgresStore {
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let (role, facility) = role_columns(role);
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "INSERT INTO coordinators (email, role, facility, password_hash)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id",
                &[&email, &role, &facility, &password_hash],
            )
            .await?;
        row.map(|r| r.get(0))
            .ok_or_else(|| StoreError::AlreadyExists {
                what: "coordinator",
                name: email.to_owned(),
            })
    }

    async fn coordinator_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Coordinator, String)>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT id, email, role, facility, password_hash FROM coordinators
                 WHERE email = $1",
                &[&email],
            )
            .await?
            .map(|r| Ok((coordinator(&r)?, r.get(4))))
            .transpose()
    }

    async fn put_session(
        &self,
        id_hash: TokenHash,
        coordinator: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO coordinator_sessions (id_hash, coordinator, expires_at)
                 VALUES ($1, $2, $3)",
                &[&&id_hash.0 .0[..], &coordinator, &expires_at],
            )
            .await?;
        client
            .execute(
                "DELETE FROM coordinator_sessions WHERE expires_at < $1",
                &[&(expires_at - 2 * 86_400)],
            )
            .await?;
        Ok(())
    }

    async fn session(
        &self,
        id_hash: TokenHash,
        now: i64,
    ) -> Result<Option<Coordinator>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query_opt(
                "SELECT c.id, c.email, c.role, c.facility FROM coordinator_sessions s
                 JOIN coordinators c ON c.id = s.coordinator
                 WHERE s.id_hash = $1 AND s.expires_at > $2",
                &[&&id_hash.0 .0[..], &now],
            )
            .await?
            .map(|r| coordinator(&r))
            .transpose()
    }

    async fn delete_session(&self, id_hash: TokenHash) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM coordinator_sessions WHERE id_hash = $1",
                &[&&id_hash.0 .0[..]],
            )
            .await?;
        Ok(())
    }

    async fn audit(&self, at: i64, coordinator: &str, what: &str) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO audit_log (at, coordinator, what) VALUES ($1, $2, $3)",
                &[&at, &coordinator, &what],
            )
            .await?;
        Ok(())
    }

    async fn audit_log(&self, limit: u32) -> Result<Vec<(i64, String, String)>, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query(
                "SELECT at, coordinator, what FROM audit_log ORDER BY id DESC LIMIT $1",
                &[&i64::from(limit)],
            )
            .await?
            .into_iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    async fn set_participation(&self, p: &Participation) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO participation (facility, quarter, eligible, invited)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (facility, quarter) DO UPDATE
                 SET eligible = excluded.eligible, invited = excluded.invited",
                &[
                    &p.facility.as_str(),
                    &p.quarter,
                    &to_i64(p.eligible),
                    &p.invited.map(to_i64),
                ],
            )
            .await?;
        Ok(())
    }

    async fn participation(&self) -> Result<Vec<Participation>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT facility, quarter, eligible, invited FROM participation
                 ORDER BY facility, quarter",
                &[],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(Participation {
                    facility: facility_code(r.get(0))?,
                    quarter: r.get(1),
                    eligible: to_u64(r.get(2)),
                    invited: r.get::<_, Option<i64>>(3).map(to_u64),
                })
            })
            .collect()
    }

    async fn add_action(&self, a: &Action) -> Result<i64, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .query_one(
                "INSERT INTO actions (facility, survey, topic, quarter, language, text)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &[
                    &a.facility.as_str(),
                    &a.survey,
                    &a.topic,
                    &a.quarter,
                    &a.language,
                    &a.text,
                ],
            )
            .await?
            .get(0))
    }

    async fn actions(&self, facility: &FacilityCode) -> Result<Vec<Action>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT id, facility, survey, topic, quarter, language, text FROM actions
                 WHERE facility = $1 ORDER BY quarter DESC, id DESC",
                &[&facility.as_str()],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(Action {
                    id: r.get(0),
                    facility: facility_code(r.get(1))?,
                    survey: r.get(2),
                    topic: r.get(3),
                    quarter: r.get(4),
                    language: r.get(5),
                    text: r.get(6),
                })
            })
            .collect()
    }

    async fn device_days(&self) -> Result<Vec<DeviceDay>, StoreError> {
        let client = self.pool.get().await?;
        client
            .query(
                "SELECT u.device, d.facility, u.day, u.responses FROM device_uploads u
                 JOIN devices d ON d.id = u.device ORDER BY u.day DESC",
                &[],
            )
            .await?
            .into_iter()
            .map(|r| {
                let device: Vec<u8> = r.get(0);
                Ok(DeviceDay {
                    device: device.iter().map(|b| format!("{b:02x}")).collect(),
                    facility: facility_code(r.get(1))?,
                    day: r.get(2),
                    responses: to_u64(r.get(3)),
                })
            })
            .collect()
    }

    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        Ok(client
            .execute(
                "DELETE FROM responses WHERE period < $1",
                &[&before.to_string()],
            )
            .await?)
    }

    async fn responses_page(
        &self,
        after: Option<Vec<u8>>,
        limit: u32,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>, StoreError> {
        let client = self.pool.get().await?;
        let after = after
            .and_then(|b| uuid::Uuid::from_slice(&b).ok())
            .unwrap_or(uuid::Uuid::nil());
        Ok(client
            .query(
                "SELECT id, body FROM responses WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &i64::from(limit)],
            )
            .await?
            .into_iter()
            .map(|r| {
                let id: uuid::Uuid = r.get(0);
                (id.as_bytes().to_vec(), r.get(1))
            })
            .collect())
    }
}
