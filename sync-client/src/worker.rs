//! The background sync worker: pushes the outbox in batches when there is enough to send (or
//! once a day, or when staff press "Sync now"), backs off with jitter on failure, honours
//! `Retry-After`, and publishes its status. The outbox is the tablet's SQLite table, so a restart
//! loses nothing: the next run simply sends what is still there. Tasks, storage calls, waiting
//! and clocks come from the [`Platform`].

use crate::backoff;
use crate::client::{PushError, SyncClient};
use crate::outbox::{Outbox, OutboxError};
use crate::platform::Platform;
use heard_core::media::{MediaKind, MediaOrigin};
use heard_core::response::ResponseId;
use heard_core::wire::Outcome;
use rand::Rng;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::sync::{oneshot, watch, Notify};

#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// Responses per push (the server takes up to 1,000).
    pub batch_size: usize,
    /// Pushes in flight at once while draining a long queue.
    pub parallel_pushes: usize,
    /// Send only when at least this many are waiting ...
    pub min_pending: usize,
    /// ... or when this long has passed since the last upload (batching hides who answered when).
    pub max_wait: Duration,
    /// How often to look at the outbox when nothing happens.
    pub poll_interval: Duration,
    pub backoff_base: Duration,
    pub backoff_max: Duration,
    pub request_timeout: Duration,
    /// How often to exchange recorded prompts with the facility's other tablets when nothing
    /// else happens (also after every push and on "Sync now").
    pub media_interval: Duration,
}

impl Default for SyncConfig {
    fn default() -> Self {
        Self {
            batch_size: 500,
            parallel_pushes: 2,
            min_pending: 5,
            max_wait: Duration::from_secs(24 * 3600),
            poll_interval: Duration::from_secs(60),
            backoff_base: Duration::from_secs(5),
            backoff_max: Duration::from_secs(30 * 60),
            request_timeout: Duration::from_secs(60),
            media_interval: Duration::from_secs(15 * 60),
        }
    }
}

/// What the staff screen shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncStatus {
    pub pending: usize,
    pub syncing: bool,
    pub last_success: Option<SystemTime>,
    /// The last failure in plain words; cleared by the next success.
    pub last_error: Option<String>,
    /// Since start: responses the server stored now, already had, or refused.
    pub accepted: u64,
    pub duplicates: u64,
    pub set_aside: u64,
    /// Since start: recordings made here that the server stored, and recordings made on other
    /// tablets of the facility that were downloaded.
    pub recordings_sent: u64,
    pub recordings_received: u64,
    /// Since start: survey editions downloaded and kept.
    pub surveys_received: u64,
    /// How many actions the last successful fetch of `/v1/actions` kept (None: none yet).
    pub actions_kept: Option<usize>,
}

/// Controls a running worker. Dropping it does not stop the worker; call `stop`.
pub struct SyncHandle {
    status: watch::Receiver<SyncStatus>,
    wake: Arc<Notify>,
    stop: Arc<Notify>,
    /// Resolves (sent or dropped) when the worker's task has ended.
    stopped: oneshot::Receiver<()>,
}

impl SyncHandle {
    pub fn status(&self) -> SyncStatus {
        self.status.borrow().clone()
    }
    pub fn subscribe(&self) -> watch::Receiver<SyncStatus> {
        self.status.clone()
    }
    /// "Sync now": send whatever is waiting, ignoring the batching thresholds and any backoff.
    pub fn sync_now(&self) {
        self.wake.notify_one();
    }
    /// Stops after the current push (a push cut short is harmless: the server deduplicates).
    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.stopped.await;
    }
}

/// Starts the worker as a task of `platform`.
pub fn spawn_on(
    platform: Arc<dyn Platform>,
    client: SyncClient,
    outbox: Arc<dyn Outbox>,
    config: SyncConfig,
) -> SyncHandle {
    let (status, status_rx) = watch::channel(SyncStatus::default());
    let wake = Arc::new(Notify::new());
    let stop = Arc::new(Notify::new());
    let (stopped_tx, stopped) = oneshot::channel();
    let worker = Worker {
        platform: Arc::clone(&platform),
        client,
        outbox,
        config,
        status,
    };
    let (wake_rx, stop_rx) = (Arc::clone(&wake), Arc::clone(&stop));
    platform.spawn(Box::pin(async move {
        worker.run(&wake_rx, &stop_rx).await;
        let _ = stopped_tx.send(());
    }));
    SyncHandle {
        status: status_rx,
        wake,
        stop,
        stopped,
    }
}

/// Starts the worker on the current tokio runtime (panics outside one, like `tokio::spawn`).
#[cfg(feature = "tokio")]
pub fn spawn(client: SyncClient, outbox: Arc<dyn Outbox>, config: SyncConfig) -> SyncHandle {
    spawn_on(
        Arc::new(crate::platform::TokioPlatform::current()),
        client,
        outbox,
        config,
    )
}

enum DrainError {
    Push(PushError),
    Outbox(OutboxError),
}

impl DrainError {
    fn plain(&self) -> String {
        match self {
            DrainError::Push(e) => e.to_string(),
            DrainError::Outbox(e) => format!("The tablet could not read its saved answers: {e}"),
        }
    }
}

/// One running worker: everything its runs share.
struct Worker {
    platform: Arc<dyn Platform>,
    client: SyncClient,
    outbox: Arc<dyn Outbox>,
    config: SyncConfig,
    status: watch::Sender<SyncStatus>,
}

impl Worker {
    /// One outbox call, made where blocking is allowed (SQLite on the tablet).
    async fn outbox<T: Send + 'static>(
        &self,
        call: impl FnOnce(&dyn Outbox) -> Result<T, OutboxError> + Send + 'static,
    ) -> Result<T, OutboxError> {
        let outbox = Arc::clone(&self.outbox);
        let (tx, rx) = oneshot::channel();
        self.platform.spawn_blocking(Box::new(move || {
            let _ = tx.send(call(outbox.as_ref()));
        }));
        // A dropped sender means the call panicked.
        rx.await
            .map_err(|_| OutboxError("outbox task failed".into()))?
    }

    fn since(&self, then: Duration) -> Duration {
        self.platform.monotonic_now().saturating_sub(then)
    }

    async fn run(&self, wake: &Notify, stop: &Notify) {
        let config = &self.config;
        let mut last_upload = self.platform.monotonic_now();
        let mut last_media: Option<Duration> = None;
        let mut failures: u32 = 0;
        let mut next_wait = Duration::ZERO;
        loop {
            let forced = tokio::select! {
                biased;
                () = stop.notified() => return,
                () = wake.notified() => true,
                () = self.platform.sleep(next_wait) => false,
            };
            let pending = match self.outbox(|o| o.pending_count()).await {
                Ok(n) => n,
                Err(e) => {
                    self.status
                        .send_modify(|s| s.last_error = Some(DrainError::Outbox(e).plain()));
                    next_wait = config.poll_interval;
                    continue;
                }
            };
            self.status.send_modify(|s| s.pending = pending);
            // A retry after a failure counts as forced: the thresholds were already met.
            let due = pending >= config.min_pending.max(1)
                || (pending > 0 && self.since(last_upload) >= config.max_wait);
            let push = pending > 0 && (forced || failures > 0 || due);
            // Recordings, surveys and actions: on every push, on "Sync now", while retrying, and
            // at least every `media_interval` (the first run too, so right after enrolment).
            let exchange = push
                || forced
                || failures > 0
                || last_media.is_none_or(|t| self.since(t) >= config.media_interval);
            let media = self.outbox.keeps_recordings() && exchange;
            let downloads = self.outbox.keeps_downloads() && exchange;
            if !push && !media && !downloads {
                next_wait = config.poll_interval;
                continue;
            }
            self.status.send_modify(|s| s.syncing = true);
            let result = tokio::select! {
                biased;
                () = stop.notified() => return,
                r = async {
                    if push {
                        self.drain().await?;
                    }
                    if downloads {
                        // Never fails the run: the responses are what must get through.
                        self.fetch_actions().await;
                        self.download_surveys().await?;
                    }
                    if media {
                        self.exchange_recordings().await?;
                    }
                    Ok(())
                } => r,
            };
            if let Some(date) = self.client.take_server_date() {
                if let Err(e) = self.outbox(move |o| o.server_date(date)).await {
                    self.status
                        .send_modify(|s| s.last_error = Some(DrainError::Outbox(e).plain()));
                }
            }
            match result {
                Ok(()) => {
                    failures = 0;
                    if push {
                        last_upload = self.platform.monotonic_now();
                    }
                    if media || downloads {
                        last_media = Some(self.platform.monotonic_now());
                    }
                    next_wait = config.poll_interval;
                    let now = self.platform.wall_clock_now();
                    self.status.send_modify(|s| {
                        s.syncing = false;
                        s.last_success = Some(now);
                        s.last_error = None;
                    });
                }
                Err(e) => {
                    failures = failures.saturating_add(1);
                    let after = match &e {
                        DrainError::Push(p) => p.retry_after(),
                        DrainError::Outbox(_) => None,
                    };
                    let jitter: f64 = rand::rng().random();
                    next_wait = backoff::delay(
                        failures,
                        config.backoff_base,
                        config.backoff_max,
                        jitter,
                        after,
                    );
                    self.status.send_modify(|s| {
                        s.syncing = false;
                        s.last_error = Some(e.plain());
                    });
                }
            }
        }
    }

    /// Sends everything pending, batch by batch. Returns when the outbox is empty or on the
    /// first failure (the caller backs off).
    async fn drain(&self) -> Result<(), DrainError> {
        let mut batch_size = self
            .config
            .batch_size
            .clamp(1, heard_core::wire::MAX_BATCH_RESPONSES);
        let parallel = self.config.parallel_pushes.max(1);
        loop {
            let limit = batch_size.saturating_mul(parallel);
            let pending = self
                .outbox(move |o| o.pending(limit))
                .await
                .map_err(DrainError::Outbox)?;
            if pending.is_empty() {
                return Ok(());
            }
            // Up to `parallel` batches in flight, each its own task: the server validates one
            // while it stores another, and a multi-threaded runtime compresses them in parallel.
            let batches: Vec<Vec<(ResponseId, Vec<u8>)>> =
                pending.chunks(batch_size).map(<[_]>::to_vec).collect();
            let pushes: Vec<_> = batches
                .iter()
                .map(|batch| {
                    let (client, batch) = (self.client.clone(), batch.clone());
                    let (tx, rx) = oneshot::channel();
                    self.platform.spawn(Box::pin(async move {
                        let _ = tx.send(client.push(&batch).await);
                    }));
                    rx
                })
                .collect();
            let mut failure = None;
            for (batch, push) in batches.iter().zip(pushes) {
                let result = push
                    .await
                    .unwrap_or_else(|_| Err(PushError::BadReply("push task failed".into())));
                match result {
                    Ok(outcomes) => self.apply(batch, outcomes).await?,
                    Err(PushError::TooLarge) if batch_size > 1 => {
                        batch_size = batch_size.div_ceil(2);
                    }
                    Err(PushError::Conflict { reason }) if batch.len() == 1 => {
                        let id = batch[0].0;
                        self.outbox(move |o| o.set_aside(id, "response_conflict", &reason))
                            .await
                            .map_err(DrainError::Outbox)?;
                        self.status.send_modify(|s| s.set_aside += 1);
                    }
                    Err(e) => {
                        failure.get_or_insert(e);
                    }
                }
            }
            if let Some(e) = failure {
                return Err(DrainError::Push(e));
            }
            if let Ok(n) = self.outbox(|o| o.pending_count()).await {
                self.status.send_modify(|s| s.pending = n);
            }
        }
    }

    /// Recorded prompts both ways: uploads this tablet's pending recordings (marking each
    /// uploaded once the server holds it), then downloads the recordings in the facility's
    /// overlays that this tablet lacks, kept as already uploaded. Idempotent: a recording is
    /// identified by its hash.
    async fn exchange_recordings(&self) -> Result<(), DrainError> {
        let pending = self
            .outbox(|o| o.pending_recordings())
            .await
            .map_err(DrainError::Outbox)?;
        for recording in pending {
            match self.client.push_media(&recording).await {
                Ok(reply) => {
                    self.outbox(move |o| o.recording_uploaded(&reply.sha256))
                        .await
                        .map_err(DrainError::Outbox)?;
                    self.status.send_modify(|s| s.recordings_sent += 1);
                }
                // Refused for good (survey no longer assigned, unsupported file): it stays on
                // this tablet and plays here; the next run tries again.
                Err(
                    PushError::Refused { .. } | PushError::TooLarge | PushError::Conflict { .. },
                ) => {}
                Err(e) => return Err(DrainError::Push(e)),
            }
        }
        let bundles = self
            .client
            .fetch_surveys()
            .await
            .map_err(DrainError::Push)?;
        for bundle in bundles {
            let survey = bundle.survey.id;
            for item in bundle.media.items {
                if item.origin != MediaOrigin::Recorded
                    || item.kind != MediaKind::Audio
                    || item.language.is_none()
                {
                    continue;
                }
                let sha = item.sha256;
                let has = self
                    .outbox(move |o| o.has_recording(&sha))
                    .await
                    .map_err(DrainError::Outbox)?;
                if has {
                    continue;
                }
                let bytes = self.client.media(&sha).await.map_err(DrainError::Push)?;
                let survey = survey.clone();
                self.outbox(move |o| o.keep_downloaded_recording(&survey, &item, bytes))
                    .await
                    .map_err(DrainError::Outbox)?;
                self.status.send_modify(|s| s.recordings_received += 1);
            }
        }
        Ok(())
    }

    /// Fetches the facility's actions and replaces the kept set with them. A failure leaves the
    /// kept set as it was and is not an error of the run (the next run tries again).
    async fn fetch_actions(&self) {
        let Ok(list) = self.client.actions().await else {
            return;
        };
        let count = list.actions.len();
        if self.outbox(move |o| o.keep_actions(&list)).await.is_ok() {
            self.status.send_modify(|s| s.actions_kept = Some(count));
        }
    }

    /// Downloads the surveys assigned to the facility that this tablet does not hold in the
    /// listed edition (version and media hashes), each checked to be that edition, with the
    /// media files its manifest names that are not kept yet (by content hash; recordings by
    /// people come through `exchange_recordings`). A file the server does not have is skipped:
    /// the survey works without it.
    async fn download_surveys(&self) -> Result<(), DrainError> {
        let list = self.client.surveys().await.map_err(DrainError::Push)?;
        for entry in list.surveys {
            let id = entry.id.clone();
            let stored = self
                .outbox(move |o| o.stored_survey(&id))
                .await
                .map_err(DrainError::Outbox)?;
            if stored == Some((entry.version, entry.media)) {
                continue;
            }
            let bundle = self
                .client
                .survey(&entry.version)
                .await
                .map_err(DrainError::Push)?;
            if bundle.survey.id != entry.id || bundle.survey.version_hash() != entry.version {
                return Err(DrainError::Push(PushError::BadReply(format!(
                    "survey {} does not match its version",
                    entry.id
                ))));
            }
            for item in &bundle.media.items {
                if item.origin == MediaOrigin::Recorded {
                    continue;
                }
                let sha = item.sha256;
                let has = self
                    .outbox(move |o| o.has_media(&sha))
                    .await
                    .map_err(DrainError::Outbox)?;
                if has {
                    continue;
                }
                match self.client.media(&sha).await {
                    Ok(bytes) => {
                        let item = item.clone();
                        self.outbox(move |o| o.keep_media(&item, bytes))
                            .await
                            .map_err(DrainError::Outbox)?;
                    }
                    Err(PushError::Refused { .. }) => {}
                    Err(e) => return Err(DrainError::Push(e)),
                }
            }
            let media = entry.media;
            self.outbox(move |o| o.keep_survey(&bundle, &media))
                .await
                .map_err(DrainError::Outbox)?;
            self.status.send_modify(|s| s.surveys_received += 1);
        }
        Ok(())
    }

    /// Deletes what the server holds, sets aside what it refused for good.
    async fn apply(
        &self,
        batch: &[(ResponseId, Vec<u8>)],
        outcomes: Vec<Outcome>,
    ) -> Result<(), DrainError> {
        let mut stored = Vec::new();
        let mut refused = Vec::new();
        let (mut accepted, mut duplicates) = (0u64, 0u64);
        for ((id, _), outcome) in batch.iter().zip(outcomes) {
            match outcome {
                Outcome::Accepted => {
                    accepted += 1;
                    stored.push(*id);
                }
                Outcome::Duplicate => {
                    duplicates += 1;
                    stored.push(*id);
                }
                Outcome::Conflict { code, reason } | Outcome::Rejected { code, reason } => {
                    refused.push((*id, code, reason));
                }
            }
        }
        let set_aside = refused.len() as u64;
        self.outbox(move |o| {
            o.acknowledge(&stored)?;
            for (id, code, reason) in refused {
                o.set_aside(id, &code, &reason)?;
            }
            Ok(())
        })
        .await
        .map_err(DrainError::Outbox)?;
        self.status.send_modify(|s| {
            s.accepted += accepted;
            s.duplicates += duplicates;
            s.set_aside += set_aside;
        });
        Ok(())
    }
}
