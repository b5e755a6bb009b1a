//! Plain values crossing the `Store` boundary.

use crate::tally_slabs::ResponseTally;
use heard_core::canonical::Sha256;
use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::media::MediaManifest;
use heard_core::period::Month;
use heard_core::response::{ResponseId, SurveyRef};
use heard_core::survey::Survey;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facility {
    pub code: FacilityCode,
    pub name: String,
}

/// A device's random id: shown to coordinators for `device revoke`, never stored with a
/// response.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceId(pub [u8; 8]);

impl DeviceId {
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
    pub fn from_hex(s: &str) -> Option<Self> {
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut out = [0u8; 8];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Self(out))
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceId({})", self.to_hex())
    }
}

/// SHA-256 of a secret (device token or enrolment code). Only this is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenHash(pub Sha256);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: DeviceId,
    pub facility: FacilityCode,
}

/// What redeeming an enrolment code came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redeemed {
    Enrolled(Device),
    UnknownCode,
    Expired,
}

/// One survey edition as the server keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSurvey {
    pub survey: Survey,
    /// `survey.version_hash()`, kept so lookups need not recompute it.
    pub version: Sha256,
    /// The edition's own manifest, before any facility overlay.
    pub manifest: MediaManifest,
    pub retired: bool,
}

impl StoredSurvey {
    pub fn new(survey: Survey, manifest: MediaManifest) -> Self {
        Self {
            version: survey.version_hash(),
            survey,
            manifest,
            retired: false,
        }
    }
}

/// A validated response ready to store: the canonical bytes exactly as received, and what the
/// tallies gain if it is new.
#[derive(Debug, Clone)]
pub struct IngestItem {
    pub id: ResponseId,
    pub content_hash: Sha256,
    pub canonical: Vec<u8>,
    pub survey: SurveyRef,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    pub period: Month,
    /// What the tallies gain: `ResponseTally::of(survey, response)`.
    pub tally: ResponseTally,
}

/// What storing one response came to; the core decides it (`idempotency::classify`).
pub use heard_core::idempotency::Ingested;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaBlob {
    pub sha256: Sha256,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// A tablet's recording waiting for a facility manager's approval (`POST /v1/media`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRecording {
    pub facility: FacilityCode,
    pub survey: heard_core::ids::SurveyId,
    pub item: heard_core::media::MediaItem,
}

/// Bytes of recordings (pending and approved) kept for a facility and for one of its devices:
/// what the upload quotas count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordingUsage {
    pub facility_bytes: u64,
    pub device_bytes: u64,
}
