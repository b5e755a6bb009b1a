//! Issue 17: real XLSForms from public repositories (tests/fixtures/xlsform-corpus/SOURCES.md).
//! Each lands in the class recorded before the importer changed; nothing panics; every refusal
//! names its sheet (and row or column); and for forms that import, the questions kept, their
//! choice values and label languages equal what pyxform's XForm holds, per original name, with
//! every question added or left out named in a warning.
//!
//! The workbooks and pyxform's XForms are committed in tests/fixtures/xlsform-corpus/forms/
//! (`$HEARD_XLSFORM_CORPUS` overrides the folder).

#[path = "xlsform_corpus/xform.rs"]
mod xform;

use heard_core::survey::QuestionKind;
use heard_sync_server::xlsform::{import_xlsform, parse_language, ImportOptions, ImportedForm};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

struct Entry {
    file: String,
    sha256: String,
    pyxform_ok: bool,
    expected: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sources() -> (Vec<Entry>, BTreeMap<String, (String, String)>) {
    let text = std::fs::read_to_string(root().join("tests/fixtures/xlsform-corpus/SOURCES.md"))
        .expect("SOURCES.md is committed");
    let mut entries = Vec::new();
    let mut after = BTreeMap::new();
    let mut in_after = false;
    for line in text.lines() {
        if line.starts_with("## ") {
            in_after = line.contains("After the first run");
        }
        let cells: Vec<&str> = line
            .split(" | ")
            .map(|c| c.trim_matches(['|', ' ']))
            .collect();
        if !line.starts_with("| ") || !cells[0].ends_with(".xlsx") {
            continue;
        }
        if in_after {
            // | file | recorded | lands | why |
            after.insert(
                cells[0].to_owned(),
                (cells[2].to_owned(), cells[3].to_owned()),
            );
        } else {
            // | file | repository | path | commit | sha256 | licence | rows | languages | pyxform | expected | why |
            entries.push(Entry {
                file: cells[0].to_owned(),
                sha256: cells[4].to_owned(),
                pyxform_ok: cells[8] == "ok",
                expected: cells[9].to_owned(),
            });
        }
    }
    (entries, after)
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("HEARD_XLSFORM_CORPUS").map_or_else(
        || root().join("tests/fixtures/xlsform-corpus/forms"),
        PathBuf::from,
    )
}

fn sha_prefix(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

enum Landed {
    Imports(ImportedForm),
    Skip(ImportedForm),
    Refused(Vec<String>),
}

fn land(bytes: &[u8], stem: &str) -> Result<Landed, String> {
    let run = |skip| {
        std::panic::catch_unwind(|| {
            import_xlsform(
                bytes,
                &ImportOptions {
                    fallback_id: Some(stem),
                    skip_unsupported: skip,
                    ..Default::default()
                },
            )
        })
        .map_err(|_| format!("{stem}: the import panicked"))
    };
    match run(false)? {
        Ok(f) => Ok(Landed::Imports(f)),
        Err(_) => match run(true)? {
            Ok(f) => Ok(Landed::Skip(f)),
            Err(e) => {
                let mut bad = Vec::new();
                for p in e.problems() {
                    match &p.at {
                        Some(at) if at.row.is_some() || at.column.is_some() => {}
                        Some(at) if WHOLE_SHEET.iter().any(|m| p.message.starts_with(m)) => {
                            let _ = at;
                        }
                        _ => bad.push(p.to_string()),
                    }
                }
                if e.problems().is_empty() {
                    bad.push(format!("{stem}: refused without a problem: {e}"));
                }
                Ok(Landed::Refused(bad))
            }
        },
    }
}

/// Problems about a whole sheet (named, with no single row or column to point at).
const WHOLE_SHEET: &[&str] = &[
    "the survey has no questions",
    "the workbook has no `survey` sheet",
];

#[test]
fn every_corpus_form_lands_in_its_recorded_class() {
    let (entries, after) = sources();
    assert!(
        entries.len() >= 25,
        "SOURCES.md lists {} forms",
        entries.len()
    );
    let dir = corpus_dir();
    let mut failures = Vec::new();
    let mut compared = 0;
    for e in &entries {
        let path = dir.join(&e.file);
        let Ok(bytes) = std::fs::read(&path) else {
            failures.push(format!("{}: missing from {}", e.file, dir.display()));
            continue;
        };
        if sha_prefix(&bytes) != e.sha256 {
            failures.push(format!(
                "{}: not the recorded file (sha256 {})",
                e.file,
                sha_prefix(&bytes)
            ));
            continue;
        }
        let stem = e.file.trim_end_matches(".xlsx");
        let landed = match land(&bytes, stem) {
            Ok(l) => l,
            Err(panic) => {
                failures.push(panic);
                continue;
            }
        };
        let class = match &landed {
            Landed::Imports(_) => "imports",
            Landed::Skip(_) => "skip-unsupported",
            Landed::Refused(_) => "refused",
        };
        let want = match after.get(&e.file) {
            Some((lands, why)) => {
                eprintln!(
                    "{}: recorded `{}`, lands `{lands}` ({why})",
                    e.file, e.expected
                );
                lands.as_str()
            }
            None => e.expected.as_str(),
        };
        eprintln!("{}: {class}", e.file);
        if class != want {
            failures.push(format!("{}: expected {want}, landed {class}", e.file));
        }
        match landed {
            Landed::Refused(bad) => failures.extend(
                bad.into_iter()
                    .map(|b| format!("{}: a refusal without row or column: {b}", e.file)),
            ),
            Landed::Imports(form) | Landed::Skip(form) => {
                let xml_path = dir.join(format!("{stem}.xml"));
                match std::fs::read_to_string(&xml_path) {
                    Ok(xml) => {
                        compared += 1;
                        failures.extend(compare(&e.file, &form, &xml));
                    }
                    Err(_) if !e.pyxform_ok => {}
                    Err(_) => failures.push(format!(
                        "{}: pyxform's XForm {} is missing",
                        e.file,
                        xml_path.display()
                    )),
                }
            }
        }
    }
    eprintln!(
        "{} forms checked, {compared} compared with pyxform",
        entries.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Per original question name: kept questions exist in the XForm with the same choice values
/// and label languages; XForm questions Heard left out, and questions Heard added, each appear
/// in a warning.
fn compare(file: &str, form: &ImportedForm, xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let x = match xform::parse(xml) {
        Ok(x) => x,
        Err(e) => return vec![format!("{file}: cannot read pyxform's XForm: {e}")],
    };
    let warnings: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    let warned = |name: &str| {
        warnings.iter().any(|w| {
            w.contains(&format!("`{name}`"))
                || w.contains(&format!(": {name}"))
                || w.contains(&format!(", {name}"))
        })
    };
    let default = &form.survey.default_language;
    let lang_of = |l: &str| -> Option<String> {
        if l == "default" {
            Some(default.to_string())
        } else {
            parse_language(l).ok().map(|t| t.to_string())
        }
    };
    let mut kept = BTreeSet::new();
    let mut matched = 0;
    for q in form.survey.questions() {
        let original = form
            .names
            .fields
            .get(q.id.as_str())
            .cloned()
            .unwrap_or_else(|| q.id.as_str().replace('-', "_"));
        kept.insert(original.clone());
        let Some(xq) = x.questions.get(&original) else {
            if !warned(&original) && !warnings.iter().any(|w| w.contains(q.id.as_str())) {
                out.push(format!("{file}: Heard added `{}` with no warning", q.id));
            }
            continue;
        };
        matched += 1;
        // Choice values (as written to exports: the original names).
        let heard_choices: BTreeSet<String> = q
            .kind
            .choice_ids()
            .iter()
            .map(|c| {
                form.names
                    .choices
                    .get(&(q.id.to_string(), c.to_string()))
                    .cloned()
                    .unwrap_or_else(|| c.as_str().replace('-', "_"))
            })
            .collect();
        let fixed = !matches!(
            q.kind,
            QuestionKind::SingleChoice { .. }
                | QuestionKind::MultipleChoice { .. }
                | QuestionKind::Ranking { .. }
        );
        if !xq.choices.is_empty() && !fixed && heard_choices != xq.choices {
            out.push(format!(
                "{file}: `{original}` choices differ: Heard {heard_choices:?}, pyxform {:?}",
                xq.choices
            ));
        }
        // Label languages: Heard's are among pyxform's; any pyxform has and Heard not is warned.
        let xl: BTreeSet<String> = if xq.plain_label {
            [default.to_string()].into()
        } else {
            xq.label_languages
                .iter()
                .filter_map(|l| lang_of(l))
                .collect()
        };
        let hl: BTreeSet<String> = q.prompt.languages().map(ToString::to_string).collect();
        for l in hl.difference(&xl) {
            out.push(format!("{file}: `{original}` has a label in `{l}` that pyxform's XForm lacks (pyxform: {xl:?})"));
        }
        for l in xl.difference(&hl) {
            if !warnings.iter().any(|w| w.contains(&format!("`{l}`"))) {
                out.push(format!(
                    "{file}: `{original}` lost its `{l}` label with no warning"
                ));
            }
        }
    }
    for (name, xq) in &x.questions {
        if name.is_empty() || kept.contains(name) || name == "instanceID" {
            continue;
        }
        if !warned(name) {
            out.push(format!(
                "{file}: pyxform's `{name}` ({}) is not in Heard and no warning names it",
                xq.control
            ));
        }
    }
    eprintln!("{file}: {matched} question(s) matched pyxform's by name");
    if matched == 0 {
        out.push(format!(
            "{file}: no question matched pyxform's XForm; the comparison would be empty"
        ));
    }
    // Languages pyxform found that Heard cannot place are named in a warning.
    for l in &x.languages {
        if lang_of(l).is_none() && !warnings.iter().any(|w| w.contains(l.as_str())) {
            out.push(format!("{file}: language `{l}` dropped with no warning"));
        }
    }
    out
}
