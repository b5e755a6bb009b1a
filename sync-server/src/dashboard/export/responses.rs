//! The response-level export (national coordinators only): one CSV row per complete response,
//! streamed page by page so memory stays flat. Never a comment (free text is left out), and the
//! demographic and context fields are generalised with `heard_core::report::generalize`: the
//! plan is made from the cells (tallies), then applied row by row, so every combination of
//! those fields in the file occurs at least k times; rows still rarer are left out.

use super::csv::{field, push_field, BOM};
use super::stored_row::{self, StoredAnswer};
use crate::dashboard::error::DashError;
use crate::dashboard::pages::common::{facilities, survey, Filters};
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use crate::store::TallyScope;
use crate::store::{Role, Store, StoreError};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response as HttpResponse};
use heard_core::ids::{FacilityCode, QuestionId};
use heard_core::report::disclosure::K_DEFAULT;
use heard_core::report::generalize::{plan_export, ExactParts, ExportPlan, PlanBuilder};
use heard_core::report::{Cell, StatusCounts};
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_core::survey::Role as QuestionRole;
use heard_core::survey::{QuestionKind, Survey};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

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
    /// The questions behind the age band, sex, nationality and length-of-stay fields.
    roles: [Option<QuestionId>; 4],
    pub plan: ExportPlan,
}

/// Answer columns: every question except free text, the demographic questions (those go
/// out generalised in the leading columns) and numbers: an exact number (an age, nights since
/// arrival) is a quasi-identifier, so it goes out only where the survey marks the question
/// `not-identifying` (a rating, a count of visits).
fn answer_columns(survey: &Survey) -> Vec<QuestionId> {
    survey
        .questions()
        .filter(|q| match q.kind {
            QuestionKind::FreeText { .. } => false,
            QuestionKind::Number { .. } => q.not_identifying,
            _ => q.kind.role().is_none(),
        })
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
    pub fn with_plan(
        survey: &Survey,
        facilities: &BTreeSet<FacilityCode>,
        plan: ExportPlan,
    ) -> Self {
        let role = |r: QuestionRole| survey.question_with_role(r).map(|q| q.id.clone());
        Self {
            survey: survey.clone(),
            facilities: facilities.clone(),
            columns: answer_columns(survey),
            roles: [
                role(QuestionRole::AgeBand),
                role(QuestionRole::Sex),
                role(QuestionRole::Nationality),
                role(QuestionRole::LengthOfStay),
            ],
            plan,
        }
    }

    /// Plans from complete-response counts per cell of this survey and these facilities.
    pub fn new<'a>(
        survey: &Survey,
        cells: impl IntoIterator<Item = (&'a Cell, u64)>,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Self {
        let kept = cells
            .into_iter()
            .filter(|(c, _)| c.survey == survey.id && facilities.contains(&c.facility));
        Self::with_plan(survey, facilities, plan_export(kept, k))
    }

    pub fn from_cell_counts(
        survey: &Survey,
        cells: &BTreeMap<Cell, StatusCounts>,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Self {
        Self::new(
            survey,
            cells.iter().map(|(c, s)| (c, s.complete)),
            facilities,
            k,
        )
    }

    /// Plans from the store's counts per group (`DashboardStore::visit_group_counts`: what the
    /// daily compaction folded, a line per distinct group and month, plus the slab lines
    /// since), one line at a time. Returns the export and whether the tallies still count
    /// exactly the stored rows (no retention since), as the plan assumes.
    pub async fn from_store(
        store: &dyn Store,
        survey: &Survey,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Result<(Self, bool), StoreError> {
        Self::plan_from(store, survey, facilities, k, true).await
    }

    /// The same plan from every slab line (`visit_cell_counts`, one line per response): how
    /// `from_store` planned before issue 19, kept for tests and the benchmark to compare with.
    pub async fn from_every_line(
        store: &dyn Store,
        survey: &Survey,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
    ) -> Result<(Self, bool), StoreError> {
        Self::plan_from(store, survey, facilities, k, false).await
    }

    async fn plan_from(
        store: &dyn Store,
        survey: &Survey,
        facilities: &BTreeSet<FacilityCode>,
        k: u64,
        grouped: bool,
    ) -> Result<(Self, bool), StoreError> {
        #[derive(Default)]
        struct Acc {
            builder: PlanBuilder,
            started: u64,
            unreadable: u64,
        }
        let acc = Arc::new(Mutex::new(Acc::default()));
        let into = Arc::clone(&acc);
        let (id, chosen) = (survey.id.clone(), facilities.clone());
        let visit: crate::store::CellVisitor = Box::new(move |line| {
            if let Ok(mut acc) = into.lock() {
                acc.started += line.status.started();
                if line.slab.survey == id && chosen.contains(&line.slab.facility) {
                    match line.exact_fields() {
                        Ok(fields) => acc.builder.add_fields(&fields, line.status.complete),
                        // Unreadable: counted as left out by the plan (never shown).
                        Err(_) => acc.unreadable += 1,
                    }
                }
            }
        });
        let scope = TallyScope::survey(&survey.id);
        if grouped {
            store.visit_group_counts(&scope, visit).await?;
        } else {
            store.visit_cell_counts(&scope, visit).await?;
        }
        let acc = std::mem::take(
            &mut *acc
                .lock()
                .map_err(|_| StoreError::Database("export plan: a reader panicked".into()))?,
        );
        if acc.unreadable > 0 {
            return Err(StoreError::Corrupt(format!(
                "{} tally lines of survey `{}` are unreadable",
                acc.unreadable, survey.id
            )));
        }
        let matches = acc.started == store.survey_response_count(&survey.id).await?;
        let plan = acc.builder.plan(k);
        Ok((Self::with_plan(survey, facilities, plan), matches))
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
        let mut out = String::new();
        self.write_row(body, &mut out).then_some(out)
    }

    /// Appends one CSV line to `out`; false (nothing written) when the response is not covered
    /// or its combination is too rare. Reads the stored bytes borrowed (`stored_row`).
    pub fn write_row(&self, body: &[u8], out: &mut String) -> bool {
        let Some(r) = stored_row::parse(body) else {
            return false;
        };
        if r.survey.id != self.survey.id.as_str()
            || r.status != ResponseStatus::Complete
            || !self.facilities.contains(r.facility.as_ref())
        {
            return false;
        }
        let role = |i: usize| {
            self.roles[i]
                .as_ref()
                .and_then(|q| r.answers.get(q.as_str()))
                .and_then(StoredAnswer::choice)
        };
        let exact = ExactParts {
            facility: &r.facility,
            period: Cow::Borrowed(r.period.as_ref()),
            language: &r.language,
            mode: r.mode.as_str(),
            audio_used: r.audio_used,
            roles: [role(0), role(1), role(2), role(3)],
        }
        .fields();
        let Some(identifiers) = self.plan.lookup.apply(&exact) else {
            return false;
        };
        for (i, v) in identifiers.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_field(out, v);
        }
        let mut value = String::new();
        for id in &self.columns {
            out.push(',');
            if let Some(a) = r.answers.get(id.as_str()) {
                value.clear();
                if a.write_value(&mut value) {
                    push_field(out, &value);
                }
            }
        }
        out.push_str("\r\n");
        true
    }

    /// The same line through the core's `Response`, `Cell` and `ExportPlan::apply`: the
    /// reference `write_row` is tested against.
    pub fn reference_row(&self, body: &[u8]) -> Option<String> {
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

    /// The CSV lines of one page of stored rows.
    fn chunk(&self, page: &Page) -> String {
        let mut out = String::with_capacity(page.len() * 128);
        for (_, body) in page {
            self.write_row(body, &mut out);
        }
        out
    }

    /// For when retention has removed rows the tallies still count: counts the stored complete
    /// rows per unit (one streaming pass) and leaves out every unit whose count differs from
    /// the plan's. Re-planning from the remaining rows instead would make each table figure
    /// minus the export's count the removed people of that group.
    pub async fn leave_out_thinned_units(&mut self, store: &dyn Store) -> Result<(), StoreError> {
        let mut stored: BTreeMap<(String, String), u64> = BTreeMap::new();
        let mut after = None;
        loop {
            let page = store.responses_page(after.clone(), PAGE).await?;
            let Some((last, _)) = page.last() else { break };
            after = Some(last.clone());
            for (_, body) in &page {
                if let Some(r) = self.parse(body) {
                    let unit = (r.facility.to_string(), r.period.quarter().to_string());
                    *stored.entry(unit).or_default() += 1;
                }
            }
        }
        let thinned: Vec<(String, String)> = self
            .plan
            .units
            .iter()
            .filter(|(unit, n)| stored.get(*unit) != Some(*n))
            .map(|(unit, _)| unit.clone())
            .collect();
        for (facility, quarter) in thinned {
            self.plan.leave_out(&facility, &quarter);
        }
        Ok(())
    }
}

/// `(id, canonical bytes)` of up to `PAGE` stored rows.
type Page = Vec<(Vec<u8>, Vec<u8>)>;

/// Pages of stored rows, read ahead by a task of their own so that reading the next page
/// overlaps turning this one into CSV.
fn pages(store: Arc<dyn Store>) -> tokio::sync::mpsc::Receiver<Result<Page, StoreError>> {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    tokio::spawn(async move {
        let mut after = None;
        loop {
            let page = store.responses_page(after.take(), PAGE).await;
            let last = match &page {
                Ok(p) => p.last().map(|(id, _)| id.clone()),
                Err(_) => None,
            };
            let full = page.as_ref().is_ok_and(|p| p.len() == PAGE as usize);
            if tx.send(page).await.is_err() || !full {
                break;
            }
            after = last;
        }
    });
    rx
}

/// One page as CSV, its two halves on two blocking threads (the machine's cores).
async fn chunk_of(export: &Arc<ResponseExport>, mut page: Page) -> Result<String, StoreError> {
    let second = page.split_off(page.len() / 2);
    let (e1, e2) = (Arc::clone(export), Arc::clone(export));
    let first = tokio::task::spawn_blocking(move || e1.chunk(&page));
    let second = tokio::task::spawn_blocking(move || e2.chunk(&second));
    let failed = |e: tokio::task::JoinError| StoreError::Database(format!("export failed: {e}"));
    let mut out = first.await.map_err(failed)?;
    out.push_str(&second.await.map_err(failed)?);
    Ok(out)
}

/// The whole export as a stream of chunks: the header, then one chunk per page of rows.
pub fn stream(
    store: Arc<dyn Store>,
    export: Arc<ResponseExport>,
) -> impl futures_util::Stream<Item = Result<String, StoreError>> + Send {
    let header = export.header();
    let state = (
        None::<tokio::sync::mpsc::Receiver<_>>,
        store,
        export,
        Some(header),
    );
    futures_util::stream::unfold(state, |(rx, store, export, header)| async move {
        if let Some(h) = header {
            return Some((Ok(h), (rx, store, export, None)));
        }
        let mut rx = rx.unwrap_or_else(|| pages(Arc::clone(&store)));
        match rx.recv().await? {
            Err(e) => {
                // Stop after the error: the reader has stopped too.
                rx.close();
                Some((Err(e), (Some(rx), store, export, None)))
            }
            Ok(page) if page.is_empty() => None,
            Ok(page) => {
                let chunk = chunk_of(&export, page).await;
                Some((chunk, (Some(rx), store, export, None)))
            }
        }
    })
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
    let (mut export, matches) =
        ResponseExport::from_store(state.store.as_ref(), &survey, &chosen, K_DEFAULT).await?;
    if !matches {
        export.leave_out_thinned_units(state.store.as_ref()).await?;
    }
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
