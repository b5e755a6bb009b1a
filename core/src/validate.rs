//! Checking answers against their questions, and whole responses against their survey.
//! The tablet runs this before saving, the server again at ingest.

use crate::condition::Condition;
use crate::ids::{ChoiceId, QuestionId};
use crate::response::{Answer, Answers, Response, ResponseStatus};
use crate::survey::{AnswerShape, Question, QuestionKind, Survey};
use std::collections::BTreeSet;

/// Why an answer does not fit its question. Codes are stable: the server returns them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("question `{question}` takes no answer")]
    NothingToAnswer { question: QuestionId },
    #[error("question `{question}` needs a different kind of answer ({expected})")]
    WrongType {
        question: QuestionId,
        expected: &'static str,
    },
    #[error("question `{question}` has no choice `{choice}`")]
    UnknownChoice {
        question: QuestionId,
        choice: ChoiceId,
    },
    #[error("question `{question}`: choice `{choice}` is given twice")]
    RepeatedChoice {
        question: QuestionId,
        choice: ChoiceId,
    },
    #[error("question `{question}`: `{choice}` cannot be combined with other choices")]
    ExclusiveCombined {
        question: QuestionId,
        choice: ChoiceId,
    },
    #[error("question `{question}`: choose between {min} and {max} options, not {given}")]
    ChoiceCount {
        question: QuestionId,
        min: u32,
        max: u32,
        given: usize,
    },
    #[error("question `{question}`: {value} is outside {min}..={max}")]
    OutOfRange {
        question: QuestionId,
        value: i64,
        min: i64,
        max: i64,
    },
    #[error("question `{question}`: {value} is not a point of the scale (steps of {step})")]
    OffStep {
        question: QuestionId,
        value: i32,
        step: i32,
    },
    #[error("question `{question}`: the ranking must list every item exactly once")]
    IncompleteRanking { question: QuestionId },
    #[error("question `{question}`: the text has {length} characters; allowed {min}..={max}")]
    TextLength {
        question: QuestionId,
        length: usize,
        min: u32,
        max: u32,
    },
}

impl AnswerError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NothingToAnswer { .. } => "nothing_to_answer",
            Self::WrongType { .. } => "wrong_answer_type",
            Self::UnknownChoice { .. } => "unknown_choice",
            Self::RepeatedChoice { .. } => "repeated_choice",
            Self::ExclusiveCombined { .. } => "exclusive_combined",
            Self::ChoiceCount { .. } => "choice_count",
            Self::OutOfRange { .. } => "out_of_range",
            Self::OffStep { .. } => "off_step",
            Self::IncompleteRanking { .. } => "incomplete_ranking",
            Self::TextLength { .. } => "text_length",
        }
    }
}

/// Checks one answer against its question's kind: shape, choices, range, length, exclusivity.
pub fn check_answer(question: &Question, answer: &Answer) -> Result<(), AnswerError> {
    let qid = || question.id.clone();
    let wrong = |expected| AnswerError::WrongType {
        question: qid(),
        expected,
    };
    let known = |c: &ChoiceId| -> Result<(), AnswerError> {
        if question.kind.choice_ids().contains(c) {
            Ok(())
        } else {
            Err(AnswerError::UnknownChoice {
                question: qid(),
                choice: c.clone(),
            })
        }
    };
    let no_repeats = |cs: &[ChoiceId]| -> Result<(), AnswerError> {
        let mut seen = BTreeSet::new();
        for c in cs {
            if !seen.insert(c) {
                return Err(AnswerError::RepeatedChoice {
                    question: qid(),
                    choice: c.clone(),
                });
            }
        }
        Ok(())
    };
    match (&question.kind, answer) {
        (QuestionKind::Info, _) => Err(AnswerError::NothingToAnswer { question: qid() }),
        (QuestionKind::MultipleChoice { choices, min, max }, Answer::Choices(cs)) => {
            cs.iter().try_for_each(known)?;
            no_repeats(cs)?;
            let (lo, hi) = (min.unwrap_or(1), max.unwrap_or(choices.len() as u32));
            if cs.len() < lo as usize || cs.len() > hi as usize {
                return Err(AnswerError::ChoiceCount {
                    question: qid(),
                    min: lo,
                    max: hi,
                    given: cs.len(),
                });
            }
            if cs.len() > 1 {
                if let Some(ex) = choices.iter().find(|c| c.exclusive && cs.contains(&c.id)) {
                    return Err(AnswerError::ExclusiveCombined {
                        question: qid(),
                        choice: ex.id.clone(),
                    });
                }
            }
            Ok(())
        }
        (QuestionKind::MultipleChoice { .. }, _) => Err(wrong("a list of choices")),
        (QuestionKind::Ranking { choices }, Answer::Order(items)) => {
            items.iter().try_for_each(known)?;
            no_repeats(items)?;
            if items.len() != choices.len() {
                return Err(AnswerError::IncompleteRanking { question: qid() });
            }
            Ok(())
        }
        (QuestionKind::Ranking { .. }, _) => Err(wrong("an order of every item")),
        (
            QuestionKind::FreeText {
                min_length,
                max_length,
            },
            Answer::Text(t),
        ) => {
            let length = t.chars().count();
            if length < *min_length as usize || length > *max_length as usize {
                return Err(AnswerError::TextLength {
                    question: qid(),
                    length,
                    min: *min_length,
                    max: *max_length,
                });
            }
            Ok(())
        }
        (QuestionKind::FreeText { .. }, _) => Err(wrong("text")),
        (QuestionKind::Number { min, max, .. }, Answer::Number(n)) => {
            if n < min || n > max {
                return Err(AnswerError::OutOfRange {
                    question: qid(),
                    value: *n,
                    min: *min,
                    max: *max,
                });
            }
            Ok(())
        }
        (QuestionKind::Number { .. }, _) => Err(wrong("a number")),
        (kind, Answer::Point(p)) if kind.point_range().is_some() => {
            let (min, max) = kind.point_range().unwrap_or((0, 0));
            if *p < min || *p > max {
                return Err(AnswerError::OutOfRange {
                    question: qid(),
                    value: i64::from(*p),
                    min: i64::from(min),
                    max: i64::from(max),
                });
            }
            if !kind.is_point(*p) {
                return Err(AnswerError::OffStep {
                    question: qid(),
                    value: *p,
                    step: kind.point_step(),
                });
            }
            Ok(())
        }
        (kind, _) if kind.point_range().is_some() => Err(wrong("a point on the scale")),
        (_, Answer::Choice(c)) => known(c),
        (_, _) => Err(wrong("one choice")),
    }
}

/// Why a response does not fit its survey.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseProblem {
    #[error("the response is for survey `{found}`, not `{expected}`")]
    WrongSurvey { expected: String, found: String },
    #[error("the survey has no text in language `{0}`")]
    UnknownLanguage(String),
    #[error("the survey has no question `{0}`")]
    UnknownQuestion(QuestionId),
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error("question `{0}` was answered although it does not apply to this resident")]
    IrrelevantAnswer(QuestionId),
    #[error("required question `{0}` has no answer in a complete response")]
    MissingRequired(QuestionId),
}

impl ResponseProblem {
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongSurvey { .. } => "wrong_survey",
            Self::UnknownLanguage(_) => "unknown_language",
            Self::UnknownQuestion(_) => "unknown_question",
            Self::Answer(e) => e.code(),
            Self::IrrelevantAnswer(_) => "irrelevant_answer",
            Self::MissingRequired(_) => "missing_required",
        }
    }
}

/// Whether a question must be answered. Free text is optional for a resident who listens
/// (audio-first): answering must never require reading or writing; staff may type in assisted mode.
pub fn is_required(question: &Question, audio_used: bool) -> bool {
    question.required
        && question.kind.shape() != AnswerShape::Nothing
        && !(audio_used && question.kind.shape() == AnswerShape::Text)
}

/// Whether a question applies, given the answers so far.
pub fn is_relevant(survey: &Survey, question: &Question, answers: &Answers) -> bool {
    question
        .relevant
        .as_ref()
        .is_none_or(|c: &Condition| c.holds(answers, survey))
}

/// Checks a response against the survey it names. Reports every problem, not just the first.
/// Abandoned responses may lack required answers; complete ones may not.
pub fn check_response(survey: &Survey, response: &Response) -> Result<(), Vec<ResponseProblem>> {
    let mut problems = Vec::new();
    if response.survey.id != survey.id {
        problems.push(ResponseProblem::WrongSurvey {
            expected: survey.id.to_string(),
            found: response.survey.id.to_string(),
        });
        return Err(problems);
    }
    if !survey.has_language(&response.language) {
        problems.push(ResponseProblem::UnknownLanguage(
            response.language.to_string(),
        ));
    }
    for (qid, answer) in &response.answers {
        match survey.question(qid) {
            None => problems.push(ResponseProblem::UnknownQuestion(qid.clone())),
            Some(q) => {
                if let Err(e) = check_answer(q, answer) {
                    problems.push(e.into());
                } else if !is_relevant(survey, q, &response.answers) {
                    problems.push(ResponseProblem::IrrelevantAnswer(qid.clone()));
                }
            }
        }
    }
    if response.status == ResponseStatus::Complete {
        for q in survey.questions() {
            if is_required(q, response.audio_used)
                && !response.answers.contains_key(&q.id)
                && is_relevant(survey, q, &response.answers)
            {
                problems.push(ResponseProblem::MissingRequired(q.id.clone()));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
