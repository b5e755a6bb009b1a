//! The user interface, shared by the desktop window, Android and the browser kiosk.
//! Components read state from the `Kiosk` controller and reach IO only through `Services`.

pub mod controller;
pub mod playback;
pub mod screens;
pub mod staff;
pub mod widgets;
pub mod words;

pub use controller::{Kiosk, View};

use crate::i18n::Tr;
use crate::platform::Instant;
use crate::services::Services;
use dioxus::prelude::*;
use std::time::Duration;

/// The stylesheet, inlined so every platform gets it without asset paths.
pub const CSS: &str = include_str!("../../assets/app.css");

/// The whole app. Needs a `Services` in context (see `main.rs`, `server.rs`, tests).
#[component]
pub fn App() -> Element {
    let services = use_context::<Services>();
    let mut kiosk = use_hook(|| Kiosk::new(services.clone()));
    use_context_provider(|| kiosk);
    use_future(move || async move {
        loop {
            crate::platform::sleep(Duration::from_secs(1)).await;
            kiosk.tick(Instant::now());
        }
    });

    let view = kiosk.view();
    let staff_tr = Tr::new(services.texts().clone(), services.device_language().clone());
    let resident_language = kiosk.with_session(|s| s.language().clone());
    let tr = match (resident_language, view) {
        (Some(language), View::Resident) => Tr::new(services.texts().clone(), language),
        _ => staff_tr.clone(),
    };
    let generation = kiosk.generation();
    let font = tr.font();
    let lang = tr.lang().to_string();
    let dir = tr.direction().as_str();
    let idle = kiosk.idle();
    rsx! {
        style { dangerous_inner_html: crate::fonts::font_faces() }
        style { dangerous_inner_html: CSS }
        div {
            class: "app",
            lang: "{lang}",
            dir,
            "data-heard-idle": "{idle}",
            style: "font-family: '{font}', 'Noto Sans', sans-serif;",
            onpointerdown: move |_| kiosk.touch(),
            onkeydown: move |_| kiosk.touch(),
            staff::StaffCorner {
                label: staff_tr.t("staff-corner"),
                lang: staff_tr.lang().to_string(),
                dir: staff_tr.direction().as_str(),
            }
            match view {
                View::Setup => rsx! { staff::SetupScreen { tr: staff_tr } },
                View::Resident => rsx! { screens::ResidentView { key: "{generation}", tr } },
                View::Pin => rsx! { staff::PinPrompt { tr: staff_tr } },
                View::Staff => rsx! { staff::StaffPanel { tr: staff_tr } },
            }
        }
    }
}
