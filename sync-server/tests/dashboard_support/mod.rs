//! A real SQLite store with one survey assigned to one facility, filled through the same
//! `ingest::prepare` path as the API.
#![allow(dead_code)]

use heard_core::canonical::to_canonical_json;
use heard_core::ids::FacilityCode;
use heard_core::media::MediaManifest;
use heard_core::response::Response;
use heard_core::survey::Survey;
use heard_sync_server::ingest::{prepare, Edition};
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{Facility, Ingested, Store, StoredSurvey};

pub async fn store_with(survey: &Survey, facilities: &[&str]) -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("sync.sqlite3"))
        .await
        .unwrap();
    store
        .add_survey(&StoredSurvey::new(
            survey.clone(),
            MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .unwrap();
    for f in facilities {
        let code = FacilityCode::new(*f).unwrap();
        store
            .add_facility(&Facility {
                code: code.clone(),
                name: f.to_string(),
            })
            .await
            .unwrap();
        store.assign_survey(&code, &survey.id).await.unwrap();
    }
    (dir, store)
}

pub async fn ingest(store: &SqliteStore, survey: &Survey, responses: Vec<Response>) {
    for chunk in responses.chunks(500) {
        let items: Vec<_> = chunk
            .iter()
            .map(|r| {
                let canonical = to_canonical_json(r);
                let facility = r.facility.clone();
                prepare(r.clone(), &canonical, Edition::Known(survey), &facility)
                    .unwrap_or_else(|e| panic!("rejected: {e:?}"))
            })
            .collect();
        let out = store.ingest(items).await.unwrap();
        assert!(out.iter().all(|o| *o == Ingested::Accepted));
    }
}

/// Whether a CSV cell holds the number a page cell shows (read independently of the server's
/// `number_cell`): a percentage as its decimal share with the same digits ("54.3%" ↔ "0.543":
/// the same value, two more decimals), the dash of a missing value as an empty cell, anything
/// else exactly as shown.
pub fn csv_shows(csv: &str, page: &str) -> bool {
    if page == "–" {
        return csv.is_empty();
    }
    let Some(percent) = page.strip_suffix('%') else {
        return csv == page;
    };
    let decimals = |s: &str| s.split_once('.').map_or(0, |(_, f)| f.len());
    match (csv.parse::<f64>(), percent.parse::<f64>()) {
        (Ok(share), Ok(p)) => {
            decimals(csv) == decimals(percent) + 2
                && (share * 100.0 - p).abs() < 1e-9 * p.abs().max(1.0)
                && !csv.contains(['%', 'e', 'E'])
        }
        _ => false,
    }
}

/// Asserts that a CSV table holds the page's cells (`csv_shows`), header equal.
pub fn assert_csv_shows(csv: &[Vec<String>], page: &[Vec<String>], what: &str) {
    assert_eq!(csv.len(), page.len(), "{what}: rows");
    assert_eq!(csv.first(), page.first(), "{what}: header");
    for (r, (c_row, p_row)) in csv.iter().zip(page).enumerate().skip(1) {
        assert_eq!(c_row.len(), p_row.len(), "{what}: row {r} cells");
        for (c, p) in c_row.iter().zip(p_row) {
            assert!(csv_shows(c, p), "{what}: row {r}: CSV `{c}` for page `{p}`");
        }
    }
}
