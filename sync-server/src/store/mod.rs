//! Storage behind one trait, so the API never sees a driver type. SQLite is the zero-config
//! default; PostgreSQL is for a central server shared by many facilities.

mod dashboard;
mod decode;
mod error;
pub mod postgres;
pub mod sqlite;
mod types;

pub use dashboard::{
    Action, Coordinator, CoordinatorAccount, DashboardStore, Participation, Retirement, Role,
};
pub use error::StoreError;
pub use types::{
    Device, DeviceId, Facility, IngestItem, Ingested, MediaBlob, PendingRecording, RecordingUsage,
    Redeemed, StoredSurvey, TokenHash,
};

use async_trait::async_trait;
use heard_core::canonical::Sha256;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::{MediaItem, MediaManifest};
use heard_core::period::Quarter;
use heard_core::report::{Cell, StatusCounts, Summary, Tallies};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::tally_slabs::{SlabLine, TallyScope};

/// Receives every slab line from `Store::visit_cell_counts`; owned (`'static`) so a backend may
/// call it from a blocking thread.
pub type CellVisitor = Box<dyn FnMut(&SlabLine<'_>) + Send>;

/// Everything the server keeps. Implementations must make `ingest` atomic per call: each
/// response row and its tallies commit together or not at all.
#[async_trait]
pub trait Store: DashboardStore + Send + Sync + 'static {
    // Facilities and devices.
    async fn add_facility(&self, facility: &Facility) -> Result<(), StoreError>;
    async fn facilities(&self) -> Result<Vec<Facility>, StoreError>;
    /// Stores a one-time enrolment code (its hash) valid until `expires_at` (Unix seconds).
    async fn add_enrolment_code(
        &self,
        code_hash: TokenHash,
        facility: &FacilityCode,
        expires_at: i64,
    ) -> Result<(), StoreError>;
    /// Consumes the code and enrols a device under `token_hash`, or says why not.
    async fn redeem_enrolment_code(
        &self,
        code_hash: TokenHash,
        now: i64,
        device_id: DeviceId,
        token_hash: TokenHash,
    ) -> Result<Redeemed, StoreError>;
    /// The active (not revoked) device holding this token.
    async fn device_by_token(&self, token_hash: TokenHash) -> Result<Option<Device>, StoreError>;
    async fn devices(&self, facility: &FacilityCode) -> Result<Vec<(Device, bool)>, StoreError>;
    /// Returns false when no such device exists. The device's recordings, approved or waiting,
    /// leave the facility's manifest (and their bytes the store, when nothing else uses them).
    async fn revoke_device(&self, id: &DeviceId) -> Result<bool, StoreError>;
    /// Counts one push of `responses` accepted responses on `day` (days since 1970-01-01) for
    /// abuse detection, per device and **month** (the day is not kept: see `DeviceMonth`).
    /// Never joined with responses.
    async fn record_upload(
        &self,
        device: &DeviceId,
        day: i64,
        responses: u64,
    ) -> Result<(), StoreError>;
    /// Every device's upload counters per month, newest month first, with its facility.
    async fn device_months(&self) -> Result<Vec<DeviceMonth>, StoreError>;

    // Surveys and media.
    /// Adds an edition; earlier editions of the same survey id are retired. Adding the same
    /// edition again changes nothing. Returns false when it was already there.
    async fn add_survey(&self, survey: &StoredSurvey) -> Result<bool, StoreError>;
    async fn assign_survey(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<(), StoreError>;
    /// Any edition, retired or not.
    async fn survey_by_version(&self, version: &Sha256)
        -> Result<Option<StoredSurvey>, StoreError>;
    /// The current (not retired) edition of a survey id, if any: what a re-import compares with.
    async fn current_survey(&self, survey: &SurveyId) -> Result<Option<StoredSurvey>, StoreError>;
    /// Current editions of the surveys assigned to the facility.
    async fn assigned_surveys(
        &self,
        facility: &FacilityCode,
    ) -> Result<Vec<StoredSurvey>, StoreError>;
    /// Whether the facility has any edition of the survey assigned.
    async fn is_assigned(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<bool, StoreError>;
    async fn put_media(&self, blob: &MediaBlob) -> Result<(), StoreError>;
    async fn media(&self, sha256: &Sha256) -> Result<Option<MediaBlob>, StoreError>;
    /// Whether a blob is in a manifest the facility can see (an assigned edition's or its overlay).
    async fn media_visible(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError>;
    /// Lays a recorded item over the survey's manifest for one facility.
    async fn put_overlay_item(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        item: &MediaItem,
    ) -> Result<(), StoreError>;
    async fn overlay(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
    ) -> Result<MediaManifest, StoreError>;
    /// Holds a device's recording (its blob already put) for a facility manager's approval.
    /// A newer recording for the same target replaces a waiting one, whose bytes are deleted
    /// when nothing else uses them.
    async fn put_pending_recording(
        &self,
        facility: &FacilityCode,
        survey: &SurveyId,
        device: &DeviceId,
        item: &MediaItem,
    ) -> Result<(), StoreError>;
    /// Recordings waiting for approval at the facility (every facility for `None`).
    async fn pending_recordings(
        &self,
        facility: Option<&FacilityCode>,
    ) -> Result<Vec<PendingRecording>, StoreError>;
    /// Moves the facility's waiting recordings with these bytes into its overlay (what tablets
    /// download); the approved recordings they replace are deleted when nothing else uses their
    /// bytes. False when none was waiting.
    async fn approve_recording(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError>;
    /// Drops the facility's waiting recordings with these bytes (and the bytes, when unused).
    async fn discard_recording(
        &self,
        facility: &FacilityCode,
        sha256: &Sha256,
    ) -> Result<bool, StoreError>;
    /// Bytes of recordings kept for the facility and for the device, waiting or approved.
    async fn recording_usage(
        &self,
        facility: &FacilityCode,
        device: &DeviceId,
    ) -> Result<RecordingUsage, StoreError>;

    // Responses.
    /// Stores the responses whose id is new, with their tallies, in one transaction. Outcomes
    /// are in item order.
    async fn ingest(&self, items: Vec<IngestItem>) -> Result<Vec<Ingested>, StoreError>;
    async fn response_count(&self) -> Result<u64, StoreError>;
    /// The stored canonical bytes of one response.
    async fn response(
        &self,
        id: &heard_core::response::ResponseId,
    ) -> Result<Option<Vec<u8>>, StoreError>;
    /// Every stored response's canonical bytes (tests, exports). Order carries no meaning.
    async fn all_responses(&self) -> Result<Vec<Vec<u8>>, StoreError>;
    /// Responses of one survey (retention may have removed some its tallies still count).
    async fn survey_response_count(&self, survey: &SurveyId) -> Result<u64, StoreError>;
    /// The tallies of the slabs in scope.
    async fn tallies_in(&self, scope: &TallyScope) -> Result<Tallies, StoreError>;
    /// Every tally (tests and small stores; the dashboard reads scoped tallies or summaries).
    async fn tallies(&self) -> Result<Tallies, StoreError> {
        self.tallies_in(&TallyScope::default()).await
    }
    /// Calls `each` with the response counts of every slab line in scope, one at a time: what
    /// an export plan needs, without the answers and without holding every cell at once.
    async fn visit_cell_counts(
        &self,
        scope: &TallyScope,
        each: CellVisitor,
    ) -> Result<(), StoreError>;
    /// The response counts per cell in scope, merged (tests and small stores).
    async fn cell_counts(
        &self,
        scope: &TallyScope,
    ) -> Result<BTreeMap<Cell, StatusCounts>, StoreError> {
        let merged = Arc::new(std::sync::Mutex::new(BTreeMap::<Cell, StatusCounts>::new()));
        let into = Arc::clone(&merged);
        self.visit_cell_counts(
            scope,
            Box::new(move |line| {
                if let (Ok(mut m), Ok(cell)) = (into.lock(), line.cell()) {
                    m.entry(cell).or_default().merge(&line.status);
                }
            }),
        )
        .await?;
        let mut guard = merged
            .lock()
            .map_err(|_| StoreError::Database("cell counts: a reader panicked".into()))?;
        Ok(std::mem::take(&mut *guard))
    }
    /// One survey's running summaries per facility and quarter, kept at ingest: the overview
    /// reads these few rows however many responses there are.
    async fn quarter_summaries(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<(FacilityCode, Quarter, Summary)>, StoreError>;

    // Storage hygiene.
    /// Rewrites every live response row, tally slab and upload counter in a fresh random order
    /// (slab lines shuffled and merged into one slab per survey × facility × service point ×
    /// month), closes the upload counters' open day, and leaves no older copy in the files
    /// (SQLite: `VACUUM`, then the WAL checkpointed and truncated; PostgreSQL: `VACUUM FULL`
    /// and `CHECKPOINT`). Holds off writers while it runs; idempotent. See `docs/anonymity.md`,
    /// "Storage".
    async fn compact(&self) -> Result<Compaction, StoreError>;
}

/// What one `Store::compact` did: counts only (no facility, no time).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compaction {
    /// Response rows rewritten.
    pub responses: u64,
    /// Slab rows before, and after the merge (one per survey × facility × service point × month).
    pub slab_rows_before: u64,
    pub slabs: u64,
    /// Upload counter rows (device × month) rewritten.
    pub device_months: u64,
    /// SQLite: the WAL was checkpointed and truncated to 0 bytes. PostgreSQL: `CHECKPOINT` ran
    /// (it needs the `pg_checkpoint` role or superuser; without it the rest still happened).
    pub checkpointed: bool,
}

/// One device's uploads in one month, for abuse detection. A *day* here is the time between
/// two compactions (the server compacts daily), so no date is ever stored with a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceMonth {
    /// The device id in hex.
    pub device: String,
    pub facility: FacilityCode,
    pub month: heard_core::period::Month,
    pub pushes: u64,
    pub responses: u64,
    /// Days with at least one accepted response.
    pub active_days: u64,
    /// The most responses in one of those days (the open day included).
    pub busiest_day: u64,
}

/// Opens the store a `DATABASE_URL`-style location names: `postgres://…` or `postgresql://…`
/// for PostgreSQL, anything else (optionally `sqlite://`) as a SQLite file path.
pub async fn open(location: &str) -> Result<Arc<dyn Store>, StoreError> {
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PostgresStore::connect(location).await?))
    } else {
        let path = location.strip_prefix("sqlite://").unwrap_or(location);
        Ok(Arc::new(sqlite::SqliteStore::open(path).await?))
    }
}

/// The overlay key: one recording per target, kind and language.
pub(crate) fn overlay_key(item: &MediaItem) -> String {
    String::from_utf8_lossy(&heard_core::canonical::to_canonical_json(&(
        &item.target,
        item.kind,
        &item.language,
    )))
    .into_owned()
}
