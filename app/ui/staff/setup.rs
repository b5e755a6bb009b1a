//! First-run setup: a new tablet opens here, not in the resident's screens, until staff choose
//! the staff PIN. What a PIN must be is the core's rule (`heard_core::pin`), asked through the
//! services.

use crate::i18n::Tr;
use crate::services::PinSetup;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;
use heard_core::pin::PinProblem;

/// The Fluent key saying why a new PIN was refused.
pub fn pin_problem_key(problem: PinProblem) -> &'static str {
    match problem {
        PinProblem::NotDigits | PinProblem::TooShort | PinProblem::TooLong => "pin-rule-digits",
        PinProblem::Common => "pin-rule-common",
        PinProblem::Sequence => "pin-rule-sequence",
    }
}

#[component]
pub fn SetupScreen(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let mut pin = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut message = use_signal(|| None::<String>);
    let tr_submit = tr.clone();
    let mut submit = move || {
        let outcome = kiosk.set_up_pin(&pin.peek(), &again.peek());
        pin.set(String::new());
        again.set(String::new());
        let text = match outcome {
            Ok(PinSetup::Done | PinSetup::AlreadySet) => return,
            Ok(PinSetup::Mismatch) => tr_submit.t("pin-mismatch"),
            Ok(PinSetup::Weak(problem)) => tr_submit.t(pin_problem_key(problem)),
            Err(e) => e.to_string(),
        };
        message.set(Some(text));
    };
    let mut submit_on_enter = submit.clone();
    rsx! {
        main { class: "screen centered staff",
            div { class: "dialog", role: "dialog", aria_labelledby: "setup-title",
                h1 { id: "setup-title", "{tr.t(\"setup-title\")}" }
                // The web build: this tablet had a database and the browser deleted it.
                if crate::platform::storage_lost() {
                    p { class: "notice", role: "alert", "{tr.t(\"setup-storage-lost\")}" }
                }
                p { "{tr.t(\"setup-body\")}" }
                label { class: "field-label", r#for: "setup-pin", "{tr.t(\"setup-pin\")}" }
                input {
                    id: "setup-pin",
                    class: "pin-input",
                    r#type: "password",
                    inputmode: "numeric",
                    autocomplete: "off",
                    autofocus: true,
                    onmounted: move |e: MountedEvent| async move {
                        let _ = e.set_focus(true).await;
                    },
                    dir: "ltr",
                    value: "{pin}",
                    oninput: move |e: FormEvent| pin.set(e.value()),
                }
                label { class: "field-label", r#for: "setup-pin-again", "{tr.t(\"setup-pin-again\")}" }
                input {
                    id: "setup-pin-again",
                    class: "pin-input",
                    r#type: "password",
                    inputmode: "numeric",
                    autocomplete: "off",
                    dir: "ltr",
                    value: "{again}",
                    oninput: move |e: FormEvent| again.set(e.value()),
                    onkeydown: move |e: KeyboardEvent| {
                        if e.key() == Key::Enter {
                            submit_on_enter();
                        }
                    },
                }
                if let Some(m) = message() {
                    p { class: "notice", role: "alert", "{m}" }
                }
                div { class: "dialog-actions",
                    button {
                        r#type: "button",
                        class: "primary",
                        onclick: move |_| submit(),
                        "{tr.t(\"setup-save\")}"
                    }
                }
            }
        }
    }
}
