//! `heard-sync-server survey coverage`: the real binary on a real SQLite file, for a built-in
//! survey and the same survey stored and assigned to a facility.
#![allow(clippy::unwrap_used)]

use heard_core::coverage::coverage;
use heard_core::ids::LangTag;
use heard_core::media::MediaManifest;
use heard_sync_server::builtin::{load_builtin, resolve_root};
use std::path::Path;
use std::process::Command;

fn server(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
        .env("DATABASE_URL", db)
        .current_dir(resolve_root(None))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn coverage_is_reported_per_survey_and_language_for_built_in_and_stored_surveys() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("server.sqlite3");
    for args in [
        &["facility", "add", "be-cov-centre", "--name", "Coverage"][..],
        &["survey", "add", "--builtin", "be-fedasil"],
        &[
            "survey",
            "assign",
            "be-fedasil",
            "--facility",
            "be-cov-centre",
        ],
    ] {
        let (ok, _, err) = server(&db, args);
        assert!(ok, "{args:?}: {err}");
    }
    let (ok, out, err) = server(&db, &["survey", "coverage", "be-fedasil"]);
    assert!(ok, "{err}");
    assert!(out.contains("be-fedasil (built-in), edition "), "{out}");
    assert!(
        out.contains("be-fedasil (stored, facility be-cov-centre), edition "),
        "{out}"
    );

    // The built-in's English line holds exactly what heard_core::coverage counts.
    let root = resolve_root(None);
    let survey = load_builtin(&root, "be-fedasil").unwrap();
    let read = |name: &str| -> MediaManifest {
        let path = root.join(format!("assets/audio/manifests/{name}.json"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let manifest = read("be-fedasil").overlaid_with(&read("ui"));
    let en = LangTag::new("en").unwrap();
    let c = &coverage(&survey, &manifest, std::slice::from_ref(&en))[0];
    assert!(c.text.complete());
    let expected_audio = format!(
        "{}/{}/{}",
        c.audio.missing,
        c.audio.synthetic,
        c.audio.recorded + c.audio.imported
    );
    let builtin_block: &str = out.split("(stored,").next().unwrap();
    let en_line = builtin_block
        .lines()
        .find(|l| l.trim_start().starts_with("en "))
        .unwrap();
    let fields: Vec<&str> = en_line.split_whitespace().collect();
    assert_eq!(
        fields[1],
        format!("{}/{}", c.text.present, c.text.total),
        "{en_line}"
    );
    assert_eq!(fields[2], expected_audio, "{en_line}");
    // Every language the app speaks has a line in each block.
    for tag in ["en", "fr", "nl", "ar", "ti", "uk"] {
        assert_eq!(
            out.lines()
                .filter(|l| l.trim_start().starts_with(&format!("{tag} ")))
                .count(),
            2,
            "{tag}: {out}"
        );
    }
    // The stored edition has no recordings of its own: no survey audio at all.
    let stored_block = out.split("(stored,").nth(1).unwrap();
    let stored_en = stored_block
        .lines()
        .find(|l| l.trim_start().starts_with("en "))
        .unwrap();
    let total = c.audio.total();
    assert_eq!(
        stored_en.split_whitespace().nth(2).unwrap(),
        format!("{total}/0/0")
    );

    // An unknown survey is an error that names it.
    let (ok, _, err) = server(&db, &["survey", "coverage", "no-such-survey"]);
    assert!(!ok);
    assert!(err.contains("no-such-survey"), "{err}");

    // Without a database: built-ins only.
    let (ok, out, _) = server(
        &dir.path().join("absent.sqlite3"),
        &["survey", "coverage", "--builtin-only", "pl-udsc"],
    );
    assert!(ok);
    assert!(out.starts_with("pl-udsc (built-in)"), "{out}");
    assert!(!dir.path().join("absent.sqlite3").exists());
}
