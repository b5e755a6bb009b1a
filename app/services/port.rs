//! The async store port: where a committed change becomes durable. Natively the store writes
//! the file itself, so a commit is durable when the call returns ([`Direct`]). In the web build
//! the durable database lives in a dedicated worker (the only place the OPFS VFS runs): the
//! page's in-memory copy hands each commit on as a changeset, and [`StorePort::durable`]
//! resolves when the worker has committed all of them (`web::store_port`).

use crate::store::Store;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Mutex, MutexGuard};

/// Resolves when everything committed before it was asked for is durable; `Err` says why not.
pub type Durable = Pin<Box<dyn Future<Output = Result<(), String>>>>;

pub trait StorePort: Send + Sync {
    /// `None`: already durable. `Some`: await it before showing anything as saved.
    fn durable(&self) -> Option<Durable>;
}

/// The desktop window and the `--serve` kiosk: the store's own commit is durable.
pub struct Direct;

impl StorePort for Direct {
    fn durable(&self) -> Option<Durable> {
        None
    }
}

/// The store, locked; when released, what was committed through it is handed on to the
/// durable store (a no-op natively, see `Store::publish_changes`).
pub struct StoreGuard<'a>(MutexGuard<'a, Store>);

impl<'a> StoreGuard<'a> {
    /// `None` when the mutex was poisoned by an earlier panic.
    pub fn lock(store: &'a Mutex<Store>) -> Option<Self> {
        store.lock().ok().map(Self)
    }
}

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.0
    }
}

impl Drop for StoreGuard<'_> {
    fn drop(&mut self) {
        if let Err(e) = self.0.publish_changes() {
            // The port reports the failure to whoever awaits durability next.
            tracing::error!("a committed change was not handed on: {e}");
        }
    }
}
