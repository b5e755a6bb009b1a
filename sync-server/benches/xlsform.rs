//! XLSForm check time (issue 17). `cargo bench -p heard-sync-server --bench xlsform -- [--quick]`
//!
//! Imports the largest form of the real corpus (tests/fixtures/xlsform-corpus, at least 1,500
//! rows on its survey and choices sheets) as `survey check` does, and reports the median of
//! several runs. Goal: < 2 s. The corpus is committed in `tests/fixtures/xlsform-corpus/forms`
//! (`HEARD_XLSFORM_CORPUS` overrides the folder, as for the corpus test).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use heard_sync_server::xlsform::{import_xlsform, ImportOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const GOAL: Duration = Duration::from_secs(2);

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::var_os("HEARD_XLSFORM_CORPUS").map_or_else(
        || root.join("tests/fixtures/xlsform-corpus/forms"),
        PathBuf::from,
    );
    // The largest form by rows, counted from SOURCES.md (`rows` column).
    let sources =
        std::fs::read_to_string(root.join("tests/fixtures/xlsform-corpus/SOURCES.md")).unwrap();
    let (file, rows) = sources
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(".xlsx | "))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            Some((
                cells[0].trim_start_matches("| ").to_owned(),
                cells.get(6)?.parse::<u32>().ok()?,
            ))
        })
        .max_by_key(|(_, rows)| *rows)
        .unwrap();
    assert!(
        rows >= 1500,
        "the largest corpus form has {rows} rows; the goal needs at least 1,500"
    );
    let bytes = std::fs::read(dir.join(&file)).unwrap();
    let runs = if quick { 3 } else { 15 };
    let mut times = Vec::new();
    let mut outcome = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let result = import_xlsform(
            &bytes,
            &ImportOptions {
                fallback_id: Some("bench"),
                ..Default::default()
            },
        );
        times.push(start.elapsed());
        outcome = match result {
            Ok(f) => format!("imported, {} warnings", f.notes.len()),
            Err(e) => format!("refused, {} errors", e.problems().len()),
        };
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "xlsform: check of {file} ({rows} rows, {} bytes; {outcome}): median {:.1} ms over {runs} runs (goal < {} s)",
        bytes.len(),
        median.as_secs_f64() * 1000.0,
        GOAL.as_secs()
    );
    assert!(median < GOAL, "the check took {median:?}, over the goal");
}
