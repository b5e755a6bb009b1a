//! The store worker (the same wasm module, started by `web/store-worker.js` in a dedicated
//! worker): it owns the durable database. OPFS through `sqlite-wasm-vfs`' sahpool VFS runs
//! only in a dedicated worker, with one connection. At start it opens the store (schema
//! migrations, interrupted responses kept as abandoned, as on the desktop) and sends the page
//! a snapshot; then it applies each changeset the page's copy publishes as one synced
//! transaction and acknowledges it by number.
//!
//! Messages, page → worker: `{kind: "apply", seq, changes: Uint8Array}`.
//! Worker → page: `{kind: "ready", snapshot, recovered}`, `{kind: "applied", seq}`,
//! `{kind: "failed", seq?, error}`.

use crate::store::Store;
use js_sys::{Object, Reflect, Uint8Array};
use sqlite_wasm_vfs::sahpool::{install, OpfsSAHPoolCfg};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Runs in the worker until it is terminated with the page.
pub async fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let store = match open().await {
        Ok(store) => store,
        Err(e) => {
            post(
                &scope,
                &message("failed", &[("error", JsValue::from_str(&e))]),
            );
            return;
        }
    };
    let store = Rc::new(RefCell::new(store));
    let ready = {
        let mut store = store.borrow_mut();
        let recovered = store.recovered_at_open();
        store.snapshot().map(|s| (s, recovered))
    };
    let (snapshot, recovered) = match ready {
        Ok(ready) => ready,
        Err(e) => {
            post(
                &scope,
                &message("failed", &[("error", e.to_string().into())]),
            );
            return;
        }
    };
    let on_message = {
        let scope = scope.clone();
        let store = Rc::clone(&store);
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            handle(&scope, &store, &event.data());
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    super::bench::listen(Rc::clone(&store));
    // The handler lives as long as the worker.
    on_message.forget();
    post(
        &scope,
        &message(
            "ready",
            &[
                ("snapshot", Uint8Array::from(snapshot.as_slice()).into()),
                ("recovered", JsValue::from_f64(recovered as f64)),
            ],
        ),
    );
}

/// Installs the OPFS VFS as SQLite's default and opens the store through it.
async fn open() -> Result<Store, String> {
    install::<sqlite_wasm_rs::WasmOsCallback>(&OpfsSAHPoolCfg::default(), true)
        .await
        .map_err(|e| format!("the browser's private storage (OPFS) is unavailable: {e}"))?;
    Store::open(Path::new(super::DATABASE)).map_err(|e| e.to_string())
}

fn handle(scope: &DedicatedWorkerGlobalScope, store: &Rc<RefCell<Store>>, data: &JsValue) {
    let kind = field(data, "kind").as_string().unwrap_or_default();
    let seq = field(data, "seq");
    match kind.as_str() {
        "apply" => {
            let changes = Uint8Array::new(&field(data, "changes")).to_vec();
            let applied = store.borrow_mut().apply_changes(&changes);
            match applied {
                Ok(()) => post(scope, &message("applied", &[("seq", seq)])),
                Err(e) => post(
                    scope,
                    &message("failed", &[("seq", seq), ("error", e.to_string().into())]),
                ),
            }
        }
        other => post(
            scope,
            &message(
                "failed",
                &[("error", format!("unknown message {other:?}").into())],
            ),
        ),
    }
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"kind".into(), &kind.into());
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &JsValue) {
    if let Err(e) = scope.post_message(message) {
        tracing::error!("the store worker could not answer the page: {e:?}");
    }
}
