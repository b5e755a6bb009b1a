//! `DashboardStore` on both backends: SQLite always, PostgreSQL when HEARD_TEST_POSTGRES_URL is
//! set (a fresh schema per test).

mod support;

use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use heard_sync_server::secrets::hash_secret;
use heard_sync_server::store::{Action, Facility, Participation, Role, Store, StoreError};
use std::sync::Arc;

async fn check(store: Arc<dyn Store>) {
    let a = FacilityCode::new("centre-a").unwrap();
    store
        .add_facility(&Facility {
            code: a.clone(),
            name: "A".into(),
        })
        .await
        .unwrap();
    let id = store
        .add_coordinator("m@example.org", &Role::Facility(a.clone()), "phc")
        .await
        .unwrap();
    assert!(matches!(
        store
            .add_coordinator("m@example.org", &Role::National, "phc")
            .await,
        Err(StoreError::AlreadyExists { .. })
    ));
    let (c, hash) = store
        .coordinator_by_email("m@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (c.id, c.role.clone(), hash.as_str()),
        (id, Role::Facility(a.clone()), "phc")
    );
    let s = hash_secret("session");
    store.put_session(s, id, 1_000).await.unwrap();
    assert_eq!(store.session(s, 999).await.unwrap(), Some(c.clone()));
    assert_eq!(store.session(s, 1_000).await.unwrap(), None, "expired");
    store.delete_session(s).await.unwrap();
    assert_eq!(store.session(s, 0).await.unwrap(), None);
    store.audit(5, "m@example.org", "login").await.unwrap();
    store
        .audit(6, "m@example.org", "export x.csv")
        .await
        .unwrap();
    let log = store.audit_log(10).await.unwrap();
    assert_eq!(log[0], (6, "m@example.org".into(), "export x.csv".into()));
    let p = Participation {
        facility: a.clone(),
        quarter: "2026-Q1".into(),
        eligible: 40,
        invited: Some(30),
    };
    store.set_participation(&p).await.unwrap();
    store
        .set_participation(&Participation {
            eligible: 41,
            ..p.clone()
        })
        .await
        .unwrap();
    assert_eq!(
        store.participation().await.unwrap(),
        vec![Participation { eligible: 41, ..p }]
    );
    let action = Action {
        id: 0,
        facility: a.clone(),
        survey: "be-fedasil".into(),
        topic: "food".into(),
        quarter: "2026-Q1".into(),
        language: "fr".into(),
        text: "Plus de légumes".into(),
    };
    let aid = store.add_action(&action).await.unwrap();
    assert_eq!(
        store.actions(&a).await.unwrap(),
        vec![Action { id: aid, ..action }]
    );
    assert_eq!(store.device_months().await.unwrap(), vec![]);
    assert_eq!(
        store
            .delete_responses_before(Month::new(2026, 1).unwrap())
            .await
            .unwrap(),
        0
    );
    assert!(store.responses_page(None, 10).await.unwrap().is_empty());
}

#[tokio::test]
async fn sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let store = heard_sync_server::store::sqlite::SqliteStore::open(dir.path().join("s.sqlite3"))
        .await
        .unwrap();
    check(Arc::new(store)).await;
}

#[tokio::test]
async fn postgres() {
    let Some(url) = support::postgres_url("dashboard_store::postgres") else {
        return;
    };
    let schema = support::fresh_schema("heard_dash");
    let store =
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap();
    check(Arc::new(store)).await;
}
