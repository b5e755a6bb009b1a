//! `DashboardStore` for SQLite.

use super::SqliteStore;
use crate::store::dashboard::{role_columns, role_of};
use crate::store::decode::facility_code;
use crate::store::{
    Action, Coordinator, DashboardStore, DeviceDay, Participation, Role, StoreError, TokenHash,
};
use async_trait::async_trait;
use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use rusqlite::{params, OptionalExtension};

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

#[async_trait]
impl DashboardStore for SqliteStore {
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let (role, facility) = role_columns(role);
        let (email, hash) = (email.to_owned(), password_hash.to_owned());
        self.write(move |c| {
            let n = c.execute(
                "INSERT INTO coordinators (email, role, facility, password_hash)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (email) DO NOTHING",
                params![email, role, facility, hash],
            )?;
            if n == 0 {
                return Err(StoreError::AlreadyExists {
                    what: "coordinator",
                    name: email,
                });
            }
            Ok(c.last_insert_rowid())
        })
        .await
    }

    async fn coordinator_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Coordinator, String)>, StoreError> {
        let email = email.to_owned();
        self.read(move |c| {
            let row = c
                .query_row(
                    "SELECT id, email, role, facility, password_hash FROM coordinators
                     WHERE email = ?1",
                    params![email],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<String>>(3)?,
                            r.get::<_, String>(4)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(id, email, role, facility, hash)| {
                Ok((
                    Coordinator {
                        id,
                        email,
                        role: role_of(&role, facility)?,
                    },
                    hash,
                ))
            })
            .transpose()
        })
        .await
    }

    async fn put_session(
        &self,
        id_hash: TokenHash,
        coordinator: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.write(move |c| {
            c.execute(
                "INSERT INTO coordinator_sessions (id_hash, coordinator, expires_at)
                 VALUES (?1, ?2, ?3)",
                params![&id_hash.0 .0[..], coordinator, expires_at],
            )?;
            c.execute(
                "DELETE FROM coordinator_sessions WHERE expires_at < ?1",
                params![expires_at - 2 * 86_400],
            )?;
            Ok(())
        })
        .await
    }

    async fn session(
        &self,
        id_hash: TokenHash,
        now: i64,
    ) -> Result<Option<Coordinator>, StoreError> {
        self.read(move |c| {
            let row = c
                .query_row(
                    "SELECT c.id, c.email, c.role, c.facility FROM coordinator_sessions s
                     JOIN coordinators c ON c.id = s.coordinator
                     WHERE s.id_hash = ?1 AND s.expires_at > ?2",
                    params![&id_hash.0 .0[..], now],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<String>>(3)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(id, email, role, facility)| {
                Ok(Coordinator {
                    id,
                    email,
                    role: role_of(&role, facility)?,
                })
            })
            .transpose()
        })
        .await
    }

    async fn delete_session(&self, id_hash: TokenHash) -> Result<(), StoreError> {
        self.write(move |c| {
            c.execute(
                "DELETE FROM coordinator_sessions WHERE id_hash = ?1",
                params![&id_hash.0 .0[..]],
            )?;
            Ok(())
        })
        .await
    }

    async fn audit(&self, at: i64, coordinator: &str, what: &str) -> Result<(), StoreError> {
        let (who, what) = (coordinator.to_owned(), what.to_owned());
        self.write(move |c| {
            c.execute(
                "INSERT INTO audit_log (at, coordinator, what) VALUES (?1, ?2, ?3)",
                params![at, who, what],
            )?;
            Ok(())
        })
        .await
    }

    async fn audit_log(&self, limit: u32) -> Result<Vec<(i64, String, String)>, StoreError> {
        self.read(move |c| {
            let mut st =
                c.prepare("SELECT at, coordinator, what FROM audit_log ORDER BY id DESC LIMIT ?1")?;
            let rows = st.query_map(params![limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    async fn set_participation(&self, p: &Participation) -> Result<(), StoreError> {
        let p = p.clone();
        self.write(move |c| {
            c.execute(
                "INSERT INTO participation (facility, quarter, eligible, invited)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (facility, quarter) DO UPDATE
                 SET eligible = excluded.eligible, invited = excluded.invited",
                params![
                    p.facility.as_str(),
                    p.quarter,
                    to_i64(p.eligible),
                    p.invited.map(to_i64)
                ],
            )?;
            Ok(())
        })
        .await
    }

    async fn participation(&self) -> Result<Vec<Participation>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT facility, quarter, eligible, invited FROM participation
                 ORDER BY facility, quarter",
            )?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                ))
            })?;
            rows.map(|row| {
                let (f, quarter, eligible, invited) = row?;
                Ok(Participation {
                    facility: facility_code(f)?,
                    quarter,
                    eligible: to_u64(eligible),
                    invited: invited.map(to_u64),
                })
            })
            .collect()
        })
        .await
    }

    async fn add_action(&self, a: &Action) -> Result<i64, StoreError> {
        let a = a.clone();
        self.write(move |c| {
            c.execute(
                "INSERT INTO actions (facility, survey, topic, quarter, language, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    a.facility.as_str(),
                    a.survey,
                    a.topic,
                    a.quarter,
                    a.language,
                    a.text
                ],
            )?;
            Ok(c.last_insert_rowid())
        })
        .await
    }

    async fn actions(&self, facility: &FacilityCode) -> Result<Vec<Action>, StoreError> {
        let facility = facility.to_string();
        self.read(move |c| {
            let mut st = c.prepare(
                "SELECT id, facility, survey, topic, quarter, language, text FROM actions
                 WHERE facility = ?1 ORDER BY quarter DESC, id DESC",
            )?;
            let rows = st.query_map(params![facility], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?;
            rows.map(|row| {
                let (id, f, survey, topic, quarter, language, text) = row?;
                Ok(Action {
                    id,
                    facility: facility_code(f)?,
                    survey,
                    topic,
                    quarter,
                    language,
                    text,
                })
            })
            .collect()
        })
        .await
    }

    async fn device_days(&self) -> Result<Vec<DeviceDay>, StoreError> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT u.device, d.facility, u.day, u.responses FROM device_uploads u
                 JOIN devices d ON d.id = u.device ORDER BY u.day DESC",
            )?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?;
            rows.map(|row| {
                let (device, f, day, responses) = row?;
                Ok(DeviceDay {
                    device: device.iter().map(|b| format!("{b:02x}")).collect(),
                    facility: facility_code(f)?,
                    day,
                    responses: to_u64(responses),
                })
            })
            .collect()
        })
        .await
    }

    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError> {
        let before = before.to_string();
        self.write(move |c| {
            let n = c.execute("DELETE FROM responses WHERE period < ?1", params![before])?;
            Ok(n as u64)
        })
        .await
    }

    async fn responses_page(
        &self,
        after: Option<Vec<u8>>,
        limit: u32,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>, StoreError> {
        self.read(move |c| {
            let mut st = c.prepare_cached(
                "SELECT id, body FROM responses WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let after = after.unwrap_or_default();
            let rows = st.query_map(params![after, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }
}
