//! Breakdowns of a survey's results by one dimension (age band, sex, nationality group, language,
//! administration mode, audio use), with disclosure control applied: the dashboard, every export
//! and every API get their tables from here, so the same rules hold everywhere.

use super::disclosure::{K_DEFAULT, K_NATIONALITY};
use super::figures::{topic_figures, Share};
use super::release::{release_unit, split_unit, sum_groups, unit_summaries, Unit, UnitSummaries};
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
    /// By world region (`demographics::region_of`), never by country.
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

    /// The threshold for this dimension: stricter for nationality, and for language, which
    /// nearly names a nationality (Tigrinya, Somali, Pashto).
    pub fn k(self) -> u64 {
        match self {
            Dimension::NationalityGroup | Dimension::Language => K_NATIONALITY,
            _ => K_DEFAULT,
        }
    }

    /// The cell with only what a breakdown by this dimension reads (`label`) kept, and
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

    /// The group label of a cell ("not-answered" where the question was not asked or answered).
    pub fn label(self, cell: &Cell) -> String {
        let opt = |v: &Option<crate::ids::ChoiceId>| {
            v.as_ref()
                .map_or_else(|| NOT_ANSWERED.to_owned(), |c| c.to_string())
        };
        match self {
            Dimension::AgeBand => opt(&cell.group.age_band),
            Dimension::Sex => opt(&cell.group.sex),
            // Always the world region, never the country: a label that does not depend on
            // the data, so the same group is the same label in every unit, filter and export.
            Dimension::NationalityGroup => match &cell.group.nationality {
                None => NOT_ANSWERED.to_owned(),
                Some(c) => region_of(c.as_str()).unwrap_or(OTHER_GROUP).to_owned(),
            },
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

/// One row of a breakdown: a group's released figures, summed over the released units.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub label: String,
    /// What was released of this group (the exact counts behind every figure of the row).
    pub released: Summary,
    /// Satisfaction share per topic, in the order of `Breakdown::topics`; `None` when no
    /// released answers.
    pub satisfied: Vec<Option<f64>>,
}

impl BreakdownRow {
    pub fn responses(&self) -> u64 {
        self.released.responses.complete
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub k: u64,
    pub topics: Vec<Topic>,
    /// Released groups only: a group of which nothing was released is not listed.
    pub rows: Vec<BreakdownRow>,
    /// The released units' total (as on the overview); the rows add up to it or to less, by
    /// what was withheld (never fewer than k).
    pub total: BreakdownRow,
}

/// The breakdown of `tallies` (one survey, already narrowed to the selection) by `dimension`:
/// each released unit split by `release::split_unit`, the released groups summed.
pub fn breakdown(survey: &Survey, tallies: &Tallies, dimension: Dimension) -> Breakdown {
    breakdown_of_units(
        survey,
        &unit_summaries(tallies),
        &unit_groups(tallies, dimension),
        dimension,
    )
}

/// Each unit's groups by `dimension` (label → summary): what `breakdown` splits, and what
/// retention keeps of a unit once its per-response lines are gone.
pub fn unit_groups(tallies: &Tallies, dimension: Dimension) -> UnitGroups {
    let label_of = |cell: &Cell| Some(dimension.label(cell));
    let mut groups: UnitGroups = BTreeMap::new();
    for (cell, counts) in &tallies.responses {
        if let Some(label) = label_of(cell) {
            groups
                .entry(Unit::of(cell))
                .or_default()
                .entry(label)
                .or_default()
                .responses
                .merge(counts);
        }
    }
    for ((cell, question), counts) in &tallies.answers {
        if let Some(label) = label_of(cell) {
            groups
                .entry(Unit::of(cell))
                .or_default()
                .entry(label)
                .or_default()
                .answers
                .entry(question.clone())
                .or_default()
                .merge(counts);
        }
    }
    groups
}

/// Per unit, its groups by one dimension (label → summary).
pub type UnitGroups = BTreeMap<Unit, BTreeMap<String, Summary>>;

/// The breakdown from unit summaries and each unit's groups (live tallies, retained marginals,
/// or both): every released unit split by `release::split_unit`, the released groups summed.
pub fn breakdown_of_units(
    survey: &Survey,
    units: &UnitSummaries,
    groups: &UnitGroups,
    dimension: Dimension,
) -> Breakdown {
    let k = dimension.k();
    let mut total = Summary::default();
    let mut splits = Vec::new();
    for (unit, summary) in units {
        let Some(released) = release_unit(summary) else {
            continue;
        };
        total.merge(&released);
        if let Some(split) = groups
            .get(unit)
            .and_then(|g| split_unit(summary, g, dimension))
        {
            splits.push(split);
        }
    }
    let topics: Vec<Topic> = {
        let mut t: Vec<Topic> = topic_figures(survey, &total)
            .iter()
            .map(|f| f.topic)
            .collect();
        t.sort();
        t
    };
    let row = |label: String, released: Summary| {
        let by_topic: BTreeMap<Topic, Share> = topic_figures(survey, &released)
            .into_iter()
            .map(|f| (f.topic, f.satisfied))
            .collect();
        let satisfied = topics
            .iter()
            .map(|t| by_topic.get(t).and_then(Share::percent))
            .collect();
        BreakdownRow {
            label,
            released,
            satisfied,
        }
    };
    let rows = sum_groups(&splits)
        .into_iter()
        .filter(|(_, s)| s.responses.complete > 0)
        .map(|(label, s)| row(label, s))
        .collect();
    let total = row("total".into(), total);
    Breakdown {
        dimension,
        k,
        topics,
        rows,
        total,
    }
}
