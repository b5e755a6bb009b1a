//! Who may reach the browser kiosk (`--serve`). The kiosk's websocket drives the whole app,
//! staff panel included, so:
//!
//! - it listens only on a loopback address unless `--allow-remote` is given (a kiosk browser
//!   on the same machine needs nothing more);
//! - every request must name the kiosk by an IP address or `localhost` in its `Host` header,
//!   so a web page on a domain that an attacker points at this address (DNS rebinding) is
//!   refused;
//! - the websocket accepts only the page's own origin (`Origin` = `http://` + `Host`), so a
//!   web page open in any browser on the same network cannot drive it (browsers always send
//!   `Origin` on a websocket handshake and pages cannot forge it).
//!
//! Pure functions of the strings the request carries: `server.rs` asks them.

use std::net::{IpAddr, SocketAddr};

/// Why `--serve` refuses an address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListenRefused {
    #[error(
        "{0} is reachable from other machines: anyone on the network could open the kiosk and \
         try the staff PIN. Listen on 127.0.0.1, or add --allow-remote if a kiosk browser on \
         another machine must reach it (then only on a network residents cannot join)"
    )]
    NotLoopback(SocketAddr),
}

/// Whether the kiosk may listen on `addr`.
pub fn check_listen(addr: SocketAddr, allow_remote: bool) -> Result<(), ListenRefused> {
    if addr.ip().is_loopback() || allow_remote {
        Ok(())
    } else {
        Err(ListenRefused::NotLoopback(addr))
    }
}

/// Whether a request's `Host` names the kiosk by IP address or as `localhost` (with or without
/// a port). Any other name could be an attacker's domain resolving to this address.
pub fn host_allowed(host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    let name = match host.strip_prefix('[') {
        // `[v6]` or `[v6]:port`
        Some(rest) => match rest.split_once(']') {
            Some((inner, after)) if after.is_empty() || valid_port(after) => {
                return inner.parse::<std::net::Ipv6Addr>().is_ok()
            }
            _ => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) if valid_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        },
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok()
}

fn valid_port(s: &str) -> bool {
    s.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a websocket handshake comes from the kiosk's own page: `Origin` is `http://` (or
/// `https://`, behind a TLS proxy) followed by exactly the `Host` asked, and that host is
/// allowed. A missing `Origin` is refused too: the kiosk's page always sends one.
pub fn websocket_allowed(origin: Option<&str>, host: Option<&str>) -> bool {
    let (Some(origin), Some(host)) = (origin, host) else {
        return false;
    };
    if !host_allowed(Some(host)) {
        return false;
    }
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    rest.is_some_and(|r| r.eq_ignore_ascii_case(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_listens_without_allow_remote() {
        let ok = |s: &str, allow| check_listen(s.parse().unwrap(), allow).is_ok();
        assert!(ok("127.0.0.1:8080", false));
        assert!(ok("[::1]:8080", false));
        assert!(ok("127.9.9.9:0", false));
        assert!(!ok("0.0.0.0:8080", false));
        assert!(!ok("[::]:8080", false));
        assert!(!ok("192.168.1.20:8080", false));
        assert!(ok("0.0.0.0:8080", true));
        assert!(ok("192.168.1.20:8080", true));
    }

    #[test]
    fn hosts_are_ip_addresses_or_localhost() {
        for good in [
            "127.0.0.1:8080",
            "127.0.0.1",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "[::1]",
            "192.168.1.20:8080",
        ] {
            assert!(host_allowed(Some(good)), "{good}");
        }
        for bad in [
            "evil.example:8080",
            "evil.example",
            "localhost.evil.example:8080",
            "127.0.0.1.nip.io:8080",
            "127.0.0.1:80a",
            "127.0.0.1:",
            "[::1",
            "[::1]x",
            "[evil]:80",
            "",
        ] {
            assert!(!host_allowed(Some(bad)), "{bad}");
        }
        assert!(!host_allowed(None));
    }

    #[test]
    fn the_websocket_takes_only_the_pages_own_origin() {
        let host = Some("127.0.0.1:8080");
        assert!(websocket_allowed(Some("http://127.0.0.1:8080"), host));
        assert!(websocket_allowed(Some("https://127.0.0.1:8080"), host));
        for bad in [
            "http://evil.example",
            "http://127.0.0.1:8081",
            "http://127.0.0.1",
            "http://127.0.0.1:8080.evil.example",
            "null",
            "file://",
            "127.0.0.1:8080",
            "",
        ] {
            assert!(!websocket_allowed(Some(bad), host), "{bad}");
        }
        assert!(!websocket_allowed(None, host), "no Origin");
        assert!(!websocket_allowed(Some("http://127.0.0.1:8080"), None));
        // A rebound domain matches its own origin but is not an allowed host.
        assert!(!websocket_allowed(
            Some("http://evil.example:8080"),
            Some("evil.example:8080")
        ));
    }
}
