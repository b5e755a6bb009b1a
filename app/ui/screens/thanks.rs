//! Thank-you, then an automatic reset (one-tap desks use the survey's own delay). Below the
//! thanks, calmly: "you said, we did", the facility's current actions for this survey in the
//! resident's language only (`Services::current_actions`); nothing when there are none.

use crate::services::ShownAction;
use crate::ui::controller::Kiosk;
use crate::ui::widgets::TopicPictogram;
use crate::ui::words::Words;
use dioxus::prelude::*;
use std::time::Duration;

/// Seconds the thank-you stays when the survey does not say.
pub const THANKS_SECONDS: u64 = 8;

#[component]
pub fn ThanksScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let seconds = kiosk
        .with_session(|s| s.survey().flow.one_tap)
        .flatten()
        .map_or(THANKS_SECONDS, |t| u64::from(t.reset_seconds));
    // Dropped with this screen, so a Finish tap cancels it.
    use_future(move || async move {
        crate::platform::sleep(Duration::from_secs(seconds)).await;
        kiosk.after_response();
    });
    // Read by the controller when the screen opened, in the resident's language only.
    let actions: Vec<ShownAction> = kiosk.screen_media().actions;
    rsx! {
        main { class: "screen thanks centered", role: "status",
            svg { class: "welcome-picto", view_box: "0 0 48 48", width: "120", height: "120", "aria-hidden": "true",
                circle { cx: "24", cy: "24", r: "21", class: "smiley-fill" }
                path { d: "M14 25 L21 32 L34 17", fill: "none", stroke: "currentColor", stroke_width: "4", stroke_linecap: "round", stroke_linejoin: "round" }
            }
            h1 { "{words.app(\"thanks-title\")}" }
            p { class: "lead", "{words.app(\"thanks-body\")}" }
            if !actions.is_empty() {
                section { class: "we-did", aria_labelledby: "we-did-title",
                    h2 { id: "we-did-title", "{words.app(\"thanks-we-did\")}" }
                    ul { class: "we-did-list",
                        for (i, action) in actions.into_iter().enumerate() {
                            li { key: "{i}", class: "we-did-item", "data-topic": "{action.topic.as_str()}",
                                TopicPictogram { topic: action.topic }
                                p { "{action.text}" }
                            }
                        }
                    }
                }
            }
            button {
                r#type: "button",
                class: "primary big",
                onclick: move |_| kiosk.after_response(),
                "{words.app(\"thanks-done\")}"
            }
        }
    }
}
