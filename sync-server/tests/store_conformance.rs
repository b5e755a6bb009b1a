//! One conformance suite for every `Store`: each case runs against SQLite and against
//! PostgreSQL (when HEARD_TEST_POSTGRES_URL is set; otherwise those print "skipped").
#![allow(clippy::unwrap_used)]

mod support;

use heard_sync_server::store::Store;
use std::sync::Arc;

async fn sqlite_store() -> (tempfile::TempDir, Arc<dyn Store>) {
    let dir = tempfile::tempdir().unwrap();
    let store = heard_sync_server::store::sqlite::SqliteStore::open(dir.path().join("s.sqlite3"))
        .await
        .unwrap();
    (dir, Arc::new(store))
}

async fn postgres_store(test: &str) -> Option<Arc<dyn Store>> {
    let url = support::postgres_url(test)?;
    let schema = support::fresh_schema("heard_conf");
    let store =
        heard_sync_server::store::postgres::PostgresStore::connect_in_schema(&url, Some(&schema))
            .await
            .unwrap();
    Some(Arc::new(store))
}

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let (_dir, store) = super::sqlite_store().await;
                    super::cases::$name(store).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(store) = super::postgres_store(concat!("postgres::", stringify!($name))).await else {
                        return;
                    };
                    super::cases::$name(store).await;
                }
            )*
        }
    };
}

conformance!(
    facilities_are_unique,
    enrolment_codes_work_once_and_expire,
    revoked_devices_lose_their_token,
    editions_retire_but_stay_readable,
    assignment_needs_a_known_survey_and_facility,
    media_is_visible_only_to_its_facilities,
    ingest_tells_accepted_duplicate_and_conflict,
    concurrent_identical_ingests_store_one_row,
    upload_counts_add_up,
    reopening_keeps_everything,
    scoped_tallies_and_quarter_summaries_agree_with_all_tallies,
    recordings_wait_replace_and_leave_with_their_device,
    accounts_disable_remove_reset_and_end_sessions,
);

mod cases {
    use super::support::responses::ResponseGen;
    use super::support::{facility, seed, FACILITY, OTHER_FACILITY};
    use heard_core::canonical::{to_canonical_json, Sha256};
    use heard_core::ids::{FacilityCode, LangTag, SurveyId};
    use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaOrigin, MediaTarget};
    use heard_core::period::{Month, Quarter};
    use heard_core::report::{Cell, Summary, Tallies};
    use heard_core::response::Response;
    use heard_core::survey::Survey;
    use heard_sync_server::secrets::{hash_secret, new_device_id};
    use heard_sync_server::store::TallyScope;
    use heard_sync_server::store::{
        Facility, IngestItem, Ingested, MediaBlob, Redeemed, Store, StoreError, StoredSurvey,
    };
    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::Arc;

    fn item(survey: &Survey, r: &Response) -> IngestItem {
        let canonical = to_canonical_json(r);
        IngestItem {
            id: r.id,
            content_hash: Sha256::of_bytes(&canonical),
            canonical,
            survey: r.survey.clone(),
            facility: r.facility.clone(),
            service_point: r.service_point.clone(),
            period: r.period,
            tally: heard_sync_server::tally_slabs::ResponseTally::of(survey, r).unwrap(),
        }
    }

    pub async fn facilities_are_unique(store: Arc<dyn Store>) {
        seed(&store).await;
        let again = store
            .add_facility(&Facility {
                code: facility(),
                name: "again".into(),
            })
            .await;
        assert!(matches!(again, Err(StoreError::AlreadyExists { .. })));
        let codes: Vec<String> = store
            .facilities()
            .await
            .unwrap()
            .into_iter()
            .map(|f| f.code.to_string())
            .collect();
        assert_eq!(codes, [OTHER_FACILITY, FACILITY]);
    }

    pub async fn enrolment_codes_work_once_and_expire(store: Arc<dyn Store>) {
        seed(&store).await;
        let (code, token) = (hash_secret("CODE2345"), hash_secret("token"));
        store
            .add_enrolment_code(code, &facility(), 1_000)
            .await
            .unwrap();
        let unknown = store
            .add_enrolment_code(hash_secret("X"), &FacilityCode::new("nowhere").unwrap(), 1)
            .await;
        assert!(matches!(unknown, Err(StoreError::NotFound { .. })));
        let r = store
            .redeem_enrolment_code(code, 999, new_device_id(), token)
            .await
            .unwrap();
        let Redeemed::Enrolled(device) = r else {
            panic!("not enrolled: {r:?}")
        };
        assert_eq!(device.facility, facility());
        assert_eq!(store.device_by_token(token).await.unwrap(), Some(device));
        let again = store
            .redeem_enrolment_code(code, 999, new_device_id(), hash_secret("t2"))
            .await
            .unwrap();
        assert_eq!(again, Redeemed::UnknownCode);
        let late = hash_secret("LATE2345");
        store
            .add_enrolment_code(late, &facility(), 1_000)
            .await
            .unwrap();
        let r = store
            .redeem_enrolment_code(late, 1_000, new_device_id(), hash_secret("t3"))
            .await
            .unwrap();
        assert_eq!(r, Redeemed::Expired);
        assert_eq!(
            store.device_by_token(hash_secret("t3")).await.unwrap(),
            None
        );
    }

    pub async fn revoked_devices_lose_their_token(store: Arc<dyn Store>) {
        seed(&store).await;
        let token = super::support::enrolled_token(&store, FACILITY).await;
        let device = store
            .device_by_token(hash_secret(&token))
            .await
            .unwrap()
            .unwrap();
        let listed = store.devices(&facility()).await.unwrap();
        assert_eq!(listed, vec![(device.clone(), false)]);
        assert!(store.revoke_device(&device.id).await.unwrap());
        assert_eq!(
            store.device_by_token(hash_secret(&token)).await.unwrap(),
            None
        );
        assert_eq!(
            store.devices(&facility()).await.unwrap(),
            vec![(device, true)]
        );
    }

    pub async fn editions_retire_but_stay_readable(store: Arc<dyn Store>) {
        let first = seed(&store).await;
        let stored = StoredSurvey::new(first.clone(), MediaManifest::new(Some(first.id.clone())));
        assert!(
            !store.add_survey(&stored).await.unwrap(),
            "same edition twice"
        );
        let mut second = first.clone();
        second.version = "next".into();
        assert!(store
            .add_survey(&StoredSurvey::new(second.clone(), MediaManifest::default()))
            .await
            .unwrap());
        let current = store.assigned_surveys(&facility()).await.unwrap();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].survey, second);
        let old = store
            .survey_by_version(&first.version_hash())
            .await
            .unwrap()
            .unwrap();
        assert!(old.retired);
        assert_eq!(old.survey, first);
        assert_eq!(
            store
                .survey_by_version(&Sha256::of_bytes(b"x"))
                .await
                .unwrap(),
            None
        );
    }

    pub async fn assignment_needs_a_known_survey_and_facility(store: Arc<dyn Store>) {
        let survey = seed(&store).await;
        let other = FacilityCode::new(OTHER_FACILITY).unwrap();
        assert!(!store.is_assigned(&other, &survey.id).await.unwrap());
        let r = store
            .assign_survey(&other, &SurveyId::new("nope").unwrap())
            .await;
        assert!(matches!(
            r,
            Err(StoreError::NotFound { what: "survey", .. })
        ));
        let r = store
            .assign_survey(&FacilityCode::new("nowhere").unwrap(), &survey.id)
            .await;
        assert!(matches!(
            r,
            Err(StoreError::NotFound {
                what: "facility",
                ..
            })
        ));
        store.assign_survey(&other, &survey.id).await.unwrap();
        store.assign_survey(&other, &survey.id).await.unwrap();
        assert!(store.is_assigned(&other, &survey.id).await.unwrap());
    }

    pub async fn media_is_visible_only_to_its_facilities(store: Arc<dyn Store>) {
        let survey = seed(&store).await;
        let other = FacilityCode::new(OTHER_FACILITY).unwrap();
        let bytes = b"OggS recorded".to_vec();
        let blob = MediaBlob {
            sha256: Sha256::of_bytes(&bytes),
            mime: "audio/ogg".into(),
            bytes: bytes.clone(),
        };
        store.put_media(&blob).await.unwrap();
        store.put_media(&blob).await.unwrap();
        assert_eq!(store.media(&blob.sha256).await.unwrap(), Some(blob.clone()));
        assert!(!store
            .media_visible(&facility(), &blob.sha256)
            .await
            .unwrap());
        let item = MediaItem {
            target: MediaTarget::Title,
            kind: MediaKind::Audio,
            language: Some(LangTag::new("ar").unwrap()),
            sha256: blob.sha256,
            bytes: bytes.len() as u64,
            mime: "audio/ogg".into(),
            origin: MediaOrigin::Recorded,
        };
        store
            .put_overlay_item(&facility(), &survey.id, &item)
            .await
            .unwrap();
        assert!(store
            .media_visible(&facility(), &blob.sha256)
            .await
            .unwrap());
        assert!(!store.media_visible(&other, &blob.sha256).await.unwrap());
        let overlay = store.overlay(&facility(), &survey.id).await.unwrap();
        assert_eq!(overlay.items, vec![item.clone()]);
        // A newer recording of the same target replaces the older one.
        let mut newer = item.clone();
        newer.sha256 = Sha256::of_bytes(b"newer");
        store
            .put_overlay_item(&facility(), &survey.id, &newer)
            .await
            .unwrap();
        assert_eq!(
            store.overlay(&facility(), &survey.id).await.unwrap().items,
            vec![newer]
        );
        assert!(store
            .overlay(&other, &survey.id)
            .await
            .unwrap()
            .items
            .is_empty());
        // Base manifests make their files visible to facilities with the survey assigned.
        let mut edition = survey.clone();
        edition.version = "with-media".into();
        let mut manifest = MediaManifest::new(Some(edition.id.clone()));
        manifest.put(item);
        store
            .add_survey(&StoredSurvey::new(edition, manifest))
            .await
            .unwrap();
        assert!(store
            .media_visible(&facility(), &blob.sha256)
            .await
            .unwrap());
        assert!(!store.media_visible(&other, &blob.sha256).await.unwrap());
    }

    pub async fn ingest_tells_accepted_duplicate_and_conflict(store: Arc<dyn Store>) {
        let survey = seed(&store).await;
        let mut g = ResponseGen::new(&survey, &facility(), 7);
        let (a, b) = (g.response(), g.response());
        let mut a_changed = a.clone();
        a_changed.audio_used = !a.audio_used;
        let out = store
            .ingest(vec![
                item(&survey, &a),
                item(&survey, &b),
                item(&survey, &a),
            ])
            .await
            .unwrap();
        assert_eq!(
            out,
            [Ingested::Accepted, Ingested::Accepted, Ingested::Duplicate]
        );
        let out = store
            .ingest(vec![item(&survey, &a_changed), item(&survey, &b)])
            .await
            .unwrap();
        assert_eq!(out, [Ingested::Conflict, Ingested::Duplicate]);
        assert_eq!(store.response_count().await.unwrap(), 2);
        assert_eq!(
            store.response(&a.id).await.unwrap(),
            Some(to_canonical_json(&a))
        );
        let mut expected = Tallies::of_response(&survey, &a);
        expected.merge(&Tallies::of_response(&survey, &b));
        assert_eq!(store.tallies().await.unwrap(), expected);
        let mut all = store.all_responses().await.unwrap();
        all.sort();
        let mut want = vec![to_canonical_json(&a), to_canonical_json(&b)];
        want.sort();
        assert_eq!(all, want);
    }

    pub async fn concurrent_identical_ingests_store_one_row(store: Arc<dyn Store>) {
        let survey = seed(&store).await;
        let mut g = ResponseGen::new(&survey, &facility(), 8);
        let responses: Vec<Response> = (0..20).map(|_| g.response()).collect();
        let batch: Vec<IngestItem> = responses.iter().map(|r| item(&survey, r)).collect();
        let mut tasks = Vec::new();
        for _ in 0..50 {
            let (store, batch) = (Arc::clone(&store), batch.clone());
            tasks.push(tokio::spawn(async move { store.ingest(batch).await }));
        }
        let mut accepted = 0;
        for t in tasks {
            for o in t.await.unwrap().unwrap() {
                match o {
                    Ingested::Accepted => accepted += 1,
                    Ingested::Duplicate => {}
                    Ingested::Conflict => panic!("identical content reported as conflict"),
                }
            }
        }
        assert_eq!(accepted, 20);
        assert_eq!(store.response_count().await.unwrap(), 20);
        let mut expected = Tallies::default();
        for r in &responses {
            expected.merge(&Tallies::of_response(&survey, r));
        }
        assert_eq!(store.tallies().await.unwrap(), expected);
        assert_eq!(
            quarter_summaries(&store, &survey).await,
            summaries_of(&expected)
        );
    }

    /// The store's running summaries, keyed like `summaries_of`.
    async fn quarter_summaries(
        store: &Arc<dyn Store>,
        survey: &Survey,
    ) -> BTreeMap<(FacilityCode, Quarter), Summary> {
        store
            .quarter_summaries(&survey.id)
            .await
            .unwrap()
            .into_iter()
            .map(|(f, q, s)| ((f, q), s))
            .collect()
    }

    /// Per facility and quarter, computed from tallies in the test.
    fn summaries_of(t: &Tallies) -> BTreeMap<(FacilityCode, Quarter), Summary> {
        let keys: BTreeSet<(FacilityCode, Quarter)> = t
            .responses
            .keys()
            .map(|c| (c.facility.clone(), c.period.quarter()))
            .collect();
        keys.into_iter()
            .map(|(f, q)| {
                let s = t.summarize(|c| c.facility == f && c.period.quarter() == q);
                ((f, q), s)
            })
            .collect()
    }

    pub async fn scoped_tallies_and_quarter_summaries_agree_with_all_tallies(
        store: Arc<dyn Store>,
    ) {
        let survey = seed(&store).await;
        let other = FacilityCode::new(OTHER_FACILITY).unwrap();
        let months: Vec<Month> = ["2025-11", "2026-01", "2026-03", "2026-04"]
            .iter()
            .map(|m| m.parse().unwrap())
            .collect();
        let mut g = ResponseGen::new(&survey, &facility(), 21);
        let mut expected = Tallies::default();
        // Several batches, so slabs of one key accumulate lines from different transactions.
        for batch in 0..6 {
            let items: Vec<IngestItem> = (0..40)
                .map(|i| {
                    let mut r = g.response();
                    r.period = months[(batch + i) % months.len()];
                    if i % 3 == 0 {
                        r.facility = other.clone();
                    }
                    expected.merge(&Tallies::of_response(&survey, &r));
                    item(&survey, &r)
                })
                .collect();
            store.ingest(items).await.unwrap();
        }
        assert_eq!(store.tallies().await.unwrap(), expected);
        assert_eq!(
            quarter_summaries(&store, &survey).await,
            summaries_of(&expected)
        );
        assert!(store
            .quarter_summaries(&"no-such-survey".parse().unwrap())
            .await
            .unwrap()
            .is_empty());
        // One quarter of one facility.
        let q1: Quarter = "2026-Q1".parse().unwrap();
        let mut scope = TallyScope::survey(&survey.id).in_quarter(Some(q1));
        scope.facility = Some(other.clone());
        let keep = |c: &Cell| c.facility == other && c.period.quarter() == q1;
        let scoped = store.tallies_in(&scope).await.unwrap();
        assert!(!scoped.responses.is_empty());
        assert!(scoped.responses.keys().all(keep));
        assert_eq!(
            scoped.summarize(|_| true),
            expected.summarize(keep),
            "a scoped read holds exactly the cells in scope"
        );
        let counts = store.cell_counts(&scope).await.unwrap();
        assert_eq!(
            counts,
            expected
                .responses
                .iter()
                .filter(|(c, _)| keep(c))
                .map(|(c, s)| (c.clone(), *s))
                .collect::<BTreeMap<_, _>>()
        );
        assert_eq!(store.survey_response_count(&survey.id).await.unwrap(), 240);
    }

    pub async fn upload_counts_add_up(store: Arc<dyn Store>) {
        seed(&store).await;
        let token = super::support::enrolled_token(&store, FACILITY).await;
        let device = store
            .device_by_token(hash_secret(&token))
            .await
            .unwrap()
            .unwrap();
        store.record_upload(&device.id, 20_000, 5).await.unwrap();
        store.record_upload(&device.id, 20_000, 7).await.unwrap();
        store.record_upload(&device.id, 20_001, 1).await.unwrap();
    }

    pub async fn reopening_keeps_everything(store: Arc<dyn Store>) {
        // Migrations are idempotent: seeding twice in one database fails only on duplicates.
        let survey = seed(&store).await;
        let mut g = ResponseGen::new(&survey, &facility(), 9);
        let r = g.response();
        store.ingest(vec![item(&survey, &r)]).await.unwrap();
        assert_eq!(store.response_count().await.unwrap(), 1);
        assert_eq!(store.assigned_surveys(&facility()).await.unwrap().len(), 1);
    }

    /// A recording by `device` for `target`, its blob stored.
    async fn recording(store: &Arc<dyn Store>, bytes: &[u8], target: MediaTarget) -> MediaItem {
        let blob = MediaBlob {
            sha256: Sha256::of_bytes(bytes),
            mime: "audio/ogg".into(),
            bytes: bytes.to_vec(),
        };
        store.put_media(&blob).await.unwrap();
        MediaItem {
            target,
            kind: MediaKind::Audio,
            language: Some(LangTag::new("ar").unwrap()),
            sha256: blob.sha256,
            bytes: bytes.len() as u64,
            mime: "audio/ogg".into(),
            origin: MediaOrigin::Recorded,
        }
    }

    pub async fn recordings_wait_replace_and_leave_with_their_device(store: Arc<dyn Store>) {
        let survey = seed(&store).await;
        let token = super::support::enrolled_token(&store, FACILITY).await;
        let device = store
            .device_by_token(hash_secret(&token))
            .await
            .unwrap()
            .unwrap();
        let other_token = super::support::enrolled_token(&store, FACILITY).await;
        let other_device = store
            .device_by_token(hash_secret(&other_token))
            .await
            .unwrap()
            .unwrap();
        let put = |item: MediaItem, by: heard_sync_server::store::DeviceId| {
            let (store, survey) = (Arc::clone(&store), survey.id.clone());
            async move {
                store
                    .put_pending_recording(&facility(), &survey, &by, &item)
                    .await
                    .unwrap();
            }
        };
        let first = recording(&store, b"take one", MediaTarget::Title).await;
        put(first.clone(), device.id).await;
        assert!(!store
            .media_visible(&facility(), &first.sha256)
            .await
            .unwrap());
        let usage = store
            .recording_usage(&facility(), &device.id)
            .await
            .unwrap();
        assert_eq!((usage.facility_bytes, usage.device_bytes), (8, 8));
        // A newer take for the same target replaces the waiting one, and its bytes go.
        let second = recording(&store, b"take two!", MediaTarget::Title).await;
        put(second.clone(), device.id).await;
        assert!(store.media(&first.sha256).await.unwrap().is_none());
        let waiting = store.pending_recordings(Some(&facility())).await.unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].item, second);
        assert_eq!(waiting[0].survey, survey.id);
        let other = FacilityCode::new(OTHER_FACILITY).unwrap();
        assert!(store
            .pending_recordings(Some(&other))
            .await
            .unwrap()
            .is_empty());
        assert!(!store
            .approve_recording(&other, &second.sha256)
            .await
            .unwrap());
        // Approved: in the overlay; an approved take replaced by a newer approved one goes.
        assert!(store
            .approve_recording(&facility(), &second.sha256)
            .await
            .unwrap());
        assert!(store
            .media_visible(&facility(), &second.sha256)
            .await
            .unwrap());
        assert!(store.pending_recordings(None).await.unwrap().is_empty());
        let third = recording(&store, b"take three", MediaTarget::Title).await;
        put(third.clone(), other_device.id).await;
        assert!(store
            .approve_recording(&facility(), &third.sha256)
            .await
            .unwrap());
        assert!(store.media(&second.sha256).await.unwrap().is_none());
        assert_eq!(
            store.overlay(&facility(), &survey.id).await.unwrap().items,
            vec![third.clone()]
        );
        // Discarded: gone with its bytes.
        let q = survey.questions().next().unwrap().id.clone();
        let fourth = recording(&store, b"take four", MediaTarget::Question(q)).await;
        put(fourth.clone(), device.id).await;
        assert!(store
            .discard_recording(&facility(), &fourth.sha256)
            .await
            .unwrap());
        assert!(store.media(&fourth.sha256).await.unwrap().is_none());
        assert!(!store
            .discard_recording(&facility(), &fourth.sha256)
            .await
            .unwrap());
        // Usage counts waiting and approved, per facility and per device.
        let usage = store
            .recording_usage(&facility(), &other_device.id)
            .await
            .unwrap();
        assert_eq!((usage.facility_bytes, usage.device_bytes), (10, 10));
        // Revoking the device that made the approved take removes it and its bytes.
        let fifth = recording(&store, b"take five", MediaTarget::Prompt("x".into())).await;
        put(fifth.clone(), other_device.id).await;
        assert!(store.revoke_device(&other_device.id).await.unwrap());
        assert!(store
            .overlay(&facility(), &survey.id)
            .await
            .unwrap()
            .items
            .is_empty());
        assert!(store.pending_recordings(None).await.unwrap().is_empty());
        for sha in [third.sha256, fifth.sha256] {
            assert!(store.media(&sha).await.unwrap().is_none());
        }
    }

    pub async fn accounts_disable_remove_reset_and_end_sessions(store: Arc<dyn Store>) {
        use heard_sync_server::store::Role;
        seed(&store).await;
        let id = store
            .add_coordinator("a@example.org", &Role::Facility(facility()), "hash-1")
            .await
            .unwrap();
        store
            .add_coordinator("b@example.org", &Role::National, "hash-b")
            .await
            .unwrap();
        for s in ["s1", "s2", "s3"] {
            store.put_session(hash_secret(s), id, 1_000).await.unwrap();
        }
        let accounts = store.coordinators(500).await.unwrap();
        let emails: Vec<_> = accounts
            .iter()
            .map(|a| (a.coordinator.email.as_str(), a.disabled, a.sessions))
            .collect();
        assert_eq!(
            emails,
            [("a@example.org", false, 3), ("b@example.org", false, 0)]
        );
        assert_eq!(store.coordinators(2_000).await.unwrap()[0].sessions, 0);
        // A reset keeps only the session that made it.
        assert!(store
            .set_coordinator_password("a@example.org", "hash-2", Some(hash_secret("s1")))
            .await
            .unwrap());
        assert!(store
            .session(hash_secret("s1"), 500)
            .await
            .unwrap()
            .is_some());
        assert!(store
            .session(hash_secret("s2"), 500)
            .await
            .unwrap()
            .is_none());
        let (_, hash) = store
            .coordinator_by_email("a@example.org")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(hash, "hash-2");
        assert!(!store
            .set_coordinator_password("nobody@example.org", "h", None)
            .await
            .unwrap());
        // Disabled: no sign-in, no session.
        assert!(store
            .set_coordinator_disabled("a@example.org", true)
            .await
            .unwrap());
        assert!(store
            .coordinator_by_email("a@example.org")
            .await
            .unwrap()
            .is_none());
        assert!(store
            .session(hash_secret("s1"), 500)
            .await
            .unwrap()
            .is_none());
        assert!(store.coordinators(500).await.unwrap()[0].disabled);
        assert!(store
            .set_coordinator_disabled("a@example.org", false)
            .await
            .unwrap());
        assert!(store
            .coordinator_by_email("a@example.org")
            .await
            .unwrap()
            .is_some());
        assert!(!store
            .set_coordinator_disabled("nobody@example.org", true)
            .await
            .unwrap());
        // Ending sessions; removing.
        store
            .put_session(hash_secret("s4"), id, 1_000)
            .await
            .unwrap();
        assert_eq!(store.end_sessions("a@example.org").await.unwrap(), Some(1));
        assert_eq!(
            store.end_sessions("nobody@example.org").await.unwrap(),
            None
        );
        store
            .put_session(hash_secret("s5"), id, 1_000)
            .await
            .unwrap();
        assert!(store.remove_coordinator("a@example.org").await.unwrap());
        assert!(!store.remove_coordinator("a@example.org").await.unwrap());
        assert!(store
            .session(hash_secret("s5"), 500)
            .await
            .unwrap()
            .is_none());
        assert_eq!(store.coordinators(500).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn sqlite_reopens_with_its_data_and_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let store: Arc<dyn Store> = Arc::new(
            heard_sync_server::store::sqlite::SqliteStore::open(&path)
                .await
                .unwrap(),
        );
        support::seed(&store).await;
    }
    let store = heard_sync_server::store::sqlite::SqliteStore::open(&path)
        .await
        .unwrap();
    assert_eq!(store.facilities().await.unwrap().len(), 2);
}

#[tokio::test]
async fn postgres_migrations_run_once_per_schema() {
    let Some(url) = support::postgres_url("postgres_migrations_run_once_per_schema") else {
        return;
    };
    let schema = support::fresh_schema("heard_mig");
    let pg = heard_sync_server::store::postgres::PostgresStore::connect_in_schema;
    let store: Arc<dyn Store> = Arc::new(pg(&url, Some(&schema)).await.unwrap());
    support::seed(&store).await;
    let again = pg(&url, Some(&schema)).await.unwrap();
    assert_eq!(again.facilities().await.unwrap().len(), 2);
}
