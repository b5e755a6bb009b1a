//! The surveys this device can run: every `assets/surveys/<id>.toml` with its
//! `locales/<tag>/surveys/<id>.ftl` texts, loaded and checked by `heard-core`, plus the surveys
//! downloaded from the sync server (kept in the store; see `add_downloaded`). A downloaded
//! survey with the id of a built-in one supersedes it.

use heard_core::authoring::SurveySources;
use heard_core::ids::SurveyId;
use heard_core::media::MediaManifest;
use heard_core::survey::{check_survey, Survey};
use heard_core::wire::SurveyBundle;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where a survey in the catalog comes from (the staff panel shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveySource {
    /// Shipped with the app (`assets/surveys/`).
    BuiltIn,
    /// Downloaded from the sync server; `supersedes` when a built-in survey has the same id.
    Downloaded { supersedes: bool },
}

#[derive(Debug, Default, Clone)]
pub struct Catalog {
    surveys: BTreeMap<SurveyId, Arc<Survey>>,
    sources: BTreeMap<SurveyId, SurveySource>,
    /// The media manifests that came with downloaded surveys.
    manifests: BTreeMap<SurveyId, Arc<MediaManifest>>,
    /// Built-in surveys that failed to load, with every problem (shown in logs; never run).
    problems: Vec<String>,
    /// Downloaded surveys that could not be loaded, by the id they are stored under.
    download_problems: BTreeMap<String, String>,
}

impl Catalog {
    /// Loads surveys from (path, contents) pairs laid out as in the repository; other files
    /// (the app's own texts) are ignored.
    pub fn from_files(files: &[(&str, &str)]) -> Self {
        let mut catalog = Self::default();
        let sources = SurveySources::from_files(files.iter().copied());
        for (id, loaded) in sources.load_each() {
            match loaded {
                Ok(survey) => {
                    catalog
                        .sources
                        .insert(survey.id.clone(), SurveySource::BuiltIn);
                    catalog.surveys.insert(survey.id.clone(), Arc::new(survey));
                }
                Err(e) => catalog.problems.push(format!("survey `{id}`: {e}")),
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
        self.put_downloaded(survey, None);
        self
    }

    fn put_downloaded(&mut self, survey: Survey, manifest: Option<MediaManifest>) {
        let id = survey.id.clone();
        let supersedes = matches!(
            self.sources.get(&id),
            Some(SurveySource::BuiltIn | SurveySource::Downloaded { supersedes: true })
        );
        self.download_problems.remove(id.as_str());
        self.sources
            .insert(id.clone(), SurveySource::Downloaded { supersedes });
        match manifest {
            Some(m) => self.manifests.insert(id.clone(), Arc::new(m)),
            None => self.manifests.remove(&id),
        };
        self.surveys.insert(id, Arc::new(survey));
    }

    /// Adds a downloaded survey as the store keeps it: `stored_id` and `version` are the key
    /// and version hash it was stored under, `bundle` its decoded bytes or why they are not a
    /// bundle. A bundle that is undecodable, under another id, not the version it claims, or
    /// not a sound definition is not added: the reason, naming the survey, goes to
    /// `download_problems` (for staff) and any built-in survey of that id stays in place.
    pub fn add_downloaded(
        &mut self,
        stored_id: &str,
        version: &str,
        bundle: Result<SurveyBundle, String>,
    ) {
        let checked = bundle.and_then(|b| {
            if b.survey.id.as_str() != stored_id {
                return Err(format!("the stored bundle holds survey `{}`", b.survey.id));
            }
            if b.survey.version_hash().to_hex() != version {
                return Err("the stored definition does not match its version".into());
            }
            let problems = check_survey(&b.survey);
            if !problems.is_empty() {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                return Err(list.join("; "));
            }
            Ok(b)
        });
        match checked {
            Ok(b) => self.put_downloaded(b.survey, Some(b.media)),
            Err(why) => {
                self.download_problems.insert(stored_id.to_owned(), why);
            }
        }
    }

    /// Where a survey comes from.
    pub fn source(&self, id: &SurveyId) -> Option<SurveySource> {
        self.sources.get(id).copied()
    }

    /// The media manifest that came with a downloaded survey.
    pub fn downloaded_manifest(&self, id: &SurveyId) -> Option<Arc<MediaManifest>> {
        self.manifests.get(id).cloned()
    }

    /// Downloaded surveys that could not be loaded: (the id they are stored under, why).
    pub fn download_problems(&self) -> impl Iterator<Item = (&str, &str)> {
        self.download_problems
            .iter()
            .map(|(id, why)| (id.as_str(), why.as_str()))
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
