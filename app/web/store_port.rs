//! The page's end of the store port: starts the store worker, receives its snapshot, posts
//! each changeset the page's copy publishes, and resolves [`StorePort::durable`] when the
//! worker has acknowledged every changeset sent so far. The page's thread is the only one
//! (wasm32-unknown-unknown), so the worker handle is thread-local; the counters are behind a
//! mutex only because the port must be `Send + Sync` like the desktop's.

use crate::services::{Durable, StorePort};
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::sync::Mutex;
use tokio::sync::oneshot;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

#[derive(Default)]
struct State {
    sent: u64,
    acknowledged: u64,
    /// Once the worker fails, nothing more is durable: every wait reports it.
    failed: Option<String>,
    waiting: Vec<(u64, oneshot::Sender<Result<(), String>>)>,
}

static STATE: Mutex<State> = Mutex::new(State {
    sent: 0,
    acknowledged: 0,
    failed: None,
    waiting: Vec::new(),
});

fn with_state<T>(f: impl FnOnce(&mut State) -> T) -> T {
    let mut state = match STATE.lock() {
        Ok(state) => state,
        Err(poisoned) => poisoned.into_inner(),
    };
    f(&mut state)
}

/// What the worker found when it opened the durable store.
pub struct Opened {
    pub snapshot: Vec<u8>,
    pub recovered: usize,
}

/// Starts the store worker now; the returned future resolves with its snapshot of the durable
/// database. The worker opens the database on its own thread while the page does other work
/// (parsing texts and surveys), so a start pays for the slower of the two, not both.
pub fn start() -> Result<impl std::future::Future<Output = Result<Opened, String>>, String> {
    let worker = started_worker()?;
    let (send, receive) = oneshot::channel::<Result<Opened, String>>();
    let first = RefCell::new(Some(send));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        match kind(&data).as_str() {
            "ready" => {
                if let Some(send) = first.borrow_mut().take() {
                    let snapshot = Uint8Array::new(&field(&data, "snapshot")).to_vec();
                    let recovered = field(&data, "recovered").as_f64().unwrap_or(0.0) as usize;
                    let _ = send.send(Ok(Opened {
                        snapshot,
                        recovered,
                    }));
                }
            }
            "applied" => {
                let seq = field(&data, "seq").as_f64().unwrap_or(0.0) as u64;
                acknowledged(seq);
            }
            "failed" => {
                let error = field(&data, "error")
                    .as_string()
                    .unwrap_or_else(|| "the store worker failed".into());
                if let Some(send) = first.borrow_mut().take() {
                    let _ = send.send(Err(error.clone()));
                }
                fail(error);
            }
            _ => {}
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let text = field(&event, "message")
            .as_string()
            .unwrap_or_else(|| "the store worker stopped".into());
        fail(text);
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    // The page's compiled module (web/heard.js), so the worker does not compile it again; when
    // it is missing the worker compiles its own.
    let module = js_sys::Reflect::get(&js_sys::global(), &"heardWeb".into())
        .and_then(|state| js_sys::Reflect::get(&state, &"module".into()))
        .unwrap_or(JsValue::UNDEFINED);
    let hello = Object::new();
    let _ = Reflect::set(&hello, &"kind".into(), &"module".into());
    let _ = Reflect::set(&hello, &"module".into(), &module);
    worker
        .post_message(&hello)
        .map_err(|e| format!("the store worker did not get the app: {e:?}"))?;
    WORKER.with(|w| *w.borrow_mut() = Some(worker));
    Ok(async move {
        receive
            .await
            .map_err(|_| "the store worker went away".to_owned())?
    })
}

/// The worker web/heard.js started before compiling the app (its scripts load meanwhile; it
/// does nothing until it gets the module), or a new one when the page did not start one.
fn started_worker() -> Result<Worker, String> {
    let early = Reflect::get(&js_sys::global(), &"heardWeb".into())
        .and_then(|state| Reflect::get(&state, &"worker".into()))
        .ok()
        .and_then(|worker| worker.dyn_into::<Worker>().ok());
    if let Some(worker) = early {
        return Ok(worker);
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    Worker::new_with_options("store-worker.js", &options)
        .map_err(|e| format!("the store worker did not start: {e:?}"))
}

/// The sink of the page's store copy: one changeset, posted with the next number.
pub fn send(changes: Vec<u8>) {
    let seq = with_state(|s| {
        s.sent += 1;
        s.sent
    });
    let message = Object::new();
    let _ = Reflect::set(&message, &"kind".into(), &"apply".into());
    let _ = Reflect::set(&message, &"seq".into(), &JsValue::from_f64(seq as f64));
    let _ = Reflect::set(
        &message,
        &"changes".into(),
        &Uint8Array::from(changes.as_slice()).into(),
    );
    let posted = WORKER.with(|w| match w.borrow().as_ref() {
        Some(worker) => worker.post_message(&message).map_err(|e| format!("{e:?}")),
        None => Err("the store worker is not running".into()),
    });
    if let Err(e) = posted {
        fail(e);
    }
}

fn acknowledged(seq: u64) {
    let ready = with_state(|s| {
        s.acknowledged = s.acknowledged.max(seq);
        let (done, still): (Vec<_>, Vec<_>) =
            s.waiting.drain(..).partition(|(upto, _)| *upto <= seq);
        s.waiting = still;
        done
    });
    for (_, send) in ready {
        let _ = send.send(Ok(()));
    }
}

fn fail(error: String) {
    tracing::error!("store worker: {error}");
    let waiting = with_state(|s| {
        s.failed.get_or_insert(error.clone());
        std::mem::take(&mut s.waiting)
    });
    for (_, send) in waiting {
        let _ = send.send(Err(error.clone()));
    }
}

/// The web build's port (see the module comment).
pub struct WorkerPort;

impl StorePort for WorkerPort {
    fn durable(&self) -> Option<Durable> {
        let wait = with_state(|s| {
            if let Some(error) = &s.failed {
                return Some(Err(error.clone()));
            }
            if s.acknowledged >= s.sent {
                return None;
            }
            let (send, receive) = oneshot::channel();
            s.waiting.push((s.sent, send));
            Some(Ok(receive))
        })?;
        Some(match wait {
            Err(error) => Box::pin(async move { Err(error) }),
            Ok(receive) => Box::pin(async move {
                receive
                    .await
                    .unwrap_or_else(|_| Err("the store worker went away".into()))
            }),
        })
    }
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn kind(data: &JsValue) -> String {
    field(data, "kind").as_string().unwrap_or_default()
}
