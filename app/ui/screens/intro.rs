//! Welcome and the anonymity statement (the language grid, which comes first, is in
//! `language.rs`). The welcome speaks the language the resident chose.

use super::icons::{ButtonIcon, Icon};
use super::{Frame, HelpCalled, ModeBadge, ReplayButton};
use crate::ui::controller::Kiosk;
use crate::ui::words::Words;
use dioxus::prelude::*;

#[component]
pub fn WelcomeScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let title = kiosk
        .with_session(|s| words.survey(&s.survey().title))
        .unwrap_or_default();
    rsx! {
        main { class: "screen welcome centered",
            ModeBadge { words: words.clone() }
            svg { class: "welcome-picto", view_box: "0 0 96 96", width: "120", height: "120", "aria-hidden": "true",
                circle { cx: "48", cy: "48", r: "44", class: "smiley-fill" }
                path { d: "M30 56 Q48 72 66 56", fill: "none", stroke: "currentColor", stroke_width: "6", stroke_linecap: "round" }
                circle { cx: "35", cy: "38", r: "5", fill: "currentColor" }
                circle { cx: "61", cy: "38", r: "5", fill: "currentColor" }
            }
            HelpCalled { words: words.clone() }
            h1 { "{words.app(\"welcome-title\")}" }
            p { class: "survey-title", "{title}" }
            p { class: "lead", "{words.app(\"welcome-body\")}" }
            ReplayButton { words: words.clone() }
            div { class: "nav",
                if kiosk.can_go_back() { button {
                    r#type: "button",
                    class: "secondary",
                    onclick: move |_| kiosk.back(),
                    span { aria_hidden: "true", class: "nav-arrow back-arrow", "←" }
                    "{words.app(\"nav-back\")}"
                } }
                button {
                    r#type: "button",
                    class: "primary big",
                    onclick: move |_| kiosk.proceed(),
                    ButtonIcon { icon: Icon::Start }
                    "{words.app(\"welcome-start\")}"
                }
            }
        }
    }
}

#[component]
pub fn AnonymityScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            div { class: "centered",
                svg { class: "welcome-picto", view_box: "0 0 48 48", width: "96", height: "96", "aria-hidden": "true",
                    path { d: "M24 4 L40 10 V22 C40 33 33 41 24 44 C15 41 8 33 8 22 V10 Z", fill: "none", stroke: "currentColor", stroke_width: "3", stroke_linejoin: "round" }
                    path { d: "M16 24 L22 30 L33 18", fill: "none", stroke: "currentColor", stroke_width: "3.5", stroke_linecap: "round", stroke_linejoin: "round" }
                }
                h1 { "{words.app(\"anonymity-title\")}" }
                p { class: "lead", "{words.app(\"anonymity-body\")}" }
                button {
                    r#type: "button",
                    class: "secondary kept-open",
                    aria_haspopup: "dialog",
                    onclick: move |_| kiosk.open_kept(),
                    "{words.app(heard_core::kept::KEPT_OPEN)}"
                }
                ReplayButton { words: words.clone() }
                div { class: "nav",
                    if kiosk.can_go_back() { button {
                        r#type: "button",
                        class: "secondary",
                        onclick: move |_| kiosk.back(),
                        "{words.app(\"nav-back\")}"
                    } }
                    button {
                        r#type: "button",
                        class: "primary big",
                        onclick: move |_| kiosk.proceed(),
                        "{words.app(\"anonymity-continue\")}"
                    }
                }
            }
        }
    }
}
