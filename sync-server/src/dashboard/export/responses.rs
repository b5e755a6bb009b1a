//! The response-level export (national coordinators only): one CSV row per complete response,
//! streamed page by page so memory stays flat. Never a comment (free text is left out), and the
//! demographic and context fields are generalised with `heard_core::report::generalize`: the
//! plan is made from the cells (tallies), then applied row by row, so every combination of
//! those fields in the file occurs at least k times; rows still rarer are left out.

use super::csv::{field, BOM};
use crate::api::AppState;
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::{facilities, survey, Filters};
use crate::dashboard::session::{now, Viewer};
use crate::store::TallyScope;
use crate::store::{Role, Store, StoreError};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response as HttpResponse};
use heard_core::ids::{FacilityCode, QuestionId, SurveyId};
use heard_core::report::disclosure::K_DEFAULT;
use heard_core::report::generalize::{plan_export, ExportPlan};
use heard_core::report::{Cell, StatusCounts};
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_core::survey::{QuestionKind, Survey};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

const PAGE: u32 = 2_000;
const QI_COLUMNS: [&str; 9] = [
    "facility",
    "period",
    "language",
    "mode",
    "audio",
    "age band",
    "sex",
    "nationality",
    "length of stay",
];

/// What one export writes: the survey's columns and the generalisation plan.
pub struct ResponseExport {
    survey: Survey,
    facilities: BTreeSet<FacilityCode>,
    columns: Vec<QuestionId>,
    pub plan: ExportPlan,
}

/// Answer columns: every question except free text and the demographic questions (those go
/// out generalised in the leading columns).
fn answer_columns(survey: &Survey) -> Vec<QuestionId> {
    survey
        .questions()
        .filter(|q| !matches!(q.kind, QuestionKind::FreeText { .. }) && q.kind.role().is_none())
        .map(|q| q.id.clone())
        .collect()
}

fn value(a: &Answer) -> Option<String> {
    Some(match a {
        Answer::Choice(c) => c.to_string(),
        Answer::Choices(cs) => cs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(";"),
        Answer::Point(p) => p.to_string(),
        Answer::Order(cs) => cs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(">"),
        Answer::Number(n) => n.to_string(),
        Answer::Text(_) => return None,
    })
}

impl ResponseExport {
    /// Plans from complete-response counts per cell of this survey and these facilities.
    pub fn new<'a>(
        survey: &Survey,
        cells: impl IntoIterator<Item = (&'a Cell, u64)>,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Self {
        let kept: Vec<(&Cell, u64)> = cells
            .into_iter()
            .filter(|(c, _)| c.survey == survey.id && facilities.contains(&c.facility))
            .collect();
        let plan = plan_export(kept.iter().copied(), k);
        Self {
            survey: survey.clone(),
            facilities: facilities.clone(),
            columns: answer_columns(survey),
            plan,
        }
    }

    pub fn from_cell_counts(
        survey: &Survey,
        cells: &BTreeMap<Cell, StatusCounts>,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Self {
        let cells: Vec<(&Cell, u64)> = cells.iter().map(|(c, s)| (c, s.complete)).collect();
        Self::new(survey, cells.iter().copied(), facilities, k)
    }

    pub fn header(&self) -> String {
        let mut cols: Vec<String> = QI_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
        cols.extend(self.columns.iter().map(ToString::to_string));
        format!(
            "{BOM}{}\r\n",
            cols.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
        )
    }

    /// The response this export covers, if any.
    fn parse(&self, body: &[u8]) -> Option<Response> {
        let r: Response = serde_json::from_slice(body).ok()?;
        (r.survey.id == self.survey.id
            && r.status == ResponseStatus::Complete
            && self.facilities.contains(&r.facility))
        .then_some(r)
    }

    /// One CSV line, or None when the response is not covered or its combination is too rare.
    pub fn row(&self, body: &[u8]) -> Option<String> {
        let r = self.parse(body)?;
        let q = self.plan.apply(&Cell::of(&self.survey, &r))?;
        let mut cells = vec![
            q.facility,
            q.period,
            q.language,
            q.mode,
            q.audio_used,
            q.age_band,
            q.sex,
            q.nationality,
            q.length_of_stay,
        ];
        cells.extend(
            self.columns
                .iter()
                .map(|id| r.answers.get(id).and_then(value).unwrap_or_default()),
        );
        Some(format!(
            "{}\r\n",
            cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
        ))
    }

    /// Re-plans from the stored rows themselves (one streaming pass counting cells), for when
    /// retention has removed rows the tallies still count.
    pub async fn replan_from_rows(&mut self, store: &dyn Store, k: u64) -> Result<(), StoreError> {
        let mut counts: BTreeMap<Cell, u64> = BTreeMap::new();
        let mut after = None;
        loop {
            let page = store.responses_page(after.clone(), PAGE).await?;
            let Some((last, _)) = page.last() else { break };
            after = Some(last.clone());
            for (_, body) in &page {
                if let Some(r) = self.parse(body) {
                    *counts.entry(Cell::of(&self.survey, &r)).or_default() += 1;
                }
            }
        }
        let plan = Self::new(
            &self.survey,
            counts.iter().map(|(c, n)| (c, *n)),
            &self.facilities,
            k,
        )
        .plan;
        self.plan = plan;
        Ok(())
    }
}

/// The whole export as a stream of chunks: the header, then one chunk per page of rows.
pub fn stream(
    store: Arc<dyn Store>,
    export: Arc<ResponseExport>,
) -> impl futures_util::Stream<Item = Result<String, StoreError>> + Send {
    let header = export.header();
    let state = (store, export, Some(header), None::<Vec<u8>>, false);
    futures_util::stream::unfold(state, |(store, export, header, after, done)| async move {
        if let Some(h) = header {
            return Some((Ok(h), (store, export, None, after, done)));
        }
        if done {
            return None;
        }
        match store.responses_page(after, PAGE).await {
            Err(e) => Some((Err(e), (store, export, None, None, true))),
            Ok(page) => {
                let (last, _) = page.last()?;
                let last = Some(last.clone());
                let full = page.len() == PAGE as usize;
                let chunk: String = page.iter().filter_map(|(_, b)| export.row(b)).collect();
                Some((Ok(chunk), (store, export, None, last, !full)))
            }
        }
    })
}

/// Whether one survey's tallies count exactly its stored rows (no retention has run since).
async fn tallies_match_rows(
    store: &dyn Store,
    survey: &SurveyId,
    cells: &BTreeMap<Cell, StatusCounts>,
) -> Result<bool, StoreError> {
    let counted: u64 = cells.values().map(StatusCounts::started).sum();
    Ok(counted == store.survey_response_count(survey).await?)
}

pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<HttpResponse, DashError> {
    if viewer.coordinator.role != Role::National {
        return Err(DashError::Forbidden);
    }
    let chosen = facilities(&state, &viewer, filters.facility.as_deref()).await?;
    let survey = survey(&state, &chosen, &id).await?;
    let cells = state
        .store
        .cell_counts(&TallyScope::survey(&survey.id))
        .await?;
    let matches = tallies_match_rows(state.store.as_ref(), &survey.id, &cells).await?;
    let mut export = ResponseExport::from_cell_counts(&survey, &cells, &chosen, K_DEFAULT);
    drop(cells);
    if !matches {
        export
            .replan_from_rows(state.store.as_ref(), K_DEFAULT)
            .await?;
    }
    state
        .store
        .audit(
            now(),
            &viewer.coordinator.email,
            &format!("export {}-responses.csv", survey.id),
        )
        .await?;
    let body = Body::from_stream(stream(Arc::clone(&state.store), Arc::new(export)));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}-responses.csv\"", survey.id),
            ),
        ],
        body,
    )
        .into_response())
}
