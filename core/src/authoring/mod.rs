//! The authoring format: a TOML file for a survey's structure and one Fluent file per language for
//! its text (`assets/surveys/<id>.toml`, `locales/<tag>/surveys/<id>.ftl`). The caller reads the
//! files and passes names and contents in, so loading stays pure. See `docs/authoring.md`.

mod fluent_text;
mod problem;
mod structure;

pub use problem::{LoadError, Problem};

use crate::ids::LangTag;
use crate::survey::{check_survey, Survey};

/// A file's name (for messages) and contents.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub contents: &'a str,
}

/// Everything needed to load one survey.
#[derive(Debug, Clone)]
pub struct SurveySources<'a> {
    pub structure: SourceFile<'a>,
    pub texts: Vec<(LangTag, SourceFile<'a>)>,
}

/// Loads and checks a survey, reporting every problem at once, each naming its file and question.
pub fn load_survey(sources: &SurveySources<'_>) -> Result<Survey, LoadError> {
    let mut problems = Vec::new();
    let structure_file = sources.structure.name;
    let structure = structure::read(sources.structure, &mut problems);
    let Some(mut survey) = structure.survey else {
        return Err(LoadError { problems });
    };
    for (lang, file) in &sources.texts {
        fluent_text::apply(
            &mut survey,
            lang,
            *file,
            &structure.unreadable,
            &mut problems,
        );
        survey.languages.insert(lang.clone());
    }
    if !sources
        .texts
        .iter()
        .any(|(lang, _)| *lang == survey.default_language)
    {
        problems.push(Problem::file(
            structure_file,
            format!(
                "no text file for the default language `{}` (expected locales/{}/surveys/{}.ftl)",
                survey.default_language, survey.default_language, survey.id
            ),
        ));
    } else {
        for p in check_survey(&survey) {
            if !structure.unreadable.is_empty() && survey.question_count() == 0 {
                // Every question failed to read and was reported already.
                continue;
            }
            // Text problems belong to the language's file; the rest to the structure file.
            let file = sources
                .texts
                .iter()
                .find(|(lang, _)| p.message.contains(&format!("language `{lang}`")))
                .map_or(structure_file, |(_, f)| f.name);
            problems.push(Problem {
                file: file.to_owned(),
                question: p.question,
                message: p.message,
            });
        }
    }
    if problems.is_empty() {
        Ok(survey)
    } else {
        Err(LoadError { problems })
    }
}
