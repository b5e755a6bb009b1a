//! SQLite's group commit (`store/sqlite/group_commit.rs`): many pushes at once share the
//! writer's transactions and each still gets exactly the outcomes one transaction per push
//! would give: one `accepted` per id, `duplicate` for the same bytes pushed again (also by
//! another push in the same transaction), `conflict` for other bytes under a stored id; tallies
//! and upload counters count each accepted response once.

mod support;

use heard_core::canonical::to_canonical_json;
use heard_sync_server::ingest::{parse_line, prepare, Edition};
use heard_sync_server::secrets::hash_secret;
use heard_sync_server::store::sqlite::SqliteStore;
use heard_sync_server::store::{IngestItem, Ingested, Store};
use std::sync::Arc;
use support::responses::ResponseGen;

fn items(lines: &[Vec<u8>]) -> Vec<IngestItem> {
    let survey = support::flagship();
    lines
        .iter()
        .map(|l| {
            prepare(
                parse_line(l).unwrap(),
                l,
                Edition::Known(&survey),
                &support::facility(),
            )
            .unwrap()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_pushes_share_commits_and_keep_their_outcomes() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path().join("s.sqlite3"))
            .await
            .unwrap(),
    );
    let survey = support::seed(&store).await;
    let token = support::enrolled_token(&store, support::FACILITY).await;
    let device = store
        .device_by_token(hash_secret(&token))
        .await
        .unwrap()
        .unwrap();

    // 48 pushes of 20 responses; push k+24 repeats push k (same bytes), and push k+24's last
    // line is a different response under the id of push k's first line (a conflict).
    let mut g = ResponseGen::new(&survey, &support::facility(), 7);
    let originals: Vec<Vec<Vec<u8>>> = (0..24)
        .map(|_| (0..20).map(|_| to_canonical_json(&g.response())).collect())
        .collect();
    let mut pushes = originals.clone();
    for original in &originals {
        let mut again = original.clone();
        let mut other = g.response();
        other.id = parse_line(&original[0]).unwrap().id;
        *again.last_mut().unwrap() = to_canonical_json(&other);
        pushes.push(again);
    }

    let tasks: Vec<_> = pushes
        .iter()
        .map(|lines| {
            let (store, items) = (Arc::clone(&store), items(lines));
            let id = device.id;
            tokio::spawn(async move {
                let outcomes = store.ingest(items).await.unwrap();
                let accepted = outcomes
                    .iter()
                    .filter(|o| **o == Ingested::Accepted)
                    .count();
                store
                    .record_upload(&id, 20_000, accepted as u64)
                    .await
                    .unwrap();
                outcomes
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for t in tasks {
        outcomes.push(t.await.unwrap());
    }

    // Whichever of push k and push k+24 committed first, between them: 20 accepted lines
    // (19 + the first line's id once), 19 duplicates, and one line refused: the conflict if
    // push k went first, or push k's own first line, then the conflict with it, otherwise.
    for k in 0..24 {
        let both: Vec<&Ingested> = outcomes[k].iter().chain(&outcomes[k + 24]).collect();
        let count = |o: Ingested| both.iter().filter(|x| ***x == o).count();
        assert_eq!(count(Ingested::Accepted), 20, "push {k}: {both:?}");
        assert_eq!(count(Ingested::Duplicate), 19, "push {k}: {both:?}");
        assert_eq!(count(Ingested::Conflict), 1, "push {k}: {both:?}");
    }
    assert_eq!(store.response_count().await.unwrap(), 24 * 20);
    let summaries: u64 = store
        .quarter_summaries(&survey.id)
        .await
        .unwrap()
        .iter()
        .map(|(_, _, s)| s.responses.complete + s.responses.abandoned)
        .sum();
    assert_eq!(summaries, 24 * 20, "each accepted response tallied once");
    let months = store.device_months().await.unwrap();
    assert_eq!(months.len(), 1);
    assert_eq!(months[0].pushes, 48);
    assert_eq!(months[0].responses, 24 * 20);
}
