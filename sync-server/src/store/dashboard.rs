//! What the coordinator dashboard keeps: accounts, sessions, participation, actions, the audit
//! log, and retention. A supertrait of `Store`, so both backends implement it in their own
//! `dashboard_impl.rs` and `Arc<dyn Store>` reaches it.

use super::{StoreError, TokenHash};
use async_trait::async_trait;
use heard_core::ids::FacilityCode;
use heard_core::period::Month;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Sees every facility.
    National,
    /// Sees its own facility only.
    Facility(FacilityCode),
}

impl Role {
    pub fn may_see(&self, facility: &FacilityCode) -> bool {
        match self {
            Role::National => true,
            Role::Facility(own) => own == facility,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinator {
    pub id: i64,
    pub email: String,
    pub role: Role,
}

/// Eligible (and optionally invited) residents of a facility in a quarter ("2026-Q1").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    pub facility: FacilityCode,
    pub quarter: String,
    pub eligible: u64,
    pub invited: Option<u64>,
}

/// "You said, we did".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub id: i64,
    pub facility: FacilityCode,
    pub survey: String,
    pub topic: String,
    pub quarter: String,
    pub language: String,
    pub text: String,
}

/// One device's uploads on one day (days since 1970-01-01).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceDay {
    pub device: String,
    pub facility: FacilityCode,
    pub day: i64,
    pub responses: u64,
}

#[async_trait]
pub trait DashboardStore: Send + Sync + 'static {
    /// Fails with `AlreadyExists` for a known e-mail.
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError>;
    /// The account and its password hash.
    async fn coordinator_by_email(
        &self,
        email: &str,
    ) -> Result<Option<(Coordinator, String)>, StoreError>;
    async fn put_session(
        &self,
        id_hash: TokenHash,
        coordinator: i64,
        expires_at: i64,
    ) -> Result<(), StoreError>;
    /// The coordinator of an unexpired session.
    async fn session(
        &self,
        id_hash: TokenHash,
        now: i64,
    ) -> Result<Option<Coordinator>, StoreError>;
    async fn delete_session(&self, id_hash: TokenHash) -> Result<(), StoreError>;
    async fn audit(&self, at: i64, coordinator: &str, what: &str) -> Result<(), StoreError>;
    /// Newest first.
    async fn audit_log(&self, limit: u32) -> Result<Vec<(i64, String, String)>, StoreError>;
    async fn set_participation(&self, p: &Participation) -> Result<(), StoreError>;
    async fn participation(&self) -> Result<Vec<Participation>, StoreError>;
    async fn add_action(&self, a: &Action) -> Result<i64, StoreError>;
    async fn actions(&self, facility: &FacilityCode) -> Result<Vec<Action>, StoreError>;
    /// Per device and day, with the device's facility, from `record_upload`.
    async fn device_days(&self) -> Result<Vec<DeviceDay>, StoreError>;
    /// Deletes response rows of months before `before`; tallies stay. Returns how many went.
    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError>;
    /// Canonical bytes of every response, in pages of `limit` after `after` (the last id seen,
    /// as bytes), for streaming exports with flat memory.
    async fn responses_page(
        &self,
        after: Option<Vec<u8>>,
        limit: u32,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>, StoreError>;
}

pub(crate) fn role_columns(role: &Role) -> (&'static str, Option<String>) {
    match role {
        Role::National => ("national", None),
        Role::Facility(f) => ("facility", Some(f.to_string())),
    }
}

pub(crate) fn role_of(role: &str, facility: Option<String>) -> Result<Role, StoreError> {
    match (role, facility) {
        ("national", _) => Ok(Role::National),
        ("facility", Some(f)) => FacilityCode::new(f)
            .map(Role::Facility)
            .map_err(|e| StoreError::Corrupt(format!("coordinator facility: {e}"))),
        (other, _) => Err(StoreError::Corrupt(format!("coordinator role `{other}`"))),
    }
}
