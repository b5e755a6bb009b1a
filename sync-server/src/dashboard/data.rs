//! The dashboard's data layer: every figure from the store's tallies (`Store::tallies()`),
//! narrowed to what the viewer may see, with disclosure control applied before anything is
//! rendered or exported.

use crate::store::{Participation, Store, StoreError, TallyScope};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::Quarter;
use heard_core::report::breakdown::{breakdown, filter_refusal, Breakdown, Dimension};
use heard_core::report::disclosure::{primary, suppress, Shown, K_DEFAULT};
use heard_core::report::{
    measure, overall_satisfaction, topic_figures, Cell, Share, Summary, Tallies,
};
use heard_core::survey::{Measure, Survey, Topic};
use std::collections::{BTreeMap, BTreeSet};

pub type QuarterIndex = BTreeMap<(SurveyId, FacilityCode, Quarter), Summary>;

/// One pass over the tallies: a summary per survey, facility and quarter (what the store keeps
/// at ingest; used where tallies are at hand, e.g. the benchmark's naive baseline).
pub fn quarter_index(tallies: &Tallies) -> QuarterIndex {
    summaries_by(tallies, |c| {
        Some((c.survey.clone(), c.facility.clone(), c.period.quarter()))
    })
}

/// One survey's summaries per facility and quarter, as the store keeps them at ingest: a few
/// rows however many responses there are.
pub async fn stored_quarter_index(
    store: &dyn Store,
    survey: &SurveyId,
) -> Result<QuarterIndex, StoreError> {
    Ok(store
        .quarter_summaries(survey)
        .await?
        .into_iter()
        .map(|(f, q, s)| ((survey.clone(), f, q), s))
        .collect())
}

/// The tallies a view of one survey needs: its slabs for the chosen facilities and quarter,
/// projected to the breakdown's dimension when there is one.
pub async fn scoped_tallies(
    store: &dyn Store,
    survey: &SurveyId,
    facilities: &BTreeSet<FacilityCode>,
    quarter: Option<Quarter>,
    dimension: Option<Dimension>,
) -> Result<Tallies, StoreError> {
    let mut scope = TallyScope::survey(survey).in_quarter(quarter);
    scope.dimension = dimension;
    if let [only] = facilities.iter().collect::<Vec<_>>()[..] {
        scope.facility = Some(only.clone());
    }
    let mut tallies = store.tallies_in(&scope).await?;
    tallies
        .responses
        .retain(|c, _| facilities.contains(&c.facility));
    tallies
        .answers
        .retain(|(c, _), _| facilities.contains(&c.facility));
    Ok(tallies)
}

/// Current editions of the surveys assigned to any of `facilities`, one per survey id.
pub async fn surveys(
    store: &dyn Store,
    facilities: &[FacilityCode],
) -> Result<Vec<Survey>, StoreError> {
    let mut by_id: BTreeMap<SurveyId, Survey> = BTreeMap::new();
    for f in facilities {
        for s in store.assigned_surveys(f).await? {
            by_id.entry(s.survey.id.clone()).or_insert(s.survey);
        }
    }
    Ok(by_id.into_values().collect())
}

/// Only the tallies of one survey, optionally one facility and one quarter.
pub fn narrow(
    tallies: &Tallies,
    survey: &SurveyId,
    facilities: &BTreeSet<FacilityCode>,
    quarter: Option<Quarter>,
) -> Tallies {
    let keep = |c: &Cell| {
        &c.survey == survey
            && facilities.contains(&c.facility)
            && quarter.is_none_or(|q| c.period.quarter() == q)
    };
    Tallies {
        responses: tallies
            .responses
            .iter()
            .filter(|(c, _)| keep(c))
            .map(|(c, s)| (c.clone(), *s))
            .collect(),
        answers: tallies
            .answers
            .iter()
            .filter(|((c, _), _)| keep(c))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    }
}

/// One topic's figures in one overview row, already suppressed.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicCell {
    pub topic: Topic,
    /// Satisfaction share (percent), `None` when hidden or empty.
    pub percent: Option<f64>,
    /// Mean 0–100 score, `None` when hidden or empty.
    pub mean: Option<f64>,
    /// Hidden because fewer than k answers (or the row's count is hidden).
    pub hidden: bool,
    pub below_target: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub facility: FacilityCode,
    pub quarter: Quarter,
    pub responses: Shown,
    /// Complete over eligible, when eligible was entered (and the count is visible).
    pub participation: Option<Share>,
    /// Complete over invited, when the facility logged how many it invited (and the count is
    /// visible).
    pub response_rate: Option<Share>,
    /// Satisfaction level over every scored answer (Poland's headline), percent.
    pub level: Option<f64>,
    /// The survey's named measures (KTO, CES, goal completion %, overall rating), in
    /// `Overview::measures` order.
    pub measures: Vec<Option<f64>>,
    pub topics: Vec<TopicCell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub survey: SurveyId,
    pub target: Option<u8>,
    pub quarters: Vec<Quarter>,
    pub facilities: Vec<FacilityCode>,
    /// Topics, lowest satisfaction first (over everything visible to the viewer).
    pub topics: Vec<Topic>,
    pub measures: Vec<Measure>,
    pub rows: Vec<OverviewRow>,
    /// Per quarter, over the facilities: the column totals of the suppressed table.
    pub quarter_totals: Vec<Shown>,
    /// Per quarter over all visible facilities: topic satisfaction, for the trend chart.
    pub trend: Vec<(Quarter, Vec<Option<f64>>)>,
}

fn topic_cells(
    survey: &Survey,
    summary: &Summary,
    topics: &[Topic],
    visible: bool,
    target: Option<u8>,
) -> Vec<TopicCell> {
    let figures: BTreeMap<Topic, _> = topic_figures(survey, summary)
        .into_iter()
        .map(|f| (f.topic, f))
        .collect();
    topics
        .iter()
        .map(|t| {
            let f = figures.get(t);
            let of = f.map_or(0, |f| f.satisfied.of);
            let hidden = of > 0 && (!visible || primary(of, K_DEFAULT) == Shown::Hidden);
            let percent = f
                .and_then(|f| f.satisfied.percent())
                .filter(|_| !hidden && of > 0);
            let mean = f.and_then(|f| f.mean_score).filter(|_| !hidden && of > 0);
            TopicCell {
                topic: *t,
                percent,
                mean,
                hidden,
                below_target: matches!((percent, target), (Some(p), Some(t)) if p < f64::from(t)),
            }
        })
        .collect()
}

/// Sums the kept cells per key in one pass over the tallies.
fn summaries_by<K: Ord + Clone>(
    tallies: &Tallies,
    key: impl Fn(&Cell) -> Option<K>,
) -> BTreeMap<K, Summary> {
    let mut out: BTreeMap<K, Summary> = BTreeMap::new();
    for (cell, counts) in &tallies.responses {
        if let Some(k) = key(cell) {
            out.entry(k).or_default().responses.merge(counts);
        }
    }
    for ((cell, question), counts) in &tallies.answers {
        if let Some(k) = key(cell) {
            out.entry(k)
                .or_default()
                .answers
                .entry(question.clone())
                .or_default()
                .merge(counts);
        }
    }
    out
}

/// The facility × quarter overview of one survey.
pub fn overview(
    survey: &Survey,
    tallies: &Tallies,
    facilities: &BTreeSet<FacilityCode>,
    quarter: Option<Quarter>,
    participation: &[Participation],
) -> Overview {
    overview_from(
        survey,
        &quarter_index(tallies),
        facilities,
        quarter,
        participation,
    )
}

/// The overview from the per-quarter summaries (`stored_quarter_index`).
pub fn overview_from(
    survey: &Survey,
    index: &QuarterIndex,
    facilities: &BTreeSet<FacilityCode>,
    quarter: Option<Quarter>,
    participation: &[Participation],
) -> Overview {
    let by_cell: BTreeMap<(FacilityCode, Quarter), &Summary> = index
        .iter()
        .filter(|((s, f, q), _)| {
            s == &survey.id && facilities.contains(f) && quarter.is_none_or(|x| x == *q)
        })
        .map(|((_, f, q), summary)| ((f.clone(), *q), summary))
        .collect();
    let quarters: Vec<Quarter> = by_cell
        .keys()
        .map(|(_, q)| *q)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let present: Vec<FacilityCode> = by_cell
        .keys()
        .map(|(f, _)| f.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let empty = Summary::default();
    let summary_of = |f: &FacilityCode, q: Quarter| -> &Summary {
        by_cell.get(&(f.clone(), q)).copied().unwrap_or(&empty)
    };
    let counts: Vec<Vec<u64>> = present
        .iter()
        .map(|f| {
            quarters
                .iter()
                .map(|q| summary_of(f, *q).responses.complete)
                .collect()
        })
        .collect();
    let table = suppress(&counts, K_DEFAULT);
    let mut per_quarter: BTreeMap<Quarter, Summary> = BTreeMap::new();
    let mut all = Summary::default();
    for ((_, q), s) in &by_cell {
        for target in [per_quarter.entry(*q).or_default(), &mut all] {
            target.responses.merge(&s.responses);
            for (qid, v) in &s.answers {
                target.answers.entry(qid.clone()).or_default().merge(v);
            }
        }
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
    let mut rows = Vec::new();
    for (fi, f) in present.iter().enumerate() {
        for (qi, q) in quarters.iter().enumerate() {
            let shown = table.cells[fi][qi];
            // An empty cell is left out, unless suppression hid it (then leaving it out would
            // tell the reader it was zero, and give away the hidden cells of its quarter).
            if shown == Shown::Count(0) {
                continue;
            }
            let visible = shown != Shown::Hidden;
            let entered = participation
                .iter()
                .find(|p| &p.facility == f && p.quarter == q.to_string());
            let eligible = entered.map(|p| p.eligible);
            let invited = entered.and_then(|p| p.invited);
            let summary = summary_of(f, *q);
            let level = overall_satisfaction(survey, summary);
            let measure_of = |m: Measure| {
                // A measure is read off one question: shown only from k answers up.
                let n = survey
                    .questions()
                    .find(|qq| qq.measure == Some(m))
                    .and_then(|qq| summary.answers.get(&qq.id))
                    .map_or(0, |v| v.n);
                measure(survey, summary, m).filter(|_| visible && n >= K_DEFAULT)
            };
            rows.push(OverviewRow {
                facility: f.clone(),
                quarter: *q,
                responses: shown,
                participation: eligible
                    .filter(|_| visible)
                    .map(|e| Share::new(counts[fi][qi], e)),
                response_rate: invited
                    .filter(|_| visible)
                    .map(|i| Share::new(counts[fi][qi], i)),
                level: level.percent().filter(|_| visible && level.of >= K_DEFAULT),
                measures: measures.iter().map(|m| measure_of(*m)).collect(),
                topics: topic_cells(survey, summary, &topics, visible, survey.target_percent),
            });
        }
    }
    let trend = quarters
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let visible = table.column_totals[qi] != Shown::Hidden;
            let summary = per_quarter.get(q).unwrap_or(&empty);
            let cells = topic_cells(survey, summary, &topics, visible, survey.target_percent);
            (*q, cells.iter().map(|c| c.percent).collect())
        })
        .collect();
    Overview {
        survey: survey.id.clone(),
        target: survey.target_percent,
        quarters,
        facilities: present,
        topics,
        measures,
        rows,
        quarter_totals: table.column_totals,
        trend,
    }
}

/// A breakdown for the chosen filters, or the reason it is refused (fewer than k selected).
pub fn filtered_breakdown(
    survey: &Survey,
    tallies: &Tallies,
    facilities: &BTreeSet<FacilityCode>,
    quarter: Option<Quarter>,
    dimension: Dimension,
) -> Result<Breakdown, String> {
    let narrowed = narrow(tallies, &survey.id, facilities, quarter);
    let selected = narrowed.summarize(|_| true);
    if let Some(reason) = filter_refusal(&selected, dimension.k()) {
        return Err(reason);
    }
    Ok(breakdown(survey, &narrowed, dimension))
}
