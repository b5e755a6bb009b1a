//! Audio-first mode, as data: what each screen says, in order, and what is highlighted while
//! it plays. Pure functions over a session and the media the services know; the controller
//! (`controller/audio.rs`) plays the lists and owns the `Spoken` state.
//!
//! Which options a question reads, and where their audio lives, is the core's single
//! definition (`heard_core::coverage::option_audio`); nothing here derives prompt ids.

use crate::services::{Services, LANGUAGE_NAME_PROMPT};
use heard_core::coverage::{option_audio, SpokenOption};
use heard_core::flow::{Screen, Session};
use heard_core::ids::{ChoiceId, LangTag, QuestionId};
use heard_core::kept::spoken_lists;
use heard_core::listening::{
    answer_audio, screen_prompts, DELETED_PROMPT, NO_ANSWER_PROMPT, STOP_DIALOG_PROMPTS,
};
use heard_core::media::MediaTarget;
use heard_core::survey::QuestionKind;

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
    /// A part of a dialog read as one, by its prompt id (`kept-read-kept`: a heading and its list).
    Line(&'static str),
    /// A row of the review: its question and the answer given.
    Answer(QuestionId),
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

/// "What is kept?" read aloud: the stored list under its heading, then the never-stored list
/// under its heading, one recording each (`heard_core::kept::spoken_lists`), each list
/// highlighted while it plays. A part without audio in the language is skipped.
pub fn kept_playlist(services: &Services, lang: &LangTag) -> Playlist {
    spoken_lists()
        .into_iter()
        .filter_map(|list| {
            app_prompt(services, list.prompt, lang).map(|url| (Spoken::Line(list.prompt), url))
        })
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
    // is the core's rule. The review reads its answers between its title and Send.
    let prompts = screen_prompts(session.screen());
    let (head, tail) = match session.screen() {
        Screen::Review => prompts.split_at(prompts.len().min(1)),
        _ => (prompts, &[][..]),
    };
    let app_prompts = |list: &mut Playlist, ids: &[&str]| {
        for id in ids {
            if let Some(url) = app_prompt(services, id, lang) {
                list.push((Spoken::Prompt, url));
            }
        }
    };
    app_prompts(&mut list, head);
    match session.screen() {
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
        Screen::Review => list.extend(review_answers(services, session)),
        _ => {}
    }
    app_prompts(&mut list, tail);
    list
}

/// The review's rows read aloud, in the order they show: each question's own audio, then the
/// answer given (`heard_core::listening::answer_audio`: the recordings the question screen
/// read, never new ones), or "no answer". The row is highlighted while either plays.
fn review_answers(services: &Services, session: &Session) -> Playlist {
    let lang = session.language();
    let survey = &session.survey().id;
    let mut list = Vec::new();
    for id in session.relevant_questions() {
        let Some(q) = session.survey().question(&id) else {
            continue;
        };
        if matches!(q.kind, QuestionKind::Info) {
            continue;
        }
        let row = || Spoken::Answer(id.clone());
        let question = MediaTarget::Question(id.clone());
        list.extend(
            services
                .audio_url(Some(survey), &question, lang)
                .map(|u| (row(), u)),
        );
        match session.answer_to(&id) {
            Some(answer) => {
                for audio in answer_audio(q, answer) {
                    let manifest = audio.in_survey_manifest.then_some(survey);
                    if let Some(url) = services.audio_url(manifest, &audio.target, lang) {
                        list.push((row(), url));
                    }
                }
            }
            None => list.extend(app_prompt(services, NO_ANSWER_PROMPT, lang).map(|u| (row(), u))),
        }
    }
    list
}
