//! Broken survey files: each fixture folder holds `survey.toml`, one `.ftl` per language, and
//! `expected.txt` listing the start of every problem the loader must report (file, question,
//! message). Loading must fail with exactly those problems, and never panic.

use heard_core::authoring::SurveySources;
use heard_core::survey::{check_survey, Survey};
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

/// A survey that arrives as JSON (a downloaded bundle) is checked by `check_survey` alone: the
/// authoring format and XLSForm refuse `not-identifying` outside `number` questions while
/// reading, a bundle's JSON must be refused by the check, naming the question.
#[test]
fn a_bundle_marking_a_non_number_question_not_identifying_is_refused() {
    let structure = r#"
id = "bundle"
version = "1"
default-language = "en"

[[section]]
id = "main"

[[section.question]]
id = "visits"
kind = "number"
min = 0
max = 50
not-identifying = true

[[section.question]]
id = "comment"
kind = "free-text"
"#;
    let texts = "survey-title = Bundle\nsection-main = Main\nvisits = How many visits?\ncomment = Anything else?\n";
    let survey = SurveySources::from_files([
        ("assets/surveys/bundle.toml", structure),
        ("locales/en/surveys/bundle.ftl", texts),
    ])
    .load("bundle")
    .expect("the authored survey is valid");
    assert!(check_survey(&survey).is_empty(), "a number may be marked");

    // The survey as a bundle carries it, with the free-text question marked as well.
    let mut json = serde_json::to_value(&survey).unwrap();
    let marked = json["sections"][0]["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["id"] == "comment")
        .unwrap();
    marked["not-identifying"] = serde_json::Value::Bool(true);
    let arrived: Survey = serde_json::from_value(json).expect("the JSON reads as a survey");
    let problems: Vec<String> = check_survey(&arrived)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        ["question `comment`: `not-identifying` applies to a number question only; remove it"]
    );
}
