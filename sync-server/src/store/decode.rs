//! Decoding stored values, shared by both backends.

use super::{DeviceId, StoreError, StoredSurvey};
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::FacilityCode;
use heard_core::media::MediaManifest;
use heard_core::survey::Survey;

/// Canonical JSON as text (definitions, manifests, overlay items).
pub(crate) fn text_of<T: serde::Serialize>(value: &T) -> String {
    String::from_utf8_lossy(&to_canonical_json(value)).into_owned()
}

pub(crate) fn facility_code(s: String) -> Result<FacilityCode, StoreError> {
    FacilityCode::new(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) fn device_id(bytes: Vec<u8>) -> Result<DeviceId, StoreError> {
    let arr: [u8; 8] = bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt("a device id is not 8 bytes".into()))?;
    Ok(DeviceId(arr))
}

pub(crate) fn content_hash(bytes: Vec<u8>) -> Result<Sha256, StoreError> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt("a content hash is not 32 bytes".into()))?;
    Ok(Sha256(arr))
}

pub(crate) fn stored_survey(
    definition: &str,
    manifest: &str,
    retired: bool,
) -> Result<StoredSurvey, StoreError> {
    let survey: Survey = serde_json::from_str(definition)?;
    let manifest: MediaManifest = serde_json::from_str(manifest)?;
    let mut s = StoredSurvey::new(survey, manifest);
    s.retired = retired;
    Ok(s)
}
