//! The language grid: every language the survey has, by its own name in its own script. Each
//! tile has two ways in: the name (the resident reads from then on) and a large speaker icon
//! (audio-first: every screen reads itself aloud). Both say the language's name in it. A
//! language whose path is not all spoken (`heard_core::listening`) is never offered by ear:
//! in place of the speaker, an "ask for help" pictogram calls a member of staff (on the tablet
//! and in the panel) and the screens follow written in that language. No resident meets
//! silence, nor a voice in another language.

use super::icons::{ButtonIcon, Icon};
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
    /// Every prompt of the path has audio in it: offered by ear. Otherwise, a call for help.
    pub listenable: bool,
    /// The language's own words for "ask for help" (the help pictogram's accessible name).
    pub help: String,
}

/// How a resident chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageChoice {
    /// By the written name: reading mode.
    Read(LangTag),
    /// By the speaker icon: audio-first mode.
    Listen(LangTag),
    /// By the help pictogram (a language that cannot be listened to the whole way).
    Help(LangTag),
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
                            if tile.listenable {
                                button {
                                    r#type: "button",
                                    class: "language-listen",
                                    lang: "{tile.tag}",
                                    aria_label: "{tile.autonym}: {tile.listen}",
                                    title: "{tile.listen}",
                                    onclick: move |_| on_choose.call(LanguageChoice::Listen(listen.clone())),
                                    SpeakerIcon {}
                                }
                            } else {
                                button {
                                    r#type: "button",
                                    class: "language-listen language-help",
                                    lang: "{tile.tag}",
                                    aria_label: "{tile.autonym}: {tile.help}",
                                    title: "{tile.help}",
                                    onclick: move |_| on_choose.call(LanguageChoice::Help(listen.clone())),
                                    ButtonIcon { icon: Icon::Help }
                                }
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
    // Read by the controller when the screen opened (never while rendering).
    let listenable = kiosk.screen_media().listenable;
    let own = |tag: &LangTag, id: &str, fallback: &str| {
        texts
            .get(tag, id, None)
            .unwrap_or_else(|| fallback.to_owned())
    };
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
                    listen: own(&l.tag, "listen", "listen"),
                    listenable: listenable.contains(&l.tag),
                    help: own(&l.tag, "ask-help", "help"),
                })
                .collect()
        })
        .unwrap_or_default();
    // After "stop and delete", the first screen says so in the resident's language.
    let deleted = kiosk.deleted().map(|tag| {
        let text = own(&tag, "stop-deleted", "");
        let dir = texts.language(&tag).map_or("ltr", |l| l.direction.as_str());
        (tag, text, dir)
    });
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            if let Some((tag, text, dir)) = deleted {
                p { class: "deleted-notice", role: "status", lang: "{tag}", dir,
                    ButtonIcon { icon: Icon::Delete }
                    "{text}"
                }
            }
            h1 { id: "question-title", "{words.app(\"language-title\")}" }
            LanguageGrid {
                tiles,
                on_choose: move |choice| match choice {
                    LanguageChoice::Read(tag) => kiosk.choose_language(tag),
                    LanguageChoice::Listen(tag) => kiosk.choose_language_audio_first(tag),
                    LanguageChoice::Help(tag) => kiosk.call_help(tag),
                },
            }
        }
    }
}
