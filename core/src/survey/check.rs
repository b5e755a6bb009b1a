//! Definition checks on a survey model, whatever it was loaded from (TOML + Fluent, XLSForm, the
//! wire). Every problem is collected; nothing here panics.

use super::{Measure, Question, QuestionKind, Satisfied, Survey};
use crate::condition::{CompareOp, Condition};
use crate::ids::{LangTag, QuestionId};
use crate::survey::AnswerShape;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One thing wrong with a survey definition; the loader adds the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionProblem {
    /// The question (or section) the problem is about, if any.
    pub question: Option<String>,
    pub message: String,
}

impl DefinitionProblem {
    pub fn survey(message: impl Into<String>) -> Self {
        Self {
            question: None,
            message: message.into(),
        }
    }
    pub fn question(id: impl fmt::Display, message: impl Into<String>) -> Self {
        Self {
            question: Some(id.to_string()),
            message: message.into(),
        }
    }
}

impl fmt::Display for DefinitionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.question {
            Some(q) => write!(f, "question `{q}`: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Checks structure, logic and text. Returns every problem found.
pub fn check_survey(survey: &Survey) -> Vec<DefinitionProblem> {
    let mut problems = Vec::new();
    if survey.question_count() == 0 {
        problems.push(DefinitionProblem::survey("the survey has no questions"));
    }
    if survey.version.trim().is_empty() {
        problems.push(DefinitionProblem::survey("the survey has no `version`"));
    }
    if let Some(t) = survey.target_percent {
        if t > 100 {
            problems.push(DefinitionProblem::survey(format!(
                "target-percent is {t}; it must be between 0 and 100"
            )));
        }
    }
    if !survey.languages.contains(&survey.default_language) {
        problems.push(DefinitionProblem::survey(format!(
            "the default language `{}` is not among the survey's languages",
            survey.default_language
        )));
    }
    let mut sections = BTreeSet::new();
    for s in &survey.sections {
        if !sections.insert(&s.id) {
            problems.push(DefinitionProblem::survey(format!(
                "section id `{}` is used twice",
                s.id
            )));
        }
    }
    let mut positions: BTreeMap<&QuestionId, usize> = BTreeMap::new();
    for (i, q) in survey.questions().enumerate() {
        if positions.insert(&q.id, i).is_some() {
            problems.push(DefinitionProblem::question(
                &q.id,
                "this question id is used twice",
            ));
        }
    }
    for q in survey.questions() {
        check_kind(q, &mut problems);
        check_scoring(q, &mut problems);
        if q.required && q.kind.shape() == AnswerShape::Nothing {
            problems.push(DefinitionProblem::question(
                &q.id,
                "an information screen cannot be required",
            ));
        }
        if let Some(c) = &q.relevant {
            check_condition(survey, q, c, &positions, &mut problems);
        }
    }
    check_cycles(survey, &mut problems);
    check_one_tap(survey, &mut problems);
    check_text(survey, &mut problems);
    problems
}

fn check_kind(q: &Question, problems: &mut Vec<DefinitionProblem>) {
    let mut say = |m: String| problems.push(DefinitionProblem::question(&q.id, m));
    // The authoring format and XLSForm refuse the mark elsewhere; a survey arriving as JSON (a
    // downloaded bundle) is checked only here.
    if q.not_identifying && !matches!(q.kind, QuestionKind::Number { .. }) {
        say("`not-identifying` applies to a number question only; remove it".into());
    }
    let mut seen = BTreeSet::new();
    for c in q.kind.authored_choices() {
        if !seen.insert(&c.id) {
            say(format!("choice id `{}` is used twice", c.id));
        }
        if c.score.is_some_and(|s| s > 100) {
            say(format!("choice `{}` scores above 100", c.id));
        }
    }
    match &q.kind {
        QuestionKind::SingleChoice { choices, .. }
        | QuestionKind::MultipleChoice { choices, .. }
            if choices.len() < 2 =>
        {
            say("a choice question needs at least two choices".into());
        }
        QuestionKind::Ranking { choices } if choices.len() < 2 => {
            say("a ranking needs at least two items".into());
        }
        QuestionKind::Scale { min, max, .. } if min >= max => {
            say(format!("scale min ({min}) must be less than max ({max})"));
        }
        QuestionKind::Scale { step, .. } if *step < 1 => {
            say(format!("scale step ({step}) must be at least 1"));
        }
        QuestionKind::Scale { min, max, step, .. }
            if (i64::from(*max) - i64::from(*min)) % i64::from(*step) != 0 =>
        {
            say(format!(
                "a scale of {min}..{max} in steps of {step} does not reach {max}; make max - min a multiple of the step"
            ));
        }
        QuestionKind::Scale { min, max, step, .. }
            if (i64::from(*max) - i64::from(*min)) / i64::from(*step) > 100 =>
        {
            say(format!(
                "a scale of {min}..{max} has too many points (at most 101)"
            ));
        }
        QuestionKind::Smiley { faces } if *faces != 3 && *faces != 5 => {
            say(format!("a smiley scale has 3 or 5 faces, not {faces}"));
        }
        QuestionKind::FreeText {
            min_length,
            max_length,
        } if min_length > max_length || *max_length == 0 => {
            say(format!(
                "text length {min_length}..{max_length} is empty; min must not exceed max and max must be above 0"
            ));
        }
        QuestionKind::Number { min, max, decimals } => {
            if min > max {
                say(format!("number min ({min}) must not exceed max ({max})"));
            }
            if *decimals > 6 {
                say(format!("{decimals} decimals is too many (at most 6)"));
            }
        }
        QuestionKind::MultipleChoice { choices, min, max } => {
            let lo = min.unwrap_or(1);
            let hi = max.unwrap_or(choices.len() as u32);
            if lo > hi || hi as usize > choices.len() || lo == 0 && min.is_some() {
                say(format!(
                    "choose-count {lo}..{hi} does not fit {} choices",
                    choices.len()
                ));
            }
        }
        QuestionKind::Nationality { countries } => {
            let mut seen = BTreeSet::new();
            for c in countries {
                if !crate::demographics::is_country_code(c.as_str()) {
                    say(format!(
                        "`{c}` is not an ISO 3166-1 alpha-2 country code (write it lowercase, e.g. `sy`)"
                    ));
                }
                if !seen.insert(c) {
                    say(format!("country `{c}` is listed twice"));
                }
            }
        }
        _ => {}
    }
}

fn check_scoring(q: &Question, problems: &mut Vec<DefinitionProblem>) {
    let mut say = |m: String| problems.push(DefinitionProblem::question(&q.id, m));
    if let Some(s) = &q.satisfied {
        if !q.kind.scorable() {
            say("`satisfied` is set, but this kind of question is not scored".into());
        }
        match s {
            Satisfied::Choices(cs) => {
                if cs.is_empty() {
                    say("`satisfied` lists no choices".into());
                }
                let ids = q.kind.choice_ids();
                for c in cs {
                    if !ids.contains(c) {
                        say(format!("`satisfied` names `{c}`, which is not a choice"));
                    }
                }
            }
            Satisfied::AtLeast(v) => match q.kind.point_range() {
                Some((min, max)) if *v < min || *v > max => say(format!(
                    "`satisfied-at-least` {v} is outside the scale {min}..{max}"
                )),
                None => say("`satisfied-at-least` needs a scale or smiley question".into()),
                _ => {}
            },
        }
    }
    if let Some(m) = q.measure {
        let fits = match m {
            Measure::Kto | Measure::Ces | Measure::Overall => q.kind.point_range().is_some(),
            Measure::GoalCompletion => matches!(q.kind, QuestionKind::YesNo),
        };
        if !fits {
            say(format!(
                "measure `{m:?}` does not fit a {:?} question",
                q.kind.shape()
            ));
        }
        if m == Measure::GoalCompletion && q.satisfied.is_none() {
            say("goal completion needs `satisfied` (which answer means the goal was met)".into());
        }
    }
}

fn check_condition(
    survey: &Survey,
    q: &Question,
    c: &Condition,
    positions: &BTreeMap<&QuestionId, usize>,
    problems: &mut Vec<DefinitionProblem>,
) {
    let mut say = |m: String| problems.push(DefinitionProblem::question(&q.id, m));
    let own = positions.get(&q.id).copied().unwrap_or(0);
    let mut visit = vec![c];
    while let Some(c) = visit.pop() {
        match c {
            Condition::Not(inner) => visit.push(inner),
            Condition::CompareAnswers { left, op, right } => {
                let shapes: Vec<Option<AnswerShape>> = [left, right]
                    .iter()
                    .map(|r| survey.question(r).map(|t| t.kind.shape()))
                    .collect();
                for r in [left, right] {
                    if survey.question(r).is_none() {
                        say(format!("the condition refers to unknown question `{r}`"));
                    } else if r != &q.id && positions.get(r).is_some_and(|p| *p > own) {
                        say(format!(
                            "the condition refers to `{r}`, which comes later in the survey"
                        ));
                    }
                }
                let numeric = |s: &Option<AnswerShape>| {
                    matches!(s, Some(AnswerShape::Point | AnswerShape::Number))
                };
                let comparable = match (&shapes[0], &shapes[1]) {
                    (Some(AnswerShape::OneChoice), Some(AnswerShape::OneChoice)) => {
                        matches!(op, CompareOp::Eq | CompareOp::Ne)
                    }
                    (a, b) => numeric(a) && numeric(b),
                };
                if shapes.iter().all(Option::is_some) && !comparable {
                    say(format!(
                        "`{left}` and `{right}` cannot be compared with `{}`: compare two one-choice answers with = or !=, or two scales or numbers",
                        op.symbol()
                    ));
                }
            }
            Condition::All(cs) | Condition::Any(cs) => visit.extend(cs.iter()),
            Condition::Answered(r)
            | Condition::Is { question: r, .. }
            | Condition::Compare { question: r, .. }
            | Condition::CountSelected { question: r, .. } => {
                let Some(target) = survey.question(r) else {
                    say(format!("the condition refers to unknown question `{r}`"));
                    continue;
                };
                if r == &q.id {
                    // Reported by the cycle check.
                    continue;
                }
                if positions.get(r).is_some_and(|p| *p > own) {
                    say(format!(
                        "the condition refers to `{r}`, which comes later in the survey"
                    ));
                }
                match c {
                    Condition::Is { choice, .. } => {
                        let shape = target.kind.shape();
                        if shape != AnswerShape::OneChoice && shape != AnswerShape::ManyChoices {
                            say(format!(
                                "the condition compares `{r}` to choice `{choice}`, but `{r}` has no choices"
                            ));
                        } else if !target.kind.choice_ids().contains(choice) {
                            say(format!("question `{r}` has no choice `{choice}`"));
                        }
                    }
                    Condition::Compare { value, .. } => {
                        if let Some((min, max)) = target.kind.point_range() {
                            if *value < i64::from(min) - 1 || *value > i64::from(max) + 1 {
                                say(format!(
                                    "the condition compares `{r}` to {value}, outside its scale {min}..{max}"
                                ));
                            }
                        } else if target.kind.shape() != AnswerShape::Number {
                            say(format!(
                                "the condition compares `{r}` with a number, but `{r}` is not a scale or number"
                            ));
                        }
                    }
                    Condition::CountSelected { .. }
                        if target.kind.shape() != AnswerShape::ManyChoices =>
                    {
                        say(format!("count(`{r}`) needs a multiple-choice question"));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Relevance must not depend on itself, directly or through other questions.
fn check_cycles(survey: &Survey, problems: &mut Vec<DefinitionProblem>) {
    let edges: BTreeMap<&QuestionId, Vec<&QuestionId>> = survey
        .questions()
        .map(|q| {
            let refs = q
                .relevant
                .as_ref()
                .map(|c| c.questions())
                .unwrap_or_default();
            (&q.id, refs)
        })
        .collect();
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    let mut marks: BTreeMap<&QuestionId, Mark> = BTreeMap::new();
    let mut reported = BTreeSet::new();
    for start in edges.keys() {
        if marks.contains_key(start) {
            continue;
        }
        // Iterative DFS keeping the path, so the message can show the cycle.
        let mut path: Vec<(&QuestionId, usize)> = vec![(start, 0)];
        marks.insert(start, Mark::Visiting);
        while let Some((node, next)) = path.last().copied() {
            let children = edges.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if next < children.len() {
                if let Some(top) = path.last_mut() {
                    top.1 += 1;
                }
                let child = children[next];
                match marks.get(child) {
                    Some(Mark::Visiting) => {
                        let from = path.iter().position(|(n, _)| *n == child).unwrap_or(0);
                        let cycle: Vec<String> =
                            path[from..].iter().map(|(n, _)| n.to_string()).collect();
                        if reported.insert(child) {
                            problems.push(DefinitionProblem::question(
                                child,
                                format!(
                                    "relevance forms a cycle: {} -> {child}",
                                    cycle.join(" -> ")
                                ),
                            ));
                        }
                    }
                    Some(Mark::Done) => {}
                    None if edges.contains_key(child) => {
                        marks.insert(child, Mark::Visiting);
                        path.push((child, 0));
                    }
                    None => {}
                }
            } else {
                marks.insert(node, Mark::Done);
                path.pop();
            }
        }
    }
}

fn check_one_tap(survey: &Survey, problems: &mut Vec<DefinitionProblem>) {
    if survey.flow.one_tap.is_none() {
        return;
    }
    let mut questions = survey.questions();
    match questions.next() {
        Some(first)
            if first.required
                && first.relevant.is_none()
                && first.kind.shape() != AnswerShape::OneChoice
                && first.kind.shape() != AnswerShape::Point =>
        {
            problems.push(DefinitionProblem::question(
                &first.id,
                "in one-tap mode the first question must be answerable with one tap",
            ));
        }
        Some(first) if first.required && first.relevant.is_none() => {}
        Some(first) => problems.push(DefinitionProblem::question(
            &first.id,
            "in one-tap mode the first question must be required and always shown",
        )),
        None => {}
    }
    for q in questions {
        if q.required {
            problems.push(DefinitionProblem::question(
                &q.id,
                "in one-tap mode follow-up questions must be optional",
            ));
        }
    }
}

fn check_text(survey: &Survey, problems: &mut Vec<DefinitionProblem>) {
    let mut langs: Vec<&LangTag> = vec![&survey.default_language];
    langs.extend(
        survey
            .languages
            .iter()
            .filter(|l| **l != survey.default_language),
    );
    for lang in langs {
        let what = if *lang == survey.default_language {
            format!("the default language `{lang}`")
        } else {
            format!("language `{lang}`")
        };
        if survey.title.get(lang).is_none() {
            problems.push(DefinitionProblem::survey(format!(
                "the survey title is missing in {what}"
            )));
        }
        for q in survey.questions() {
            if q.prompt.get(lang).is_none() {
                problems.push(DefinitionProblem::question(
                    &q.id,
                    format!("the question text is missing in {what}"),
                ));
            }
            for c in q.kind.authored_choices() {
                if c.label.get(lang).is_none() {
                    problems.push(DefinitionProblem::question(
                        &q.id,
                        format!("the text of choice `{}` is missing in {what}", c.id),
                    ));
                }
            }
            if let QuestionKind::Scale { low, high, .. } = &q.kind {
                if low.get(lang).is_none() || high.get(lang).is_none() {
                    problems.push(DefinitionProblem::question(
                        &q.id,
                        format!("the scale end labels (`.low`, `.high`) are missing in {what}"),
                    ));
                }
            }
        }
    }
}
