//! Server settings. Defaults suit one reception centre on one small machine.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Request limits and rates.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body read at all (413 above it).
    pub max_body_bytes: usize,
    /// Largest batch after gunzip (413 above it; guards against gzip bombs).
    pub max_batch_bytes: usize,
    /// Requests per device token: sustained rate per minute ...
    pub device_requests_per_minute: u32,
    /// ... and burst.
    pub device_burst: u32,
    /// Enrolment attempts per source address per minute (codes are short; this bounds
    /// guessing from one place without holding up anyone else's valid code).
    pub enrol_attempts_per_minute: u32,
    /// Bytes of recordings (waiting and approved) one facility may keep (413 beyond).
    pub media_quota_facility_bytes: u64,
    /// Bytes of recordings one tablet may keep, so one tablet cannot use up its facility's.
    pub media_quota_device_bytes: u64,
    /// Responses for months older than this many months before the current one are refused
    /// (`period_too_old`); `None`: no horizon. Match `retention apply --months`.
    pub retention_months: Option<u32>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 2 * 1024 * 1024,
            max_batch_bytes: 16 * 1024 * 1024,
            device_requests_per_minute: 120,
            device_burst: 60,
            enrol_attempts_per_minute: 20,
            media_quota_facility_bytes: 100 * 1000 * 1000,
            media_quota_device_bytes: 25 * 1000 * 1000,
            retention_months: Some(24),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub listen: SocketAddr,
    pub tls: Option<Tls>,
    /// A TLS reverse proxy terminates in front of this server: cookies are `Secure` and HSTS
    /// is sent, as when serving TLS directly, and the proxy's `X-Forwarded-For` names the
    /// source of a request (enrolment budgets).
    pub behind_tls_proxy: bool,
    pub limits: Limits,
    /// How long a graceful shutdown waits for in-flight requests.
    pub shutdown_grace: Duration,
    /// The UTC hour (0–23) of the daily storage compaction (`Store::compact`), or `None` for
    /// none (tests; a server whose compaction runs from cron with `heard-sync-server compact`).
    pub daily_compaction: Option<u8>,
    /// The server secret (enrolment codes are stored as HMAC-SHA-256 under it).
    pub secret: crate::server_secret::ServerSecret,
    /// The built web app (`scripts/build-web`) to serve at `/app/`, if any.
    pub web_app: Option<std::path::PathBuf>,
}
