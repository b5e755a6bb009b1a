//! `POST /v1/responses`: a gzip-compressed batch of canonical responses, one per line.
//!
//! Each line is judged on its own: a bad line is rejected with a code while the rest of the
//! batch is stored. Storing is idempotent by response id (see `Store::ingest`).

use super::auth::DeviceAuth;
use super::json::body_rejection;
use crate::http::ApiError;
use crate::http::AppState;
use crate::ingest::{check_period, parse_line, prepare, salvage_id, Edition, Rejection};
use crate::store::{IngestItem, Ingested};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::Json;
use flate2::read::GzDecoder;
use heard_core::ids::SurveyId;
use heard_core::response::Response;
use heard_core::survey::Survey;
use heard_core::wire::{split_batch, LineOutcome, Outcome, PushReply, MAX_BATCH_RESPONSES};
use rand::seq::SliceRandom;
use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

pub async fn push(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PushReply>, ApiError> {
    let body = body.map_err(body_rejection)?;
    let gzip = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("gzip"));
    if !gzip {
        return Err(ApiError::GzipRequired);
    }
    let max = state.limits.max_batch_bytes;
    let batch = tokio::task::spawn_blocking(move || gunzip(&body, max))
        .await
        .map_err(|_| ApiError::Internal)??;

    let lines: Vec<&[u8]> = split_batch(&batch).collect();
    if lines.is_empty() {
        return Err(ApiError::EmptyBatch);
    }
    if lines.len() > MAX_BATCH_RESPONSES {
        return Err(ApiError::BatchTooLarge(format!(
            "the batch has {} responses; at most {MAX_BATCH_RESPONSES} per push",
            lines.len()
        )));
    }

    // Parse every line, then look up each edition named once.
    let parsed: Vec<Result<Response, Rejection>> = lines.iter().map(|l| parse_line(l)).collect();
    let mut editions = HashMap::new();
    for response in parsed.iter().flatten() {
        let version = response.survey.version;
        if editions.contains_key(&version) {
            continue;
        }
        let lookup = match state.edition(&version).await? {
            Some(s) if state.store.is_assigned(&device.facility, &s.id).await? => Lookup::Known(s),
            Some(s) => Lookup::NotAssigned(s.id.clone()),
            None => Lookup::Unknown,
        };
        editions.insert(version, lookup);
    }

    let now = (state.clock)();
    let current = crate::calendar::month_of_day(now.div_euclid(86_400));
    let mut results: Vec<LineOutcome> = Vec::with_capacity(lines.len());
    let mut items: Vec<(usize, IngestItem)> = Vec::new();
    for (line, (bytes, parsed)) in lines.iter().zip(parsed).enumerate() {
        let prepared = parsed.and_then(|response| {
            check_period(&response, current, state.limits.retention_months)?;
            let edition = match editions.get(&response.survey.version) {
                Some(Lookup::Known(survey)) => Edition::Known(survey),
                Some(Lookup::NotAssigned(id)) => Edition::NotAssigned(id),
                Some(Lookup::Unknown) | None => Edition::Unknown,
            };
            prepare(response, bytes, edition, &device.facility)
        });
        match prepared {
            Ok(item) => {
                results.push(LineOutcome {
                    line,
                    id: Some(item.id.to_string()),
                    outcome: Outcome::Accepted,
                });
                items.push((line, item));
            }
            Err(rejection) => results.push(LineOutcome {
                line,
                id: salvage_id(bytes),
                outcome: Outcome::Rejected {
                    code: rejection.code.to_owned(),
                    reason: rejection.reason,
                },
            }),
        }
    }

    // Rows go in in random order, so storage order says nothing about the order of the batch.
    items.shuffle(&mut rand::rng());
    let (lines_of, to_store): (Vec<usize>, Vec<IngestItem>) = items.into_iter().unzip();
    let stored = if to_store.is_empty() {
        Vec::new()
    } else {
        state.store.ingest(to_store).await?
    };
    let mut accepted = 0u64;
    for (line, ingested) in lines_of.into_iter().zip(stored) {
        let outcome = &mut results[line].outcome;
        *outcome = match ingested {
            Ingested::Accepted => {
                accepted += 1;
                Outcome::Accepted
            }
            Ingested::Duplicate => Outcome::Duplicate,
            Ingested::Conflict => Outcome::Conflict {
                code: "response_conflict".into(),
                reason: "a different response with this id is already stored; it was kept".into(),
            },
        };
    }
    if let Err(e) = state
        .store
        .record_upload(&device.id, now.div_euclid(86_400), accepted)
        .await
    {
        // Abuse counters must never cost a batch its acknowledgement.
        tracing::warn!(error = %e, "could not count an upload");
    }
    // A line per batch, with its facility and a timestamp, would date responses: debug only.
    // Info level gets hourly counts without facility (`ingest_log`).
    tracing::debug!(
        facility = %device.facility,
        lines = results.len(),
        accepted,
        "batch ingested"
    );
    state.ingest_log.note(now, results.len() as u64, accepted);
    if let [only] = results.as_slice() {
        if let Outcome::Conflict { reason, .. } = &only.outcome {
            return Err(ApiError::ResponseConflict(reason.clone()));
        }
    }
    Ok(Json(PushReply { results }))
}

/// What the server knows about an edition named in the batch.
enum Lookup {
    Known(Arc<Survey>),
    NotAssigned(SurveyId),
    Unknown,
}

fn gunzip(body: &[u8], max: usize) -> Result<Vec<u8>, ApiError> {
    let mut out = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX) + 1;
    GzDecoder::new(body)
        .take(limit)
        .read_to_end(&mut out)
        .map_err(|_| ApiError::BadGzip)?;
    if out.len() > max {
        return Err(ApiError::BatchTooLarge(format!(
            "the batch is larger than {max} bytes once decompressed"
        )));
    }
    Ok(out)
}
