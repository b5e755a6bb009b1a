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
