//! The authoring format: a TOML file for a survey's structure and one Fluent file per language for
//! its text (`assets/surveys/<id>.toml`, `locales/<tag>/surveys/<id>.ftl`). The caller reads the
//! files and passes paths and contents to [`SurveySources::from_files`], the one entry point, so
//! loading stays pure. See `docs/authoring.md`.

mod fluent_text;
mod problem;
mod sources;
mod structure;

pub use problem::{LoadError, Problem};
pub use sources::SurveySources;

use crate::ids::LangTag;
use crate::survey::{check_survey, Survey};

/// A file's name (for messages) and contents.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SourceFile<'a> {
    pub name: &'a str,
    pub contents: &'a str,
}

/// Loads and checks one survey's structure and texts, reporting every problem at once, each
/// naming its file and question.
fn load_survey(
    structure_source: SourceFile<'_>,
    texts: &[(LangTag, SourceFile<'_>)],
) -> Result<Survey, LoadError> {
    let mut problems = Vec::new();
    let structure_file = structure_source.name;
    let structure = structure::read(structure_source, &mut problems);
    let Some(mut survey) = structure.survey else {
        return Err(LoadError { problems });
    };
    for (lang, file) in texts {
        fluent_text::apply(
            &mut survey,
            lang,
            *file,
            &structure.unreadable,
            &mut problems,
        );
        survey.languages.insert(lang.clone());
    }
    if !texts
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
            let file = texts
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
