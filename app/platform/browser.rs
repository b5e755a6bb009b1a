//! The web build: the browser's event loop runs every task (one thread), `setTimeout` the
//! timers, `fetch` the network (reqwest on wasm32).

use heard_sync_client::{BoxFuture, Platform};
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast as _;

/// TRUNCATE: SQLite's browser VFSes have no shared memory, so no WAL. A rollback journal that is
/// truncated to zero bytes at every commit leaves no old page (a deleted answer) behind in the
/// journal file, which a deleted-then-reused journal in the OPFS pool could.
pub const JOURNAL_MODE: &str = "truncate";

/// Fonts and audio are static files beside the page (`/app/fonts/…`): relative URLs.
pub const ASSET_ROOT: &str = "";

pub async fn sleep(duration: Duration) {
    let ms = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let global = js_sys::global();
        let set_timeout = js_sys::Reflect::get(&global, &"setTimeout".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match set_timeout {
            Some(f) => {
                let _ = f.call2(&global, &resolve, &ms.into());
            }
            // No timers at all: resolve at once rather than hang.
            None => {
                let _ = resolve.call0(&global);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The sync worker's tasks on the browser's event loop.
#[derive(Debug, Clone)]
struct BrowserPlatform {
    started: web_time::Instant,
}

impl Platform for BrowserPlatform {
    fn spawn(&self, task: BoxFuture<()>) {
        wasm_bindgen_futures::spawn_local(task);
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<()> {
        Box::pin(sleep(duration))
    }

    fn monotonic_now(&self) -> Duration {
        self.started.elapsed()
    }

    fn wall_clock_now(&self) -> std::time::SystemTime {
        super::wall_clock_now()
    }
}

pub type SyncExecutor = Arc<dyn Platform>;

pub fn sync_executor() -> std::io::Result<SyncExecutor> {
    Ok(Arc::new(BrowserPlatform {
        started: web_time::Instant::now(),
    }))
}

/// The page's own origin: the sync server serves the web app at `/app/`, on the API's origin.
pub fn proposed_server() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// What `navigator.storage.persist()` answered (`web/heard.js` keeps it in
/// `window.heardWeb.persisted`); `None` until it has answered.
pub fn storage_persisted() -> Option<bool> {
    let state = js_sys::Reflect::get(&js_sys::global(), &"heardWeb".into()).ok()?;
    js_sys::Reflect::get(&state, &"persisted".into())
        .ok()?
        .as_bool()
}

/// Set at start when this browser had kept a database for Heard and it is gone (evicted or
/// cleared): `localStorage` (not evicted with the rest under storage pressure) remembers that a
/// database with a staff PIN existed. See `web::note_storage`.
static STORAGE_LOST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn storage_lost() -> bool {
    STORAGE_LOST.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compares what the store holds with what this browser remembers, and remembers it.
pub fn note_storage(set_up: bool) {
    const KEY: &str = "heard-database";
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let had = storage.get_item(KEY).ok().flatten().is_some();
    if set_up {
        let _ = storage.set_item(KEY, "set-up");
    } else if had {
        STORAGE_LOST.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
