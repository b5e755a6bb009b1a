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
use heard_core::kept::spoken_prompts;
use heard_core::listening::{screen_prompts, DELETED_PROMPT, STOP_DIALOG_PROMPTS};
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
    /// A line of a dialog's list, by its message id (`kept-answers`).
    Line(&'static str),
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

/// The Stop dialog read aloud: its question, then its three choices in the order they show,
/// each highlighted while it plays (`heard_core::listening::STOP_DIALOG_PROMPTS`). Items without
/// audio in the language are skipped (a language offered by ear has them all).
pub fn stop_playlist(services: &Services, lang: &LangTag) -> Playlist {
    STOP_DIALOG_PROMPTS
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let spoken = if i == 0 {
                Spoken::Prompt
            } else {
                Spoken::Button(id)
            };
            app_prompt(services, id, lang).map(|url| (spoken, url))
        })
        .collect()
}

/// "What is kept?" read aloud: each line of the stored and never-stored lists under its
/// heading (`heard_core::kept::spoken_prompts`), each highlighted while it plays. Lines without
/// audio in the language are skipped.
pub fn kept_playlist(services: &Services, lang: &LangTag) -> Playlist {
    spoken_prompts()
        .into_iter()
        .filter_map(|id| app_prompt(services, id, lang).map(|url| (Spoken::Line(id), url)))
        .collect()
}

/// "Your answers have been deleted", in the resident's language.
pub fn deleted_prompt(services: &Services, lang: &LangTag) -> Option<String> {
    app_prompt(services, DELETED_PROMPT, lang)
}

/// The playlist of the screen a session is on, items without audio skipped.
pub fn screen_playlist(services: &Services, session: &Session) -> Playlist {
    let lang = session.language();
    let survey = &session.survey().id;
    let mut list = Vec::new();
    // The app's own prompts of the screen (welcome, anonymity, review, thank-you): which ones
    // is the core's rule.
    for id in screen_prompts(session.screen()) {
        if let Some(url) = app_prompt(services, id, lang) {
            list.push((Spoken::Prompt, url));
        }
    }
    if let Screen::Question(id) = session.screen() {
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
    list
}
