//! The publication model: what of the tallies may ever leave the server.
//!
//! Every figure Heard releases — overview, breakdowns, quarterly report, trend, participation
//! and response rates, aggregate exports, the response-level export, comments — is a sum of
//! **released units**, never a total computed from everything and then hidden. A unit is one
//! survey × facility × quarter; it is released when it has at least `K_DEFAULT` complete
//! responses, and within it a question's answers are released when at least `K_DEFAULT` people
//! answered it. A unit that is not released contributes nothing to any figure, any filter, any
//! page or any role, so the difference of two releases is again a sum of released units: a
//! group of fewer than k respondents can never be the difference of two figures.
//!
//! Breakdowns split each released unit by one dimension ([`split_unit`]): a group (age band,
//! sex, …) is released when it has at least the dimension's k, and further groups are withheld
//! until what is withheld in the unit is either nothing or at least k, so "the unit minus its
//! released groups" is never a small group either. The same rule holds per question.
//!
//! Why not perturbation (the ABS cell-key method): with a perturbation of ±D the difference of
//! two figures pins a group to ±2D, and intersecting several such differences narrows it
//! further; this model releases exact figures that simply never cover a small group, which is
//! easier to prove (see `core/tests/attacker.rs`) and easier to explain to a coordinator.

use super::breakdown::Dimension;
use super::disclosure::{K_COMMENTS, K_DEFAULT};
use super::tally::{Cell, Summary, Tallies, ValueCounts};
use crate::ids::{FacilityCode, QuestionId};
use crate::period::Quarter;
use std::collections::{BTreeMap, BTreeSet};

/// The smallest thing ever released: one facility's quarter (of one survey).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Unit {
    pub facility: FacilityCode,
    pub quarter: Quarter,
}

impl Unit {
    pub fn of(cell: &Cell) -> Unit {
        Unit {
            facility: cell.facility.clone(),
            quarter: cell.period.quarter(),
        }
    }
}

/// One survey's summaries per unit (what the store keeps at ingest).
pub type UnitSummaries = BTreeMap<Unit, Summary>;

/// Which units a view covers: the facilities the viewer chose (and may see), and a quarter or
/// all quarters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub facilities: BTreeSet<FacilityCode>,
    pub quarter: Option<Quarter>,
}

impl Selection {
    pub fn contains(&self, unit: &Unit) -> bool {
        self.facilities.contains(&unit.facility) && self.quarter.is_none_or(|q| q == unit.quarter)
    }
}

/// Sums tallies per unit.
pub fn unit_summaries(tallies: &Tallies) -> UnitSummaries {
    let mut out = UnitSummaries::new();
    for (cell, counts) in &tallies.responses {
        out.entry(Unit::of(cell))
            .or_default()
            .responses
            .merge(counts);
    }
    for ((cell, question), counts) in &tallies.answers {
        out.entry(Unit::of(cell))
            .or_default()
            .answers
            .entry(question.clone())
            .or_default()
            .merge(counts);
    }
    out
}

/// The released part of one unit: `None` when it has fewer than `K_DEFAULT` complete
/// responses. Otherwise the complete count and the answers of every question at least
/// `K_DEFAULT` people answered; abandoned responses are never released (how many gave up in a
/// small unit is itself a small group).
pub fn release_unit(summary: &Summary) -> Option<Summary> {
    if summary.responses.complete < K_DEFAULT {
        return None;
    }
    let mut released = Summary::default();
    released.responses.complete = summary.responses.complete;
    released.answers = summary
        .answers
        .iter()
        .filter(|(_, v)| v.n >= K_DEFAULT)
        .map(|(q, v)| (q.clone(), v.clone()))
        .collect();
    Some(released)
}

/// Every released unit the selection covers, with its released summary.
pub fn released_units<'a>(
    units: &'a UnitSummaries,
    selection: &'a Selection,
) -> impl Iterator<Item = (&'a Unit, Summary)> + 'a {
    units
        .iter()
        .filter(|(u, _)| selection.contains(u))
        .filter_map(|(u, s)| release_unit(s).map(|r| (u, r)))
}

/// The units whose comments may be shown: at least `K_COMMENTS` complete responses. A comment
/// list is the union of these units' comments, so two lists differ by whole units, each of at
/// least `K_COMMENTS` responses.
pub fn comment_units(units: &UnitSummaries, selection: &Selection) -> BTreeSet<Unit> {
    units
        .iter()
        .filter(|(u, s)| selection.contains(u) && s.responses.complete >= K_COMMENTS)
        .map(|(u, _)| u.clone())
        .collect()
}

/// One released unit split by a dimension: the released groups (label → released summary).
/// Everything else of the unit is withheld, and what is withheld is 0 or at least `k`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitUnit {
    pub groups: BTreeMap<String, Summary>,
}

/// Splits one unit, given its groups' full summaries (label → summary, labels as the
/// dimension reports them), by the rule in the module documentation. `None` when the unit
/// itself is not released.
pub fn split_unit(
    unit: &Summary,
    groups: &BTreeMap<String, Summary>,
    dimension: Dimension,
) -> Option<SplitUnit> {
    let released_unit = release_unit(unit)?;
    let k = dimension.k();
    let sizes: BTreeMap<&String, u64> = groups
        .iter()
        .map(|(l, s)| (l, s.responses.complete))
        .collect();
    let kept = withhold_until_safe(released_unit.responses.complete, &sizes, k);
    let mut out = SplitUnit::default();
    for label in &kept {
        let mut s = Summary::default();
        s.responses.complete = sizes[label];
        out.groups.insert((*label).clone(), s);
    }
    // Per question: among the kept groups, those with at least k answers, withholding more
    // until the unit's released answers minus the groups' is 0 or at least k.
    for (question, unit_counts) in &released_unit.answers {
        let answered: BTreeMap<&String, u64> = kept
            .iter()
            .map(|l| {
                let n = groups[*l].answers.get(question).map_or(0, |v| v.n);
                (*l, n)
            })
            .collect();
        for label in withhold_until_safe(unit_counts.n, &answered, k) {
            if let Some(v) = groups[label].answers.get(question) {
                out.groups
                    .entry(label.clone())
                    .or_default()
                    .answers
                    .insert(question.clone(), v.clone());
            }
        }
    }
    Some(out)
}

/// The labels released out of `total`: each at least `k`, and the withheld rest (`total`
/// minus the released) 0 or at least `k`, withholding the smallest released groups as needed.
pub(crate) fn withhold_until_safe<'a>(
    total: u64,
    sizes: &BTreeMap<&'a String, u64>,
    k: u64,
) -> BTreeSet<&'a String> {
    let mut kept: Vec<(&String, u64)> = sizes
        .iter()
        .filter(|(_, n)| **n >= k)
        .map(|(l, n)| (*l, *n))
        .collect();
    // Smallest first, so the cheapest group goes when one must.
    kept.sort_by_key(|(l, n)| (*n, *l));
    let mut released: u64 = kept.iter().map(|(_, n)| n).sum();
    let mut next = 0;
    while total > released && total - released < k && next < kept.len() {
        released -= kept[next].1;
        next += 1;
    }
    kept[next..].iter().map(|(l, _)| *l).collect()
}

/// Sums released groups over units: label → summary.
pub fn sum_groups<'a>(
    splits: impl IntoIterator<Item = &'a SplitUnit>,
) -> BTreeMap<String, Summary> {
    let mut out: BTreeMap<String, Summary> = BTreeMap::new();
    for split in splits {
        for (label, s) in &split.groups {
            out.entry(label.clone()).or_default().merge(s);
        }
    }
    out
}

/// A released count of one question's answers, for callers that only need `n`.
pub fn answered(summary: &Summary, question: &QuestionId) -> u64 {
    summary
        .answers
        .get(question)
        .map_or(0, |v: &ValueCounts| v.n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(v: &[(&str, u64)]) -> (Vec<String>, Vec<u64>) {
        (
            v.iter().map(|(l, _)| (*l).to_owned()).collect(),
            v.iter().map(|(_, n)| *n).collect(),
        )
    }

    fn kept(total: u64, v: &[(&str, u64)], k: u64) -> Vec<String> {
        let (labels, ns) = sizes(v);
        let map: BTreeMap<&String, u64> = labels.iter().zip(ns).collect();
        withhold_until_safe(total, &map, k)
            .into_iter()
            .cloned()
            .collect()
    }

    #[test]
    fn a_small_withheld_rest_takes_the_smallest_group_with_it() {
        // 18 women, 2 men: releasing the women alone gives the men away (20 − 18).
        assert!(kept(20, &[("f", 18), ("m", 2)], 5).is_empty());
        // 10 + 7 + 3: the 3 would be the rest; the 7 goes with it (rest 10).
        assert_eq!(kept(20, &[("a", 10), ("b", 7), ("c", 3)], 5), vec!["a"]);
        // Nothing withheld: everything released.
        assert_eq!(kept(12, &[("a", 6), ("b", 6)], 5), vec!["a", "b"]);
        // A rest of at least k may stay.
        assert_eq!(kept(20, &[("a", 15), ("b", 2), ("c", 3)], 5), vec!["a"]);
    }
}
