//! The resident's screens, one per `flow::Screen`, inside a common frame (mode badge,
//! progress, Stop) with the stop and "still there?" dialogs on top.

mod dialogs;
mod icons;
mod intro;
mod kept;
mod language;
mod question;
mod review;
mod thanks;

pub use dialogs::{StillThereDialog, StopDialog};
pub use icons::{ButtonIcon, Icon};
pub use intro::{AnonymityScreen, WelcomeScreen};
pub use kept::KeptDialog;
pub use language::{LanguageChoice, LanguageGrid, LanguageScreen, LanguageTile, SpeakerIcon};
pub use question::QuestionScreen;
pub use review::{answer_text, ReviewScreen};
pub use thanks::ThanksScreen;

use super::controller::Kiosk;
use super::words::Words;
use crate::i18n::Tr;
use dioxus::prelude::*;
use heard_core::flow::{Screen, Session};
use heard_core::response::AdministrationMode;

#[component]
pub fn ResidentView(tr: Tr) -> Element {
    let kiosk = use_context::<Kiosk>();
    let Some((default_language, screen)) =
        kiosk.with_session(|s| (s.survey().default_language.clone(), s.screen().clone()))
    else {
        return rsx! {
            main { class: "screen centered",
                h1 { "{tr.t(\"staff-no-survey\")}" }
            }
        };
    };
    let words = Words::new(tr, default_language);
    let stop_open = kiosk.stop_open();
    let kept_open = kiosk.kept_open() && screen == Screen::Anonymity;
    let still_there = kiosk.still_there();
    let body = match screen {
        Screen::Welcome => rsx! { WelcomeScreen { words: words.clone() } },
        Screen::Language => rsx! { LanguageScreen { words: words.clone() } },
        Screen::Anonymity => rsx! { AnonymityScreen { words: words.clone() } },
        Screen::Question(id) => {
            rsx! { QuestionScreen { key: "{id}", words: words.clone(), question: id } }
        }
        Screen::Review => rsx! { ReviewScreen { words: words.clone() } },
        Screen::ThankYou => rsx! { ThanksScreen { words: words.clone() } },
        Screen::Stopped => rsx! {},
    };
    // Behind a dialog the screen is inert: no tap, no focus, nothing a screen reader reaches.
    let behind = stop_open || kept_open || still_there.is_some();
    rsx! {
        div { class: "resident", "inert": if behind { "true" },
            {body}
        }
        if kept_open {
            KeptDialog { words: words.clone() }
        }
        if stop_open {
            StopDialog { words: words.clone() }
        }
        if let Some(seconds) = still_there {
            StillThereDialog { words: words.clone(), seconds }
        }
    }
}

/// The small neutral badge telling the resident how this response is collected.
#[component]
pub fn ModeBadge(words: Words) -> Element {
    let kiosk = use_context::<Kiosk>();
    let mode = kiosk
        .with_session(|s| s.context().mode)
        .unwrap_or(AdministrationMode::SelfCompleted);
    if mode == AdministrationMode::SelfCompleted {
        return rsx! {};
    }
    let label = words.app(&format!("mode-{}", mode.as_str()));
    rsx! {
        span { class: "badge", "{label}" }
    }
}

/// In audio-first mode, a large button that reads the screen again from the start.
#[component]
pub fn ReplayButton(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    if !kiosk.audio_first() {
        return rsx! {};
    }
    let speaking = kiosk.speaking().is_some();
    rsx! {
        button {
            r#type: "button",
            class: if speaking { "replay-button speaking" } else { "replay-button" },
            aria_label: "{words.app(\"replay\")}",
            title: "{words.app(\"replay\")}",
            onclick: move |_| kiosk.replay(),
            SpeakerIcon {}
            svg { class: "replay-arrow", view_box: "0 0 24 24", width: "28", height: "28", "aria-hidden": "true", "focusable": "false",
                path { d: "M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5", fill: "none", stroke: "currentColor", stroke_width: "2.4", stroke_linecap: "round", stroke_linejoin: "round" }
            }
        }
    }
}

/// Header (badge, progress, Stop) and the screen's content.
#[component]
pub fn Frame(words: Words, show_stop: bool, children: Element) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let (current, total) = kiosk.with_session(Session::progress).unwrap_or((0, 0));
    let progress_text = words.tr.t_args(
        "progress",
        &[
            ("current", i64::try_from(current).unwrap_or(0)),
            ("total", i64::try_from(total).unwrap_or(0)),
        ],
    );
    // Shown with its numbers isolated; named (aria-label) without the marks.
    let progress_label = crate::i18n::without_isolation(&progress_text);
    let percent = (current * 100).checked_div(total).unwrap_or(0);
    rsx! {
        header { class: "frame-header",
            ModeBadge { words: words.clone() }
            if current > 0 {
                div { class: "progress",
                    div {
                        class: "progress-bar",
                        role: "progressbar",
                        aria_label: "{progress_label}",
                        aria_valuemin: "0",
                        aria_valuemax: "{total}",
                        aria_valuenow: "{current}",
                        div { class: "progress-fill", style: "inline-size: {percent}%;" }
                    }
                    span { class: "progress-text", "{progress_text}" }
                }
            }
            if show_stop {
                button {
                    r#type: "button",
                    class: "stop-button",
                    onclick: move |_| kiosk.open_stop(),
                    svg { view_box: "0 0 24 24", width: "24", height: "24", "aria-hidden": "true",
                        rect { x: "5", y: "5", width: "14", height: "14", rx: "2", fill: "currentColor" }
                    }
                    span { "{words.app(\"stop\")}" }
                }
            }
        }
        HelpCalled { words: words.clone() }
        main { class: "screen", {children} }
    }
}

/// After a resident asked for help (a language without audio for the whole path): in their
/// language, on every screen, until the response ends.
#[component]
pub fn HelpCalled(words: Words) -> Element {
    let kiosk = use_context::<Kiosk>();
    if kiosk.assistance().is_none() {
        return rsx! {};
    }
    rsx! {
        div { class: "help-called", role: "status",
            ButtonIcon { icon: Icon::Help }
            p { "{words.app(\"help-called\")}" }
        }
    }
}
