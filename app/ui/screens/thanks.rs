//! Thank-you, then an automatic reset (one-tap desks use the survey's own delay).

use crate::ui::controller::Kiosk;
use crate::ui::words::Words;
use dioxus::prelude::*;
use std::time::Duration;

/// Seconds the thank-you stays when the survey does not say.
pub const THANKS_SECONDS: u64 = 8;

#[component]
pub fn ThanksScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let seconds = kiosk
        .session
        .read()
        .as_ref()
        .and_then(|s| s.survey().flow.one_tap)
        .map_or(THANKS_SECONDS, |t| u64::from(t.reset_seconds));
    // Dropped with this screen, so a Finish tap cancels it.
    use_future(move || async move {
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        kiosk.after_response();
    });
    rsx! {
        main { class: "screen thanks centered", role: "status",
            svg { class: "welcome-picto", view_box: "0 0 48 48", width: "120", height: "120", "aria-hidden": "true",
                circle { cx: "24", cy: "24", r: "21", class: "smiley-fill" }
                path { d: "M14 25 L21 32 L34 17", fill: "none", stroke: "currentColor", stroke_width: "4", stroke_linecap: "round", stroke_linejoin: "round" }
            }
            h1 { "{words.app(\"thanks-title\")}" }
            p { class: "lead", "{words.app(\"thanks-body\")}" }
            button {
                r#type: "button",
                class: "primary big",
                onclick: move |_| kiosk.after_response(),
                "{words.app(\"thanks-done\")}"
            }
        }
    }
}
