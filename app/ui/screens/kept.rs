//! "What is kept?": over the anonymity screen, the fields a response stores and what it never
//! stores, in the resident's language. The lines are the core's (`heard_core::kept`), which
//! follow the response type; in audio-first mode the dialog reads its two lists (each one
//! recording, `heard_core::kept::spoken_lists`), highlighting the list being read.

use crate::ui::controller::Kiosk;
use crate::ui::playback::Spoken;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::kept::{
    KEPT_CLOSE, KEPT_FIELDS, KEPT_LIST_TITLE, KEPT_READ, KEPT_TITLE, NEVER_KEPT, NEVER_LIST_TITLE,
    NEVER_READ,
};

#[component]
pub fn KeptDialog(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let speaking = kiosk.speaking();
    let reading = |prompt: &'static str| speaking == Some(Spoken::Line(prompt));
    let (kept_read, never_read) = (reading(KEPT_READ), reading(NEVER_READ));
    rsx! {
        div { class: "overlay",
            div {
                class: "dialog kept",
                role: "dialog",
                aria_modal: "true",
                aria_labelledby: "kept-title",
                h2 { id: "kept-title", "{words.app(KEPT_TITLE)}" }
                h3 { id: "kept-list-title", class: if kept_read { "speaking" }, "{words.app(KEPT_LIST_TITLE)}" }
                ul { class: if kept_read { "kept-list speaking" } else { "kept-list" }, aria_labelledby: "kept-list-title",
                    for field in KEPT_FIELDS {
                        li { key: "{field.key}", "{words.app(field.message)}" }
                    }
                }
                h3 { id: "kept-never-title", class: if never_read { "speaking" }, "{words.app(NEVER_LIST_TITLE)}" }
                ul { class: if never_read { "kept-list never speaking" } else { "kept-list never" }, aria_labelledby: "kept-never-title",
                    for id in NEVER_KEPT {
                        li { key: "{id}", "{words.app(id)}" }
                    }
                }
                div { class: "dialog-actions",
                    button {
                        r#type: "button",
                        class: "primary",
                        autofocus: true,
                        onclick: move |_| kiosk.close_kept(),
                        "{words.app(KEPT_CLOSE)}"
                    }
                }
            }
        }
    }
}
