//! `/dashboard/surveys/{survey}/comments`: free-text answers per topic, only from units (a
//! facility's quarter) of at least `K_COMMENTS` complete responses
//! (`heard_core::report::release::comment_units`), so two lists differ by whole units; masked with
//! `heard_core::mask::mask_identifiers`, and never next to any other answer of the same
//! response (no demographics, no order by arrival: sorted alphabetically).

use super::common::{selection, title, Filters};
use super::layout::page;
use crate::dashboard::data::stored_units;
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::mask::mask_identifiers;
use heard_core::report::disclosure::K_COMMENTS;
use heard_core::report::release::{comment_units, Unit};
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_core::survey::QuestionKind;
use maud::html;
use std::collections::BTreeMap;

const MAX_PER_TOPIC: usize = 200;

pub async fn comments(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let (survey, chosen) = selection(&state, &viewer, &id, &filters).await?;
    let units = comment_units(
        &stored_units(state.store.as_ref(), &survey.id).await?,
        &chosen,
    );
    let text_questions: BTreeMap<_, _> = survey
        .questions()
        .filter(|q| matches!(q.kind, QuestionKind::FreeText { .. }))
        .map(|q| {
            (
                q.id.clone(),
                q.topic.map_or("general", |t| t.as_str()).to_owned(),
            )
        })
        .collect();
    let mut by_topic: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut after = None;
    // Nothing releasable: no need to read a single response.
    while !units.is_empty() {
        let page = state.store.responses_page(after.clone(), 2_000).await?;
        let Some((last, _)) = page.last() else { break };
        after = Some(last.clone());
        for (_, body) in &page {
            let Ok(r) = serde_json::from_slice::<Response>(body) else {
                continue;
            };
            let unit = Unit {
                facility: r.facility.clone(),
                quarter: r.period.quarter(),
            };
            if r.survey.id != survey.id
                || r.status != ResponseStatus::Complete
                || !units.contains(&unit)
            {
                continue;
            }
            for (qid, topic) in &text_questions {
                if let Some(Answer::Text(t)) = r.answers.get(qid) {
                    by_topic
                        .entry(topic.clone())
                        .or_default()
                        .push(mask_identifiers(t));
                }
            }
        }
    }
    for list in by_topic.values_mut() {
        list.sort();
        list.truncate(MAX_PER_TOPIC);
    }
    Ok(page(
        &format!("{} — comments", title(&survey)),
        Some(&viewer),
        html! {
            h1 { (title(&survey)) " — comments" }
            p.muted { "Free-text answers, with e-mail addresses and numbers masked, never shown with other answers. Comments are shown only from a facility's quarter with at least " (K_COMMENTS) " responses; smaller groups are left out." }
            @if by_topic.is_empty() {
                p.notice { "No comments. Comments appear once a facility's quarter has at least "
                    (K_COMMENTS) " complete responses, so that nobody can be recognised from what they wrote." }
            }
            @for (topic, list) in &by_topic {
                h2 { (topic) }
                ul { @for c in list { li { (c) } } }
            }
        },
    ))
}
