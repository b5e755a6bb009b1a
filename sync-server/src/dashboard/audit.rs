//! The audit log of every view that releases figures (issue 12): the overview, breakdown,
//! report, comments and the three exports. One entry per request, so a differencing attempt
//! (the same survey asked for with filters that differ by a few people) can be reconstructed
//! afterwards from the log alone.
//!
//! One middleware, [`record`], does it for all of those routes (`dashboard/mod.rs` mounts them
//! with [`audited`]), so a handler need not remember to. (The exports' own `export <file>`
//! entries, written by `export/{csv,xlsx,responses}.rs`, predate it and are now redundant.)
//!
//! **When an entry is written.** Only after the handler answered, and only for
//! - a success (2xx): figures were released → `view <page> …`;
//! - 422 Unprocessable Entity: the query was refused because it would single out too few
//!   people. Nothing was released, but the attempt is the interesting part → `refused <page> …`.
//!
//! Nothing is written for 303 (not signed in: no account to name), 400 (a malformed filter:
//! nothing was computed), 403/404 (a facility or survey beyond the viewer: nothing computed
//! either) or 5xx. If the entry cannot be written, the figures are not released: the answer
//! becomes a 500 instead.
//!
//! **What an entry says.** The account (the signed-in coordinator's e-mail) in the
//! `coordinator` column, and in `what`:
//!
//! ```text
//! view overview survey=be-fedasil facility=centre-a quarter=2026-Q1
//! view breakdown survey=be-fedasil dimension=sex
//! refused comments survey=be-fedasil facility=centre-b
//! view export.csv survey=be-fedasil quarter=2026-Q1 dimension=sex
//! ```
//!
//! The page is the route's last segment (`overview` for the survey's own page), the survey is
//! the path's, and the filters are the query's `facility`, `quarter` and `dimension` only, in
//! that order, each at most once (the first), empty ones left out. Values are normalised to
//! the form the handlers read (a facility code, `YYYY-Qn`, a dimension's name); a value that
//! does not read as one (which a page may ignore) is kept as its first [`MAX_VALUE_CHARS`]
//! characters, with anything outside `[A-Za-z0-9._-]` replaced by `?`, so a viewer cannot fill
//! the log with junk or split a line. Every other query key is ignored.
//!
//! The words `view` and `refused` never start another entry: sign-ins are `login…`, and the
//! exports' own older entries are `export <file>`.

use crate::dashboard::error::DashError;
use crate::dashboard::session::{cookie_value, now};
use crate::http::AppState;
use crate::secrets::hash_secret;
use axum::extract::{FromRequestParts, MatchedPath, Query, RawPathParams, Request, State};
use axum::handler::Handler;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::Quarter;
use heard_core::report::breakdown::Dimension;
use tower::{Layer, ServiceExt};

/// The longest value kept of a filter that does not read as what it names.
pub const MAX_VALUE_CHARS: usize = 64;

/// The query keys recorded, in this order.
pub const KEYS: [&str; 3] = ["facility", "quarter", "dimension"];

/// The routes' common prefix; what follows it names the page.
const SURVEY_ROUTE: &str = "/dashboard/surveys/{survey}";

/// A `GET` route whose handler is wrapped in [`record`].
///
/// `dashboard::router()` is built before the state exists (`http::app` gives it the state
/// last), so `from_fn_with_state` cannot be mounted with `route_layer` there; this builds the
/// same layer around the handler per request instead, with the state the request brings.
pub fn audited<H, T>(handler: H) -> MethodRouter<AppState>
where
    H: Handler<T, AppState>,
    T: 'static,
{
    get(
        move |State(state): State<AppState>, request: Request| async move {
            let inner = handler.with_state(state.clone());
            match from_fn_with_state(state, record)
                .layer(inner)
                .oneshot(request)
                .await
            {
                Ok(response) => response,
                Err(never) => match never {},
            }
        },
    )
}

/// The middleware: runs the handler, then writes one entry when the answer is 2xx or 422
/// (see the module's documentation).
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let what = describe(&mut parts, &state).await;
    let session = cookie_value(&parts);
    let response = next.run(Request::from_parts(parts, body)).await;
    let verb = match response.status() {
        s if s.is_success() => "view",
        StatusCode::UNPROCESSABLE_ENTITY => "refused",
        _ => return response,
    };
    match write(&state, session, &format!("{verb} {what}")).await {
        Ok(()) => response,
        Err(e) => e.into_response(),
    }
}

async fn write(state: &AppState, session: Option<String>, what: &str) -> Result<(), DashError> {
    // The handler answered 2xx or 422, so it found this session a moment ago.
    let who = match session {
        Some(id) => state.store.session(hash_secret(&id), now()).await?,
        None => None,
    };
    let who = who.map_or_else(|| "(no session)".to_owned(), |c| c.email);
    state.store.audit(now(), &who, what).await?;
    Ok(())
}

/// `<page> survey=… [facility=…] [quarter=…] [dimension=…]`, from the matched route, the
/// path's survey and the query.
async fn describe(parts: &mut Parts, state: &AppState) -> String {
    let route = parts
        .extensions
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_default();
    let survey = RawPathParams::from_request_parts(parts, state)
        .await
        .ok()
        .and_then(|params| {
            params
                .iter()
                .find(|(k, _)| *k == "survey")
                .map(|(_, v)| v.to_owned())
        });
    let query = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
        .map(|Query(q)| q)
        .unwrap_or_default();
    entry(&page_of(&route), survey.as_deref(), &query)
}

/// The page a route shows: its segment after the survey, `overview` for the survey's own page.
pub fn page_of(route: &str) -> String {
    match route.strip_prefix(SURVEY_ROUTE) {
        Some("") => "overview".to_owned(),
        Some(rest) => clean(rest.trim_start_matches('/')),
        None => clean(route),
    }
}

/// The entry after its verb: the page, the survey and the known filters, normalised.
pub fn entry(page: &str, survey: Option<&str>, query: &[(String, String)]) -> String {
    let mut out = page.to_owned();
    if let Some(s) = survey {
        let s = SurveyId::new(s.trim()).map_or_else(|_| clean(s), |id| id.to_string());
        out.push_str(&format!(" survey={s}"));
    }
    for key in KEYS {
        let Some((_, value)) = query.iter().find(|(k, _)| k == key) else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        out.push_str(&format!(" {key}={}", normalise(key, value)));
    }
    out
}

fn normalise(key: &str, value: &str) -> String {
    let known = match key {
        "facility" => FacilityCode::new(value).ok().map(|f| f.to_string()),
        "quarter" => value.parse::<Quarter>().ok().map(|q| q.to_string()),
        "dimension" => Dimension::parse(value).map(|d| d.as_str().to_owned()),
        _ => None,
    };
    known.unwrap_or_else(|| clean(value))
}

/// At most [`MAX_VALUE_CHARS`] characters, each in `[A-Za-z0-9._-]` or else `?`; `…` marks a
/// cut.
fn clean(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(MAX_VALUE_CHARS)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '?'
            }
        })
        .collect();
    if value.chars().nth(MAX_VALUE_CHARS).is_some() {
        out.push('…');
    }
    if out.is_empty() {
        out.push('?');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn pages_come_from_the_route() {
        assert_eq!(page_of("/dashboard/surveys/{survey}"), "overview");
        assert_eq!(
            page_of("/dashboard/surveys/{survey}/breakdown"),
            "breakdown"
        );
        assert_eq!(
            page_of("/dashboard/surveys/{survey}/export.xlsx"),
            "export.xlsx"
        );
        assert_eq!(
            page_of("/dashboard/surveys/{survey}/responses.csv"),
            "responses.csv"
        );
    }

    #[test]
    fn only_known_keys_normalised_in_a_fixed_order() {
        let e = entry(
            "breakdown",
            Some("be-fedasil"),
            &q(&[
                ("dimension", "sex"),
                ("junk", "hello"),
                ("quarter", " 2026-Q1 "),
                ("facility", "centre-a"),
                ("facility", "centre-b"),
            ]),
        );
        assert_eq!(
            e,
            "breakdown survey=be-fedasil facility=centre-a quarter=2026-Q1 dimension=sex"
        );
        assert_eq!(
            entry(
                "overview",
                Some("s"),
                &q(&[("facility", ""), ("quarter", " ")])
            ),
            "overview survey=s"
        );
    }

    #[test]
    fn junk_is_capped_and_cannot_split_a_line() {
        let junk = format!("a b\nview overview=x{}", "z".repeat(10_000));
        let e = entry("overview", Some("s"), &q(&[("dimension", &junk)]));
        assert!(!e.contains('\n') && !e.contains(" view "), "{e}");
        let value = e.strip_prefix("overview survey=s dimension=").unwrap();
        assert_eq!(value.chars().count(), MAX_VALUE_CHARS + 1, "{value}");
        assert!(value.starts_with("a?b?view?overview?x") && value.ends_with('…'));
        assert_eq!(entry("overview", Some("a b"), &[]), "overview survey=a?b");
    }
}
