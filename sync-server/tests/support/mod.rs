//! Shared by the integration tests and the bench: the flagship survey, seeded random valid
//! responses (from heard-test-support), and a ready-to-use store with one facility, the survey
//! and enrolled tablets. The loopback server runner is `heard_sync_server::testing` (feature
//! `testing`); the tablet's sync client is the `heard-sync-client` crate.
#![allow(dead_code)]

#[allow(unused_imports)]
pub use heard_test_support::responses;

use heard_core::ids::FacilityCode;
use heard_core::media::MediaManifest;
use heard_core::survey::Survey;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::secrets::{
    hash_secret, new_device_id, new_device_token, new_enrolment_code,
};
use heard_sync_server::store::{Facility, Redeemed, Store, StoredSurvey};
pub use heard_sync_server::testing::test_secret;
use std::io::Write;
use std::sync::Arc;

pub const FACILITY: &str = "be-test-centre";
pub const OTHER_FACILITY: &str = "be-other-centre";

pub fn flagship() -> Survey {
    let root = resolve_root(None);
    load_builtin(&root, "be-fedasil").expect("the flagship survey loads")
}

pub fn facility() -> FacilityCode {
    FacilityCode::new(FACILITY).expect("valid code")
}

/// Adds both facilities, the flagship (assigned to the first) and returns it.
pub async fn seed(store: &Arc<dyn Store>) -> Survey {
    for code in [FACILITY, OTHER_FACILITY] {
        store
            .add_facility(&Facility {
                code: FacilityCode::new(code).expect("valid"),
                name: format!("Test centre {code}"),
            })
            .await
            .expect("facility added");
    }
    let survey = flagship();
    store
        .add_survey(&StoredSurvey::new(
            survey.clone(),
            MediaManifest::new(Some(survey.id.clone())),
        ))
        .await
        .expect("survey added");
    store
        .assign_survey(&facility(), &survey.id)
        .await
        .expect("assigned");
    survey
}

/// A fresh enrolment code for the facility (what `device enrol` prints), stored as HMAC under
/// [`test_secret`], the secret of every loopback server and test state.
pub async fn enrolment_code(store: &Arc<dyn Store>, facility: &str, valid_secs: i64) -> String {
    let code = new_enrolment_code();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    store
        .add_enrolment_code(
            test_secret().code_hash(&code),
            &FacilityCode::new(facility).expect("valid"),
            now + valid_secs,
        )
        .await
        .expect("code stored");
    code
}

/// Enrols a device directly in the store and returns its token.
pub async fn enrolled_token(store: &Arc<dyn Store>, facility: &str) -> String {
    let code = enrolment_code(store, facility, 3600).await;
    let token = new_device_token();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    let r = store
        .redeem_enrolment_code(
            test_secret().code_hash(&code),
            now,
            new_device_id(),
            hash_secret(&token),
        )
        .await
        .expect("redeemed");
    assert!(matches!(r, Redeemed::Enrolled(_)));
    token
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).expect("gzip in memory");
    enc.finish().expect("gzip in memory")
}

/// The PostgreSQL URL for tests, or `None` after saying clearly that they are skipped.
pub fn postgres_url(test: &str) -> Option<String> {
    match std::env::var("HEARD_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!("{test}: skipped: set HEARD_TEST_POSTGRES_URL (see scripts/pg-test-setup)");
            None
        }
    }
}

/// A schema name nobody else uses, so each test gets a fresh PostgreSQL database.
pub fn fresh_schema(prefix: &str) -> String {
    use rand::RngCore;
    format!("{prefix}_{:016x}", rand::rng().next_u64())
}

pub mod fault_proxy;
pub mod server_process;
pub mod sqlite_outbox;
