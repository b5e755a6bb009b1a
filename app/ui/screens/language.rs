//! The language grid: every language the survey has, by its own name in its own script. Each
//! tile has two ways in: the name (the resident reads from then on) and a large speaker icon
//! (audio-first: every screen reads itself aloud). Both say the language's name in it. A
//! language without recorded or synthetic audio is still offered; staff are told if a resident
//! chooses it by ear.

use super::Frame;
use crate::i18n::Direction;
use crate::ui::controller::Kiosk;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::LangTag;

/// One tile of the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageTile {
    pub tag: LangTag,
    pub autonym: String,
    pub direction: Direction,
    pub font: String,
    /// The language's own word for "listen" (the speaker icon's accessible name).
    pub listen: String,
}

/// How a resident chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageChoice {
    /// By the written name: reading mode.
    Read(LangTag),
    /// By the speaker icon: audio-first mode.
    Listen(LangTag),
}

/// The grid itself: a pure view.
#[component]
pub fn LanguageGrid(tiles: Vec<LanguageTile>, on_choose: EventHandler<LanguageChoice>) -> Element {
    rsx! {
        div { class: "languages", role: "group", aria_labelledby: "question-title",
            for tile in tiles {
                {
                    let read = tile.tag.clone();
                    let listen = tile.tag.clone();
                    let style = format!("font-family: '{}', 'Noto Sans', sans-serif;", tile.font);
                    rsx! {
                        div {
                            key: "{tile.tag}",
                            class: "language-tile",
                            lang: "{tile.tag}",
                            dir: tile.direction.as_str(),
                            style: "{style}",
                            button {
                                r#type: "button",
                                class: "language-listen",
                                lang: "{tile.tag}",
                                aria_label: "{tile.autonym}: {tile.listen}",
                                title: "{tile.listen}",
                                onclick: move |_| on_choose.call(LanguageChoice::Listen(listen.clone())),
                                SpeakerIcon {}
                            }
                            button {
                                r#type: "button",
                                class: "choice language",
                                lang: "{tile.tag}",
                                onclick: move |_| on_choose.call(LanguageChoice::Read(read.clone())),
                                "{tile.autonym}"
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A loudspeaker with sound waves (mirrored in right-to-left pages by CSS).
#[component]
pub fn SpeakerIcon() -> Element {
    rsx! {
        svg { class: "speaker", view_box: "0 0 24 24", width: "40", height: "40", "aria-hidden": "true", "focusable": "false",
            path { d: "M4 9v6h4l5 4V5L8 9H4z", fill: "currentColor" }
            path { d: "M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12", fill: "none", stroke: "currentColor", stroke_width: "2", stroke_linecap: "round" }
        }
    }
}

#[component]
pub fn LanguageScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let services = kiosk.services();
    let texts = services.texts().clone();
    // The languages the session offers (the survey's that the app also speaks), in the table's
    // order.
    let tiles: Vec<LanguageTile> = kiosk
        .with_session(|s| {
            texts
                .languages()
                .iter()
                .filter(|l| s.offered_languages().contains(&l.tag))
                .map(|l| LanguageTile {
                    tag: l.tag.clone(),
                    autonym: l.autonym.clone(),
                    direction: l.direction,
                    font: l.font.clone(),
                    listen: texts
                        .get(&l.tag, "listen", None)
                        .unwrap_or_else(|| "listen".to_owned()),
                })
                .collect()
        })
        .unwrap_or_default();
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            h1 { id: "question-title", "{words.app(\"language-title\")}" }
            LanguageGrid {
                tiles,
                on_choose: move |choice| match choice {
                    LanguageChoice::Read(tag) => kiosk.choose_language(tag),
                    LanguageChoice::Listen(tag) => kiosk.choose_language_audio_first(tag),
                },
            }
        }
    }
}
