//! Crash test: the app's own store code runs in a child process (`heard-store-child`), which
//! answers surveys and prints "saved N …" only after each commit returned. We kill it with
//! SIGKILL at random moments, 200 times. After every kill the database must pass
//! `PRAGMA integrity_check`, the app's connection must be in WAL mode with synchronous=FULL,
//! and every answer whose save was reported must be there.

mod support;

use heard::store::{Store, StoredState};
use heard_core::response::{Answers, Response, ResponseId};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::TempDir;

const KILLS: u64 = 200;

/// What the child reported for one response: its answers at the last report, and whether it
/// was finished.
struct Reported {
    answers: Answers,
    finished: bool,
}

fn parse_line(line: &str, reported: &mut BTreeMap<ResponseId, Reported>) -> u64 {
    let mut parts = line.splitn(4, ' ');
    let (Some(kind), Some(_n), Some(id), Some(json)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        panic!("malformed child line: {line}");
    };
    let id: ResponseId = id.parse().unwrap();
    let answers: Answers = serde_json::from_str(json).unwrap();
    let finished = kind == "finished";
    assert!(finished || kind == "saved", "unknown report {kind}");
    reported.insert(id, Reported { answers, finished });
    1
}

/// A small deterministic generator for kill delays.
fn delays(seed: u64) -> impl FnMut() -> Duration {
    let mut x = seed | 1;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        // 5 to 120 ms: the child opens the store, recovers, then commits every ~1 ms.
        Duration::from_millis(5 + x % 116)
    }
}

#[test]
fn every_reported_save_survives_sigkill_at_random_points() {
    let dir = TempDir::new("crash");
    let db = dir.db();
    let child_bin = env!("CARGO_BIN_EXE_heard-store-child");
    let mut reported: BTreeMap<ResponseId, Reported> = BTreeMap::new();
    let mut next_delay = delays(0x5eed_cafe);
    let mut total_reports = 0u64;
    let started = Instant::now();
    for round in 0..KILLS {
        let mut child = Command::new(child_bin)
            .arg(&db)
            .arg((round + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start heard-store-child");
        std::thread::sleep(next_delay());
        // Child::kill sends SIGKILL on Unix: no destructor, no flush, no checkpoint runs.
        child.kill().expect("SIGKILL the child");
        let stdout = child.stdout.take().unwrap();
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the child must have been killed"
        );
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut stderr);
        }
        assert!(
            !stderr.contains("Error"),
            "round {round}: the child failed on its own: {stderr}"
        );
        // Lines printed before the kill are still in the pipe; a torn last line is ignored
        // (its save was committed but the report never completed).
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if line.ends_with('}') {
                total_reports += parse_line(&line, &mut reported);
            }
        }

        // Restart: the app's own open path (migrations, recovery) on the same file.
        let store = Store::open(&db).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round}");
        assert_eq!(store.journal_mode().unwrap(), "wal", "round {round}");
        assert_eq!(store.synchronous().unwrap(), 2, "round {round}");
        for (id, expected) in &reported {
            let (state, body) = store
                .stored(id)
                .unwrap()
                .unwrap_or_else(|| panic!("round {round}: reported response {id} is missing"));
            let response: Response = serde_json::from_slice(&body).unwrap();
            if expected.finished {
                assert_eq!(state, StoredState::Complete, "round {round}: {id}");
                assert_eq!(response.answers, expected.answers, "round {round}: {id}");
            } else {
                // Interrupted: kept as abandoned, with every reported answer unchanged. (A
                // later save may have committed unreported; the child never changes an answer,
                // so it can only add answers.)
                assert_ne!(
                    state,
                    StoredState::InProgress,
                    "round {round}: {id} not recovered"
                );
                for (question, answer) in &expected.answers {
                    assert_eq!(
                        response.answers.get(question),
                        Some(answer),
                        "round {round}: {id} lost the answer to {question}"
                    );
                }
            }
        }
        drop(store);
    }
    assert!(
        total_reports >= KILLS,
        "the children reported only {total_reports} saves: the kills came too early to test anything"
    );
    eprintln!(
        "{KILLS} kills, {total_reports} reported saves, {} responses checked, {:.1?}",
        reported.len(),
        started.elapsed()
    );
}
