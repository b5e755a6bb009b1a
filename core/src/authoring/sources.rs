//! The one way into the authoring format: survey files by their path relative to the repository
//! (`assets/surveys/<id>.toml`, `locales/<tag>/surveys/<id>.ftl`) and their text. Callers read
//! files or embedded bytes and hand the pairs over; everything about which file is what lives
//! here, so the server, the app, the tools and the tests cannot drift apart.

use super::{load_survey, LoadError, Problem, SourceFile};
use crate::ids::LangTag;
use crate::survey::Survey;
use std::collections::BTreeMap;

const STRUCTURE_DIR: &str = "assets/surveys/";
const LOCALES_DIR: &str = "locales/";

/// One file as given: its path (for messages) and text.
#[derive(Debug, Clone)]
struct Given {
    path: String,
    text: String,
}

/// The files of one survey id.
#[derive(Debug, Clone, Default)]
struct Files {
    structure: Option<Given>,
    /// By language; a `BTreeMap` so every caller loads the languages in the same order.
    texts: BTreeMap<LangTag, Given>,
    /// Problems found while sorting the files (a bad language folder, a file given twice).
    problems: Vec<Problem>,
}

/// Survey files laid out as in the repository. Built only by [`SurveySources::from_files`], so
/// the layout rules are applied to every file, whoever read it.
#[derive(Debug, Clone, Default)]
pub struct SurveySources {
    by_id: BTreeMap<String, Files>,
}

impl SurveySources {
    /// Sorts `(relative path, text)` pairs into surveys. Paths use `/` (a `\` is read as one);
    /// files outside `assets/surveys/*.toml` and `locales/*/surveys/*.ftl` are ignored, so a
    /// caller may pass a whole tree (the app passes every embedded resource).
    pub fn from_files<P, T>(files: impl IntoIterator<Item = (P, T)>) -> Self
    where
        P: AsRef<str>,
        T: Into<String>,
    {
        let mut sources = Self::default();
        for (path, text) in files {
            let path = path.as_ref().replace('\\', "/");
            let path = path.trim_start_matches("./").to_owned();
            sources.add(path, text.into());
        }
        sources
    }

    fn add(&mut self, path: String, text: String) {
        if let Some(id) = path
            .strip_prefix(STRUCTURE_DIR)
            .and_then(|rest| rest.strip_suffix(".toml"))
            .filter(|id| !id.contains('/'))
        {
            let files = self.by_id.entry(id.to_owned()).or_default();
            if files.structure.is_some() {
                files
                    .problems
                    .push(Problem::file(&path, "this file is given twice"));
                return;
            }
            files.structure = Some(Given { path, text });
            return;
        }
        let Some((tag, id)) = path.strip_prefix(LOCALES_DIR).and_then(|rest| {
            let (tag, file) = rest.split_once("/surveys/")?;
            let id = file.strip_suffix(".ftl")?;
            (!tag.contains('/') && !id.contains('/')).then_some((tag, id))
        }) else {
            return;
        };
        let (tag, id) = (tag.to_owned(), id.to_owned());
        let files = self.by_id.entry(id).or_default();
        let lang = match LangTag::new(tag.clone()) {
            Ok(lang) => lang,
            Err(e) => {
                let message = format!("the folder `{tag}` is not a language tag: {e}");
                files.problems.push(Problem::file(&path, message));
                return;
            }
        };
        if files.texts.contains_key(&lang) {
            files
                .problems
                .push(Problem::file(&path, "this file is given twice"));
            return;
        }
        files.texts.insert(lang, Given { path, text });
    }

    /// The survey ids that have any file, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }

    /// Whether `assets/surveys/<id>.toml` was given.
    pub fn has_structure(&self, id: &str) -> bool {
        self.by_id.get(id).is_some_and(|f| f.structure.is_some())
    }

    /// Loads and checks one survey, reporting every problem at once, each naming its file and
    /// question.
    pub fn load(&self, id: &str) -> Result<Survey, LoadError> {
        let expected = format!("{STRUCTURE_DIR}{id}.toml");
        let Some(files) = self.by_id.get(id) else {
            return Err(LoadError {
                problems: vec![Problem::file(&expected, "there is no such survey file")],
            });
        };
        let mut problems = files.problems.clone();
        let Some(structure) = &files.structure else {
            for text in files.texts.values() {
                problems.push(Problem::file(
                    &text.path,
                    format!("text for a survey without a structure file (expected {expected})"),
                ));
            }
            return Err(LoadError { problems });
        };
        let texts: Vec<(LangTag, SourceFile<'_>)> = files
            .texts
            .iter()
            .map(|(lang, given)| (lang.clone(), given.source()))
            .collect();
        let loaded = load_survey(structure.source(), &texts);
        match loaded {
            Ok(survey) if survey.id.as_str() != id => problems.push(Problem::file(
                &structure.path,
                format!(
                    "the survey id `{}` differs from the file name (`{id}`)",
                    survey.id
                ),
            )),
            Ok(survey) if problems.is_empty() => return Ok(survey),
            Ok(_) => {}
            Err(e) => problems.extend(e.problems),
        }
        Err(LoadError { problems })
    }

    /// Loads every survey, each on its own: one broken survey never hides the others.
    pub fn load_each(&self) -> Vec<(String, Result<Survey, LoadError>)> {
        self.ids()
            .map(|id| (id.to_owned(), self.load(id)))
            .collect()
    }

    /// Loads every survey, or reports every problem of every broken one.
    pub fn load_all(&self) -> Result<Vec<Survey>, LoadError> {
        let mut surveys = Vec::new();
        let mut problems = Vec::new();
        for (_, loaded) in self.load_each() {
            match loaded {
                Ok(survey) => surveys.push(survey),
                Err(e) => problems.extend(e.problems),
            }
        }
        if problems.is_empty() {
            Ok(surveys)
        } else {
            Err(LoadError { problems })
        }
    }
}

impl Given {
    fn source(&self) -> SourceFile<'_> {
        SourceFile {
            name: &self.path,
            contents: &self.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRUCTURE: &str = r#"
id = "tiny"
version = "1"
default-language = "en"

[[section]]
id = "main"

[[section.question]]
id = "food"
kind = "yes-no"
"#;
    const EN: &str = "survey-title = Tiny\nsection-main = Main\nfood = Is the food good?\n";

    #[test]
    fn files_in_the_repository_layout_load_and_others_are_ignored() {
        let sources = SurveySources::from_files([
            ("assets/surveys/tiny.toml", STRUCTURE),
            ("locales/en/surveys/tiny.ftl", EN),
            ("locales/en/app.ftl", "welcome = Hi"),
            ("locales/languages.toml", "x = 1"),
        ]);
        assert_eq!(sources.ids().collect::<Vec<_>>(), ["tiny"]);
        let surveys = sources.load_all().expect("loads");
        assert_eq!(surveys.len(), 1);
        assert_eq!(surveys[0].id.as_str(), "tiny");
    }

    #[test]
    fn problems_name_the_file() {
        let sources = SurveySources::from_files([
            ("assets/surveys/other.toml", STRUCTURE),
            ("locales/en/surveys/other.ftl", EN),
            ("locales/Not A Tag/surveys/other.ftl", EN),
            ("locales/en/surveys/lonely.ftl", EN),
        ]);
        let err = sources.load_all().expect_err("broken");
        let text: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.starts_with("assets/surveys/other.toml: the survey id `tiny`")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|p| p.starts_with("locales/Not A Tag/surveys/other.ftl: ")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|p| p.starts_with("locales/en/surveys/lonely.ftl: text for a survey without")),
            "{text:#?}"
        );
        let missing = sources.load("absent").expect_err("absent");
        assert_eq!(missing.problems[0].file, "assets/surveys/absent.toml");
    }
}
