//! `heard`: the resident app. Without arguments it opens the desktop window; `--serve ADDR`
//! runs the browser kiosk instead (the same UI over a websocket).
//!
//! Options: `--db PATH` (or `HEARD_DB`) chooses the database; `--lang TAG` (or `HEARD_LANG`)
//! the device language shown before a resident chooses and used by the staff panel;
//! `--locales DIR` (or `HEARD_LOCALES`) a locales folder that adds languages at run time.

use anyhow::{bail, Context as _};
use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::resources::Resources;
use heard::services::Services;
use heard::store::Store;
use heard_core::ids::LangTag;
use std::path::PathBuf;

struct Options {
    db: PathBuf,
    serve: Option<String>,
    lang: LangTag,
    locales: Option<PathBuf>,
}

const USAGE: &str = "usage: heard [--db PATH] [--lang TAG] [--locales DIR] [--serve ADDR:PORT]";

fn default_db() -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os("HEARD_DB") {
        return Ok(PathBuf::from(path));
    }
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

fn parse_args() -> anyhow::Result<Options> {
    let mut db = None;
    let mut serve = None;
    let mut lang = std::env::var("HEARD_LANG").ok();
    let mut locales = std::env::var_os("HEARD_LOCALES").map(PathBuf::from);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .with_context(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--db" => db = Some(PathBuf::from(value("--db")?)),
            "--serve" => serve = Some(value("--serve")?),
            "--lang" => lang = Some(value("--lang")?),
            "--locales" => locales = Some(PathBuf::from(value("--locales")?)),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    let lang =
        LangTag::new(lang.unwrap_or_else(|| "en".to_owned())).context("--lang / HEARD_LANG")?;
    Ok(Options {
        db: match db {
            Some(p) => p,
            None => default_db()?,
        },
        serve,
        lang,
        locales,
    })
}

fn main() -> std::process::ExitCode {
    // Errors are for people setting up a tablet: the message and its causes, no backtrace.
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("heard: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let options = parse_args()?;
    let store = Store::open(&options.db)
        .with_context(|| format!("opening the database {}", options.db.display()))?;
    if store.recovered_at_open() > 0 {
        eprintln!(
            "heard: {} response(s) interrupted by a crash were kept as abandoned",
            store.recovered_at_open()
        );
    }
    let resources = match &options.locales {
        Some(dir) => Resources::embedded().with_locales_dir(dir)?,
        None => Resources::embedded(),
    };
    let catalog = Catalog::from_resources(&resources);
    let texts =
        AppTexts::from_resources(&resources, heard::i18n::english()?).context("the app's texts")?;
    for problem in texts.problems() {
        eprintln!("heard: app texts: {problem}");
    }
    let audio = heard::audio::AudioLibrary::load(&heard::audio::AudioLibrary::default_assets_dir());
    for problem in audio.problems() {
        eprintln!("heard: audio manifest not loaded: {problem}");
    }
    // The built-in surveys plus those downloaded earlier and kept in the store.
    let mut services = Services::new(store, catalog, texts, options.lang).with_audio(audio);
    for problem in services.catalog().problems() {
        eprintln!("heard: survey not loaded: {problem}");
    }
    for (id, why) in services.catalog().download_problems() {
        eprintln!("heard: downloaded survey `{id}` not loaded: {why}");
    }
    // Sync runs on its own thread and runtime: the window and the kiosk never wait on it.
    match heard::services::SyncRuntime::start(heard::services::default_sync_config()) {
        Ok(runtime) => services = services.with_sync(runtime),
        Err(e) => eprintln!("heard: sync not started: {e}"),
    }
    eprintln!("heard: database {}", options.db.display());
    match options.serve {
        Some(addr) => serve(&addr, services),
        None => desktop(services),
    }
}

#[cfg(feature = "liveview")]
fn serve(addr: &str, services: Services) -> anyhow::Result<()> {
    let addr: std::net::SocketAddr = addr
        .parse()
        .with_context(|| format!("`{addr}` is not an address like 127.0.0.1:8080"))?;
    heard::server::serve(addr, services)
}

#[cfg(not(feature = "liveview"))]
fn serve(_addr: &str, _services: Services) -> anyhow::Result<()> {
    bail!("this build has no browser kiosk; build with --features liveview")
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
            Err(e) => eprintln!("heard: recording response: {e}"),
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
            Err(e) => eprintln!("heard: audio response: {e}"),
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
            Err(e) => eprintln!("heard: font response: {e}"),
        }
    });
    rsx! { heard::ui::App {} }
}

#[cfg(not(any(feature = "desktop", feature = "mobile")))]
fn desktop(_services: Services) -> anyhow::Result<()> {
    bail!("this build has no desktop window; run with --serve ADDR:PORT")
}
