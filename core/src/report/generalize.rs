//! Generalisation for the response-level export: demographic and context fields are coarsened,
//! one rung of a fixed ladder at a time, until every combination of them occurs at least k times;
//! responses whose combination is still rarer are left out. The plan is made from tallies (their
//! cells carry exactly these fields), then applied row by row while streaming.

use super::tally::Cell;
use crate::demographics::region_of;
use crate::response::AdministrationMode;
use std::collections::{BTreeMap, BTreeSet};

/// The fields of one exported row that could single someone out, as exported text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuasiIdentifiers {
    pub facility: String,
    pub period: String,
    pub language: String,
    pub mode: String,
    pub audio_used: String,
    pub age_band: String,
    pub sex: String,
    pub nationality: String,
    pub length_of_stay: String,
}

/// One rung: which field gets coarser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rung {
    NationalityToRegion,
    AgeToCoarse,
    StayToAny,
    MonthToQuarter,
    LanguageToAny,
    ModeToAssistedOrNot,
    AudioToAny,
    NationalityToAny,
    AgeToAny,
    SexToAny,
    ModeToAny,
    QuarterToYear,
}

/// Least informative loss first.
const LADDER: &[Rung] = &[
    Rung::NationalityToRegion,
    Rung::AgeToCoarse,
    Rung::StayToAny,
    Rung::MonthToQuarter,
    Rung::LanguageToAny,
    Rung::ModeToAssistedOrNot,
    Rung::AudioToAny,
    Rung::NationalityToAny,
    Rung::AgeToAny,
    Rung::SexToAny,
    Rung::ModeToAny,
    Rung::QuarterToYear,
];

const ANY: &str = "any";
const NOT_ASKED: &str = "";

/// How far up the ladder an export goes, and which combinations it may show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPlan {
    pub rungs: usize,
    pub k: u64,
    /// Combinations occurring at least k times after generalisation.
    pub allowed: BTreeSet<QuasiIdentifiers>,
    /// Responses left out because their combination stays rarer than k.
    pub suppressed: u64,
}

fn coarse_age(band: &str) -> &'static str {
    match band {
        "under-14" | "age-14-17" => "under-18",
        "age-18-24" | "age-25-34" => "age-18-34",
        "age-35-44" | "age-45-54" => "age-35-54",
        "age-55-64" | "age-65-plus" => "age-55-plus",
        "" => "",
        _ => "prefer-not",
    }
}

/// The quasi-identifiers of a cell after the first `rungs` rungs of the ladder.
pub fn generalize(cell: &Cell, rungs: usize) -> QuasiIdentifiers {
    let applied = |r: Rung| LADDER[..rungs.min(LADDER.len())].contains(&r);
    let opt = |v: &Option<crate::ids::ChoiceId>| {
        v.as_ref().map_or(NOT_ASKED.to_owned(), |c| c.to_string())
    };
    let mut q = QuasiIdentifiers {
        facility: cell.facility.to_string(),
        period: cell.period.to_string(),
        language: cell.group.language.to_string(),
        mode: cell.group.mode.as_str().to_owned(),
        audio_used: cell.group.audio_used.to_string(),
        age_band: opt(&cell.group.age_band),
        sex: opt(&cell.group.sex),
        nationality: opt(&cell.group.nationality),
        length_of_stay: opt(&cell.group.length_of_stay),
    };
    if applied(Rung::NationalityToRegion) && !q.nationality.is_empty() {
        q.nationality =
            region_of(&q.nationality).map_or_else(|| q.nationality.clone(), str::to_owned);
    }
    if applied(Rung::AgeToCoarse) {
        q.age_band = coarse_age(&q.age_band).to_owned();
    }
    if applied(Rung::StayToAny) {
        q.length_of_stay = ANY.into();
    }
    if applied(Rung::MonthToQuarter) {
        q.period = cell.period.quarter().to_string();
    }
    if applied(Rung::LanguageToAny) {
        q.language = ANY.into();
    }
    if applied(Rung::ModeToAssistedOrNot) {
        q.mode = if cell.group.mode == AdministrationMode::SelfCompleted {
            "self-completed".into()
        } else {
            "with-help".into()
        };
    }
    if applied(Rung::AudioToAny) {
        q.audio_used = ANY.into();
    }
    if applied(Rung::NationalityToAny) {
        q.nationality = ANY.into();
    }
    if applied(Rung::AgeToAny) {
        q.age_band = ANY.into();
    }
    if applied(Rung::SexToAny) {
        q.sex = ANY.into();
    }
    if applied(Rung::ModeToAny) {
        q.mode = ANY.into();
    }
    if applied(Rung::QuarterToYear) {
        q.period = cell.period.year().to_string();
    }
    q
}

/// Chooses the fewest rungs after which at most `max_suppressed_share` of responses fall in
/// combinations rarer than k (all rungs if none is enough), from response counts per cell.
pub fn plan_export<'a>(
    cells: impl IntoIterator<Item = (&'a Cell, u64)> + Clone,
    k: u64,
) -> ExportPlan {
    let total: u64 = cells.clone().into_iter().map(|(_, n)| n).sum();
    let mut best = None;
    for rungs in 0..=LADDER.len() {
        let mut counts: BTreeMap<QuasiIdentifiers, u64> = BTreeMap::new();
        for (cell, n) in cells.clone() {
            *counts.entry(generalize(cell, rungs)).or_default() += n;
        }
        let suppressed: u64 = counts.values().filter(|n| **n < k).sum();
        let allowed: BTreeSet<QuasiIdentifiers> = counts
            .into_iter()
            .filter(|(_, n)| *n >= k)
            .map(|(q, _)| q)
            .collect();
        let plan = ExportPlan {
            rungs,
            k,
            allowed,
            suppressed,
        };
        // Stop at the first rung where at most 5% of responses would be left out.
        if suppressed * 20 <= total {
            return plan;
        }
        best = Some(plan);
    }
    best.unwrap_or(ExportPlan {
        rungs: LADDER.len(),
        k,
        allowed: BTreeSet::new(),
        suppressed: total,
    })
}

impl ExportPlan {
    /// The row's generalised fields, or None when the response must be left out.
    pub fn apply(&self, cell: &Cell) -> Option<QuasiIdentifiers> {
        let q = generalize(cell, self.rungs);
        self.allowed.contains(&q).then_some(q)
    }
}
