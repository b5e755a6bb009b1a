//! What the coordinator dashboard keeps: accounts, sessions, participation, actions, the audit
//! log, and retention (`retention.rs`: what a retired quarter keeps). A supertrait of `Store`, so
//! both backends implement it in their own `dashboard_impl.rs` and `Arc<dyn Store>` reaches it.

pub(crate) mod compacted;
pub(crate) mod retention;

use super::{CellVisitor, StoreError, TallyScope, TokenHash};
use async_trait::async_trait;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{Dimension, UnitGroups};
pub use retention::Retirement;

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

/// An account as `coordinator list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoordinatorAccount {
    pub coordinator: Coordinator,
    /// A disabled account cannot sign in and has no sessions.
    pub disabled: bool,
    /// Unexpired sessions at `now`.
    pub sessions: u64,
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

#[async_trait]
pub trait DashboardStore: Send + Sync + 'static {
    /// Fails with `AlreadyExists` for a known e-mail.
    async fn add_coordinator(
        &self,
        email: &str,
        role: &Role,
        password_hash: &str,
    ) -> Result<i64, StoreError>;
    /// Every account, by e-mail, with its unexpired sessions at `now`.
    async fn coordinators(&self, now: i64) -> Result<Vec<CoordinatorAccount>, StoreError>;
    /// Disables (ending its sessions) or enables an account. False when there is none.
    async fn set_coordinator_disabled(
        &self,
        email: &str,
        disabled: bool,
    ) -> Result<bool, StoreError>;
    /// Removes an account and its sessions (the audit log keeps its e-mail). False when none.
    async fn remove_coordinator(&self, email: &str) -> Result<bool, StoreError>;
    /// Replaces the password hash and ends every session of the account except `keep` (the
    /// session that changed it, on the dashboard). False when there is no such account.
    async fn set_coordinator_password(
        &self,
        email: &str,
        password_hash: &str,
        keep: Option<TokenHash>,
    ) -> Result<bool, StoreError>;
    /// Ends every session of the account; `None` when there is no such account.
    async fn end_sessions(&self, email: &str) -> Result<Option<u64>, StoreError>;
    /// The enabled account and its password hash (a disabled one reads as none).
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
    /// The coordinator of an unexpired session of an enabled account.
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
    /// Deletes response rows of months before `before` and nothing else (their slab lines
    /// stay): how retention worked before issue 13. Stores thinned this way still exist, and the
    /// response-level export must leave such units out (`leave_out_thinned_units`); tests use
    /// this to make one. Retention is `retire_quarters_before`. Returns how many rows went.
    async fn delete_responses_before(&self, before: Month) -> Result<u64, StoreError>;
    /// Retention: every quarter before `first_kept` keeps only aggregates (its summary per
    /// survey × facility × quarter and its one-dimension marginals, see `retention.rs`); its
    /// response rows and tally slab lines are deleted, and then removed from the files (SQLite:
    /// `secure_delete`, `VACUUM`, WAL checkpointed to 0 bytes; PostgreSQL: `VACUUM FULL` of the
    /// tables involved and `CHECKPOINT`). Holds off ingest while it folds and deletes.
    /// Idempotent; a later run also folds responses that arrived for retired quarters since.
    async fn retire_quarters_before(&self, first_kept: Quarter) -> Result<Retirement, StoreError>;
    /// The retained marginals of one survey by one dimension: per retired unit (of `quarter`
    /// and `facility` when given), label → summary.
    async fn retained_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError>;
    /// The groups of one survey by one dimension from the live slab lines, per unit (of
    /// `quarter` and `facility` when given), label → summary: what the core's `unit_groups`
    /// gives for every slab line in scope, read as the last compaction's `compacted_groups` plus
    /// the slab lines written since, in one snapshot (`compacted.rs`). A few rows per unit
    /// however many responses it has.
    async fn live_groups(
        &self,
        survey: &SurveyId,
        dimension: Dimension,
        quarter: Option<Quarter>,
        facility: Option<&FacilityCode>,
    ) -> Result<UnitGroups, StoreError>;
    /// Calls `each` with response counts per group in scope: the last compaction's
    /// `compacted_cells` (one line per distinct group per survey × facility × month, no
    /// service point) and the slab lines written since, in one snapshot. The same counts per
    /// cell without service point as `visit_cell_counts`, in fewer lines: what the export's
    /// plan reads.
    async fn visit_group_counts(
        &self,
        scope: &TallyScope,
        each: CellVisitor,
    ) -> Result<(), StoreError>;
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
