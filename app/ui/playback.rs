//! Audio-first mode: each screen reads itself aloud — the question, then its choices in order,
//! each highlighted while it plays. The first tap (the language's speaker icon) is the user
//! gesture that lets the webview play sound; later screens start playing by themselves.
//! Playing is JavaScript (fetch + blob URL, see `audio.rs`) that reports which item it is on.

use crate::services::{Services, LANGUAGE_NAME_PROMPT};
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;
use heard_core::coverage::{scale_end_target, ScaleEnd};
use heard_core::flow::{Screen, Session};
use heard_core::ids::{ChoiceId, LangTag};
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
}

/// The Stop dialog read aloud: "Stop", then its two consequential choices, each highlighted
/// while it plays (the recordings `make-audio` makes for exactly this). Items without audio in
/// the language are skipped; a language without any gives an empty list.
pub fn stop_playlist(services: &Services, lang: &LangTag) -> Vec<(Spoken, String)> {
    let ui = |id: &str| services.audio_url(None, &MediaTarget::Prompt(id.to_owned()), lang);
    [
        (Spoken::Prompt, "stop"),
        (Spoken::Button("stop-keep"), "stop-keep"),
        (Spoken::Button("stop-discard"), "stop-discard"),
    ]
    .into_iter()
    .filter_map(|(spoken, id)| ui(id).map(|url| (spoken, url)))
    .collect()
}

/// What to say for each option of a question: (highlight, manifest (None: the app's), target).
pub fn option_targets(question: &heard_core::survey::Question) -> Vec<(Spoken, bool, MediaTarget)> {
    let prompt = |id: String| MediaTarget::Prompt(id);
    let authored = question.kind.authored_choices();
    if !authored.is_empty() {
        return authored
            .iter()
            .map(|c| {
                let target = MediaTarget::Choice {
                    question: question.id.clone(),
                    choice: c.id.clone(),
                };
                (Spoken::Choice(c.id.clone()), true, target)
            })
            .collect();
    }
    match &question.kind {
        QuestionKind::Smiley { faces } => (1..=i32::from(*faces))
            .map(|n| {
                (
                    Spoken::Point(n),
                    false,
                    prompt(format!("smiley-{faces}-{n}")),
                )
            })
            .collect(),
        QuestionKind::Scale { min, max, .. } => vec![
            (
                Spoken::Point(*min),
                true,
                scale_end_target(&question.id, ScaleEnd::Low),
            ),
            (
                Spoken::Point(*max),
                true,
                scale_end_target(&question.id, ScaleEnd::High),
            ),
        ],
        QuestionKind::Nationality { countries } => question
            .kind
            .choice_ids()
            .into_iter()
            .map(|c| {
                let id = if countries.contains(&c) {
                    format!("country-{c}")
                } else {
                    format!("choice-{c}")
                };
                (Spoken::Choice(c), false, prompt(id))
            })
            .collect(),
        kind if kind.has_fixed_choices() => kind
            .choice_ids()
            .into_iter()
            .map(|c| {
                let id = format!("choice-{c}");
                (Spoken::Choice(c), false, prompt(id))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The playlist of the screen a session is on: (highlight, URL), items without audio skipped.
pub fn screen_playlist(services: &Services, session: &Session) -> Vec<(Spoken, String)> {
    let lang = session.language();
    let survey = &session.survey().id;
    let ui = |id: &str| services.audio_url(None, &MediaTarget::Prompt(id.to_owned()), lang);
    let mut list = Vec::new();
    match session.screen() {
        Screen::Anonymity => {
            list.extend(ui("anonymity-body").map(|u| (Spoken::Prompt, u)));
        }
        Screen::Question(id) => {
            let target = MediaTarget::Question(id.clone());
            list.extend(
                services
                    .audio_url(Some(survey), &target, lang)
                    .map(|u| (Spoken::Prompt, u)),
            );
            if let Some(q) = session.survey().question(id) {
                for (spoken, own, target) in option_targets(q) {
                    let manifest = own.then_some(survey);
                    if let Some(url) = services.audio_url(manifest, &target, lang) {
                        list.push((spoken, url));
                    }
                }
            }
        }
        Screen::ThankYou => {
            list.extend(ui("thanks-title").map(|u| (Spoken::Prompt, u)));
            list.extend(ui("thanks-body").map(|u| (Spoken::Prompt, u)));
        }
        _ => {}
    }
    list
}

/// Runs a script in the page, from an event handler or from the kiosk's timer alike (outside
/// any component's scope, the app's root scope owns it). Without a runtime it does nothing.
pub fn run_script(script: &str) {
    use dioxus::core::{Runtime, ScopeId};
    let Some(runtime) = Runtime::try_current() else {
        return;
    };
    let scope = runtime.try_current_scope_id().unwrap_or(ScopeId::ROOT);
    runtime.in_scope(scope, || {
        let _ = document::eval(script);
    });
}

impl Kiosk {
    /// The URL of a language's name, spoken in that language.
    pub fn language_name_url(&self, lang: &LangTag) -> Option<String> {
        self.services().audio_url(
            None,
            &MediaTarget::Prompt(LANGUAGE_NAME_PROMPT.to_owned()),
            lang,
        )
    }

    /// The language by its speaker icon: audio-first from here on. Says the name, then the
    /// next screen. If the survey has no complete audio in it, staff are told (not the resident).
    pub fn choose_language_audio_first(&mut self, lang: LangTag) {
        let name = self.language_name_url(&lang);
        let services = self.services();
        let Some(mut next) = self.session.peek().clone() else {
            return;
        };
        if next.choose_language(lang.clone()).is_err() {
            return;
        }
        next.mark_audio_used();
        if services.lacks_audio(next.survey(), &lang) {
            self.assistance.set(Some(lang));
        }
        self.audio_first.set(true);
        self.session.set(Some(next));
        let first = name.map(|u| (Spoken::Prompt, u));
        self.play_with(first);
    }

    /// In audio-first mode, reads the current screen aloud (nothing otherwise).
    pub fn play_screen(&mut self) {
        if *self.audio_first.peek() {
            self.play_with(None);
        }
    }

    /// Opens the Stop dialog; in audio-first mode it reads itself (`stop_playlist`).
    pub fn open_stop(&mut self) {
        self.stop_open.set(true);
        if !*self.audio_first.peek() {
            return;
        }
        let list = {
            let session = self.session.peek();
            let Some(session) = session.as_ref() else {
                return;
            };
            stop_playlist(&self.services(), session.language())
        };
        self.play_list(list);
    }

    /// Back to the survey from the Stop dialog: its reading stops.
    pub fn close_stop(&mut self) {
        self.stop_open.set(false);
        self.stop_audio();
    }

    /// The large replay button: the screen again, from the start.
    pub fn replay(&mut self) {
        if let Some(s) = self.session.write().as_mut() {
            s.mark_audio_used();
        }
        self.play_with(None);
    }

    /// Stops whatever is playing and clears the highlight.
    pub fn stop_audio(&mut self) {
        let generation = *self.playback.peek() + 1;
        self.playback.set(generation);
        if self.speaking.peek().is_some() {
            self.speaking.set(None);
        }
        run_script(crate::audio::STOP_SCRIPT);
    }

    fn play_with(&mut self, first: Option<(Spoken, String)>) {
        let list: Vec<(Spoken, String)> = {
            let session = self.session.peek();
            let Some(session) = session.as_ref() else {
                return;
            };
            first
                .into_iter()
                .chain(screen_playlist(&self.services(), session))
                .collect()
        };
        self.play_list(list);
    }

    /// Plays `list` in order, highlighting each item while it plays; replaces anything playing.
    fn play_list(&mut self, list: Vec<(Spoken, String)>) {
        let generation = *self.playback.peek() + 1;
        self.playback.set(generation);
        let urls: Vec<String> = list.iter().map(|(_, u)| u.clone()).collect();
        let keys: Vec<Spoken> = list.into_iter().map(|(k, _)| k).collect();
        let mut speaking = self.speaking;
        let playback = self.playback;
        // Owned by the app's root scope: the playlist outlives the screen that started it.
        dioxus::core::spawn_forever(async move {
            let mut eval = document::eval(&crate::audio::playlist_script(&urls));
            loop {
                let at = eval.recv::<i64>().await;
                if *playback.peek() != generation {
                    break;
                }
                match at.ok().and_then(|i| usize::try_from(i).ok()) {
                    Some(i) => speaking.set(keys.get(i).cloned()),
                    None => {
                        speaking.set(None);
                        break;
                    }
                }
            }
        });
    }
}
