//! The facility × quarter overview of one survey (also the quarterly report and the trend
//! chart): released units only, every total a sum of released units (`release`).

use super::figures::{measure, overall_satisfaction, topic_figures, Share};
use super::release::{released_units, Selection, Unit, UnitSummaries};
use super::tally::Summary;
use crate::ids::FacilityCode;
use crate::period::Quarter;
use crate::survey::{Measure, Survey, Topic};
use std::collections::{BTreeMap, BTreeSet};

/// What staff entered for a unit: how many residents were eligible, and how many were invited.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entered {
    pub eligible: u64,
    pub invited: Option<u64>,
}

/// One topic's figures in one overview row.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicCell {
    pub topic: Topic,
    /// Satisfaction share (percent), `None` when no released answers.
    pub percent: Option<f64>,
    /// Mean 0–100 score, `None` when no released answers.
    pub mean: Option<f64>,
    pub below_target: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub facility: FacilityCode,
    pub quarter: Quarter,
    /// The unit's released summary: the exact counts behind every figure of the row.
    pub released: Summary,
    /// Complete over eligible, when eligible was entered.
    pub participation: Option<Share>,
    /// Complete over invited, when the facility logged how many it invited.
    pub response_rate: Option<Share>,
    /// Satisfaction level over every scored answer (Poland's headline), percent.
    pub level: Option<f64>,
    /// The survey's named measures, in `Overview::measures` order.
    pub measures: Vec<Option<f64>>,
    pub topics: Vec<TopicCell>,
}

impl OverviewRow {
    pub fn responses(&self) -> u64 {
        self.released.responses.complete
    }
}

/// Figures of a set of released units taken together (a quarter, or everything shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Pooled {
    pub released: Summary,
    /// Summed over the units with eligible entered: (complete, eligible).
    pub participation: Option<Share>,
    pub response_rate: Option<Share>,
    pub topics: Vec<TopicCell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub survey: crate::ids::SurveyId,
    pub target: Option<u8>,
    pub quarters: Vec<Quarter>,
    pub facilities: Vec<FacilityCode>,
    /// Topics, lowest satisfaction first (over everything released to the viewer).
    pub topics: Vec<Topic>,
    pub measures: Vec<Measure>,
    pub rows: Vec<OverviewRow>,
    /// Per quarter, over the released units shown (the trend chart and quarter totals).
    pub quarter_totals: Vec<(Quarter, Pooled)>,
    /// Everything shown.
    pub total: Pooled,
}

impl Overview {
    /// Topic satisfaction per quarter, for the trend chart.
    pub fn trend(&self) -> Vec<(Quarter, Vec<Option<f64>>)> {
        self.quarter_totals
            .iter()
            .map(|(q, p)| (*q, p.topics.iter().map(|c| c.percent).collect()))
            .collect()
    }
}

fn topic_cells(
    survey: &Survey,
    summary: &Summary,
    topics: &[Topic],
    target: Option<u8>,
) -> Vec<TopicCell> {
    let figures: BTreeMap<Topic, _> = topic_figures(survey, summary)
        .into_iter()
        .map(|f| (f.topic, f))
        .collect();
    topics
        .iter()
        .map(|t| {
            let f = figures.get(t).filter(|f| f.satisfied.of > 0);
            let percent = f.and_then(|f| f.satisfied.percent());
            TopicCell {
                topic: *t,
                percent,
                mean: f.and_then(|f| f.mean_score),
                below_target: matches!((percent, target), (Some(p), Some(t)) if p < f64::from(t)),
            }
        })
        .collect()
}

/// The overview of the released units in `selection`.
pub fn overview(
    survey: &Survey,
    units: &UnitSummaries,
    selection: &Selection,
    entered: &BTreeMap<Unit, Entered>,
) -> Overview {
    let released: Vec<(&Unit, Summary)> = released_units(units, selection).collect();
    let mut all = Summary::default();
    for (_, s) in &released {
        all.merge(s);
    }
    let topics: Vec<Topic> = topic_figures(survey, &all)
        .iter()
        .map(|f| f.topic)
        .collect();
    let measures: Vec<Measure> = [
        Measure::Kto,
        Measure::Ces,
        Measure::GoalCompletion,
        Measure::Overall,
    ]
    .into_iter()
    .filter(|m| survey.questions().any(|q| q.measure == Some(*m)))
    .collect();
    let target = survey.target_percent;
    let rates = |complete: u64, e: Option<&Entered>| {
        (
            e.map(|e| Share::new(complete, e.eligible)),
            e.and_then(|e| e.invited).map(|i| Share::new(complete, i)),
        )
    };
    let rows: Vec<OverviewRow> = released
        .iter()
        .map(|(unit, summary)| {
            let (participation, response_rate) =
                rates(summary.responses.complete, entered.get(unit));
            OverviewRow {
                facility: unit.facility.clone(),
                quarter: unit.quarter,
                participation,
                response_rate,
                level: overall_satisfaction(survey, summary).percent(),
                measures: measures
                    .iter()
                    .map(|m| measure(survey, summary, *m))
                    .collect(),
                topics: topic_cells(survey, summary, &topics, target),
                released: summary.clone(),
            }
        })
        .collect();
    let pool = |rows: &mut dyn Iterator<Item = &OverviewRow>| {
        let mut released = Summary::default();
        let mut participation: Option<Share> = None;
        let mut response_rate: Option<Share> = None;
        for r in rows {
            released.merge(&r.released);
            // Numerator and denominator from the same released units.
            if let Some(p) = r.participation {
                participation.get_or_insert_default().merge(p);
            }
            if let Some(p) = r.response_rate {
                response_rate.get_or_insert_default().merge(p);
            }
        }
        let topics = topic_cells(survey, &released, &topics, target);
        Pooled {
            released,
            participation,
            response_rate,
            topics,
        }
    };
    let quarters: Vec<Quarter> = rows
        .iter()
        .map(|r| r.quarter)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let facilities: Vec<FacilityCode> = rows
        .iter()
        .map(|r| r.facility.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let quarter_totals = quarters
        .iter()
        .map(|q| (*q, pool(&mut rows.iter().filter(|r| r.quarter == *q))))
        .collect();
    let total = pool(&mut rows.iter());
    Overview {
        survey: survey.id.clone(),
        target,
        quarters,
        facilities,
        topics,
        measures,
        rows,
        quarter_totals,
        total,
    }
}
