//! "What is kept?": over the anonymity screen, the fields a response stores and what it never
//! stores, in the resident's language. The lines are the core's (`heard_core::kept`), which
//! follow the response type; in audio-first mode the dialog reads them, highlighting each.

use crate::ui::controller::Kiosk;
use crate::ui::playback::Spoken;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::kept::{
    KEPT_CLOSE, KEPT_FIELDS, KEPT_LIST_TITLE, KEPT_TITLE, NEVER_KEPT, NEVER_LIST_TITLE,
};

#[component]
pub fn KeptDialog(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let speaking = kiosk.speaking();
    let class_of = |id: &'static str| {
        if speaking == Some(Spoken::Line(id)) {
            "speaking"
        } else {
            ""
        }
    };
    rsx! {
        div { class: "overlay",
            div {
                class: "dialog kept",
                role: "dialog",
                aria_modal: "true",
                aria_labelledby: "kept-title",
                h2 { id: "kept-title", "{words.app(KEPT_TITLE)}" }
                h3 { id: "kept-list-title", class: class_of(KEPT_LIST_TITLE), "{words.app(KEPT_LIST_TITLE)}" }
                ul { class: "kept-list", aria_labelledby: "kept-list-title",
                    for field in KEPT_FIELDS {
                        li { key: "{field.key}", class: class_of(field.message), "{words.app(field.message)}" }
                    }
                }
                h3 { id: "kept-never-title", class: class_of(NEVER_LIST_TITLE), "{words.app(NEVER_LIST_TITLE)}" }
                ul { class: "kept-list never", aria_labelledby: "kept-never-title",
                    for id in NEVER_KEPT {
                        li { key: "{id}", class: class_of(id), "{words.app(id)}" }
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
