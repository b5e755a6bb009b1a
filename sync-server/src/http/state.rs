//! The one state every handler gets, API and dashboard alike.

use super::error::ApiError;
use super::rate_limit::RateLimiter;
use crate::config::Limits;
use crate::ingest_log::IngestLog;
use crate::server_secret::ServerSecret;
use crate::store::{DeviceId, Store};
use heard_core::canonical::Sha256;
use heard_core::survey::Survey;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Unix seconds: the system clock, or a simulated one in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// Argon2 verifications running at once, at most.
pub const ARGON2_AT_ONCE: usize = 2;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub limits: Arc<Limits>,
    pub device_rate: Arc<RateLimiter<DeviceId>>,
    /// Enrolment attempts per source (see `http::source`): junk from one place never delays a
    /// valid code typed somewhere else.
    pub enrol_rate: Arc<RateLimiter<String>>,
    /// Dashboard sign-in attempts per account and source (the SHA-256 of the typed e-mail and
    /// the source): guessing one account's password from one place is slow, and nobody
    /// elsewhere can spend the budget its coordinator needs.
    pub login_per_account: Arc<RateLimiter<String>>,
    /// Dashboard sign-in attempts per source, whatever the account: a flood from one place is
    /// refused before Argon2 runs. There is no budget shared by all sources or all accounts,
    /// so attempts for other e-mails or from elsewhere never lock anyone out.
    pub login_per_source: Arc<RateLimiter<String>>,
    /// Argon2 runs at most this many at a time (each takes ~19 MiB): a flood of sign-ins
    /// queues here instead of exhausting memory. Unknown e-mails only take a free permit.
    pub argon2: Arc<tokio::sync::Semaphore>,
    /// Browsers reach this server over HTTPS (it serves TLS, or a TLS proxy terminates in
    /// front of it): session cookies carry `Secure` and pages send HSTS.
    pub secure_cookies: bool,
    /// `X-Forwarded-For` from the TLS proxy names a request's source (`--behind-tls-proxy`).
    pub trust_forwarded_for: bool,
    /// Enrolment codes are stored as HMAC-SHA-256 under this secret.
    pub secret: Arc<ServerSecret>,
    /// Survey editions by version hash. Editions never change, so this cache never goes stale.
    pub editions: Arc<RwLock<HashMap<Sha256, Arc<Survey>>>>,
    /// Hourly counts of pushes: the only info-level trace of ingest (no facility, no batch).
    pub ingest_log: Arc<IngestLog>,
    /// Where pushes read the time (the upload counters' month, the ingest log's hour).
    pub clock: Clock,
    /// The tablets' web app folder served at `/app/` (`serve --web-app`), if any.
    pub web_app: Option<Arc<std::path::Path>>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, limits: Limits) -> Self {
        Self {
            store,
            device_rate: Arc::new(RateLimiter::new(
                limits.device_requests_per_minute,
                limits.device_burst,
            )),
            enrol_rate: Arc::new(RateLimiter::new(
                limits.enrol_attempts_per_minute,
                limits.enrol_attempts_per_minute,
            )),
            login_per_account: Arc::new(RateLimiter::new(5, 5)),
            login_per_source: Arc::new(RateLimiter::new(30, 30)),
            argon2: Arc::new(tokio::sync::Semaphore::new(ARGON2_AT_ONCE)),
            secure_cookies: false,
            trust_forwarded_for: false,
            secret: Arc::new(ServerSecret::random()),
            limits: Arc::new(limits),
            editions: Arc::new(RwLock::new(HashMap::new())),
            ingest_log: Arc::new(IngestLog::new()),
            clock: Arc::new(crate::calendar::unix_now),
            web_app: None,
        }
    }

    /// The same state, serving the web app in `folder` at `/app/`.
    pub fn with_web_app(mut self, folder: Option<std::path::PathBuf>) -> Self {
        self.web_app = folder.map(Arc::from);
        self
    }

    /// The same state reading the time from `clock` (tests simulate days with it).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The same state, with session cookies marked `Secure` (and HSTS sent) when `secure`.
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        self.secure_cookies = secure;
        self
    }

    /// The same state behind a TLS reverse proxy: `Secure` cookies, HSTS, and the proxy's
    /// `X-Forwarded-For` as a request's source.
    pub fn behind_tls_proxy(mut self) -> Self {
        self.secure_cookies = true;
        self.trust_forwarded_for = true;
        self
    }

    /// The same state with this server secret (`serve` loads it from `HEARD_SECRET_FILE`).
    pub fn with_secret(mut self, secret: ServerSecret) -> Self {
        self.secret = Arc::new(secret);
        self
    }

    /// A survey edition, from the cache or the store.
    pub async fn edition(&self, version: &Sha256) -> Result<Option<Arc<Survey>>, ApiError> {
        if let Some(s) = self
            .editions
            .read()
            .ok()
            .and_then(|m| m.get(version).cloned())
        {
            return Ok(Some(s));
        }
        let Some(stored) = self.store.survey_by_version(version).await? else {
            return Ok(None);
        };
        let survey = Arc::new(stored.survey);
        if let Ok(mut m) = self.editions.write() {
            m.insert(*version, Arc::clone(&survey));
        }
        Ok(Some(survey))
    }
}
