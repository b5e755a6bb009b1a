//! Synthetic responses: seeded, valid against the survey, for the dashboard's demo data
//! (`heard-sync-server demo seed`) and for tests and benchmarks (`heard-test-support`). One
//! generator; a [`Mix`] says how the answers spread: [`Mix::demo`] leans positive and leaves a
//! few small demographic groups, so the dashboard has something to hide; [`Mix::even`] draws
//! every choice, language and mode alike.
//!
//! Deterministic: the same survey, facility, months, mix and seed give the same responses on
//! every platform. The draws come from a small seeded generator here (SplitMix64), never from
//! the system.

use crate::canonical::Sha256;
use crate::ids::{FacilityCode, LangTag, ServicePointCode};
use crate::period::Month;
use crate::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use crate::survey::{AnswerShape, Question, QuestionKind, Survey};
use crate::validate::{check_response, is_relevant};

/// The comments free-text answers are drawn from. The last [`CONTACT_COMMENTS`] carry contact
/// details (a phone number, an e-mail address) for masking to catch; only a mix with
/// `contact_details` draws them.
pub const COMMENTS: &[&str] = &[
    "The staff listen to us.",
    "More hot water in the evening please",
    "Food is too spicy",
    "شكرا",
    "Merci pour tout",
    "Call me on +32 470 12 34 56 about the food",
    "Write to ahmed@example.org, the heating is broken",
];
/// How many of [`COMMENTS`], at its end, carry contact details.
pub const CONTACT_COMMENTS: usize = 2;

/// How the generated answers spread.
#[derive(Debug, Clone, PartialEq)]
pub struct Mix {
    /// Chance that a response is abandoned part-way (after about half of the questions).
    pub abandoned: f64,
    /// Chance that an optional question is left unanswered.
    pub skip_optional: f64,
    /// Scales lean towards one end, demographic answers bunch on their first few choices
    /// (leaving rare groups), and most responses are self-completed in the survey's default
    /// language. Otherwise every choice, language and mode is equally likely.
    pub lean: bool,
    /// Free text may carry contact details (the last [`CONTACT_COMMENTS`] of [`COMMENTS`]).
    pub contact_details: bool,
    /// Half of the responses name this service point; with None, none does.
    pub service_point: Option<ServicePointCode>,
}

impl Mix {
    /// The dashboard's demo data: leaning, rare groups, comments with contact details.
    pub fn demo() -> Self {
        Self {
            abandoned: 0.05,
            skip_optional: 0.2,
            lean: true,
            contact_details: true,
            service_point: None,
        }
    }

    /// Tests and benchmarks: every choice alike, comments without contact details (so stored
    /// text is the text sent), half of the responses at `service_point`.
    pub fn even(service_point: Option<ServicePointCode>) -> Self {
        Self {
            abandoned: 0.1,
            skip_optional: 0.3,
            lean: false,
            contact_details: false,
            service_point,
        }
    }
}

/// Seeded synthetic responses to one survey at one facility.
pub struct SyntheticResponses {
    draw: Draw,
    mix: Mix,
    survey: Survey,
    /// Computed once: hashing every word of the survey per response was most of the cost.
    version: Sha256,
    questions: Vec<Question>,
    facility: FacilityCode,
    months: Vec<Month>,
}

impl SyntheticResponses {
    /// Responses in `months` (drawn alike; an empty list means 2026-01).
    pub fn new(
        survey: &Survey,
        facility: &FacilityCode,
        months: Vec<Month>,
        mix: Mix,
        seed: u64,
    ) -> Self {
        Self {
            draw: Draw(seed),
            mix,
            survey: survey.clone(),
            version: survey.version_hash(),
            questions: survey.questions().cloned().collect(),
            facility: facility.clone(),
            months,
        }
    }

    pub fn survey(&self) -> &Survey {
        &self.survey
    }

    /// One response. It passes `check_response`; a rare draw the survey rejects (say, a
    /// comment outside a question's length limits left a required question unanswered) comes
    /// back with its answers cleared, which an ingest may still refuse.
    pub fn response(&mut self) -> Response {
        let abandoned = self.draw.chance(self.mix.abandoned);
        let mut answers = Answers::new();
        let questions = std::mem::take(&mut self.questions);
        for (i, q) in questions.iter().enumerate() {
            if abandoned && i > questions.len() / 2 {
                break;
            }
            if !is_relevant(&self.survey, q, &answers) {
                continue;
            }
            if !q.required && self.draw.chance(self.mix.skip_optional) {
                continue;
            }
            if let Some(a) = self.answer(q) {
                answers.insert(q.id.clone(), a);
            }
        }
        self.questions = questions;
        let language = self.language();
        let mode = self.mode();
        let month = self
            .draw
            .pick(&self.months)
            .copied()
            .unwrap_or_else(|| Month::new(2026, 1).unwrap_or_else(|_| unreachable!()));
        let mut response = Response {
            id: ResponseId::from_random_bytes(self.draw.bytes()),
            survey: SurveyRef {
                id: self.survey.id.clone(),
                version: self.version,
            },
            language,
            mode,
            audio_used: self.draw.chance(0.3),
            status: if abandoned {
                ResponseStatus::Abandoned
            } else {
                ResponseStatus::Complete
            },
            facility: self.facility.clone(),
            service_point: match &self.mix.service_point {
                Some(code) if self.draw.chance(0.5) => Some(code.clone()),
                _ => None,
            },
            period: month,
            answers,
        };
        if check_response(&self.survey, &response).is_err() {
            response.answers.clear();
        }
        response
    }

    fn language(&mut self) -> LangTag {
        let default = self.survey.default_language.clone();
        if self.mix.lean && self.draw.chance(0.6) {
            return default;
        }
        let languages: Vec<_> = self.survey.languages.iter().collect();
        self.draw.pick(&languages).map_or(default, |&l| l.clone())
    }

    fn mode(&mut self) -> AdministrationMode {
        let self_completed = if self.mix.lean {
            self.draw.chance(0.8)
        } else {
            self.draw.chance(0.5)
        };
        if self_completed {
            AdministrationMode::SelfCompleted
        } else {
            AdministrationMode::Assisted
        }
    }

    fn answer(&mut self, q: &Question) -> Option<Answer> {
        let kind = &q.kind;
        let choices = kind.choice_ids();
        let lean = self.mix.lean;
        Some(match kind.shape() {
            AnswerShape::Nothing => return None,
            AnswerShape::OneChoice if lean && q.is_scored() => {
                // The lower of two draws: leans towards the scale's first choices.
                let i = self.draw.below(choices.len())?;
                let j = self.draw.below(choices.len())?;
                Answer::Choice(choices.get(i.min(j))?.clone())
            }
            AnswerShape::OneChoice if lean => {
                // Nine in ten among the first few choices: the others stay rare groups.
                let first_few = choices.len().clamp(1, 4);
                let i = if self.draw.chance(0.9) {
                    self.draw.below(first_few)?
                } else {
                    self.draw.below(choices.len())?
                };
                Answer::Choice(choices.get(i)?.clone())
            }
            AnswerShape::OneChoice => Answer::Choice(self.draw.pick(&choices)?.clone()),
            AnswerShape::ManyChoices => Answer::Choices(vec![self.draw.pick(&choices)?.clone()]),
            AnswerShape::Point => {
                // Draw an index into the points, so stepped scales get only their points.
                let points = kind.points()?;
                let top = i32::try_from(points.len()).ok()? - 1;
                let a = self.draw.between(0, top)?;
                let i = if lean {
                    // The higher of two draws: leans towards the top of the scale.
                    a.max(self.draw.between(0, top)?)
                } else {
                    a
                };
                Answer::Point(*points.get(usize::try_from(i).ok()?)?)
            }
            AnswerShape::Order => {
                let mut all = choices;
                self.draw.shuffle(&mut all);
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
                let comments = if self.mix.contact_details {
                    COMMENTS
                } else {
                    &COMMENTS[..COMMENTS.len() - CONTACT_COMMENTS]
                };
                let text = (*self.draw.pick(comments)?).to_owned();
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
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state, the same numbers everywhere.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Below `n` (None when `n` is 0), by multiply and shift: the bias is below 2^-32 for
    /// any `n` a survey has.
    fn below(&mut self, n: usize) -> Option<usize> {
        (n > 0).then(|| ((u128::from(self.next()) * n as u128) >> 64) as usize)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) / ((1u64 << 53) as f64) < p
    }

    /// From `lo` to `hi`, both included (None when `lo > hi`).
    fn between(&mut self, lo: i32, hi: i32) -> Option<i32> {
        let span = usize::try_from(i64::from(hi) - i64::from(lo) + 1).ok()?;
        let offset = i64::try_from(self.below(span)?).ok()?;
        i32::try_from(i64::from(lo) + offset).ok()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len())?)
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            if let Some(j) = self.below(i + 1) {
                items.swap(i, j);
            }
        }
    }

    fn bytes(&mut self) -> [u8; 16] {
        let mut out = [0; 16];
        out[..8].copy_from_slice(&self.next().to_le_bytes());
        out[8..].copy_from_slice(&self.next().to_le_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Draw;

    #[test]
    fn draws_are_in_range_and_cover_it() {
        let mut d = Draw(7);
        let mut seen = [0u32; 5];
        for _ in 0..5_000 {
            let i = d.below(5).unwrap();
            seen[i] += 1;
            let p = d.between(-2, 2).unwrap();
            assert!((-2..=2).contains(&p));
        }
        assert!(seen.iter().all(|&n| n > 800), "{seen:?}");
        assert_eq!(d.below(0), None);
        assert_eq!(d.between(3, 2), None);
    }

    #[test]
    fn the_same_seed_draws_the_same_numbers() {
        let (mut a, mut b) = (Draw(42), Draw(42));
        assert!((0..100).all(|_| a.next() == b.next()));
        assert_ne!(Draw(1).next(), Draw(2).next());
    }
}
