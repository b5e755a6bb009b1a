//! Services: the only way views reach IO. Components get a `Services` from context and call
//! these small, synchronous methods; each store write has committed when the call returns.

mod actions;
mod media;
mod pin;
mod port;
mod responses;
mod staff;
mod sync;

pub use actions::{ShownAction, MAX_SHOWN_ACTIONS};
pub use media::{
    RecordingRefused, RecordingSlot, SurveyCoverage, LANGUAGE_NAME_PROMPT, MAX_RECORDING_BYTES,
};
pub use pin::{hash_pin, verify_pin, PinChange, PinCheck, PinSetup, PIN_ITERATIONS};
pub use port::{Direct, Durable, StoreGuard, StorePort};
pub use staff::{Counts, DeviceSettings, SettingsError};
pub use sync::{default_sync_config, SetAsideGroup, StoreOutbox, SyncEnrolment, SyncRuntime};
// What the staff panel shows of sync, so views need not know the client crate.
pub use heard_sync_client::{EnrolError, SyncStatus};

use crate::audio::AudioLibrary;
use crate::catalog::Catalog;
use crate::i18n::AppTexts;
use crate::store::{Store, StoreError};
use heard_core::ids::LangTag;
use std::sync::{Arc, Mutex, RwLock};

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the store is unavailable after an earlier failure")]
    Poisoned,
    #[error("no survey is available on this device")]
    NoSurvey,
    #[error(transparent)]
    Flow(#[from] heard_core::flow::FlowError),
    #[error("no random numbers available: {0}")]
    Random(String),
}

/// Everything the UI needs from the outside world. Cheap to clone; shared across windows and
/// browser sessions (one store connection behind a mutex: writes are short).
#[derive(Clone)]
pub struct Services {
    store: Arc<Mutex<Store>>,
    /// Built-in surveys plus those downloaded from the sync server; replaced (not mutated)
    /// when the sync worker stores a newly downloaded survey.
    catalog: Arc<RwLock<Arc<Catalog>>>,
    texts: Arc<AppTexts>,
    audio: Arc<AudioLibrary>,
    /// The language shown before a resident chooses, and the staff panel's language.
    device_language: LangTag,
    /// The sync worker's runtime, when sync is started (`with_sync`).
    sync: Option<Arc<SyncRuntime>>,
    /// The tablet's clock (Unix seconds): the system clock, or a fake one in tests.
    clock: Clock,
    /// Where a commit becomes durable: here at once (desktop, kiosk), or in the web build's
    /// store worker, which the controller awaits before it shows the next screen.
    port: Arc<dyn StorePort>,
}

/// A clock in Unix seconds.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

impl Services {
    /// The catalog given is completed with the surveys downloaded earlier and kept in `store`
    /// (a stored bundle that cannot be used is named in `Catalog::download_problems`).
    pub fn new(
        store: Store,
        mut catalog: Catalog,
        texts: AppTexts,
        device_language: LangTag,
    ) -> Self {
        add_downloaded_surveys(&mut catalog, &store);
        let device_language = if texts.has_language(&device_language) {
            device_language
        } else {
            texts.fallback().clone()
        };
        Self {
            store: Arc::new(Mutex::new(store)),
            catalog: Arc::new(RwLock::new(Arc::new(catalog))),
            texts: Arc::new(texts),
            audio: Arc::new(AudioLibrary::default()),
            device_language,
            sync: None,
            clock: Arc::new(crate::clock::unix_seconds),
            port: Arc::new(Direct),
        }
    }

    /// Sets the store port (the web build: its store worker).
    pub fn with_port(mut self, port: Arc<dyn StorePort>) -> Self {
        self.port = port;
        self
    }

    /// Every change committed so far, made durable: `None` when it already is (native
    /// targets), else a future that resolves when the store worker has committed it.
    pub fn durable(&self) -> Option<Durable> {
        self.port.durable()
    }

    /// Replaces the tablet's clock (tests: a clock that is wrong on purpose). Call before
    /// `with_sync`, so the sync worker's outbox reads the same clock.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The tablet's clock now, in Unix seconds.
    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// Adds spoken prompts (without them the app works silently).
    pub fn with_audio(mut self, audio: AudioLibrary) -> Self {
        self.audio = Arc::new(audio);
        self
    }

    pub fn audio(&self) -> &AudioLibrary {
        &self.audio
    }

    /// The surveys this device can run now (a snapshot: a sync may add one later).
    pub fn catalog(&self) -> Arc<Catalog> {
        match self.catalog.read() {
            Ok(c) => Arc::clone(&c),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn texts(&self) -> &Arc<AppTexts> {
        &self.texts
    }

    pub fn device_language(&self) -> &LangTag {
        &self.device_language
    }

    fn store(&self) -> Result<StoreGuard<'_>, ServiceError> {
        StoreGuard::lock(&self.store).ok_or(ServiceError::Poisoned)
    }

    /// Runs `f` with the store (for the sync client and tests).
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, ServiceError> {
        let mut store = self.store()?;
        Ok(f(&mut store)?)
    }
}

/// Adds every downloaded survey kept in the store to `catalog`.
pub(crate) fn add_downloaded_surveys(catalog: &mut Catalog, store: &Store) {
    match store.downloaded_surveys() {
        Ok(rows) => {
            for row in rows {
                catalog.add_downloaded(&row.id, &row.version, row.bundle);
            }
        }
        Err(e) => catalog.add_downloaded("?", "", Err(format!("the store could not be read: {e}"))),
    }
}

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], ServiceError> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|e| ServiceError::Random(e.to_string()))?;
    Ok(bytes)
}
