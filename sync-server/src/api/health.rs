//! `GET /healthz`: the process is up and the database answers.

use crate::http::ApiError;
use crate::http::AppState;
use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

pub async fn healthz(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    state.store.facilities().await?;
    Ok(Json(json!({ "status": "ok" })))
}
