//! Security headers, per route family. Dashboard pages and exports: never cached (a shared
//! computer's browser must not keep `responses.csv`), a CSP that allows no script at all, no
//! framing, no MIME sniffing, no referrer. API: nosniff and no referrer; media keep the immutable
//! caching their handler sets. HSTS whenever browsers reach the server over HTTPS.

use super::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The dashboard's policy: no script, no plug-in, no frame, forms only to itself. Styles are
/// inline (one `<style>` and a few attributes; with no script they cannot exfiltrate).
pub const DASHBOARD_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The recordings approval page also plays audio from this server.
pub const DASHBOARD_MEDIA_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// HSTS: a year, subdomains included (sent only when served over HTTPS).
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let dashboard = request.uri().path().starts_with("/dashboard");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    if dashboard {
        // A handler may have chosen a wider policy (the approval page: `media-src 'self'`).
        if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
            set(headers, header::CONTENT_SECURITY_POLICY, DASHBOARD_CSP);
        }
        set(headers, header::CACHE_CONTROL, "no-store");
        set(headers, header::X_FRAME_OPTIONS, "DENY");
    } else if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    if state.secure_cookies {
        set(headers, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    response
}

fn set(headers: &mut HeaderMap, name: header::HeaderName, value: &'static str) {
    headers.insert(name, HeaderValue::from_static(value));
}
