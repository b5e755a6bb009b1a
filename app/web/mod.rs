//! The web build's start (`wasm32-unknown-unknown`, feature `web`): the same `App` as the
//! desktop window and the `--serve` kiosk, rendered into the page by `dioxus-web`.
//!
//! The page (`web/index.html`) has already checked what the app cannot run without (a secure
//! context, the one-tab Web Lock) before this module starts; see `web/heard.js`.
//!
//! The same module also runs in the store worker (`web/store-worker.js`): there it owns the
//! durable database (`store_worker`); in the page the services use an in-memory copy whose
//! commits reach the worker through the store port (`store_port`).

mod bench;
mod store_port;
mod store_worker;

use crate::audio::AudioLibrary;
use crate::catalog::Catalog;
use crate::i18n::AppTexts;
use crate::resources::Resources;
use crate::services::Services;
use crate::store::Store;
use heard_core::ids::LangTag;
use std::sync::Arc;

/// The database's name (the file inside the browser's storage for this origin).
pub const DATABASE: &str = "heard.sqlite3";

/// The audio manifests shipped with the app (the audio files are static files beside the page).
static AUDIO_MANIFESTS: &[(&str, &[u8])] = &[
    (
        "be-fedasil-children.json",
        include_bytes!("../../assets/audio/manifests/be-fedasil-children.json"),
    ),
    (
        "be-fedasil.json",
        include_bytes!("../../assets/audio/manifests/be-fedasil.json"),
    ),
    (
        "cz-client-centre.json",
        include_bytes!("../../assets/audio/manifests/cz-client-centre.json"),
    ),
    (
        "fi-migri.json",
        include_bytes!("../../assets/audio/manifests/fi-migri.json"),
    ),
    (
        "fr-spplus.json",
        include_bytes!("../../assets/audio/manifests/fr-spplus.json"),
    ),
    (
        "it-smacc.json",
        include_bytes!("../../assets/audio/manifests/it-smacc.json"),
    ),
    (
        "lt-desk.json",
        include_bytes!("../../assets/audio/manifests/lt-desk.json"),
    ),
    (
        "lv-ocma.json",
        include_bytes!("../../assets/audio/manifests/lv-ocma.json"),
    ),
    (
        "nl-ind.json",
        include_bytes!("../../assets/audio/manifests/nl-ind.json"),
    ),
    (
        "pl-udsc.json",
        include_bytes!("../../assets/audio/manifests/pl-udsc.json"),
    ),
    (
        "se-sma.json",
        include_bytes!("../../assets/audio/manifests/se-sma.json"),
    ),
    (
        "ui.json",
        include_bytes!("../../assets/audio/manifests/ui.json"),
    ),
];

/// Starts the app in the page, or the store in the store worker (no `window` there).
pub fn launch() {
    dioxus::logger::initialize_default();
    if web_sys::window().is_none() {
        wasm_bindgen_futures::spawn_local(store_worker::run());
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        match services().await {
            Ok(services) => {
                // The page's "starting" line goes; the app renders into the same element.
                if let Some(main) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("main"))
                {
                    main.set_inner_html("");
                }
                let vdom =
                    dioxus::prelude::VirtualDom::new(crate::ui::App).with_root_context(services);
                dioxus::web::launch::launch_virtual_dom(vdom, dioxus::web::Config::new());
            }
            Err(e) => {
                tracing::error!("{e}");
                show_failure(&e);
            }
        }
    });
}

async fn services() -> Result<Services, String> {
    let opening =
        store_port::start().map_err(|e| format!("opening the database {DATABASE}: {e}"))?;
    // While the store worker opens the database: the texts, surveys and audio manifests.
    let resources = Resources::embedded();
    let catalog = Catalog::from_resources(&resources);
    let english = crate::i18n::english().map_err(|e| format!("the app's texts: {e}"))?;
    let texts = AppTexts::from_resources(&resources, english)
        .map_err(|e| format!("the app's texts: {e}"))?;
    let audio = AudioLibrary::from_manifests(AUDIO_MANIFESTS.iter().copied());
    for problem in audio.problems() {
        tracing::warn!("audio manifest not loaded: {problem}");
    }
    let opened = opening
        .await
        .map_err(|e| format!("opening the database {DATABASE}: {e}"))?;
    if opened.recovered > 0 {
        tracing::warn!(
            "{} response(s) interrupted were kept as abandoned",
            opened.recovered
        );
    }
    let store = Store::replica(
        &opened.snapshot,
        opened.recovered,
        Box::new(store_port::send),
    )
    .map_err(|e| format!("loading the database {DATABASE}: {e}"))?;
    let language = device_language();
    let mut services = Services::new(store, catalog, texts, language)
        .with_audio(audio)
        .with_port(Arc::new(store_port::WorkerPort));
    // A tablet that was set up and now has a fresh database lost it to the browser: setup says so.
    crate::platform::note_storage(!services.needs_setup().unwrap_or(true));
    match crate::services::SyncRuntime::start(crate::services::default_sync_config()) {
        Ok(runtime) => services = services.with_sync(runtime),
        Err(e) => tracing::error!("sync not started: {e}"),
    }
    Ok(services)
}

/// The browser's language when the app has it (`Services::new` falls back otherwise).
fn device_language() -> LangTag {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| LangTag::new(tag.split('-').next().unwrap_or("en")).ok())
        .unwrap_or_else(|| LangTag::new("en").expect("en is a language tag"))
}

/// Puts a plain message in the page when the app cannot start.
fn show_failure(message: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(element) = element {
        element.set_text_content(Some(&format!("Heard could not start: {message}")));
    }
}
