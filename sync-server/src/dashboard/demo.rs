//! Demo data for the dashboard: `heard_core::synthetic`'s responses in the demo mix (leaning
//! positive, a few small demographic groups, comments with contact details), ingested through
//! the same `prepare` path as the API.

use crate::ingest::{prepare, Edition};
use crate::store::{IngestItem, Store, StoreError};
use heard_core::canonical::to_canonical_json;
use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use heard_core::survey::Survey;
use heard_core::synthetic::{Mix, SyntheticResponses};

/// Every comment the demo may write (tests check that none reaches an export).
pub use heard_core::synthetic::COMMENTS;

/// Generates and ingests `n` responses through the same `prepare` path as the API.
pub async fn seed(
    store: &dyn Store,
    survey: &Survey,
    facility: &FacilityCode,
    months: Vec<Month>,
    n: usize,
    seed: u64,
) -> Result<usize, StoreError> {
    let mut generator = SyntheticResponses::new(survey, facility, months, Mix::demo(), seed);
    let mut stored = 0;
    let mut batch: Vec<IngestItem> = Vec::with_capacity(500);
    for i in 0..n {
        let r = generator.response();
        let canonical = to_canonical_json(&r);
        if let Ok(item) = prepare(r, &canonical, Edition::Known(survey), facility) {
            batch.push(item);
        }
        if batch.len() == 500 || i + 1 == n {
            stored += batch.len();
            store.ingest(std::mem::take(&mut batch)).await?;
        }
    }
    Ok(stored)
}
