//! The app's side of sync: the store as the sync client's [`Outbox`], enrolment kept in the
//! store's settings, and the background worker on its own tokio runtime (a dedicated thread), so
//! neither the desktop window nor the browser kiosk ever waits on the network.
//!
//! The device token is a secret: it is written to the settings table and handed to the client,
//! never logged, never shown, never part of an error message.

use super::{Clock, ServiceError, Services};
use crate::catalog::Catalog;
use crate::platform::SyncExecutor;
use crate::store::{EnrolmentRecord, RecordedMedia, SettingKey, Store, StoreError, StoredAction};
use heard_core::canonical::Sha256;
use heard_core::ids::SurveyId;
use heard_core::media::MediaItem;
use heard_core::response::ResponseId;
use heard_core::set_aside::{clock_is_off, SetAsideKind};
use heard_core::wire::{ActionList, SurveyBundle};
use heard_sync_client::{
    EnrolError, Outbox, OutboxError, Recording, ServerUrl, SyncClient, SyncConfig, SyncHandle,
    SyncStatus,
};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::sync::watch;

/// The store behind the services' mutex, as the sync worker's outbox. Acknowledged rows are
/// deleted with `secure_delete=ON` and the WAL truncated (see `Store::acknowledge`). A
/// downloaded survey is stored, then put into the services' catalog, so staff can choose it
/// without a restart.
#[derive(Clone)]
pub struct StoreOutbox {
    store: Arc<Mutex<Store>>,
    catalog: Arc<RwLock<Arc<Catalog>>>,
    clock: Clock,
}

fn outbox_error(e: impl std::fmt::Display) -> OutboxError {
    OutboxError(e.to_string())
}

impl StoreOutbox {
    fn lock(&self) -> Result<super::StoreGuard<'_>, OutboxError> {
        super::StoreGuard::lock(&self.store)
            .ok_or_else(|| OutboxError("the store is unavailable after an earlier failure".into()))
    }
}

impl Outbox for StoreOutbox {
    fn pending(&self, limit: usize) -> Result<Vec<(ResponseId, Vec<u8>)>, OutboxError> {
        self.lock()?.pending(limit).map_err(outbox_error)
    }
    fn acknowledge(&self, ids: &[ResponseId]) -> Result<(), OutboxError> {
        self.lock()?
            .acknowledge(ids)
            .map(|_| ())
            .map_err(outbox_error)
    }
    fn set_aside(&self, id: ResponseId, code: &str, reason: &str) -> Result<(), OutboxError> {
        self.lock()?
            .set_aside(&id, code, reason)
            .map_err(outbox_error)
    }
    fn pending_count(&self) -> Result<usize, OutboxError> {
        self.lock()?.pending_count().map_err(outbox_error)
    }
    /// Keeps how far the tablet's clock is from the server's (the panel warns beyond a day),
    /// then dates and expires set-aside responses by the server's day: a wrong tablet clock
    /// never deletes one.
    fn server_date(&self, server: i64) -> Result<(), OutboxError> {
        let offset = server - (self.clock)();
        let mut store = self.lock()?;
        store
            .set_setting(SettingKey::ClockOffset, Some(&offset.to_string()))
            .map_err(outbox_error)?;
        let deleted = store
            .expire_set_aside(server.div_euclid(86_400))
            .map_err(outbox_error)?;
        if deleted > 0 {
            tracing::info!("{deleted} set-aside response(s) deleted after 30 days");
        }
        Ok(())
    }
    fn keeps_recordings(&self) -> bool {
        true
    }
    fn pending_recordings(&self) -> Result<Vec<Recording>, OutboxError> {
        let pending = self
            .lock()?
            .recorded_media_pending_upload()
            .map_err(outbox_error)?;
        // The app's own prompts (no survey) stay on this tablet: the server has no overlay
        // for them.
        Ok(pending
            .into_iter()
            .filter_map(|m| {
                Some(Recording {
                    survey: m.survey?,
                    target: m.target,
                    language: m.language,
                    mime: m.mime,
                    bytes: m.bytes,
                })
            })
            .collect())
    }
    fn recording_uploaded(&self, sha256: &Sha256) -> Result<(), OutboxError> {
        self.lock()?
            .mark_media_uploaded(sha256)
            .map(|_| ())
            .map_err(outbox_error)
    }
    fn has_recording(&self, sha256: &Sha256) -> Result<bool, OutboxError> {
        self.lock()?.has_recording(sha256).map_err(outbox_error)
    }
    fn keep_downloaded_recording(
        &self,
        survey: &SurveyId,
        item: &MediaItem,
        bytes: Vec<u8>,
    ) -> Result<(), OutboxError> {
        let Some(language) = item.language.clone() else {
            return Ok(());
        };
        let media = RecordedMedia {
            survey: Some(survey.clone()),
            target: item.target.clone(),
            language,
            mime: item.mime.clone(),
            bytes,
        };
        self.lock()?
            .keep_downloaded_recording(&media)
            .map(|_| ())
            .map_err(outbox_error)
    }
    fn keeps_downloads(&self) -> bool {
        true
    }
    fn stored_survey(&self, id: &SurveyId) -> Result<Option<(Sha256, Sha256)>, OutboxError> {
        // A stored bundle the catalog could not use reads as not stored: downloaded again.
        let unusable = self
            .catalog
            .read()
            .map_err(|_| OutboxError("the survey list is unavailable".into()))?
            .download_problems()
            .any(|(stored, _)| stored == id.as_str());
        if unusable {
            return Ok(None);
        }
        self.lock()?
            .downloaded_survey_hashes(id)
            .map_err(outbox_error)
    }
    fn has_media(&self, sha256: &Sha256) -> Result<bool, OutboxError> {
        self.lock()?
            .has_downloaded_media(sha256)
            .map_err(outbox_error)
    }
    fn keep_media(&self, item: &MediaItem, bytes: Vec<u8>) -> Result<(), OutboxError> {
        self.lock()?
            .keep_downloaded_media(&item.mime, &bytes)
            .map(|_| ())
            .map_err(outbox_error)
    }
    fn keep_survey(&self, bundle: &SurveyBundle, media: &Sha256) -> Result<(), OutboxError> {
        self.lock()?
            .keep_downloaded_survey(bundle, media)
            .map_err(outbox_error)?;
        // Stored first, shown second: the catalog only names what the store holds.
        let mut catalog = self
            .catalog
            .write()
            .map_err(|_| OutboxError("the survey list is unavailable".into()))?;
        let mut next = Catalog::clone(&catalog);
        next.add_downloaded(
            bundle.survey.id.as_str(),
            &bundle.survey.version_hash().to_hex(),
            Ok(bundle.clone()),
        );
        *catalog = Arc::new(next);
        Ok(())
    }
    fn keep_actions(&self, actions: &ActionList) -> Result<(), OutboxError> {
        // Actions this tablet cannot read (unknown topic, bad tag) are left out.
        let kept: Vec<StoredAction> = actions
            .actions
            .iter()
            .filter_map(StoredAction::from_wire)
            .collect();
        self.lock()?.replace_actions(&kept).map_err(outbox_error)
    }
}

/// Set-aside responses of one kind, for the staff panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetAsideGroup {
    pub kind: SetAsideKind,
    pub count: usize,
}

/// Where this tablet syncs to (the token stays inside the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncEnrolment {
    pub server: String,
}

/// The sync runtime and the running worker, shared by every window and browser session.
pub struct SyncRuntime {
    executor: SyncExecutor,
    worker: Mutex<Option<SyncHandle>>,
    status: watch::Sender<SyncStatus>,
    config: SyncConfig,
    allow_plain_http: bool,
}

impl SyncRuntime {
    /// Starts the platform's sync executor (natively a small tokio runtime on its own thread;
    /// in a browser its event loop). `HEARD_SYNC_ALLOW_HTTP=1` permits plain `http://` to
    /// another machine (a deliberately unencrypted local network, e.g. a demo).
    pub fn start(config: SyncConfig) -> std::io::Result<Self> {
        let executor = crate::platform::sync_executor()?;
        let allow_plain_http = std::env::var("HEARD_SYNC_ALLOW_HTTP").is_ok_and(|v| v == "1");
        Ok(Self {
            executor,
            worker: Mutex::new(None),
            status: watch::channel(SyncStatus::default()).0,
            config,
            allow_plain_http,
        })
    }
}

impl Services {
    /// Attaches the sync runtime and, if this tablet is enrolled, starts the worker.
    pub fn with_sync(mut self, runtime: SyncRuntime) -> Self {
        self.sync = Some(Arc::new(runtime));
        if let Err(e) = self.restart_sync() {
            tracing::error!("sync not started: {e}");
        }
        self
    }

    /// The server this tablet is enrolled with, if any.
    pub fn sync_enrolment(&self) -> Result<Option<SyncEnrolment>, ServiceError> {
        let store = self.store()?;
        let server = store.setting(SettingKey::SyncServer)?;
        let token = store.setting(SettingKey::SyncToken)?;
        Ok(match (server, token) {
            (Some(server), Some(_)) => Some(SyncEnrolment { server }),
            _ => None,
        })
    }

    /// Exchanges an enrolment code for a device token (on the sync runtime, so the UI does not
    /// wait), keeps server and token in the store, binds every response taken before enrolment
    /// to this server and its facility, and (re)starts the worker. Refused before any request
    /// while responses wait for another server (`EnrolError::ResponsesWaiting`): a new
    /// enrolment never diverts answers already taken.
    pub async fn enrol(&self, server_url: &str, code: &str) -> Result<(), EnrolError> {
        let runtime = self
            .sync
            .clone()
            .ok_or_else(|| EnrolError::Server("sync is not available in this build".into()))?;
        let allow = runtime.allow_plain_http;
        let server = ServerUrl::parse(server_url, allow).map_err(EnrolError::BadAddress)?;
        let waiting = self
            .with_store(|store| store.bound_elsewhere(server.as_str()))
            .map_err(|e| EnrolError::Server(e.to_string()))?;
        if waiting > 0 {
            return Err(EnrolError::ResponsesWaiting(waiting));
        }
        let (url, code) = (server.as_str().to_owned(), code.trim().to_owned());
        // On the sync executor (the UI's own runtime may not be the one with the network); the
        // answer comes back over a oneshot channel.
        let (send, receive) = tokio::sync::oneshot::channel();
        runtime.executor.spawn(Box::pin(async move {
            let _ = send.send(heard_sync_client::enrol(&url, &code, allow).await);
        }));
        let enrolment = receive
            .await
            .map_err(|_| EnrolError::Server("the enrolment was interrupted".into()))??;
        let record = EnrolmentRecord {
            server: enrolment.server.as_str(),
            device_token: &enrolment.device_token,
            facility: &enrolment.facility,
        };
        match self.with_store(|store| store.enrol(&record)) {
            Ok(_) => {}
            // A response was bound elsewhere while the code was exchanged (another window).
            Err(ServiceError::Store(StoreError::BoundElsewhere(n))) => {
                return Err(EnrolError::ResponsesWaiting(n))
            }
            Err(e) => return Err(EnrolError::Server(e.to_string())),
        }
        self.restart_sync()
            .map_err(|e| EnrolError::Server(e.to_string()))?;
        Ok(())
    }

    /// Stops any running worker and starts one for the stored enrolment.
    fn restart_sync(&self) -> Result<(), ServiceError> {
        let Some(runtime) = self.sync.clone() else {
            return Ok(());
        };
        let (server, token) = {
            let store = self.store()?;
            (
                store.setting(SettingKey::SyncServer)?,
                store.setting(SettingKey::SyncToken)?,
            )
        };
        let mut worker = runtime.worker.lock().map_err(|_| ServiceError::Poisoned)?;
        if let Some(old) = worker.take() {
            runtime.executor.spawn(Box::pin(old.stop()));
        }
        let (Some(server), Some(token)) = (server, token) else {
            return Ok(());
        };
        let Ok(server) = ServerUrl::parse(&server, true) else {
            return Ok(());
        };
        let client = match SyncClient::new(server, token, runtime.config.request_timeout) {
            Ok(c) => c,
            Err(e) => {
                runtime
                    .status
                    .send_modify(|s| s.last_error = Some(e.to_string()));
                return Ok(());
            }
        };
        let outbox: Arc<dyn Outbox> = Arc::new(self.outbox());
        let handle = heard_sync_client::spawn_on(
            Arc::clone(&runtime.executor),
            client,
            outbox,
            runtime.config.clone(),
        );
        // Mirror the worker's status into the long-lived channel the UI subscribes to.
        let mut from = handle.subscribe();
        let to = runtime.status.clone();
        runtime.executor.spawn(Box::pin(async move {
            loop {
                let now = from.borrow_and_update().clone();
                to.send_replace(now);
                if from.changed().await.is_err() {
                    break;
                }
            }
        }));
        *worker = Some(handle);
        Ok(())
    }

    /// The store (and catalog) as the sync worker's outbox.
    pub fn outbox(&self) -> StoreOutbox {
        StoreOutbox {
            store: Arc::clone(&self.store),
            catalog: Arc::clone(&self.catalog),
            clock: Arc::clone(&self.clock),
        }
    }

    /// Stops the worker after its current push (shutdown, tests). Enrolment stays stored.
    pub async fn stop_sync(&self) {
        let Some(runtime) = self.sync.clone() else {
            return;
        };
        let worker = runtime.worker.lock().ok().and_then(|mut w| w.take());
        if let Some(worker) = worker {
            worker.stop().await;
        }
    }

    /// "Sync now": send whatever is waiting. Returns false when the tablet is not enrolled.
    pub fn sync_now(&self) -> bool {
        let Some(runtime) = self.sync.as_ref() else {
            return false;
        };
        match runtime.worker.lock() {
            Ok(w) => w.as_ref().map(SyncHandle::sync_now).is_some(),
            Err(_) => false,
        }
    }

    /// The worker's status; `None` without a sync runtime.
    pub fn sync_status(&self) -> Option<watch::Receiver<SyncStatus>> {
        self.sync.as_ref().map(|r| r.status.subscribe())
    }

    /// Responses the server set aside, by what staff can do about them (the core's kind of
    /// each stable code), with how many each; never answers.
    pub fn set_aside_groups(&self) -> Result<Vec<SetAsideGroup>, ServiceError> {
        let mut groups: std::collections::BTreeMap<SetAsideKind, usize> = Default::default();
        for (_, code) in self.set_aside_codes()? {
            *groups.entry(SetAsideKind::of_code(&code)).or_default() += 1;
        }
        Ok(groups
            .into_iter()
            .map(|(kind, count)| SetAsideGroup { kind, count })
            .collect())
    }

    /// How many days the tablet's clock was off the server's at the last sync, when it was
    /// off by more than a day (the core's tolerance); `None` when right or not yet checked.
    pub fn clock_days_off(&self) -> Result<Option<i64>, ServiceError> {
        let offset = self.with_store(|store| store.setting(SettingKey::ClockOffset))?;
        Ok(offset
            .and_then(|o| o.parse::<i64>().ok())
            .filter(|&o| clock_is_off(0, o))
            .map(|o| (o.abs() + 43_200) / 86_400 * o.signum()))
    }

    /// Responses the server set aside: `(id, code)` only, never answers.
    pub fn set_aside_codes(&self) -> Result<Vec<(ResponseId, String)>, ServiceError> {
        self.with_store(|store| {
            Ok(store
                .set_aside_list()?
                .into_iter()
                .map(|(id, code, _)| (id, code))
                .collect())
        })
    }
}

/// The default worker settings, with a quick first look at the outbox.
pub fn default_sync_config() -> SyncConfig {
    SyncConfig {
        poll_interval: Duration::from_secs(60),
        ..SyncConfig::default()
    }
}
