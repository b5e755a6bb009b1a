//! The staff corner: inconspicuous, but a real button with a name. Held for two seconds by
//! finger, mouse, or a key (Enter/Space), it opens the PIN prompt; a tap does nothing.

use crate::kiosk::LongPress;
use crate::platform::Instant;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

#[component]
pub fn StaffCorner(label: String, lang: String, dir: &'static str) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let mut press = use_signal(LongPress::default);
    // A discreet ring for staff: a resident may need help (see `AssistanceNotice`).
    let needs_help = kiosk.assistance().is_some();
    let mut release = move || {
        if press.write().release(Instant::now()) {
            kiosk.open_pin();
        }
    };
    rsx! {
        button {
            r#type: "button",
            class: if needs_help { "staff-corner needs-help" } else { "staff-corner" },
            // Named in the device's language, and marked so: on an Arabic screen a screen
            // reader says the staff button's name in the staff's language, not as Arabic.
            lang: "{lang}",
            dir,
            aria_label: "{label}",
            title: "{label}",
            onpointerdown: move |_| press.write().press(Instant::now()),
            onpointerup: move |_| release(),
            onpointerleave: move |_| press.write().cancel(),
            onkeydown: move |e: KeyboardEvent| {
                let activates = matches!(e.key(), Key::Enter) || e.code() == Code::Space;
                if activates && !e.is_auto_repeating() {
                    press.write().press(Instant::now());
                }
            },
            onkeyup: move |e: KeyboardEvent| {
                if matches!(e.key(), Key::Enter) || e.code() == Code::Space {
                    release();
                }
            },
            svg { view_box: "0 0 24 24", width: "20", height: "20", "aria-hidden": "true",
                circle { cx: "12", cy: "12", r: "3", fill: "currentColor" }
            }
        }
    }
}
