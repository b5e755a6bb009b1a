//! `heard`: the resident app. Without arguments it opens the desktop window; `--serve ADDR`
//! runs the browser kiosk instead (the same UI over a websocket), on a loopback address only
//! unless `--allow-remote` is given (`kiosk_access`: anyone reaching it stands at the kiosk).
//!
//! Options (clap; `--help` lists them): `--db PATH` (or `HEARD_DB`) chooses the database;
//! `--lang TAG` (or `HEARD_LANG`) the device language shown before a resident chooses and used by
//! the staff panel; `--locales DIR` (or `HEARD_LOCALES`) a locales folder that adds languages at
//! run time; `--surveys DIR` (or `HEARD_SURVEYS`) a folder whose `<id>.toml` files add surveys
//! (their texts from the locales, embedded or `--locales`; a bad file stops the app, named).
//! `RUST_LOG` filters the log on stderr (default: info).

use anyhow::Context as _;
use clap::Parser;
use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::resources::Resources;
use heard::services::Services;
use heard::store::Store;
use heard_core::ids::LangTag;
use std::path::PathBuf;

/// Heard: the resident's tablet app.
#[derive(Debug, Parser)]
#[command(name = "heard", version)]
struct Options {
    /// The database (default: the app-data folder).
    #[arg(long, env = "HEARD_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// Run the browser kiosk on this address instead of the desktop window (loopback only,
    /// unless --allow-remote).
    #[arg(long, value_name = "ADDR:PORT")]
    serve: Option<String>,
    /// Let --serve listen on an address other machines can reach (a kiosk browser on another
    /// machine, on a network residents cannot join).
    #[arg(long, requires = "serve")]
    allow_remote: bool,
    /// The device language, shown before a resident chooses and used by the staff panel.
    #[arg(long, env = "HEARD_LANG", value_name = "TAG", default_value = "en")]
    lang: LangTag,
    /// A locales folder that adds languages at run time.
    #[arg(long, env = "HEARD_LOCALES", value_name = "DIR")]
    locales: Option<PathBuf>,
    /// A folder of extra surveys (`<id>.toml`, texts in the locales), beside the built-in ones.
    #[arg(long, env = "HEARD_SURVEYS", value_name = "DIR")]
    surveys: Option<PathBuf>,
}

fn default_db() -> anyhow::Result<PathBuf> {
    // Android apps have no home directory: use the app's private storage (package id from
    // Dioxus.toml's bundle identifier).
    if cfg!(target_os = "android") {
        return Ok(PathBuf::from(
            "/data/data/org.heard.tablet/files/heard.sqlite3",
        ));
    }
    let dirs = directories::ProjectDirs::from("org", "Heard", "heard")
        .context("no home or app-data directory; pass --db PATH or set HEARD_DB")?;
    Ok(dirs.data_dir().join("heard.sqlite3"))
}

/// Logs go to stderr; `RUST_LOG` filters them (default: info).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

fn main() -> std::process::ExitCode {
    init_logging();
    // Errors are for people setting up a tablet: the message and its causes, no backtrace.
    match run(Options::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(options: Options) -> anyhow::Result<()> {
    let db = match options.db {
        Some(db) => db,
        None => default_db()?,
    };
    let store =
        Store::open(&db).with_context(|| format!("opening the database {}", db.display()))?;
    if store.recovered_at_open() > 0 {
        tracing::warn!(
            "{} response(s) interrupted by a crash were kept as abandoned",
            store.recovered_at_open()
        );
    }
    let mut resources = match &options.locales {
        Some(dir) => Resources::embedded().with_locales_dir(dir)?,
        None => Resources::embedded(),
    };
    if let Some(dir) = &options.surveys {
        // Checked once the locales are in: a survey named on the command line must load.
        resources = resources.with_surveys_dir(dir)?;
        resources.check_surveys_dir()?;
        for (id, file) in resources.surveys_from_dir() {
            tracing::info!("survey `{id}` from {}", file.display());
        }
    }
    let catalog = Catalog::from_resources(&resources);
    let texts =
        AppTexts::from_resources(&resources, heard::i18n::english()?).context("the app's texts")?;
    for problem in texts.problems() {
        tracing::warn!("app texts: {problem}");
    }
    let audio = heard::audio::AudioLibrary::load(&heard::audio::AudioLibrary::default_assets_dir());
    for problem in audio.problems() {
        tracing::warn!("audio manifest not loaded: {problem}");
    }
    // The built-in surveys plus those downloaded earlier and kept in the store.
    let mut services = Services::new(store, catalog, texts, options.lang).with_audio(audio);
    for problem in services.catalog().problems() {
        tracing::error!("survey not loaded: {problem}");
    }
    for (id, why) in services.catalog().download_problems() {
        tracing::warn!("downloaded survey `{id}` not loaded: {why}");
    }
    // Sync runs on its own thread and runtime: the window and the kiosk never wait on it.
    match heard::services::SyncRuntime::start(heard::services::default_sync_config()) {
        Ok(runtime) => services = services.with_sync(runtime),
        Err(e) => tracing::error!("sync not started: {e}"),
    }
    tracing::info!("database {}", db.display());
    match options.serve {
        Some(addr) => serve(&addr, options.allow_remote, services),
        None => desktop(services),
    }
}

#[cfg(feature = "liveview")]
fn serve(addr: &str, allow_remote: bool, services: Services) -> anyhow::Result<()> {
    let addr: std::net::SocketAddr = addr
        .parse()
        .with_context(|| format!("`{addr}` is not an address like 127.0.0.1:8080"))?;
    heard::kiosk_access::check_listen(addr, allow_remote)?;
    heard::server::serve(addr, services)
}

#[cfg(not(feature = "liveview"))]
fn serve(_addr: &str, _allow_remote: bool, _services: Services) -> anyhow::Result<()> {
    anyhow::bail!("this build has no browser kiosk; build with --features liveview")
}

// The webview platform: `dioxus::desktop` on desktops, the same crate as `dioxus::mobile` in
// Android/iOS builds (`--no-default-features --features mobile`).
#[cfg(feature = "desktop")]
use dioxus::desktop as webview;
#[cfg(all(feature = "mobile", not(feature = "desktop")))]
use dioxus::mobile as webview;

#[cfg(any(feature = "desktop", feature = "mobile"))]
fn desktop(services: Services) -> anyhow::Result<()> {
    use webview::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("Heard")
        .with_inner_size(LogicalSize::new(1024.0, 700.0));
    dioxus::LaunchBuilder::new()
        .with_cfg(
            Config::new()
                .with_window(window)
                .with_menu(None)
                .with_disable_context_menu(true)
                .with_background_color((250, 248, 243, 255)),
        )
        .with_context(services)
        .launch(DesktopRoot);
    Ok(())
}

/// The shared `App`, plus what only the webview needs: the bundled fonts at `/fonts/…`.
#[cfg(any(feature = "desktop", feature = "mobile"))]
#[allow(non_snake_case)]
fn DesktopRoot() -> dioxus::prelude::Element {
    use dioxus::prelude::*;
    use webview::wry::http::Response;
    let services = use_context::<Services>();
    let recorded = services.clone();
    webview::use_asset_handler("recorded", move |request, responder| {
        let response = match recorded.recorded_for_path(request.uri().path()) {
            Some((mime, bytes)) => Response::builder().header("Content-Type", mime).body(bytes),
            None => Response::builder().status(404).body(Vec::new()),
        };
        match response {
            Ok(r) => responder.respond(r),
            Err(e) => tracing::warn!("recording response: {e}"),
        }
    });
    webview::use_asset_handler("audio", move |request, responder| {
        let response = match services.audio().file_for_path(request.uri().path()) {
            Some(bytes) => Response::builder()
                .header("Content-Type", "audio/ogg")
                .body(bytes),
            None => Response::builder().status(404).body(Vec::new()),
        };
        match response {
            Ok(r) => responder.respond(r),
            Err(e) => tracing::warn!("audio response: {e}"),
        }
    });
    webview::use_asset_handler("fonts", |request, responder| {
        let response = match heard::fonts::font_for_path(request.uri().path()) {
            Some(bytes) => Response::builder()
                .header("Content-Type", "font/woff2")
                .body(bytes.to_vec()),
            None => Response::builder().status(404).body(Vec::new()),
        };
        match response {
            Ok(r) => responder.respond(r),
            Err(e) => tracing::warn!("font response: {e}"),
        }
    });
    rsx! { heard::ui::App {} }
}

#[cfg(not(any(feature = "desktop", feature = "mobile")))]
fn desktop(_services: Services) -> anyhow::Result<()> {
    anyhow::bail!("this build has no desktop window; run with --serve ADDR:PORT")
}
