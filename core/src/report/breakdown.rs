//! Breakdowns of a survey's results by one dimension (age band, sex, nationality group, language,
//! administration mode, audio use), with disclosure control applied: the dashboard, every export
//! and every API get their tables from here, so the same rules hold everywhere.

use super::disclosure::{primary, suppress, Shown, K_DEFAULT, K_NATIONALITY};
use super::figures::{topic_figures, Share};
use super::tally::{Cell, Summary, Tallies};
use crate::demographics::region_of;
use crate::ids::LangTag;
use crate::response::AdministrationMode;
use crate::survey::{Survey, Topic};
use std::collections::BTreeMap;

/// What a breakdown groups responses by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    AgeBand,
    Sex,
    /// Nationalities rarer than k roll up into their region, rarer regions into "other".
    NationalityGroup,
    Language,
    /// Self-completed, or with help (staff, interpreter, interviewer, paper).
    Assistance,
    AudioUse,
}

impl Dimension {
    pub const ALL: &'static [Dimension] = &[
        Dimension::AgeBand,
        Dimension::Sex,
        Dimension::NationalityGroup,
        Dimension::Language,
        Dimension::Assistance,
        Dimension::AudioUse,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::AgeBand => "age-band",
            Dimension::Sex => "sex",
            Dimension::NationalityGroup => "nationality",
            Dimension::Language => "language",
            Dimension::Assistance => "assistance",
            Dimension::AudioUse => "audio",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        Self::ALL.iter().copied().find(|d| d.as_str() == s)
    }

    /// The threshold for this dimension (stricter for nationality).
    pub fn k(self) -> u64 {
        match self {
            Dimension::NationalityGroup => K_NATIONALITY,
            _ => K_DEFAULT,
        }
    }

    /// The cell with only what a breakdown by this dimension reads (`raw_label`) kept, and
    /// everything else of its group set to one fixed value (service point dropped): reading
    /// tallies projected this way collapses nearly-unique cells into a few per facility and
    /// month, and leaves the breakdown unchanged.
    pub fn project(self, mut cell: Cell) -> Cell {
        let g = &mut cell.group;
        if self != Dimension::Language {
            g.language = LangTag::new("und").unwrap_or_else(|_| g.language.clone());
        }
        if self != Dimension::Assistance {
            g.mode = AdministrationMode::SelfCompleted;
        } else if g.mode != AdministrationMode::SelfCompleted {
            g.mode = AdministrationMode::Assisted;
        }
        if self != Dimension::AudioUse {
            g.audio_used = false;
        }
        if self != Dimension::AgeBand {
            g.age_band = None;
        }
        if self != Dimension::Sex {
            g.sex = None;
        }
        if self != Dimension::NationalityGroup {
            g.nationality = None;
        }
        g.length_of_stay = None;
        cell.service_point = None;
        cell
    }

    /// The raw group label of a cell ("not-answered" where the question was not asked or answered).
    fn raw_label(self, cell: &Cell) -> String {
        let opt = |v: &Option<crate::ids::ChoiceId>| {
            v.as_ref()
                .map_or_else(|| NOT_ANSWERED.to_owned(), |c| c.to_string())
        };
        match self {
            Dimension::AgeBand => opt(&cell.group.age_band),
            Dimension::Sex => opt(&cell.group.sex),
            Dimension::NationalityGroup => opt(&cell.group.nationality),
            Dimension::Language => cell.group.language.to_string(),
            Dimension::Assistance => {
                if cell.group.mode == AdministrationMode::SelfCompleted {
                    "self-completed".into()
                } else {
                    "with-help".into()
                }
            }
            Dimension::AudioUse => {
                if cell.group.audio_used {
                    "audio".into()
                } else {
                    "no-audio".into()
                }
            }
        }
    }
}

pub const NOT_ANSWERED: &str = "not-answered";
pub const OTHER_GROUP: &str = "other";

/// One figure as a reader may see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Percent(f64),
    /// From a group smaller than k (or hidden to protect one): shown as "fewer than k".
    Hidden,
    /// No answers at all.
    Empty,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub label: String,
    pub responses: Shown,
    /// Satisfaction share per topic, in the order of `Breakdown::topics`.
    pub satisfied: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub k: u64,
    pub topics: Vec<Topic>,
    pub rows: Vec<BreakdownRow>,
    pub total: BreakdownRow,
}

/// Maps each raw label to the label it is reported under. For nationality: codes rarer than k
/// roll up into their region, and regions still rarer than k into "other".
fn group_labels(
    dimension: Dimension,
    counts: &BTreeMap<String, u64>,
    k: u64,
) -> BTreeMap<String, String> {
    let is_country = |l: &str| region_of(l).is_some();
    let mut labels: BTreeMap<String, String> = BTreeMap::new();
    for (label, n) in counts {
        let reported = match region_of(label) {
            Some(region) if dimension == Dimension::NationalityGroup && *n < k => region.to_owned(),
            _ => label.clone(),
        };
        labels.insert(label.clone(), reported);
    }
    if dimension != Dimension::NationalityGroup {
        return labels;
    }
    let mut rolled: BTreeMap<String, u64> = BTreeMap::new();
    for (label, reported) in &labels {
        if reported != label {
            *rolled.entry(reported.clone()).or_default() += counts[label];
        }
    }
    for (label, reported) in labels.iter_mut() {
        if is_country(label)
            && reported != label
            && rolled.get(reported.as_str()).is_some_and(|n| *n < k)
        {
            *reported = OTHER_GROUP.to_owned();
        }
    }
    labels
}

/// The breakdown of `tallies` (already narrowed to one survey and the chosen facility/period)
/// by `dimension`, with small groups hidden.
pub fn breakdown(survey: &Survey, tallies: &Tallies, dimension: Dimension) -> Breakdown {
    let k = dimension.k();
    let mut raw_counts: BTreeMap<String, u64> = BTreeMap::new();
    for (cell, counts) in &tallies.responses {
        *raw_counts.entry(dimension.raw_label(cell)).or_default() += counts.complete;
    }
    let labels = group_labels(dimension, &raw_counts, k);
    let mut groups: Vec<String> = labels.values().cloned().collect();
    groups.sort();
    groups.dedup();
    let summaries: Vec<Summary> = groups
        .iter()
        .map(|g| {
            tallies.summarize(|cell| {
                labels.get(&dimension.raw_label(cell)).map(String::as_str) == Some(g.as_str())
            })
        })
        .collect();
    let all = tallies.summarize(|_| true);
    let topics: Vec<Topic> = {
        let mut t: Vec<Topic> = topic_figures(survey, &all)
            .iter()
            .map(|f| f.topic)
            .collect();
        t.sort();
        t
    };
    // Suppress the group sizes as a one-row table against the total; a group hidden there hides
    // every percentage computed from it.
    let sizes: Vec<u64> = summaries.iter().map(|s| s.responses.complete).collect();
    let table = suppress(&[sizes], k);
    let figures_for = |summary: &Summary, visible: bool| -> Vec<Figure> {
        let by_topic: BTreeMap<Topic, Share> = topic_figures(survey, summary)
            .into_iter()
            .map(|f| (f.topic, f.satisfied))
            .collect();
        topics
            .iter()
            .map(|t| match by_topic.get(t) {
                None => Figure::Empty,
                Some(s) if s.of == 0 => Figure::Empty,
                // A share over fewer than k answers is hidden by the cell's own count.
                Some(s) if !visible || primary(s.of, k) == Shown::Hidden => Figure::Hidden,
                Some(s) => s.percent().map_or(Figure::Empty, Figure::Percent),
            })
            .collect()
    };
    let total_shown = table.row_totals[0];
    let total = BreakdownRow {
        label: "total".into(),
        responses: total_shown,
        satisfied: figures_for(&all, total_shown != Shown::Hidden),
    };
    let rows = groups
        .iter()
        .zip(&summaries)
        .zip(&table.cells[0])
        .map(|((label, summary), shown)| BreakdownRow {
            label: label.clone(),
            responses: *shown,
            satisfied: figures_for(summary, *shown != Shown::Hidden),
        })
        .collect();
    Breakdown {
        dimension,
        k,
        topics,
        rows,
        total,
    }
}

/// A dashboard filter is refused when the group it selects is smaller than k.
pub fn filter_refusal(selected: &Summary, k: u64) -> Option<String> {
    let n = selected.responses.complete;
    (n > 0 && n < k).then(|| {
        format!("this selection has fewer than {k} responses; choose a wider group to protect respondents")
    })
}
