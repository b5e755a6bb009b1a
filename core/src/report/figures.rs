//! Report figures, computed from tallies only: n, distribution, satisfaction share, means on the
//! question's own scale and on the common 0–100 score, KTO, CES, goal completion, shares
//! positive/neutral/negative, ranking, participation and completion.

use super::tally::{StatusCounts, Summary, ValueCounts};
use crate::ids::ChoiceId;
use crate::survey::{AnswerShape, Measure, Question, QuestionKind, Satisfied, Survey, Topic};
use std::collections::BTreeMap;

/// An exact share: `count` of `of`. Percentages are derived, never stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub count: u64,
    pub of: u64,
}

impl Share {
    pub fn new(count: u64, of: u64) -> Self {
        Self { count, of }
    }
    /// None when nothing was counted (no answers is not 0%).
    pub fn percent(&self) -> Option<f64> {
        (self.of > 0).then(|| self.count as f64 * 100.0 / self.of as f64)
    }
    pub fn merge(&mut self, other: Share) {
        self.count += other.count;
        self.of += other.of;
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionFigures {
    pub n: u64,
    /// Every possible value in display order, with its count (zeros included).
    pub distribution: Vec<(String, u64)>,
    pub satisfied: Option<Share>,
    /// Mean on the question's own scale (scales, smileys, numbers in their units).
    pub mean: Option<f64>,
    /// Mean on the common 0–100 score.
    pub mean_score: Option<f64>,
    /// For rankings: each item's mean rank (1 = most important), best first.
    pub ranking: Vec<(ChoiceId, f64)>,
}

impl QuestionFigures {
    pub fn share_of(&self, value: &str) -> Share {
        let count = self
            .distribution
            .iter()
            .find(|(v, _)| v == value)
            .map_or(0, |(_, c)| *c);
        Share::new(count, self.n)
    }
}

/// The values a question can take, in display order (scale points low to high).
fn possible_values(q: &Question) -> Vec<String> {
    if let Some(points) = q.kind.points() {
        return points.iter().map(ToString::to_string).collect();
    }
    q.kind
        .choice_ids()
        .iter()
        .map(ToString::to_string)
        .collect()
}

pub fn question_figures(q: &Question, counts: &ValueCounts) -> QuestionFigures {
    let n = counts.n;
    let distribution: Vec<(String, u64)> = match q.kind.shape() {
        AnswerShape::Number | AnswerShape::Order | AnswerShape::Text | AnswerShape::Nothing => {
            counts.values.iter().map(|(k, v)| (k.clone(), *v)).collect()
        }
        _ => possible_values(q)
            .into_iter()
            .map(|v| {
                let c = counts.count(&v);
                (v, c)
            })
            .collect(),
    };
    let satisfied = q.satisfied.as_ref().map(|rule| {
        let count = match rule {
            Satisfied::Choices(cs) => cs.iter().map(|c| counts.count(c.as_str())).sum(),
            Satisfied::AtLeast(min) => counts
                .values
                .iter()
                .filter(|(k, _)| k.parse::<i32>().is_ok_and(|p| p >= *min))
                .map(|(_, v)| v)
                .sum(),
        };
        Share::new(count, n)
    });
    let weighted = |value_of: &dyn Fn(&str) -> Option<f64>| -> Option<f64> {
        let (mut sum, mut weight) = (0.0, 0u64);
        for (k, c) in &counts.values {
            if let Some(v) = value_of(k) {
                sum += v * *c as f64;
                weight += c;
            }
        }
        (weight > 0).then(|| sum / weight as f64)
    };
    let mean = match &q.kind {
        QuestionKind::Scale { .. } | QuestionKind::Smiley { .. } => {
            weighted(&|k| k.parse::<i32>().ok().map(f64::from))
        }
        QuestionKind::Number { decimals, .. } => {
            let scale = 10f64.powi(i32::from(*decimals));
            weighted(&|k| k.parse::<i64>().ok().map(|v| v as f64 / scale))
        }
        _ => None,
    };
    let mean_score = if q.kind.scorable() {
        weighted(&|k| match k.parse::<i32>() {
            Ok(p) => q.kind.point_score(p),
            Err(_) => ChoiceId::new(k).ok().and_then(|c| q.kind.choice_score(&c)),
        })
    } else {
        None
    };
    let ranking = match &q.kind {
        QuestionKind::Ranking { choices } => {
            let mut ranks: Vec<(ChoiceId, f64)> = choices
                .iter()
                .filter_map(|c| {
                    let (mut sum, mut n) = (0u64, 0u64);
                    for (k, count) in &counts.values {
                        if let Some((item, rank)) = k.rsplit_once('@') {
                            if item == c.id.as_str() {
                                sum += rank.parse::<u64>().unwrap_or(0) * count;
                                n += count;
                            }
                        }
                    }
                    (n > 0).then(|| (c.id.clone(), sum as f64 / n as f64))
                })
                .collect();
            ranks.sort_by(|a, b| a.1.total_cmp(&b.1));
            ranks
        }
        _ => Vec::new(),
    };
    QuestionFigures {
        n,
        distribution,
        satisfied,
        mean,
        mean_score,
        ranking,
    }
}

/// Pooled figures of a topic's scored questions.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicFigures {
    pub topic: Topic,
    pub satisfied: Share,
    pub mean_score: Option<f64>,
    /// Answers behind the figures (sum over the topic's scored questions).
    pub n: u64,
}

/// Per-topic figures, lowest satisfaction first (what facilities should act on).
pub fn topic_figures(survey: &Survey, summary: &Summary) -> Vec<TopicFigures> {
    let mut by_topic: BTreeMap<Topic, (Share, f64, u64)> = BTreeMap::new();
    for q in survey.questions().filter(|q| q.is_scored()) {
        let (Some(topic), Some(counts)) = (q.topic, summary.answers.get(&q.id)) else {
            continue;
        };
        let f = question_figures(q, counts);
        let entry = by_topic.entry(topic).or_default();
        if let Some(s) = f.satisfied {
            entry.0.merge(s);
        }
        if let Some(m) = f.mean_score {
            entry.1 += m * f.n as f64;
            entry.2 += f.n;
        }
    }
    let mut out: Vec<TopicFigures> = by_topic
        .into_iter()
        .map(|(topic, (satisfied, score_sum, n))| TopicFigures {
            topic,
            satisfied,
            mean_score: (n > 0).then(|| score_sum / n as f64),
            n,
        })
        .collect();
    out.sort_by(|a, b| {
        let pa = a.satisfied.percent().unwrap_or(f64::INFINITY);
        let pb = b.satisfied.percent().unwrap_or(f64::INFINITY);
        pa.total_cmp(&pb).then(a.topic.cmp(&b.topic))
    });
    out
}

/// The satisfaction level over all scored questions (Poland: share at or above expectations).
pub fn overall_satisfaction(survey: &Survey, summary: &Summary) -> Share {
    let mut total = Share::default();
    for q in survey.questions().filter(|q| q.is_scored()) {
        if let Some(counts) = summary.answers.get(&q.id) {
            if let Some(s) = question_figures(q, counts).satisfied {
                total.merge(s);
            }
        }
    }
    total
}

/// The figure for a named measure (KTO mean, CES mean, goal completion share as percent).
pub fn measure(survey: &Survey, summary: &Summary, measure: Measure) -> Option<f64> {
    let q = survey.questions().find(|q| q.measure == Some(measure))?;
    let f = question_figures(q, summary.answers.get(&q.id)?);
    match measure {
        Measure::GoalCompletion => f.satisfied.and_then(|s| s.percent()),
        Measure::Kto | Measure::Ces | Measure::Overall => f.mean,
    }
}

/// Responses over the eligible population (Poland: 70% of adult residents).
pub fn participation(responses: &StatusCounts, eligible: u64) -> Share {
    Share::new(responses.complete, eligible)
}

/// Complete responses over all started ones.
pub fn completion(responses: &StatusCounts) -> Share {
    Share::new(responses.complete, responses.started())
}
