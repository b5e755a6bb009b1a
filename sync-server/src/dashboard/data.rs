//! The dashboard's data layer: fetches what a view needs from the store and asks the core's
//! publication model (`heard_core::report::{release, overview, breakdown}`) what may be shown.
//! No disclosure rule lives here.

use crate::store::{Participation, Store, StoreError, TallyScope};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::Quarter;
use heard_core::report::breakdown::{
    breakdown_of_units, unit_groups, Breakdown, Dimension, UnitGroups,
};
use heard_core::report::overview::{overview, Entered, Overview};
use heard_core::report::release::{unit_summaries, Selection, Unit, UnitSummaries};
use heard_core::report::Tallies;
use heard_core::survey::Survey;
use std::collections::{BTreeMap, BTreeSet};

/// One survey's summaries per facility and quarter, as the store keeps them at ingest: a few
/// rows however many responses there are.
pub async fn stored_units(
    store: &dyn Store,
    survey: &SurveyId,
) -> Result<UnitSummaries, StoreError> {
    Ok(store
        .quarter_summaries(survey)
        .await?
        .into_iter()
        .map(|(facility, quarter, s)| (Unit { facility, quarter }, s))
        .collect())
}

/// Staff-entered eligible and invited counts, per unit.
pub fn entered(participation: &[Participation]) -> BTreeMap<Unit, Entered> {
    participation
        .iter()
        .filter_map(|p| {
            let quarter: Quarter = p.quarter.parse().ok()?;
            Some((
                Unit {
                    facility: p.facility.clone(),
                    quarter,
                },
                Entered {
                    eligible: p.eligible,
                    invited: p.invited,
                },
            ))
        })
        .collect()
}

/// The overview (also the report and trend) of one survey for a selection.
pub async fn overview_of(
    store: &dyn Store,
    survey: &Survey,
    selection: &Selection,
) -> Result<Overview, StoreError> {
    let units = stored_units(store, &survey.id).await?;
    let participation = store.participation().await?;
    Ok(overview(
        survey,
        &units,
        selection,
        &entered(&participation),
    ))
}

/// The tallies a breakdown of one survey needs: its slabs for the chosen facilities and quarter,
/// projected to the dimension.
pub async fn scoped_tallies(
    store: &dyn Store,
    survey: &SurveyId,
    selection: &Selection,
    dimension: Option<Dimension>,
) -> Result<Tallies, StoreError> {
    let mut scope = TallyScope::survey(survey).in_quarter(selection.quarter);
    scope.dimension = dimension;
    if let [only] = selection.facilities.iter().collect::<Vec<_>>()[..] {
        scope.facility = Some(only.clone());
    }
    let mut tallies = store.tallies_in(&scope).await?;
    tallies
        .responses
        .retain(|c, _| selection.facilities.contains(&c.facility));
    tallies
        .answers
        .retain(|(c, _), _| selection.facilities.contains(&c.facility));
    Ok(tallies)
}

/// The breakdown of one survey for a selection: the stored unit summaries, each split by its
/// groups, from the live slab lines (as the daily compaction folded them, plus the lines since:
/// `DashboardStore::live_groups`) and, for quarters retention retired, the retained marginals
/// (both, for a retired quarter that received responses since).
pub async fn breakdown_of(
    store: &dyn Store,
    survey: &Survey,
    selection: &Selection,
    dimension: Dimension,
) -> Result<Breakdown, StoreError> {
    let facility = single(&selection.facilities);
    // Retained groups first: a retention committing between the two reads then leaves a unit
    // without groups (not split), never with its lines counted twice.
    let retained = store
        .retained_groups(&survey.id, dimension, selection.quarter, facility)
        .await?;
    let live = store
        .live_groups(&survey.id, dimension, selection.quarter, facility)
        .await?;
    let groups = selected_groups([live, retained], selection);
    let mut units = stored_units(store, &survey.id).await?;
    units.retain(|unit, _| selection.contains(unit));
    Ok(breakdown_of_units(survey, &units, &groups, dimension))
}

/// The same breakdown from every slab line in scope (no compacted groups): what
/// `breakdown_of` computed before issue 19, kept for tests and the benchmark to compare with.
pub async fn breakdown_from_every_line(
    store: &dyn Store,
    survey: &Survey,
    selection: &Selection,
    dimension: Dimension,
) -> Result<Breakdown, StoreError> {
    let retained = store
        .retained_groups(
            &survey.id,
            dimension,
            selection.quarter,
            single(&selection.facilities),
        )
        .await?;
    let tallies = scoped_tallies(store, &survey.id, selection, Some(dimension)).await?;
    let live = unit_groups(&narrow(&tallies, &survey.id, selection), dimension);
    let groups = selected_groups([live, retained], selection);
    let mut units = stored_units(store, &survey.id).await?;
    units.retain(|unit, _| selection.contains(unit));
    Ok(breakdown_of_units(survey, &units, &groups, dimension))
}

/// The groups of the selected units, summed over the sources.
fn selected_groups<const N: usize>(sources: [UnitGroups; N], selection: &Selection) -> UnitGroups {
    let mut groups = UnitGroups::new();
    for source in sources {
        for (unit, labels) in source {
            if !selection.contains(&unit) {
                continue;
            }
            let into = groups.entry(unit).or_default();
            for (label, summary) in labels {
                into.entry(label).or_default().merge(&summary);
            }
        }
    }
    groups
}

/// The one facility of a selection of one.
fn single(facilities: &BTreeSet<FacilityCode>) -> Option<&FacilityCode> {
    match facilities.iter().collect::<Vec<_>>()[..] {
        [only] => Some(only),
        _ => None,
    }
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

/// Only the tallies of one survey and the selection.
pub fn narrow(tallies: &Tallies, survey: &SurveyId, selection: &Selection) -> Tallies {
    let keep =
        |c: &heard_core::report::Cell| &c.survey == survey && selection.contains(&Unit::of(c));
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

/// The overview straight from tallies (tests and the benchmark's baseline).
pub fn overview_from_tallies(
    survey: &Survey,
    tallies: &Tallies,
    selection: &Selection,
    participation: &[Participation],
) -> Overview {
    let units = unit_summaries(&narrow(tallies, &survey.id, selection));
    overview(survey, &units, selection, &entered(participation))
}

/// A selection of facilities and an optional quarter.
pub fn selection(facilities: &BTreeSet<FacilityCode>, quarter: Option<Quarter>) -> Selection {
    Selection {
        facilities: facilities.clone(),
        quarter,
    }
}
