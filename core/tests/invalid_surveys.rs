//! Broken survey files: each fixture folder holds `survey.toml`, one `.ftl` per language, and
//! `expected.txt` listing the start of every problem the loader must report (file, question,
//! message). Loading must fail with exactly those problems, and never panic.

use heard_core::authoring::SurveySources;
use std::path::Path;

/// Every fixture's survey is `broken`; its files are handed over in the repository layout, so
/// problems name `assets/surveys/broken.toml` and `locales/<tag>/surveys/broken.ftl`.
fn load_fixture(dir: &Path) -> Vec<String> {
    let structure = std::fs::read_to_string(dir.join("survey.toml")).unwrap();
    let mut files = vec![("assets/surveys/broken.toml".to_owned(), structure)];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) == Some("ftl") {
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap()
                .to_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((format!("locales/{tag}/surveys/broken.ftl"), text));
        }
    }
    match SurveySources::from_files(files).load("broken") {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn every_broken_fixture_reports_exactly_its_expected_problems() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "at least 10 broken fixtures");
    let mut failures = Vec::new();
    for dir in &cases {
        let problems = load_fixture(dir);
        let expected: Vec<String> = std::fs::read_to_string(dir.join("expected.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
        let unmatched_expected: Vec<&String> = expected
            .iter()
            .filter(|e| !problems.iter().any(|p| p.starts_with(e.as_str())))
            .collect();
        let unexpected: Vec<&String> = problems
            .iter()
            .filter(|p| !expected.iter().any(|e| p.starts_with(e.as_str())))
            .collect();
        if problems.is_empty() || !unmatched_expected.is_empty() || !unexpected.is_empty() {
            failures.push(format!(
                "{}:\n  missing: {unmatched_expected:#?}\n  unexpected: {unexpected:#?}\n  all: {problems:#?}",
                dir.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn arbitrary_bytes_never_panic_the_loader() {
    // A few hostile inputs: binary junk, deep nesting, huge numbers.
    let inputs = [
        "\u{0}\u{1}\u{2}",
        "id = 1\nversion = []\ndefault-language = {}",
        "[[section]]\n[[section.question]]\nid = \"q\"\nkind = \"scale\"\nmin = 99999999999\nmax = -99999999999",
        "id = \"x\"\nversion = \"1\"\ndefault-language = \"en\"\nsection = 3",
    ];
    for input in inputs {
        let sources = SurveySources::from_files([
            ("assets/surveys/x.toml", input),
            ("locales/en/surveys/x.ftl", "survey-title = {"),
        ]);
        let err = sources
            .load("x")
            .expect_err("hostile input must be refused");
        assert!(!err.problems.is_empty());
        assert!(err.problems.iter().all(|p| !p.file.is_empty()));
    }
}
