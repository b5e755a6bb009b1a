//! What the daily compaction folds the tally slabs into (issue 19, migration 0008), shared by
//! both backends.
//!
//! A national breakdown reads a whole quarter and the export's plan a whole survey: one slab line
//! per response, a million at national scale, each parsed and merged (about a second per quarter,
//! and 4–10 s for the plan). The compaction already reads and rewrites every slab once a day, so
//! in the same transaction it recomputes, from the merged slabs:
//! - `compacted_groups`: per survey × facility × quarter × dimension × label, the group's summary:
//!   what the core's `unit_groups` gives for those lines (labels are `Dimension::label`'s, a
//!   nationality by world region), the shape `retained_groups` has for retired quarters but with
//!   every group's full counts;
//! - `compacted_cells`: per survey × facility × month, the response counts of each distinct group
//!   key (service points merged): what the export's plan counts (`PlanBuilder` adds counts per
//!   exact combination, and the service point is not one of its fields);
//!
//! and marks every slab it folded `compacted`.
//!
//! **The invariant**: a slab line is counted in those two tables exactly when its slab row is
//! marked `compacted`. Ingest writes unmarked rows; the compaction deletes both tables and writes
//! them again from the slabs it marks, in one transaction (never added to, so nothing drifts, and
//! a duplicate that ingest refuses writes no line and changes nothing); retention deletes a
//! retired quarter's slabs and its rows of both tables in one transaction. Readers
//! (`DashboardStore::live_groups`, `visit_group_counts`) read the tables and the unmarked slabs
//! in one snapshot, so each line counts exactly once: the same figures as reading every line
//! (`tests/compacted_counts.rs` checks this over random ingests, compactions and retentions).
//!
//! Anonymity (`docs/anonymity.md`, "Storage"): aggregates of what the slab lines already hold,
//! coarser than they are; written by the compaction in key order (no arrival order), replaced
//! whole by every compaction, and deleted with their quarter by retention. No disclosure rule
//! here: they feed the core's `breakdown_of_units` and `PlanBuilder` as the lines did.

use super::retention::groups_query;
use crate::tally_slabs::{
    add_slab, counts_json, merge_counts_text, parse_group_key, slab_key, slab_lines, tallies_of,
    CellSums, QuarterKey, SlabKey, TallyScope,
};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{unit_groups, Dimension, UnitGroups};
use heard_core::report::{StatusCounts, Summary};
use std::collections::BTreeMap;

/// The slabs a compaction folds, in the order it must read them (each survey × facility × month
/// together, so one month's group counts are held at a time).
pub(crate) const SLABS_IN_ORDER: &str =
    "SELECT survey_id, facility, service_point, period, cells FROM tally_slabs
     ORDER BY survey_id, facility, period";

/// One `compacted_cells` row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CellsRow {
    pub survey: String,
    pub facility: String,
    pub period: String,
    pub cells: String,
}

/// One `compacted_groups` row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GroupRow {
    pub survey: String,
    pub facility: String,
    pub quarter: String,
    pub dimension: &'static str,
    pub label: String,
    pub counts: String,
}

/// Slabs being folded by a compaction.
#[derive(Default)]
pub(crate) struct CompactedFold {
    groups: BTreeMap<QuarterKey, BTreeMap<(Dimension, String), Summary>>,
    month: Option<(SurveyId, FacilityCode, Month)>,
    cells: BTreeMap<String, StatusCounts>,
    pub lines: u64,
}

impl CompactedFold {
    /// Adds a slab's lines. Slabs must come grouped by survey, facility and month
    /// (`SLABS_IN_ORDER`): when this one starts another month, the finished month's
    /// `compacted_cells` row is returned.
    pub fn add_slab(&mut self, key: &SlabKey, text: &str) -> Result<Option<CellsRow>, String> {
        let month = (key.survey.clone(), key.facility.clone(), key.period);
        let finished = if self.month.as_ref() == Some(&month) {
            None
        } else {
            self.finish_month()?
        };
        self.month = Some(month);
        let unit = self.groups.entry(key.quarter_key()).or_default();
        for line in slab_lines(text) {
            let (group, counts) = line?;
            let cell = key.cell(parse_group_key(group)?);
            let mut summary = Summary::default();
            merge_counts_text(&mut summary, counts)?;
            match self.cells.get_mut(group) {
                Some(status) => status.merge(&summary.responses),
                None => {
                    self.cells.insert(group.to_owned(), summary.responses);
                }
            }
            for d in Dimension::ALL {
                unit.entry((*d, d.label(&cell)))
                    .or_default()
                    .merge(&summary);
            }
            self.lines += 1;
        }
        Ok(finished)
    }

    fn finish_month(&mut self) -> Result<Option<CellsRow>, String> {
        let Some((survey, facility, period)) = self.month.take() else {
            return Ok(None);
        };
        let cells = std::mem::take(&mut self.cells);
        if cells.is_empty() {
            return Ok(None);
        }
        let mut text = String::new();
        for (group, responses) in cells {
            text.push_str(&group);
            text.push('\t');
            text.push_str(&counts_json(&Summary {
                responses,
                ..Summary::default()
            })?);
            text.push('\n');
        }
        Ok(Some(CellsRow {
            survey: survey.to_string(),
            facility: facility.to_string(),
            period: period.to_string(),
            cells: text,
        }))
    }

    /// The last month's cells row and every group row.
    pub fn finish(mut self) -> Result<(Option<CellsRow>, Vec<GroupRow>), String> {
        let last = self.finish_month()?;
        let mut rows = Vec::new();
        for (unit, groups) in self.groups {
            for ((dimension, label), summary) in groups {
                rows.push(GroupRow {
                    survey: unit.survey.to_string(),
                    facility: unit.facility.to_string(),
                    quarter: unit.quarter.to_string(),
                    dimension: dimension.as_str(),
                    label,
                    counts: counts_json(&summary)?,
                });
            }
        }
        Ok((last, rows))
    }
}

/// The query for the compacted groups of one survey by one dimension (columns: facility,
/// quarter, label, counts; rows read with `retention::add_retained_row`).
pub(crate) fn compacted_groups_query(
    survey: &SurveyId,
    dimension: Dimension,
    quarter: Option<Quarter>,
    facility: Option<&FacilityCode>,
    placeholder: impl Fn(usize) -> String,
) -> (String, Vec<String>) {
    groups_query(
        "compacted_groups",
        survey,
        dimension,
        quarter,
        facility,
        placeholder,
    )
}

/// The slabs `live_groups` reads besides the compacted groups: those written since, projected.
pub(crate) fn recent_slabs(
    survey: &SurveyId,
    dimension: Dimension,
    quarter: Option<Quarter>,
    facility: Option<&FacilityCode>,
) -> TallyScope {
    TallyScope {
        facility: facility.cloned(),
        dimension: Some(dimension),
        uncompacted: true,
        ..TallyScope::survey(survey).in_quarter(quarter)
    }
}

/// Adds the groups of slab lines read (`sums`, projected to `dimension`) to `groups`.
pub(crate) fn add_recent_lines(groups: &mut UnitGroups, sums: CellSums, dimension: Dimension) {
    for (unit, labels) in unit_groups(&tallies_of(sums), dimension) {
        let into = groups.entry(unit).or_default();
        for (label, summary) in labels {
            into.entry(label).or_default().merge(&summary);
        }
    }
}

/// Adds one recent slab to the sums `add_recent_lines` takes.
pub(crate) fn add_recent_slab(
    sums: &mut CellSums,
    key: &SlabKey,
    text: &str,
    dimension: Dimension,
) -> Result<(), String> {
    add_slab(sums, key, text, Some(dimension))
}

/// The scopes `visit_group_counts` reads: the compacted cells (same key columns as the slabs,
/// no `compacted` flag) and the slabs written since.
pub(crate) fn group_count_scopes(scope: &TallyScope) -> (TallyScope, TallyScope) {
    let cells = TallyScope {
        dimension: None,
        uncompacted: false,
        ..scope.clone()
    };
    let recent = TallyScope {
        dimension: None,
        uncompacted: true,
        ..scope.clone()
    };
    (cells, recent)
}

/// A `compacted_cells` row's key, as a slab key without service point.
pub(crate) fn cells_key(survey: &str, facility: &str, period: &str) -> Result<SlabKey, String> {
    slab_key(survey, facility, None, period)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally_slabs::{parse_counts, visit_slab_lines};
    use heard_core::report::breakdown::NOT_ANSWERED;

    #[test]
    fn a_month_s_lines_fold_into_group_counts_and_marginals() {
        let key = slab_key("s", "f", Some("desk"), "2026-02").unwrap();
        let other_point = slab_key("s", "f", None, "2026-02").unwrap();
        let next_month = slab_key("s", "f", None, "2026-03").unwrap();
        let a = "fr|self-completed|0||female|af|\t~1.0|q=1:yes\n";
        let b = "fr|assisted|1||male||\t~0.1\n";
        let mut fold = CompactedFold::default();
        assert_eq!(fold.add_slab(&key, &format!("{a}{b}{a}")).unwrap(), None);
        assert_eq!(fold.add_slab(&other_point, a).unwrap(), None);
        let feb = fold.add_slab(&next_month, b).unwrap().unwrap();
        assert_eq!(
            (feb.period.as_str(), feb.facility.as_str()),
            ("2026-02", "f")
        );
        // One line per distinct group, sorted, with its response counts only.
        assert_eq!(
            feb.cells,
            "fr|assisted|1||male||\t~0.1\nfr|self-completed|0||female|af|\t~3.0\n"
        );
        let mut seen = 0;
        visit_slab_lines(
            &cells_key("s", "f", "2026-02").unwrap(),
            &feb.cells,
            &mut |l| {
                seen += l.status.started();
            },
        )
        .unwrap();
        assert_eq!(seen, 4);
        let (mar, groups) = fold.finish().unwrap();
        assert_eq!(mar.unwrap().cells, "fr|assisted|1||male||\t~0.1\n");
        assert_eq!(groups[0].quarter, "2026-Q1");
        let group = |d: Dimension, label: &str| {
            let row = groups
                .iter()
                .find(|g| g.dimension == d.as_str() && g.label == label)
                .unwrap_or_else(|| panic!("{d:?} {label}: {groups:?}"));
            parse_counts(&row.counts).unwrap()
        };
        let women = group(Dimension::Sex, "female");
        assert_eq!(women.responses.complete, 3);
        assert_eq!(women.answers["q"].count("yes"), 3);
        assert_eq!(group(Dimension::Sex, "male").responses.abandoned, 2);
        assert_eq!(
            group(Dimension::NationalityGroup, "south-asia")
                .responses
                .complete,
            3
        );
        assert_eq!(
            group(Dimension::NationalityGroup, NOT_ANSWERED)
                .responses
                .abandoned,
            2
        );
        assert_eq!(
            group(Dimension::Assistance, "with-help")
                .responses
                .abandoned,
            2
        );
        let e = CompactedFold::default()
            .add_slab(&key, "no-tab\n")
            .unwrap_err();
        assert!(e.contains("no-tab"), "{e}");
    }
}
