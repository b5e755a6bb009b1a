//! Which server a response goes to. A response is bound to the server that enrolled the tablet:
//! when it is first saved if the tablet is enrolled, otherwise at enrolment, which also gives it
//! the enrolled facility (`bound_facility`). The outbox sends a response only to its server, and
//! enrolment with another server is refused while any response is bound elsewhere, so a new
//! enrolment can never divert answers already taken.

use super::{SettingKey, Store, StoreError};
use heard_core::ids::FacilityCode;
use rusqlite::{params, TransactionBehavior};

/// A completed enrolment, as the store keeps it.
pub struct EnrolmentRecord<'a> {
    pub server: &'a str,
    pub device_token: &'a str,
    pub facility: &'a FacilityCode,
}

impl Store {
    /// Responses (in progress or waiting to be sent) bound to a server other than `server`.
    pub fn bound_elsewhere(&self, server: &str) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM response WHERE server IS NOT NULL AND server <> ?1",
            params![server],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Keeps an enrolment and binds every unbound response to it, in one transaction. Refused
    /// (nothing changes) while responses are bound to another server.
    pub fn enrol(&mut self, enrolment: &EnrolmentRecord<'_>) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let elsewhere: i64 = tx.query_row(
            "SELECT count(*) FROM response WHERE server IS NOT NULL AND server <> ?1",
            params![enrolment.server],
            |r| r.get(0),
        )?;
        if elsewhere > 0 {
            return Err(StoreError::BoundElsewhere(
                usize::try_from(elsewhere).unwrap_or(usize::MAX),
            ));
        }
        for (key, value) in [
            (SettingKey::SyncServer, enrolment.server),
            (SettingKey::SyncToken, enrolment.device_token),
            (SettingKey::Facility, enrolment.facility.as_str()),
        ] {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key.key(), value],
            )?;
        }
        let bound = tx.execute(
            "UPDATE response SET server = ?1, bound_facility = ?2 WHERE server IS NULL",
            params![enrolment.server, enrolment.facility.as_str()],
        )?;
        tx.commit()?;
        Ok(bound)
    }
}
