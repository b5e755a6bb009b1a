//! Test helpers: read the repository's survey files (tests may do IO; the library never does).
#![allow(dead_code)]

use heard_core::authoring::{load_survey, LoadError, SourceFile, SurveySources};
use heard_core::ids::LangTag;
use heard_core::survey::Survey;
use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ has a parent")
        .to_path_buf()
}

/// Ids of the built-in surveys in `assets/surveys/`.
pub fn builtin_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(repo_root().join("assets/surveys"))
        .expect("assets/surveys exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    ids.sort();
    ids
}

/// Loads a survey from a structure file and every `locales/<tag>/surveys/<id>.ftl` under `locales`.
pub fn load_from(structure: &Path, locales: &Path) -> Result<Survey, LoadError> {
    let id = structure.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let structure_text = std::fs::read_to_string(structure).expect("structure file readable");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(locales).expect("locales dir") {
        let entry = entry.expect("dir entry");
        let Some(tag) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path().join("surveys").join(format!("{id}.ftl"));
        if let (Ok(lang), Ok(text)) = (LangTag::new(tag.clone()), std::fs::read_to_string(&path)) {
            texts.push((lang, format!("locales/{tag}/surveys/{id}.ftl"), text));
        }
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    let structure_name = structure
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("survey.toml")
        .to_owned();
    let sources = SurveySources {
        structure: SourceFile {
            name: &structure_name,
            contents: &structure_text,
        },
        texts: texts
            .iter()
            .map(|(lang, name, text)| {
                (
                    lang.clone(),
                    SourceFile {
                        name,
                        contents: text,
                    },
                )
            })
            .collect(),
    };
    load_survey(&sources)
}

pub fn load_builtin(id: &str) -> Survey {
    let root = repo_root();
    match load_from(
        &root.join("assets/surveys").join(format!("{id}.toml")),
        &root.join("locales"),
    ) {
        Ok(s) => s,
        Err(e) => panic!("built-in survey {id} does not load:\n{e}"),
    }
}

use heard_core::ids::ChoiceId;
use heard_core::response::Answer;
use heard_core::survey::{Question, QuestionKind};

/// A valid answer to `q`, chosen by `seed` (deterministic). None for information screens.
pub fn answer_for(q: &Question, seed: u64) -> Option<Answer> {
    let ids = q.kind.choice_ids();
    let pick = |n: usize| (seed as usize) % n.max(1);
    Some(match &q.kind {
        QuestionKind::Info => return None,
        QuestionKind::MultipleChoice { choices, .. } => {
            let exclusive: Vec<&ChoiceId> = choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| &c.id)
                .collect();
            if !exclusive.is_empty() && seed % 5 == 0 {
                Answer::Choices(vec![exclusive[0].clone()])
            } else {
                let mut chosen: Vec<ChoiceId> = choices
                    .iter()
                    .filter(|c| !c.exclusive)
                    .enumerate()
                    .filter(|(i, _)| (seed >> i) & 1 == 1)
                    .map(|(_, c)| c.id.clone())
                    .collect();
                if chosen.is_empty() {
                    chosen.push(choices.iter().find(|c| !c.exclusive)?.id.clone());
                }
                Answer::Choices(chosen)
            }
        }
        QuestionKind::Ranking { choices } => {
            let mut items: Vec<ChoiceId> = choices.iter().map(|c| c.id.clone()).collect();
            let len = items.len();
            items.rotate_left(pick(len));
            Answer::Order(items)
        }
        QuestionKind::FreeText {
            min_length,
            max_length,
        } => {
            let len = (*min_length as usize).max(1).min(*max_length as usize);
            Answer::Text("x".repeat(len))
        }
        QuestionKind::Number { min, max, .. } => {
            let span = (max - min) as u64 + 1;
            Answer::Number(min + (seed % span) as i64)
        }
        kind if kind.point_range().is_some() => {
            let (min, max) = kind.point_range()?;
            Answer::Point(min + pick((max - min + 1) as usize) as i32)
        }
        _ => Answer::Choice(ids[pick(ids.len())].clone()),
    })
}

/// An answer of the wrong shape or out of range for `q`.
pub fn invalid_answer_for(q: &Question, seed: u64) -> Answer {
    match (seed % 3, q.kind.point_range()) {
        (0, Some((_, max))) => Answer::Point(max + 1),
        (1, _) => Answer::Choice(ChoiceId::new("no-such-choice").unwrap()),
        _ => Answer::Number(i64::MIN),
    }
}
