//! `/dashboard/surveys/{survey}/comments`: free-text answers per topic, only where the selected
//! group has at least 10 complete responses (counted from the tallies), masked with
//! `heard_core::mask::mask_identifiers`, and never next to any other answer of the same
//! response (no demographics, no order by arrival: sorted alphabetically).

use super::common::{facilities, quarter, survey, title, Filters};
use super::layout::page;
use crate::dashboard::data::stored_quarter_index;
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use heard_core::mask::mask_identifiers;
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_core::survey::QuestionKind;
use maud::html;
use std::collections::BTreeMap;

/// Comments are shown only for groups of at least this many responses.
pub const K_COMMENTS: u64 = 10;
const MAX_PER_TOPIC: usize = 200;

pub async fn comments(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, DashError> {
    let chosen = facilities(&state, &viewer, filters.facility.as_deref()).await?;
    let survey = survey(&state, &chosen, &id).await?;
    let q = quarter(filters.quarter.as_deref())?;
    let n: u64 = stored_quarter_index(state.store.as_ref(), &survey.id)
        .await?
        .iter()
        .filter(|((_, f, x), _)| chosen.contains(f) && q.is_none_or(|q| q == *x))
        .map(|(_, s)| s.responses.complete)
        .sum();
    if n < K_COMMENTS {
        return Err(DashError::TooFew(format!(
            "comments are shown only for groups of at least {K_COMMENTS} responses; this one has fewer"
        )));
    }
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
    loop {
        let page = state.store.responses_page(after.clone(), 2_000).await?;
        let Some((last, _)) = page.last() else { break };
        after = Some(last.clone());
        for (_, body) in &page {
            let Ok(r) = serde_json::from_slice::<Response>(body) else {
                continue;
            };
            if r.survey.id != survey.id
                || r.status != ResponseStatus::Complete
                || !chosen.contains(&r.facility)
                || q.is_some_and(|q| r.period.quarter() != q)
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
            p.muted { "Free-text answers of " (n) " responses, with e-mail addresses and numbers masked. Shown only for groups of at least " (K_COMMENTS) " responses, and never with other answers." }
            @if by_topic.is_empty() { p { "No comments." } }
            @for (topic, list) in &by_topic {
                h2 { (topic) }
                ul { @for c in list { li { (c) } } }
            }
        },
    ))
}
