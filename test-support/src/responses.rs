//! Seeded random responses that pass `check_response` for any survey.

use heard_core::canonical::to_canonical_json;
use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::period::Month;
use heard_core::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use heard_core::survey::{AnswerShape, QuestionKind, Survey};
use heard_core::validate::{check_response, is_relevant};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};

const COMMENTS: &[&str] = &[
    "The staff listen.",
    "More hot water please",
    "Food is too spicy",
    "شكرا",
    "Merci pour tout",
];

pub struct ResponseGen {
    rng: StdRng,
    survey: Survey,
    facility: FacilityCode,
}

impl ResponseGen {
    pub fn new(survey: &Survey, facility: &FacilityCode, seed: u64) -> Self {
        Self {
            rng: StdRng::seed_from_u64(seed),
            survey: survey.clone(),
            facility: facility.clone(),
        }
    }

    fn answer(&mut self, kind: &QuestionKind) -> Option<Answer> {
        let choices = kind.choice_ids();
        Some(match kind.shape() {
            AnswerShape::Nothing => return None,
            AnswerShape::OneChoice => Answer::Choice(choices.choose(&mut self.rng)?.clone()),
            AnswerShape::ManyChoices => {
                Answer::Choices(vec![choices.choose(&mut self.rng)?.clone()])
            }
            AnswerShape::Point => {
                let (lo, hi) = kind.point_range()?;
                Answer::Point(self.rng.random_range(lo..=hi))
            }
            AnswerShape::Order => {
                let mut all = choices;
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

    /// One valid response (complete, or now and then abandoned part-way).
    pub fn response(&mut self) -> Response {
        let abandoned = self.rng.random_bool(0.1);
        let mut answers = Answers::new();
        let questions: Vec<_> = self.survey.questions().cloned().collect();
        for (i, q) in questions.iter().enumerate() {
            if abandoned && i > questions.len() / 2 {
                break;
            }
            if !is_relevant(&self.survey, q, &answers) {
                continue;
            }
            if !q.required && self.rng.random_bool(0.3) {
                continue;
            }
            if let Some(a) = self.answer(&q.kind) {
                answers.insert(q.id.clone(), a);
            }
        }
        let languages: Vec<_> = self.survey.languages.iter().cloned().collect();
        let response = Response {
            id: ResponseId::from_random_bytes(self.rng.random()),
            survey: SurveyRef {
                id: self.survey.id.clone(),
                version: self.survey.version_hash(),
            },
            language: languages
                .choose(&mut self.rng)
                .cloned()
                .unwrap_or_else(|| self.survey.default_language.clone()),
            mode: *[
                AdministrationMode::SelfCompleted,
                AdministrationMode::Assisted,
            ]
            .choose(&mut self.rng)
            .unwrap_or(&AdministrationMode::SelfCompleted),
            audio_used: self.rng.random_bool(0.3),
            status: if abandoned {
                ResponseStatus::Abandoned
            } else {
                ResponseStatus::Complete
            },
            facility: self.facility.clone(),
            service_point: if self.rng.random_bool(0.5) {
                ServicePointCode::new("reception-desk").ok()
            } else {
                None
            },
            period: Month::new(2026, self.rng.random_range(1..=3))
                .unwrap_or_else(|_| unreachable_month()),
            answers,
        };
        if let Err(p) = check_response(&self.survey, &response) {
            panic!("the generator made an invalid response: {p:?}");
        }
        response
    }

    /// `n` responses as `(id, canonical bytes)`.
    pub fn canonical(&mut self, n: usize) -> Vec<(ResponseId, Vec<u8>)> {
        (0..n)
            .map(|_| {
                let r = self.response();
                (r.id, to_canonical_json(&r))
            })
            .collect()
    }
}

fn unreachable_month() -> Month {
    panic!("2026-01..03 are months")
}
