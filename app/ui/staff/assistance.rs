//! Staff notice: a resident asked for help, with the pictogram the language grid offers in
//! place of "by ear" where this survey's path lacks audio (no voice exists for Pashto, Sorani,
//! Tigrinya, Somali until people record it). The resident sees that help is coming (in their
//! language, `screens::HelpCalled`); staff see it here and as a ring on the staff corner.

use crate::i18n::Tr;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

#[component]
pub fn AssistanceNotice(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let Some(tag) = kiosk.assistance() else {
        return rsx! {};
    };
    let name = tr
        .texts()
        .language(&tag)
        .map_or_else(|| tag.to_string(), |l| l.autonym.clone());
    rsx! {
        div { class: "notice assistance", role: "alert",
            p { "{tr.t_str(\"staff-help-call\", \"language\", &name)}" }
            button {
                r#type: "button",
                class: "secondary",
                onclick: move |_| kiosk.dismiss_assistance(),
                "{tr.t(\"staff-dismiss\")}"
            }
        }
    }
}
