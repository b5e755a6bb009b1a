//! The sync server's address. Plain `http://` only to this machine (tests, a local proxy),
//! unless explicitly allowed: responses must never cross a network unencrypted by accident.

use std::fmt;
use std::net::IpAddr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    base: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Not an http(s) URL at all.
    #[error("“{0}” is not a server address. It should look like https://sync.example.org")]
    Malformed(String),
    /// `http://` to another machine without `allow_plain_http`.
    #[error("“{0}” is not encrypted (http). Use the https:// address of the server")]
    PlainHttp(String),
}

impl ServerUrl {
    pub fn parse(url: &str, allow_plain_http: bool) -> Result<Self, UrlError> {
        let trimmed = url.trim().trim_end_matches('/');
        let (scheme, rest) = trimmed
            .split_once("://")
            .ok_or_else(|| UrlError::Malformed(url.to_owned()))?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.is_empty() || authority.contains('@') {
            return Err(UrlError::Malformed(url.to_owned()));
        }
        match scheme.to_ascii_lowercase().as_str() {
            "https" => {}
            "http" if allow_plain_http || is_loopback(authority) => {}
            "http" => return Err(UrlError::PlainHttp(url.to_owned())),
            _ => return Err(UrlError::Malformed(url.to_owned())),
        }
        Ok(Self {
            base: trimmed.to_owned(),
        })
    }

    /// `path` starts with `/`.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The address as given (without a trailing slash).
    pub fn as_str(&self) -> &str {
        &self.base
    }

    pub fn is_https(&self) -> bool {
        self.base.starts_with("https://")
    }
}

fn is_loopback(authority: &str) -> bool {
    let host = if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    };
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback_unless_allowed() {
        assert!(ServerUrl::parse("https://sync.example.org/", false).is_ok());
        assert!(ServerUrl::parse("http://127.0.0.1:8080", false).is_ok());
        assert!(ServerUrl::parse("http://localhost:1", false).is_ok());
        assert!(ServerUrl::parse("http://[::1]:1", false).is_ok());
        assert!(matches!(
            ServerUrl::parse("http://10.0.0.5", false),
            Err(UrlError::PlainHttp(_))
        ));
        assert!(ServerUrl::parse("http://10.0.0.5", true).is_ok());
        assert!(matches!(
            ServerUrl::parse("sync.example.org", false),
            Err(UrlError::Malformed(_))
        ));
        assert!(ServerUrl::parse("ftp://x", true).is_err());
        assert_eq!(
            ServerUrl::parse("https://a.b/", false)
                .unwrap()
                .join("/v1/enrol"),
            "https://a.b/v1/enrol"
        );
    }
}
