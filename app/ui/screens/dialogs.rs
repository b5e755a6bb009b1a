//! Dialogs over a screen: Stop (keep or delete the answers) and "are you still there?".

use super::icons::{ButtonIcon, Icon};
use crate::ui::controller::Kiosk;
use crate::ui::playback::Spoken;
use crate::ui::words::Words;
use dioxus::prelude::*;

#[component]
pub fn StopDialog(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    // In audio-first mode the dialog reads itself; the button being read is highlighted.
    let speaking = kiosk.speaking();
    let class_of = |base: &str, id: &'static str| {
        if speaking == Some(Spoken::Button(id)) {
            format!("{base} speaking")
        } else {
            base.to_owned()
        }
    };
    let continue_class = class_of("primary", "stop-continue");
    let keep_class = class_of("secondary", "stop-keep");
    let discard_class = class_of("danger", "stop-discard");
    rsx! {
        div { class: "overlay",
            div {
                class: "dialog",
                role: "dialog",
                aria_modal: "true",
                aria_labelledby: "stop-title",
                aria_describedby: "stop-body",
                h2 { id: "stop-title", class: if speaking == Some(Spoken::Prompt) { "speaking" }, "{words.app(\"stop-title\")}" }
                p { id: "stop-body", "{words.app(\"stop-body\")}" }
                div { class: "dialog-actions",
                    button {
                        r#type: "button",
                        class: "{continue_class}",
                        autofocus: true,
                        onclick: move |_| kiosk.close_stop(),
                        ButtonIcon { icon: Icon::Continue }
                        "{words.app(\"stop-continue\")}"
                    }
                    button {
                        r#type: "button",
                        class: "{keep_class}",
                        onclick: move |_| kiosk.stop(true),
                        ButtonIcon { icon: Icon::Keep }
                        "{words.app(\"stop-keep\")}"
                    }
                    button {
                        r#type: "button",
                        class: "{discard_class}",
                        onclick: move |_| kiosk.stop(false),
                        ButtonIcon { icon: Icon::Delete }
                        "{words.app(\"stop-discard\")}"
                    }
                }
            }
        }
    }
}

#[component]
pub fn StillThereDialog(words: Words, seconds: u64) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let body = words.tr.t_args(
        "still-there-body",
        &[("seconds", i64::try_from(seconds).unwrap_or(0))],
    );
    rsx! {
        div { class: "overlay",
            div {
                class: "dialog",
                role: "alertdialog",
                aria_modal: "true",
                aria_labelledby: "still-there-title",
                aria_describedby: "still-there-body",
                h2 { id: "still-there-title", "{words.app(\"still-there-title\")}" }
                p { id: "still-there-body", "{body}" }
                button {
                    r#type: "button",
                    class: "primary big",
                    autofocus: true,
                    onclick: move |_| kiosk.touch(),
                    "{words.app(\"still-there-yes\")}"
                }
            }
        }
    }
}
