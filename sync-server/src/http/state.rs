//! The one state every handler gets, API and dashboard alike.

use super::error::ApiError;
use super::rate_limit::RateLimiter;
use crate::config::Limits;
use crate::ingest_log::IngestLog;
use crate::store::{DeviceId, Store};
use heard_core::canonical::Sha256;
use heard_core::survey::Survey;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Unix seconds: the system clock, or a simulated one in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub limits: Arc<Limits>,
    pub device_rate: Arc<RateLimiter<DeviceId>>,
    pub enrol_rate: Arc<RateLimiter<()>>,
    /// Dashboard sign-in attempts per account (lower-cased e-mail).
    pub login_per_account: Arc<RateLimiter<String>>,
    /// Dashboard sign-in attempts for the whole server, whatever the account.
    pub login_global: Arc<RateLimiter<()>>,
    /// Session cookies carry `Secure`: set when this process itself serves TLS.
    pub secure_cookies: bool,
    /// Survey editions by version hash. Editions never change, so this cache never goes stale.
    pub editions: Arc<RwLock<HashMap<Sha256, Arc<Survey>>>>,
    /// Hourly counts of pushes: the only info-level trace of ingest (no facility, no batch).
    pub ingest_log: Arc<IngestLog>,
    /// Where pushes read the time (the upload counters' month, the ingest log's hour).
    pub clock: Clock,
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
            login_global: Arc::new(RateLimiter::new(60, 30)),
            secure_cookies: false,
            limits: Arc::new(limits),
            editions: Arc::new(RwLock::new(HashMap::new())),
            ingest_log: Arc::new(IngestLog::new()),
            clock: Arc::new(crate::calendar::unix_now),
        }
    }

    /// The same state reading the time from `clock` (tests simulate days with it).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The same state, with session cookies marked `Secure` when `secure`.
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        self.secure_cookies = secure;
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
