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
    /// Enrolment attempts for the whole server per minute (codes are short; this bounds guessing).
    pub enrol_attempts_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 2 * 1024 * 1024,
            max_batch_bytes: 16 * 1024 * 1024,
            device_requests_per_minute: 120,
            device_burst: 60,
            enrol_attempts_per_minute: 20,
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
    pub limits: Limits,
    /// How long a graceful shutdown waits for in-flight requests.
    pub shutdown_grace: Duration,
    /// The UTC hour (0–23) of the daily storage compaction (`Store::compact`), or `None` for
    /// none (tests; a server whose compaction runs from cron with `heard-sync-server compact`).
    pub daily_compaction: Option<u8>,
}
