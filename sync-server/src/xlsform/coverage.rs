//! How complete each language is. The core requires every declared language to be complete, so
//! only complete languages are declared; partial ones are reported here (not errors) and their
//! text is left out until they are complete.

use heard_core::ids::LangTag;
use heard_core::survey::{QuestionKind, Survey};
use heard_core::text::LocalizedText;
use std::collections::BTreeSet;

/// One language's share of the texts a resident must be able to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageCoverage {
    pub language: LangTag,
    /// Texts given, of `expected` (title, question texts, choice labels, scale ends).
    pub present: usize,
    pub expected: usize,
    /// What is missing, e.g. `question `food-ok``, `choice `taste` of `food-reasons``.
    pub missing: Vec<String>,
}

impl LanguageCoverage {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
    pub fn percent(&self) -> usize {
        (self.present * 100)
            .checked_div(self.expected)
            .unwrap_or(100)
    }
}

/// The texts a language needs (what `check_survey` requires of a declared language).
fn required_texts(survey: &Survey) -> Vec<(String, &LocalizedText)> {
    let mut out = vec![("the title".to_owned(), &survey.title)];
    for q in survey.questions() {
        out.push((format!("question `{}`", q.id), &q.prompt));
        for c in q.kind.authored_choices() {
            out.push((format!("choice `{}` of `{}`", c.id, q.id), &c.label));
        }
        if let QuestionKind::Scale { low, high, .. } = &q.kind {
            out.push((format!("low end of `{}`", q.id), low));
            out.push((format!("high end of `{}`", q.id), high));
        }
    }
    out
}

/// Every language present anywhere in the survey's text.
pub fn languages_in(survey: &Survey) -> BTreeSet<LangTag> {
    let mut out: BTreeSet<LangTag> = survey.title.languages().cloned().collect();
    for s in &survey.sections {
        out.extend(s.title.languages().cloned());
        for q in &s.questions {
            for t in [&q.prompt, &q.hint] {
                out.extend(t.languages().cloned());
            }
            for c in q.kind.authored_choices() {
                out.extend(c.label.languages().cloned());
            }
            if let QuestionKind::Scale { low, high, .. } = &q.kind {
                out.extend(low.languages().cloned());
                out.extend(high.languages().cloned());
            }
        }
    }
    out
}

pub fn coverage(survey: &Survey, languages: &BTreeSet<LangTag>) -> Vec<LanguageCoverage> {
    let texts = required_texts(survey);
    languages
        .iter()
        .map(|lang| {
            let missing: Vec<String> = texts
                .iter()
                .filter(|(_, t)| t.get(lang).is_none())
                .map(|(what, _)| what.clone())
                .collect();
            LanguageCoverage {
                language: lang.clone(),
                present: texts.len() - missing.len(),
                expected: texts.len(),
                missing,
            }
        })
        .collect()
}

/// Removes a language's text everywhere (for partial languages).
pub fn strip_language(survey: &mut Survey, lang: &LangTag) {
    let strip = |t: &mut LocalizedText| {
        t.0.remove(lang);
    };
    strip(&mut survey.title);
    for s in &mut survey.sections {
        strip(&mut s.title);
        for q in &mut s.questions {
            strip(&mut q.prompt);
            strip(&mut q.hint);
            match &mut q.kind {
                QuestionKind::SingleChoice { choices, .. }
                | QuestionKind::MultipleChoice { choices, .. }
                | QuestionKind::Ranking { choices } => {
                    for c in choices {
                        strip(&mut c.label);
                    }
                }
                QuestionKind::Scale { low, high, .. } => {
                    strip(low);
                    strip(high);
                }
                _ => {}
            }
        }
    }
}
