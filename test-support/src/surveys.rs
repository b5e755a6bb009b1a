//! The repository's survey files for tests (tests may do IO; heard-core never does), answers
//! for any question, and built-in surveys answered through the flow.

use heard_core::authoring::{LoadError, SurveySources};
use heard_core::ids::LangTag;
use heard_core::survey::Survey;
use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("test-support/ has a parent")
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

/// Loads a survey from a structure file and every `<tag>/surveys/<id>.ftl` under `locales`,
/// handed to the core as `assets/surveys/<id>.toml` and `locales/<tag>/surveys/<id>.ftl`.
pub fn load_from(structure: &Path, locales: &Path) -> Result<Survey, LoadError> {
    let id = structure.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let structure_text = std::fs::read_to_string(structure).expect("structure file readable");
    let mut files = vec![(format!("assets/surveys/{id}.toml"), structure_text)];
    for entry in std::fs::read_dir(locales).expect("locales dir") {
        let entry = entry.expect("dir entry");
        let Some(tag) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path().join("surveys").join(format!("{id}.ftl"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            files.push((format!("locales/{tag}/surveys/{id}.ftl"), text));
        }
    }
    SurveySources::from_files(files).load(id)
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
            if !exclusive.is_empty() && seed.is_multiple_of(5) {
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
            let points = kind.points()?;
            Answer::Point(points[pick(points.len())])
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

use heard_core::flow::{Screen, Session, SessionContext};
use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::response::{AdministrationMode, Response, ResponseId};
use std::sync::Arc;

/// Where and how a simulated response is collected.
pub struct Visit<'a> {
    pub facility: &'a str,
    pub service_point: Option<&'a str>,
    pub month: &'a str,
    pub language: &'a str,
    pub mode: AdministrationMode,
}

impl Default for Visit<'_> {
    fn default() -> Self {
        Self {
            facility: "test-centre",
            service_point: None,
            month: "2026-11",
            language: "en",
            mode: AdministrationMode::SelfCompleted,
        }
    }
}

/// Drives one response through the real state machine, answering each shown question with
/// `plan` (None leaves it unanswered), and returns the submitted response.
pub fn complete(
    survey: &Arc<Survey>,
    visit: &Visit<'_>,
    id_seed: u64,
    mut plan: impl FnMut(&Question) -> Option<Answer>,
) -> Response {
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&id_seed.to_le_bytes());
    id[8..].copy_from_slice(&id_seed.rotate_left(17).to_le_bytes());
    let language = LangTag::new(visit.language).unwrap();
    let mut s = Session::new(
        survey.clone(),
        SessionContext {
            id: ResponseId::from_random_bytes(id),
            facility: FacilityCode::new(visit.facility).unwrap(),
            service_point: visit
                .service_point
                .map(|c| ServicePointCode::new(c).unwrap()),
            period: visit.month.parse().unwrap(),
            mode: visit.mode,
            language: language.clone(),
        },
    );
    for _ in 0..1000 {
        match s.screen().clone() {
            Screen::Welcome | Screen::Anonymity => s.proceed().unwrap(),
            Screen::Language => s.choose_language(language.clone()).unwrap(),
            Screen::Question(qid) => {
                let q = survey.question(&qid).unwrap().clone();
                if let Some(a) = plan(&q) {
                    s.answer(a)
                        .unwrap_or_else(|e| panic!("answer to {qid} refused: {e}"));
                }
                if let Some(r) = s.next().unwrap_or_else(|e| panic!("next at {qid}: {e}")) {
                    return r;
                }
            }
            Screen::Review => return s.submit().unwrap(),
            other => panic!("unexpected screen {other:?}"),
        }
    }
    panic!("the flow did not finish")
}

pub fn choice(id: &str) -> Answer {
    Answer::Choice(ChoiceId::new(id).unwrap())
}
