//! `scripts/bench-web`, inside the store worker: an answer's durable commit (the batch a saved
//! answer publishes, applied to the store as one transaction) against a plain SQLite insert and
//! commit through the same VFS, with the same pragmas, alternately. The page asks over the
//! `heard-bench` BroadcastChannel (`{rounds}`) and gets `{answer_ms, plain_ms}` back. The bench's
//! response is discarded from the store afterwards, and its scratch rows deleted.

use crate::catalog::Catalog;
use crate::i18n::AppTexts;
use crate::platform::Instant;
use crate::services::Services;
use crate::store::Store;
use heard_core::flow::Screen;
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::response::{AdministrationMode, Answer};
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};

const SCRATCH: &str = "bench.sqlite3";

/// Listens for bench requests for as long as the worker lives.
pub fn listen(store: Rc<RefCell<Store>>) {
    let Ok(channel) = BroadcastChannel::new("heard-bench") else {
        return;
    };
    let reply = channel.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let rounds = Reflect::get(&event.data(), &"rounds".into())
            .ok()
            .and_then(|r| r.as_f64())
            .unwrap_or(50.0) as usize;
        let answer = Object::new();
        match run(&store, rounds) {
            Ok((answer_ms, plain_ms)) => {
                let _ = Reflect::set(&answer, &"answer_ms".into(), &to_array(&answer_ms));
                let _ = Reflect::set(&answer, &"plain_ms".into(), &to_array(&plain_ms));
            }
            Err(e) => {
                let _ = Reflect::set(&answer, &"error".into(), &e.into());
            }
        }
        let _ = reply.post_message(&answer);
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The channel must outlive this function.
    std::mem::forget(channel);
}

fn to_array(values: &[f64]) -> JsValue {
    values
        .iter()
        .map(|v| JsValue::from_f64(*v))
        .collect::<Array>()
        .into()
}

fn run(store: &Rc<RefCell<Store>>, rounds: usize) -> Result<(Vec<f64>, Vec<f64>), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    // A page copy in the worker, as in the page: its saved answers become batches.
    let snapshot = store.borrow_mut().snapshot().map_err(|e| err(&e))?;
    let batches: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
    let sink = Arc::clone(&batches);
    let copy = Store::replica(
        &snapshot,
        0,
        Box::new(move |b| {
            if let Ok(mut list) = sink.lock() {
                list.push(b);
            }
        }),
    )
    .map_err(|e| err(&e))?;
    let en = LangTag::new("en").map_err(|e| err(&e))?;
    let texts = AppTexts::embedded().map_err(|e| err(&e))?;
    let services = Services::new(copy, Catalog::embedded(), texts, en.clone());
    let mut session = services
        .new_session(AdministrationMode::SelfCompleted)
        .map_err(|e| err(&e))?;
    // To the first question, whatever screens come first (the language grid opens the flow).
    for _ in 0..8 {
        match session.screen() {
            Screen::Question(_) => break,
            Screen::Language => {
                session.choose_language(en.clone()).map_err(|e| err(&e))?;
                if matches!(session.screen(), Screen::Language) {
                    session.proceed().map_err(|e| err(&e))?;
                }
            }
            _ => session.proceed().map_err(|e| err(&e))?,
        }
    }
    let take = || -> Vec<Vec<u8>> {
        batches
            .lock()
            .map(|mut b| b.drain(..).collect())
            .unwrap_or_default()
    };
    take();

    let scratch = rusqlite::Connection::open(SCRATCH).map_err(|e| err(&e))?;
    scratch
        .execute_batch(
            "PRAGMA journal_mode=truncate; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;
             CREATE TABLE IF NOT EXISTS t (id BLOB PRIMARY KEY, v BLOB) WITHOUT ROWID;",
        )
        .map_err(|e| err(&e))?;

    let (yes, no) = (
        ChoiceId::new("yes").map_err(|e| err(&e))?,
        ChoiceId::new("no").map_err(|e| err(&e))?,
    );
    let mut answer_ms = Vec::with_capacity(rounds);
    let mut plain_ms = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let choice = if round % 2 == 0 { &yes } else { &no };
        session
            .answer(Answer::Choice(choice.clone()))
            .map_err(|e| err(&e))?;
        services.save_progress(&session).map_err(|e| err(&e))?;
        let batch = take().concat();
        let started = Instant::now();
        store
            .borrow_mut()
            .apply_changes(&batch)
            .map_err(|e| err(&e))?;
        answer_ms.push(started.elapsed().as_secs_f64() * 1000.0);

        let mut id = [0u8; 16];
        getrandom::getrandom(&mut id).map_err(|e| err(&e))?;
        let started = Instant::now();
        scratch
            .execute(
                "INSERT INTO t (id, v) VALUES (?1, ?2)",
                (&id[..], &[7u8; 64][..]),
            )
            .map_err(|e| err(&e))?;
        plain_ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    // Leave nothing of the bench behind: its response discarded, its scratch rows deleted.
    services
        .discard(&session.context().id)
        .map_err(|e| err(&e))?;
    store
        .borrow_mut()
        .apply_changes(&take().concat())
        .map_err(|e| err(&e))?;
    scratch
        .execute_batch("DELETE FROM t;")
        .map_err(|e| err(&e))?;
    Ok((answer_ms, plain_ms))
}
