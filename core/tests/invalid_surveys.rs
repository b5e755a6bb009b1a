//! Broken survey files: each fixture folder holds `survey.toml`, one `.ftl` per language, and
//! `expected.txt` listing the start of every problem the loader must report (file, question,
//! message). Loading must fail with exactly those problems, and never panic.

use heard_core::authoring::{load_survey, SourceFile, SurveySources};
use heard_core::ids::LangTag;
use std::path::Path;

fn load_fixture(dir: &Path) -> Vec<String> {
    let case = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let structure = std::fs::read_to_string(dir.join("survey.toml")).unwrap();
    let structure_name = format!("{case}/survey.toml");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) == Some("ftl") {
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap()
                .to_owned();
            let name = format!("{case}/{tag}.ftl");
            texts.push((tag, name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts.sort();
    let sources = SurveySources {
        structure: SourceFile {
            name: &structure_name,
            contents: &structure,
        },
        texts: texts
            .iter()
            .map(|(tag, name, text)| {
                (
                    LangTag::new(tag.clone()).unwrap(),
                    SourceFile {
                        name,
                        contents: text,
                    },
                )
            })
            .collect(),
    };
    match load_survey(&sources) {
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
        let sources = SurveySources {
            structure: SourceFile {
                name: "x.toml",
                contents: input,
            },
            texts: vec![(
                LangTag::new("en").unwrap(),
                SourceFile {
                    name: "en.ftl",
                    contents: "survey-title = {",
                },
            )],
        };
        let err = load_survey(&sources).expect_err("hostile input must be refused");
        assert!(!err.problems.is_empty());
        assert!(err.problems.iter().all(|p| !p.file.is_empty()));
    }
}
