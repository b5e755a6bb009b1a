//! The PIN prompt. Wrong tries are counted in the store; every fifth in a row locks it, for 5
//! minutes, then twice as long each time, at most an hour (`heard_core::pin`).

use crate::i18n::Tr;
use crate::services::PinCheck;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

#[component]
pub fn PinPrompt(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let mut pin = use_signal(String::new);
    let mut outcome = use_signal(|| None::<Result<PinCheck, String>>);
    let mut submit = move || {
        let entered = pin.peek().clone();
        pin.set(String::new());
        let check = kiosk.submit_pin(&entered);
        outcome.set(Some(check.map_err(|e| e.to_string())));
    };
    let message = match outcome() {
        Some(Ok(PinCheck::Wrong { tries_left })) => {
            Some(tr.t_args("pin-wrong", &[("left", i64::from(tries_left))]))
        }
        Some(Ok(PinCheck::Locked { minutes_left })) => {
            Some(tr.t_args("pin-locked", &[("minutes", minutes_left)]))
        }
        Some(Err(e)) => Some(e),
        _ => None,
    };
    rsx! {
        main { class: "screen centered staff",
            div { class: "dialog", role: "dialog", aria_labelledby: "pin-title",
                h1 { id: "pin-title", "{tr.t(\"pin-title\")}" }
                label { class: "field-label", r#for: "pin", "{tr.t(\"pin-label\")}" }
                input {
                    id: "pin",
                    class: "pin-input",
                    r#type: "password",
                    inputmode: "numeric",
                    autocomplete: "off",
                    autofocus: true,
                    // `autofocus` does nothing in a page already loaded (the kiosk's views are
                    // swapped in place): focus the field once it is in the page.
                    onmounted: move |e: MountedEvent| async move {
                        let _ = e.set_focus(true).await;
                    },
                    dir: "ltr",
                    value: "{pin}",
                    oninput: move |e: FormEvent| pin.set(e.value()),
                    onkeydown: move |e: KeyboardEvent| {
                        if e.key() == Key::Enter {
                            submit();
                        }
                    },
                }
                if let Some(m) = message {
                    p { class: "notice", role: "alert", "{m}" }
                }
                div { class: "dialog-actions",
                    button {
                        r#type: "button",
                        class: "secondary",
                        onclick: move |_| kiosk.cancel_pin(),
                        "{tr.t(\"pin-cancel\")}"
                    }
                    button {
                        r#type: "button",
                        class: "primary",
                        onclick: move |_| submit(),
                        "{tr.t(\"pin-submit\")}"
                    }
                }
            }
        }
    }
}
