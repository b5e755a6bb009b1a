//! The surveys this device can run: every `assets/surveys/<id>.toml` with its
//! `locales/<tag>/surveys/<id>.ftl` texts, loaded and checked by `heard-core`.

use heard_core::authoring::{load_survey, SourceFile, SurveySources};
use heard_core::ids::{LangTag, SurveyId};
use heard_core::survey::Survey;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Default)]
pub struct Catalog {
    surveys: BTreeMap<SurveyId, Arc<Survey>>,
    /// Surveys that failed to load, with every problem (shown in logs; never run).
    problems: Vec<String>,
}

impl Catalog {
    /// Loads surveys from (path, contents) pairs laid out as in the repository.
    pub fn from_files(files: &[(&str, &str)]) -> Self {
        let mut catalog = Self::default();
        for (path, contents) in files {
            let Some(id) = path
                .strip_prefix("assets/surveys/")
                .and_then(|p| p.strip_suffix(".toml"))
            else {
                continue;
            };
            let suffix = format!("/surveys/{id}.ftl");
            let texts: Vec<(LangTag, SourceFile<'_>)> = files
                .iter()
                .filter_map(|(p, c)| {
                    let tag = p.strip_prefix("locales/")?.strip_suffix(suffix.as_str())?;
                    let tag = LangTag::new(tag).ok()?;
                    Some((
                        tag,
                        SourceFile {
                            name: p,
                            contents: c,
                        },
                    ))
                })
                .collect();
            let sources = SurveySources {
                structure: SourceFile {
                    name: path,
                    contents,
                },
                texts,
            };
            match load_survey(&sources) {
                Ok(survey) => {
                    catalog.surveys.insert(survey.id.clone(), Arc::new(survey));
                }
                Err(e) => catalog.problems.push(format!("{path}: {e}")),
            }
        }
        catalog
    }

    pub fn embedded() -> Self {
        Self::from_files(crate::resources::FILES)
    }

    /// The surveys of a set of resources (embedded, plus any runtime locales folder).
    pub fn from_resources(resources: &crate::resources::Resources) -> Self {
        Self::from_files(&resources.files())
    }

    /// Adds (or replaces) a survey from elsewhere, e.g. one downloaded from the sync server.
    pub fn with_survey(mut self, survey: Survey) -> Self {
        self.surveys.insert(survey.id.clone(), Arc::new(survey));
        self
    }

    pub fn get(&self, id: &SurveyId) -> Option<Arc<Survey>> {
        self.surveys.get(id).cloned()
    }

    pub fn ids(&self) -> impl Iterator<Item = &SurveyId> {
        self.surveys.keys()
    }

    pub fn first(&self) -> Option<Arc<Survey>> {
        self.surveys.values().next().cloned()
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}
