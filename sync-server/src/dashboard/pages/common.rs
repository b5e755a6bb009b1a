//! What several pages share: the facilities a viewer may see, loading a survey, filters.

use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use heard_core::ids::FacilityCode;
use heard_core::period::Quarter;
use heard_core::report::breakdown::Dimension;
use heard_core::report::release::Selection;
use heard_core::survey::Survey;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    pub facility: Option<String>,
    pub quarter: Option<String>,
    pub dimension: Option<String>,
}

/// The facilities the filter selects, within what the viewer may see (403 beyond it).
pub async fn facilities(
    state: &AppState,
    viewer: &Viewer,
    filter: Option<&str>,
) -> Result<BTreeSet<FacilityCode>, DashError> {
    let all = state.store.facilities().await?;
    match filter.filter(|f| !f.is_empty()) {
        Some(f) => {
            let code = FacilityCode::new(f).map_err(|_| DashError::NotFound)?;
            viewer.require(&code)?;
            if !all.iter().any(|x| x.code == code) {
                return Err(DashError::NotFound);
            }
            Ok(BTreeSet::from([code]))
        }
        None => Ok(all
            .into_iter()
            .map(|f| f.code)
            .filter(|c| viewer.coordinator.role.may_see(c))
            .collect()),
    }
}

/// The quarter filter, if any; its syntax is the core's (`Quarter::from_str`), and so is the
/// message that refuses it.
pub fn quarter(filter: Option<&str>) -> Result<Option<Quarter>, DashError> {
    filter
        .filter(|q| !q.is_empty())
        .map(parse_quarter)
        .transpose()
}

/// A quarter typed into a filter or a form, as `YYYY-Qn`.
pub fn parse_quarter(text: &str) -> Result<Quarter, DashError> {
    text.trim()
        .parse()
        .map_err(|e: heard_core::period::InvalidQuarter| DashError::BadRequest(e.to_string()))
}

/// The survey a view is about and the units it selects (facilities the viewer may see and
/// chose, and the quarter filter).
pub async fn selection(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    filters: &Filters,
) -> Result<(Survey, Selection), DashError> {
    let chosen = facilities(state, viewer, filters.facility.as_deref()).await?;
    let survey = survey(state, &chosen, id).await?;
    let quarter = quarter(filters.quarter.as_deref())?;
    Ok((
        survey,
        Selection {
            facilities: chosen,
            quarter,
        },
    ))
}

/// The breakdown dimension filter, if any.
pub fn dimension(filters: &Filters) -> Result<Option<Dimension>, DashError> {
    filters
        .dimension
        .as_deref()
        .filter(|d| !d.is_empty())
        .map(|d| {
            Dimension::parse(d)
                .ok_or_else(|| DashError::BadRequest(format!("unknown dimension `{d}`")))
        })
        .transpose()
}

/// The survey, if it is assigned to one of the facilities.
pub async fn survey(
    state: &AppState,
    facilities: &BTreeSet<FacilityCode>,
    id: &str,
) -> Result<Survey, DashError> {
    let list: Vec<FacilityCode> = facilities.iter().cloned().collect();
    crate::dashboard::data::surveys(state.store.as_ref(), &list)
        .await?
        .into_iter()
        .find(|s| s.id.as_str() == id)
        .ok_or(DashError::NotFound)
}

pub fn title(survey: &Survey) -> String {
    survey
        .title
        .get(&survey.default_language)
        .map_or_else(|| survey.id.to_string(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_are_read_by_the_core_rules() {
        assert_eq!(
            quarter(Some("2026-Q1")).unwrap(),
            Some(Quarter {
                year: 2026,
                quarter: 1
            })
        );
        assert_eq!(quarter(Some("")).unwrap(), None);
        assert_eq!(quarter(None).unwrap(), None);
        for bad in ["2026-Q01", "2026-Q5", "26-Q1", "2026Q1", "2026-Q+1"] {
            assert!(
                matches!(quarter(Some(bad)), Err(DashError::BadRequest(_))),
                "{bad} accepted"
            );
        }
    }
}
