//! Device settings (active survey, service point, facility, timeout) and the staff PIN record.
//! A plain key/value table: values are validated by the services that read them.

use super::{Store, StoreError};
use rusqlite::{params, OptionalExtension};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingKey {
    ActiveSurvey,
    ServicePoint,
    Facility,
    InactivityMinutes,
    PinHash,
    PinFailures,
    /// Unix seconds until which PIN entry is locked (device state, not linked to responses).
    PinLockedUntil,
    /// The sync server this tablet is enrolled with (`https://…`).
    SyncServer,
    /// The device token from enrolment: a secret, never logged or shown.
    SyncToken,
    /// Seconds the server's clock (its `Date` header) was ahead of this tablet's at the last
    /// sync; negative when behind.
    ClockOffset,
}

impl SettingKey {
    pub(super) fn key(self) -> &'static str {
        match self {
            Self::ActiveSurvey => "active-survey",
            Self::ServicePoint => "service-point",
            Self::Facility => "facility",
            Self::InactivityMinutes => "inactivity-minutes",
            Self::PinHash => "pin-hash",
            Self::PinFailures => "pin-failures",
            Self::PinLockedUntil => "pin-locked-until",
            Self::SyncServer => "sync-server",
            Self::SyncToken => "sync-token",
            Self::ClockOffset => "clock-offset",
        }
    }
}

impl Store {
    pub fn setting(&self, key: SettingKey) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                params![key.key()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Writes (or with `None`, removes) a setting in its own durable transaction.
    pub fn set_setting(&mut self, key: SettingKey, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key.key(), v],
            )?,
            None => self
                .conn
                .execute("DELETE FROM setting WHERE key = ?1", params![key.key()])?,
        };
        Ok(())
    }
}
