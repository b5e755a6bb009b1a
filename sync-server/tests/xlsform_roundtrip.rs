//! The flagship survey, exported as XLSForm and imported back, is the same survey.

mod xlsform_support;

use heard_core::ids::LangTag;
use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use heard_sync_server::builtin::load_builtin;
use heard_sync_server::xlsform::{
    export_xlsform, import_xlsform, media_file_name, ImportOptions, MediaFolder,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every language with a text file for the survey, whatever has been added since.
fn languages_on_disk(id: &str) -> BTreeSet<LangTag> {
    std::fs::read_dir(repo_root().join("locales"))
        .expect("locales/ exists")
        .flatten()
        .filter(|e| e.path().join("surveys").join(format!("{id}.ftl")).is_file())
        .map(|e| LangTag::new(e.file_name().to_string_lossy().into_owned()).expect("a tag"))
        .collect()
}

#[test]
fn be_fedasil_survives_export_and_import_unchanged() {
    let original = load_builtin(&repo_root(), "be-fedasil").unwrap();
    assert_eq!(original.languages, languages_on_disk("be-fedasil"));
    assert!(original.languages.contains(&LangTag::new("en").unwrap()));

    let bytes = export_xlsform(&original, None, None).unwrap();
    let imported = import_xlsform(&bytes, &ImportOptions::default()).unwrap();

    assert_eq!(imported.survey, original);
    assert_eq!(imported.survey.version_hash(), original.version_hash());
    assert!(imported.coverage.iter().all(|c| c.is_complete()));
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
}

#[test]
fn exporting_the_import_gives_the_same_workbook_contents() {
    let original = load_builtin(&repo_root(), "be-fedasil").unwrap();
    let first = export_xlsform(&original, None, None).unwrap();
    let again = import_xlsform(&first, &ImportOptions::default()).unwrap();
    let second = export_xlsform(&again.survey, None, Some(&again.names)).unwrap();
    let reimported = import_xlsform(&second, &ImportOptions::default()).unwrap();
    assert_eq!(reimported.survey, original);
}

#[test]
fn media_survive_export_and_import() {
    let survey = load_builtin(&repo_root(), "be-fedasil").unwrap();
    let en = LangTag::new("en").unwrap();
    let q = survey.questions().next().unwrap().id.clone();
    let reasons = survey.questions().nth(1).unwrap();
    let files: [(&[u8], &str); 3] = [
        (b"question audio", "audio/ogg"),
        (b"question picture", "image/png"),
        (b"choice picture", "image/svg+xml"),
    ];
    let item = |target, kind, language: Option<LangTag>, (bytes, mime): (&[u8], &str)| MediaItem {
        target,
        kind,
        language,
        sha256: heard_core::canonical::Sha256::of_bytes(bytes),
        bytes: bytes.len() as u64,
        mime: mime.into(),
        origin: MediaOrigin::Imported,
    };
    let mut manifest = MediaManifest::new(Some(survey.id.clone()));
    manifest.put(item(
        MediaTarget::Question(q.clone()),
        MediaKind::Audio,
        Some(en),
        files[0],
    ));
    manifest.put(item(
        MediaTarget::Question(q),
        MediaKind::Pictogram,
        None,
        files[1],
    ));
    manifest.put(item(
        MediaTarget::Choice {
            question: reasons.id.clone(),
            choice: reasons.kind.choice_ids()[0].clone(),
        },
        MediaKind::Pictogram,
        None,
        files[2],
    ));
    // The media folder an author would send along: each item's file under the exported name.
    let mut folder = MediaFolder::new();
    for it in &manifest.items {
        let (bytes, _) = files
            .iter()
            .find(|(b, _)| it.sha256 == heard_core::canonical::Sha256::of_bytes(b))
            .unwrap();
        folder.insert(media_file_name(it), bytes.to_vec());
    }

    let bytes = export_xlsform(&survey, Some(&manifest), None).unwrap();
    let imported = import_xlsform(
        &bytes,
        &ImportOptions {
            media: Some(&folder),
            fallback_id: None,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(imported.survey, survey);
    assert_eq!(imported.manifest, manifest);
    assert_eq!(imported.media_files.len(), 3);
}

#[test]
fn every_built_in_survey_survives_export_and_import_unchanged() {
    let mut ids: Vec<String> = std::fs::read_dir(repo_root().join("assets/surveys"))
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    ids.sort();
    assert!(ids.contains(&"be-fedasil".to_owned()));
    for id in ids {
        let original = load_builtin(&repo_root(), &id).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(original.languages, languages_on_disk(&id), "{id}");
        let bytes = export_xlsform(&original, None, None).unwrap();
        let imported = import_xlsform(&bytes, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(imported.survey, original, "{id}");
    }
}

#[test]
fn the_command_line_exports_checks_and_imports() {
    use heard_sync_server::xlsform::cli::run;
    let dir = std::env::temp_dir().join(format!("heard-xlsform-cli-{}", std::process::id()));
    let media = dir.join("media");
    std::fs::create_dir_all(&media).expect("temp dir");
    let form = dir.join("be-fedasil.xlsx");
    let arg = |p: &std::path::Path| p.display().to_string();
    let root = arg(&repo_root());
    let out = run(&[
        "export".into(),
        "be-fedasil".into(),
        "-o".into(),
        arg(&form),
        "--root".into(),
        root,
    ])
    .expect("export works");
    assert!(
        out.starts_with("exported survey `be-fedasil` (18 questions, languages "),
        "{out}"
    );
    let out =
        run(&["check".into(), arg(&form), "--media".into(), arg(&media)]).expect("check works");
    assert!(
        out.starts_with(
            "ok: survey `be-fedasil` version 2026.1 — 18 questions in 7 sections; languages: "
        ),
        "{out}"
    );
    let json = dir.join("survey.json");
    let out = run(&["import".into(), arg(&form), "-o".into(), arg(&json)]).expect("import works");
    assert!(out.ends_with(&format!("wrote {}", json.display())), "{out}");
    let text = std::fs::read_to_string(&json).expect("json written");
    assert!(text.contains("\"version-hash\""));

    let broken = dir.join("broken.xlsx");
    std::fs::write(&broken, b"not a workbook").expect("write");
    assert_eq!(
        run(&["check".into(), arg(&broken)]).unwrap_err(),
        format!("{}: this is not an XLSForm .xlsx file: it is not a zip archive; save the form as .xlsx (Excel Workbook)", broken.display())
    );
    let unknown = run(&["frob".into(), "x".into()]).unwrap_err();
    assert!(
        unknown.contains("unrecognized subcommand 'frob'"),
        "{unknown}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
