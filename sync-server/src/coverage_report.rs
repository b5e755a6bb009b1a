//! `heard-sync-server survey coverage [SURVEY_ID…]`: per survey and language, how much text
//! exists and what a resident would hear (audio missing / synthetic / recorded), counted by
//! `heard_core::coverage`. Sources: the repository's built-in surveys with their manifests in
//! `assets/audio/manifests/`, and the surveys stored in the database as each facility gets them
//! (the edition's manifest with that facility's recordings laid over).

use crate::builtin::load_builtin;
use crate::store::{Store, StoreError};
use heard_core::coverage::coverage;
use heard_core::ids::LangTag;
use heard_core::media::MediaManifest;
use heard_core::survey::Survey;
use std::fmt::Write as _;
use std::path::Path;

/// One survey as some audience gets it.
#[derive(Debug, Clone)]
pub struct CoverageSource {
    /// Where it comes from, e.g. `built-in` or `stored, facility be-brussels`.
    pub origin: String,
    pub survey: Survey,
    /// The survey's manifest overlaid with the UI manifest (so shared prompts count).
    pub manifest: MediaManifest,
}

fn read_manifest(path: &Path) -> Result<Option<MediaManifest>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// The UI manifest (shared prompts), empty when the repository has none.
pub fn ui_manifest(root: &Path) -> Result<MediaManifest, String> {
    Ok(read_manifest(&root.join("assets/audio/manifests/ui.json"))?.unwrap_or_default())
}

/// The languages the app speaks (`locales/languages.toml`), in file order.
pub fn app_languages(root: &Path) -> Vec<LangTag> {
    let Ok(text) = std::fs::read_to_string(root.join("locales/languages.toml")) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let v = l.trim().strip_prefix("tag")?.trim().strip_prefix('=')?;
            LangTag::new(v.trim().trim_matches('"')).ok()
        })
        .collect()
}

/// Built-in surveys (all of `assets/surveys/*.toml` when `ids` is empty).
pub fn builtin_sources(root: &Path, ids: &[String]) -> Result<Vec<CoverageSource>, String> {
    let ui = ui_manifest(root)?;
    let mut names: Vec<String> = if ids.is_empty() {
        let dir = root.join("assets/surveys");
        std::fs::read_dir(&dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".toml").map(str::to_owned)
            })
            .collect()
    } else {
        ids.to_vec()
    };
    names.sort();
    let mut out = Vec::new();
    for id in names {
        let path = root.join("assets/surveys").join(format!("{id}.toml"));
        if !path.is_file() {
            continue; // not a built-in (it may be a stored survey)
        }
        let survey = load_builtin(root, &id).map_err(|e| e.to_string())?;
        let own = read_manifest(&root.join(format!("assets/audio/manifests/{id}.json")))?
            .unwrap_or_default();
        out.push(CoverageSource {
            origin: "built-in".into(),
            survey,
            manifest: own.overlaid_with(&ui),
        });
    }
    Ok(out)
}

/// Surveys stored in the database, as each facility gets them (its overlay laid over).
pub async fn stored_sources(
    store: &dyn Store,
    ids: &[String],
    ui: &MediaManifest,
) -> Result<Vec<CoverageSource>, StoreError> {
    let mut out = Vec::new();
    for facility in store.facilities().await? {
        for stored in store.assigned_surveys(&facility.code).await? {
            if !ids.is_empty() && !ids.iter().any(|i| i == stored.survey.id.as_str()) {
                continue;
            }
            let overlay = store.overlay(&facility.code, &stored.survey.id).await?;
            out.push(CoverageSource {
                origin: format!("stored, facility {}", facility.code),
                manifest: stored.manifest.overlaid_with(&overlay).overlaid_with(ui),
                survey: stored.survey,
            });
        }
    }
    Ok(out)
}

/// The report: per survey, one line per language (the app's languages, plus any other the
/// survey has). Audio is counted as missing / synthetic / recorded (recorded includes imported
/// files); "answers" are the shared prompts for fixed answer labels.
pub fn render(sources: &[CoverageSource], app_languages: &[LangTag]) -> String {
    let mut r = String::new();
    for s in sources {
        let mut langs = app_languages.to_vec();
        for l in &s.survey.languages {
            if !langs.contains(l) {
                langs.push(l.clone());
            }
        }
        let _ = writeln!(
            r,
            "{} ({}), edition {}",
            s.survey.id,
            s.origin,
            &s.survey.version_hash().to_hex()[..12]
        );
        let _ = writeln!(
            r,
            "  lang    text       audio missing/synthetic/recorded   answers missing/synthetic/recorded"
        );
        for c in coverage(&s.survey, &s.manifest, &langs) {
            let text = format!(
                "{}/{}{}",
                c.text.present,
                c.text.total,
                if c.text.complete() { "" } else { " *" }
            );
            let audio = format!(
                "{}/{}/{}",
                c.audio.missing,
                c.audio.synthetic,
                c.audio.recorded + c.audio.imported
            );
            let shared = format!(
                "{}/{}/{}",
                c.shared_audio.missing,
                c.shared_audio.synthetic,
                c.shared_audio.recorded + c.shared_audio.imported
            );
            // Imported, counted, but the tablet has no words of its own for it yet.
            let unspoken = if app_languages.contains(&c.language) {
                String::new()
            } else {
                format!(
                    "   (no locales/{}/app.ftl: not offered to residents)",
                    c.language
                )
            };
            let _ = writeln!(
                r,
                "  {:7} {:10} {:35} {}{unspoken}",
                c.language.as_str(),
                text,
                audio,
                shared
            );
        }
    }
    if !sources.is_empty() {
        r.push_str("(* = text incomplete: the survey is not offered in that language)\n");
    }
    r
}
