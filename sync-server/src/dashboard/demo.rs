//! Synthetic responses for demos, tests and benchmarks: valid against the survey, with answers
//! leaning positive and a few small demographic groups, so the dashboard has something to hide.

use crate::ingest::{prepare, Edition};
use crate::store::{IngestItem, Store, StoreError};
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use heard_core::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use heard_core::survey::{AnswerShape, Question, QuestionKind, Survey};
use heard_core::validate::{check_response, is_relevant};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

pub const COMMENTS: &[&str] = &[
    "The staff listen to us.",
    "More hot water in the evening please",
    "Call me on +32 470 12 34 56 about the food",
    "Write to ahmed@example.org, the heating is broken",
    "Merci pour tout",
];

pub struct DemoGen {
    rng: StdRng,
    survey: Survey,
    /// Computed once: hashing every word of the survey per response was most of the cost.
    version: Sha256,
    questions: Vec<Question>,
    facility: FacilityCode,
    months: Vec<Month>,
}

impl DemoGen {
    pub fn new(survey: &Survey, facility: &FacilityCode, months: Vec<Month>, seed: u64) -> Self {
        Self {
            rng: StdRng::seed_from_u64(seed),
            survey: survey.clone(),
            version: survey.version_hash(),
            questions: survey.questions().cloned().collect(),
            facility: facility.clone(),
            months,
        }
    }

    /// Leans towards the later (more positive) choices of a scale; demographic choices skew
    /// towards the first few, leaving rare groups.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            return None;
        }
        let a = self.rng.random_range(0..items.len());
        let b = self.rng.random_range(0..items.len());
        items.get(a.min(b))
    }

    fn answer(&mut self, q: &Question) -> Option<Answer> {
        let kind = &q.kind;
        let choices = kind.choice_ids();
        Some(match kind.shape() {
            AnswerShape::Nothing => return None,
            AnswerShape::OneChoice => {
                if q.is_scored() {
                    Answer::Choice(self.pick(&choices)?.clone())
                } else {
                    let skew = self.rng.random_range(0..choices.len().clamp(1, 4));
                    let i = if self.rng.random_bool(0.9) {
                        skew
                    } else {
                        self.rng.random_range(0..choices.len().max(1))
                    };
                    Answer::Choice(choices.get(i)?.clone())
                }
            }
            AnswerShape::ManyChoices => {
                Answer::Choices(vec![choices.choose(&mut self.rng)?.clone()])
            }
            AnswerShape::Point => {
                let (lo, hi) = kind.point_range()?;
                let a = self.rng.random_range(lo..=hi);
                let b = self.rng.random_range(lo..=hi);
                Answer::Point(a.max(b))
            }
            AnswerShape::Order => {
                let mut all = choices;
                use rand::seq::SliceRandom;
                all.shuffle(&mut self.rng);
                Answer::Order(all)
            }
            AnswerShape::Text => {
                let QuestionKind::FreeText {
                    min_length,
                    max_length,
                } = kind
                else {
                    return None;
                };
                let text = (*COMMENTS.choose(&mut self.rng)?).to_owned();
                let len = text.chars().count() as u32;
                if len < *min_length || len > *max_length {
                    return None;
                }
                Answer::Text(text)
            }
            AnswerShape::Number => {
                let QuestionKind::Number { min, .. } = kind else {
                    return None;
                };
                Answer::Number(*min)
            }
        })
    }

    pub fn response(&mut self) -> Response {
        let abandoned = self.rng.random_bool(0.05);
        let mut answers = Answers::new();
        let questions = std::mem::take(&mut self.questions);
        for (i, q) in questions.iter().enumerate() {
            if abandoned && i > questions.len() / 2 {
                break;
            }
            if !is_relevant(&self.survey, q, &answers) {
                continue;
            }
            if !q.required && self.rng.random_bool(0.2) {
                continue;
            }
            if let Some(a) = self.answer(q) {
                answers.insert(q.id.clone(), a);
            }
        }
        self.questions = questions;
        let languages: Vec<_> = self.survey.languages.iter().cloned().collect();
        let month = self
            .months
            .choose(&mut self.rng)
            .copied()
            .unwrap_or_else(|| Month::new(2026, 1).unwrap_or_else(|_| unreachable!()));
        let mut response = Response {
            id: ResponseId::from_random_bytes(self.rng.random()),
            survey: SurveyRef {
                id: self.survey.id.clone(),
                version: self.version,
            },
            language: if self.rng.random_bool(0.6) {
                self.survey.default_language.clone()
            } else {
                languages
                    .choose(&mut self.rng)
                    .cloned()
                    .unwrap_or_else(|| self.survey.default_language.clone())
            },
            mode: if self.rng.random_bool(0.8) {
                AdministrationMode::SelfCompleted
            } else {
                AdministrationMode::Assisted
            },
            audio_used: self.rng.random_bool(0.3),
            status: if abandoned {
                ResponseStatus::Abandoned
            } else {
                ResponseStatus::Complete
            },
            facility: self.facility.clone(),
            service_point: None,
            period: month,
            answers,
        };
        if check_response(&self.survey, &response).is_err() {
            // A rare invalid draw (e.g. a scored answer the kind rejects): keep only what passes.
            response.answers.clear();
        }
        response
    }
}

/// Generates and ingests `n` responses through the same `prepare` path as the API.
pub async fn seed(
    store: &dyn Store,
    survey: &Survey,
    facility: &FacilityCode,
    months: Vec<Month>,
    n: usize,
    seed: u64,
) -> Result<usize, StoreError> {
    let mut generator = DemoGen::new(survey, facility, months, seed);
    let mut stored = 0;
    let mut batch: Vec<IngestItem> = Vec::with_capacity(500);
    for i in 0..n {
        let r = generator.response();
        let canonical = to_canonical_json(&r);
        if let Ok(item) = prepare(r, &canonical, Edition::Known(survey), facility) {
            batch.push(item);
        }
        if batch.len() == 500 || i + 1 == n {
            stored += batch.len();
            store.ingest(std::mem::take(&mut batch)).await?;
        }
    }
    Ok(stored)
}
