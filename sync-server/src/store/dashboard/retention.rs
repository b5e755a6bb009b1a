//! Retention's rules, shared by both backends: what a retired quarter keeps.
//!
//! A quarter is *retired* when it ended before the retention cut (`retention apply` rounds the
//! cut down to the start of its quarter, so a quarter is retired whole or not at all). Its
//! per-response traces go: the response rows and the tally slabs' lines (one per response).
//! What the reports need of it stays, as aggregates only:
//! - its summary per survey × facility × quarter (`quarter_tallies`, kept at ingest): a unit with
//!   fewer than `K_DEFAULT` complete responses is never released, and keeps only its response
//!   counts;
//! - its one-dimension *marginals* (`retained_groups`): per survey × facility × quarter ×
//!   dimension × label, the group's summary, computed by the core's `unit_groups` (labels as
//!   breakdowns show them: a nationality by world region, never a country). A group with fewer
//!   complete responses than the dimension's k keeps only its response counts.
//!
//! Breakdowns of a retired quarter split its stored summary by these marginals
//! (`breakdown_of_units`), exactly as they split a live quarter by its slab lines, so every
//! released figure of a retired quarter is what it was before. A response that arrives for a
//! retired quarter later (a tablet offline for months) gets a slab line like any other; the
//! breakdown adds it to the marginals, and the next retention folds it in.

use crate::tally_slabs::{
    add_slab, counts_json, parse_counts, tallies_of, CellSums, QuarterKey, SlabKey,
};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::{unit_groups, Dimension, UnitGroups};
use heard_core::report::disclosure::K_DEFAULT;
use heard_core::report::release::Unit;
use heard_core::report::Summary;
use std::collections::{BTreeMap, BTreeSet};

/// What `DashboardStore::retire_quarters_before` did: counts only (no facility, no quarter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retirement {
    /// Survey × facility × quarter units whose slab lines were folded (a unit retired earlier
    /// counts again when responses arrived for it since).
    pub units: u64,
    /// Response rows deleted.
    pub responses: u64,
    /// Tally slab rows deleted (their lines folded into the retained groups).
    pub slab_rows: u64,
    /// Retained group rows written, new or added to.
    pub groups: u64,
    /// Retired units under `K_DEFAULT` complete responses whose answers were dropped.
    pub small_units: u64,
    /// SQLite: after `VACUUM` the WAL was checkpointed and truncated to 0 bytes. PostgreSQL:
    /// `CHECKPOINT` ran (it needs the `pg_checkpoint` role or superuser).
    pub checkpointed: bool,
}

/// The first month a retention keeping quarters from `first_kept` on keeps, as stored
/// (`YYYY-MM`): rows and slabs of months before it are retired.
pub(crate) fn cut_month(first_kept: Quarter) -> String {
    let [first, _, _]: [Month; 3] = first_kept.months();
    first.to_string()
}

/// One retained row's key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct GroupKey {
    pub unit: QuarterKey,
    pub dimension: Dimension,
    pub label: String,
}

/// Retired slab lines being folded: per survey and dimension, the lines projected to what a
/// breakdown by that dimension reads (a few cells per facility and month).
#[derive(Default)]
pub(crate) struct Fold {
    sums: BTreeMap<(SurveyId, Dimension), CellSums>,
    units: BTreeSet<QuarterKey>,
    pub slab_rows: u64,
}

impl Fold {
    pub fn add_slab(&mut self, key: &SlabKey, text: &str) -> Result<(), String> {
        for d in Dimension::ALL {
            let sums = self.sums.entry((key.survey.clone(), *d)).or_default();
            add_slab(sums, key, text, Some(*d))?;
        }
        self.units.insert(key.quarter_key());
        self.slab_rows += 1;
        Ok(())
    }

    /// The units whose lines were folded.
    pub fn units(&self) -> &BTreeSet<QuarterKey> {
        &self.units
    }

    /// What the folded lines add to each retained group (before the k rule: see `retained`).
    pub fn into_groups(self) -> BTreeMap<GroupKey, Summary> {
        let mut out = BTreeMap::new();
        for ((survey, dimension), sums) in self.sums {
            for (unit, labels) in unit_groups(&tallies_of(sums), dimension) {
                let key = QuarterKey {
                    survey: survey.clone(),
                    facility: unit.facility,
                    quarter: unit.quarter,
                };
                for (label, summary) in labels {
                    out.insert(
                        GroupKey {
                            unit: key.clone(),
                            dimension,
                            label,
                        },
                        counts_of(summary),
                    );
                }
            }
        }
        out
    }
}

fn counts_of(summary: Summary) -> Summary {
    Summary {
        responses: summary.responses,
        answers: summary.answers,
    }
}

/// A retained group's stored text after adding `gained` to what it held (`existing`): a group
/// with fewer complete responses than the dimension's k keeps only its response counts.
pub(crate) fn retained(
    existing: Option<&str>,
    gained: &Summary,
    dimension: Dimension,
) -> Result<String, String> {
    let mut counts = existing.map(parse_counts).transpose()?.unwrap_or_default();
    counts.merge(gained);
    if counts.responses.complete < dimension.k() {
        counts.answers.clear();
    }
    counts_json(&counts)
}

/// A retired unit's summary text: under `K_DEFAULT` complete responses (never released) it
/// keeps only its response counts. `None` when it stays as it is.
pub(crate) fn retired_summary(stored: &str) -> Result<Option<String>, String> {
    let mut counts = parse_counts(stored)?;
    if counts.responses.complete >= K_DEFAULT || counts.answers.is_empty() {
        return Ok(None);
    }
    counts.answers.clear();
    counts_json(&counts).map(Some)
}

/// The query for `DashboardStore::retained_groups` (columns: facility, quarter, label, counts)
/// and its text parameters, placeholders written by `placeholder(n)`.
pub(crate) fn retained_query(
    survey: &SurveyId,
    dimension: Dimension,
    quarter: Option<Quarter>,
    facility: Option<&FacilityCode>,
    placeholder: impl Fn(usize) -> String,
) -> (String, Vec<String>) {
    groups_query(
        "retained_groups",
        survey,
        dimension,
        quarter,
        facility,
        placeholder,
    )
}

/// The same query on a table of the same shape (`retained_groups` or `compacted_groups`).
pub(crate) fn groups_query(
    table: &str,
    survey: &SurveyId,
    dimension: Dimension,
    quarter: Option<Quarter>,
    facility: Option<&FacilityCode>,
    placeholder: impl Fn(usize) -> String,
) -> (String, Vec<String>) {
    let mut params = vec![survey.to_string(), dimension.as_str().to_owned()];
    let mut sql = format!(
        "SELECT facility, quarter, label, counts FROM {table}
         WHERE survey_id = {} AND dimension = {}",
        placeholder(1),
        placeholder(2)
    );
    if let Some(q) = quarter {
        params.push(q.to_string());
        sql += &format!(" AND quarter = {}", placeholder(params.len()));
    }
    if let Some(f) = facility {
        params.push(f.to_string());
        sql += &format!(" AND facility = {}", placeholder(params.len()));
    }
    (sql, params)
}

/// Adds one stored retained (or compacted) group row (of the dimension asked for) to `groups`.
pub(crate) fn add_retained_row(
    groups: &mut UnitGroups,
    facility: &str,
    quarter: &str,
    label: String,
    counts: &str,
) -> Result<(), String> {
    let bad = |what: &str, v: &str| format!("retained group has an unreadable {what} `{v}`");
    let unit = Unit {
        facility: FacilityCode::new(facility).map_err(|_| bad("facility", facility))?,
        quarter: quarter.parse().map_err(|_| bad("quarter", quarter))?,
    };
    let summary = parse_counts(counts)?;
    groups
        .entry(unit)
        .or_default()
        .entry(label)
        .or_default()
        .merge(&summary);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally_slabs::{group_key, slab_key};
    use heard_core::ids::{ChoiceId, LangTag};
    use heard_core::report::{Group, StatusCounts, ValueCounts};
    use heard_core::response::AdministrationMode;

    fn line(nationality: &str, sex: &str, answer: &str) -> String {
        let g = Group {
            language: LangTag::new("fr").unwrap(),
            mode: AdministrationMode::SelfCompleted,
            audio_used: false,
            age_band: None,
            sex: Some(ChoiceId::new(sex).unwrap()),
            nationality: Some(ChoiceId::new(nationality).unwrap()),
            length_of_stay: None,
        };
        let mut counts = Summary::default();
        counts.responses.complete = 1;
        counts.answers.insert(
            "food".parse().unwrap(),
            ValueCounts {
                n: 1,
                values: [(answer.to_owned(), 1)].into(),
            },
        );
        format!("{}\t{}\n", group_key(&g), counts_json(&counts).unwrap())
    }

    #[test]
    fn marginals_by_region_with_small_groups_reduced_to_their_counts() {
        // 6 women and 2 men in one unit, from Afghanistan (asia) and Eritrea (africa).
        let mut text = String::new();
        for i in 0..6 {
            text += &line(if i < 3 { "af" } else { "er" }, "female", "yes");
        }
        text += &line("af", "male", "no");
        text += &line("af", "male", "no");
        let key = slab_key("s", "fac", None, "2025-08").unwrap();
        let mut fold = Fold::default();
        fold.add_slab(&key, &text).unwrap();
        assert_eq!(fold.units().len(), 1);
        let groups = fold.into_groups();
        let get = |d: Dimension, label: &str| {
            let k = groups
                .keys()
                .find(|k| k.dimension == d && k.label == label)
                .unwrap_or_else(|| panic!("{d:?} {label}: {:?}", groups.keys()));
            assert_eq!(k.unit.quarter.to_string(), "2025-Q3");
            parse_counts(&retained(None, &groups[k], d).unwrap()).unwrap()
        };
        let women = get(Dimension::Sex, "female");
        assert_eq!(women.responses.complete, 6);
        assert_eq!(women.answers["food"].count("yes"), 6);
        // Two men: under k, only their count stays.
        let men = get(Dimension::Sex, "male");
        assert_eq!(men.responses.complete, 2);
        assert!(men.answers.is_empty());
        // Nationality by region; language (k = 10) keeps counts only for 8 people.
        assert!(groups
            .keys()
            .filter(|k| k.dimension == Dimension::NationalityGroup)
            .all(|k| k.label != "af" && k.label != "er"));
        let french = get(Dimension::Language, "fr");
        assert_eq!(french.responses.complete, 8);
        assert!(french.answers.is_empty());
        // Adding late arrivals to a group: the rule holds for the sum.
        let mut late = Summary::default();
        late.responses.complete = 3;
        let men_text = counts_json(&men).unwrap();
        let grown = parse_counts(&retained(Some(&men_text), &late, Dimension::Sex).unwrap());
        assert_eq!(grown.unwrap().responses.complete, 5);
    }

    #[test]
    fn small_retired_units_keep_their_counts_only() {
        let mut counts = Summary {
            responses: StatusCounts {
                complete: 4,
                abandoned: 2,
            },
            ..Summary::default()
        };
        counts
            .answers
            .insert("q".parse().unwrap(), ValueCounts::default());
        let small = retired_summary(&counts_json(&counts).unwrap()).unwrap();
        let small = parse_counts(&small.unwrap()).unwrap();
        assert_eq!(
            (small.responses.complete, small.responses.abandoned),
            (4, 2)
        );
        assert!(small.answers.is_empty());
        counts.responses.complete = 5;
        assert_eq!(
            retired_summary(&counts_json(&counts).unwrap()).unwrap(),
            None
        );
    }
}
