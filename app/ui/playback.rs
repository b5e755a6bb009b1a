//! Audio-first mode, as data: what each screen says, in order, and what is highlighted while
//! it plays. Pure functions over a session and the media the services know; the controller
//! (`controller/audio.rs`) plays the lists and owns the `Spoken` state.
//!
//! Which options a question reads, and where their audio lives, is the core's single
//! definition (`heard_core::coverage::option_audio`); nothing here derives prompt ids.

use crate::services::{Services, LANGUAGE_NAME_PROMPT};
use heard_core::coverage::{option_audio, SpokenOption};
use heard_core::flow::{Screen, Session};
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::media::MediaTarget;

/// What is being read aloud, as the screen highlights it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spoken {
    /// The screen's own text (question, statement).
    Prompt,
    Choice(ChoiceId),
    /// A point of a scale or a smiley.
    Point(i32),
    /// A dialog button, by its message id (`stop-keep`, `stop-discard`).
    Button(&'static str),
}

impl From<SpokenOption> for Spoken {
    fn from(option: SpokenOption) -> Self {
        match option {
            SpokenOption::Choice(c) => Self::Choice(c),
            SpokenOption::Point(n) => Self::Point(n),
        }
    }
}

/// A playlist: what to highlight, and the URL of its audio.
pub type Playlist = Vec<(Spoken, String)>;

/// The app's own prompt (UI manifest) in a language, if it has audio.
fn app_prompt(services: &Services, id: &str, lang: &LangTag) -> Option<String> {
    services.audio_url(None, &MediaTarget::Prompt(id.to_owned()), lang)
}

/// A language's name, spoken in that language (said when a resident chooses it by ear).
pub fn language_name(services: &Services, lang: &LangTag) -> Option<String> {
    app_prompt(services, LANGUAGE_NAME_PROMPT, lang)
}

/// The Stop dialog read aloud: "Stop", then its two consequential choices, each highlighted
/// while it plays (the recordings `make-audio` makes for exactly this). Items without audio in
/// the language are skipped; a language without any gives an empty list.
pub fn stop_playlist(services: &Services, lang: &LangTag) -> Playlist {
    [
        (Spoken::Prompt, "stop"),
        (Spoken::Button("stop-keep"), "stop-keep"),
        (Spoken::Button("stop-discard"), "stop-discard"),
    ]
    .into_iter()
    .filter_map(|(spoken, id)| app_prompt(services, id, lang).map(|url| (spoken, url)))
    .collect()
}

/// The playlist of the screen a session is on, items without audio skipped.
pub fn screen_playlist(services: &Services, session: &Session) -> Playlist {
    let lang = session.language();
    let survey = &session.survey().id;
    let mut list = Vec::new();
    match session.screen() {
        Screen::Anonymity => {
            list.extend(app_prompt(services, "anonymity-body", lang).map(|u| (Spoken::Prompt, u)));
        }
        Screen::Question(id) => {
            let target = MediaTarget::Question(id.clone());
            list.extend(
                services
                    .audio_url(Some(survey), &target, lang)
                    .map(|u| (Spoken::Prompt, u)),
            );
            if let Some(q) = session.survey().question(id) {
                for audio in option_audio(q) {
                    let manifest = audio.in_survey_manifest.then_some(survey);
                    if let Some(url) = services.audio_url(manifest, &audio.target, lang) {
                        list.push((audio.option.into(), url));
                    }
                }
            }
        }
        Screen::ThankYou => {
            for id in ["thanks-title", "thanks-body"] {
                list.extend(app_prompt(services, id, lang).map(|u| (Spoken::Prompt, u)));
            }
        }
        _ => {}
    }
    list
}
