//! Where a request comes from, for per-source budgets (enrolment): the peer address, or behind
//! a TLS proxy (`--behind-tls-proxy`) the last address the proxy appended to
//! `X-Forwarded-For`. Used for rate limiting only: never stored, never logged.

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use std::net::{IpAddr, SocketAddr};

/// The source's key. Without a peer address (tests driving the router directly) every request
/// shares one key.
pub fn request_source(parts: &Parts, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(ip) = forwarded {
            return network_of(ip);
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| network_of(c.0.ip()))
}

/// IPv6 hosts get a /64 each, so one budget per /64 rather than per address.
fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// The request's source key as an extractor (see [`request_source`]).
pub struct Source(pub String);

impl axum::extract::FromRequestParts<super::AppState> for Source {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &super::AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(request_source(parts, state.trust_forwarded_for)))
    }
}
