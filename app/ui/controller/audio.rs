//! Audio-first transitions: choosing a language by ear, reading screens and the Stop dialog,
//! replay. What to read comes from `ui::playback` (pure); here it is played and the `Spoken`
//! state follows the player.

use super::Kiosk;
use crate::services::Services;
use crate::ui::playback::{
    deleted_prompt, kept_playlist, language_name, screen_playlist, stop_playlist, Playlist, Spoken,
};
use dioxus::prelude::*;
use heard_core::ids::LangTag;

/// Runs a script in the page, from an event handler or from the kiosk's timer alike (outside
/// any component's scope, the app's root scope owns it). Without a runtime it does nothing.
pub(super) fn run_script(script: &str) {
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
    /// The language by its speaker icon: audio-first from here on. Says the name, then the
    /// next screen. The grid offers it only where the whole path has audio; a language
    /// without it (the grid offered a call for help) is a call for help here too.
    pub fn choose_language_audio_first(&mut self, lang: LangTag) {
        let services = self.services();
        let name = language_name(&services, &lang);
        let Some(mut next) = self.session.peek().clone() else {
            return;
        };
        if !services.listenable(next.survey(), &lang) {
            self.call_help(lang);
            return;
        }
        if next.choose_language(lang.clone()).is_err() {
            return;
        }
        next.mark_audio_used();
        self.clear_deleted();
        self.audio_first.set(true);
        self.show(Some(next));
        let first = name.map(|u| (Spoken::Prompt, u));
        self.play_with(first);
    }

    /// The "ask for help" pictogram of a language that cannot be listened to the whole way:
    /// the screens follow in that language (written), a member of staff is called, visibly on
    /// the tablet and in the panel. Never a voice in another language, never silence offered.
    pub fn call_help(&mut self, lang: LangTag) {
        self.clear_deleted();
        self.step(
            false,
            |s| s.choose_language(lang.clone()).map(|()| None),
            |_| {},
        );
        self.assistance.set(Some(lang));
    }

    /// After "stop and delete": the first screen confirms it in the resident's language, and
    /// says it aloud if they were listening.
    pub(super) fn confirm_deleted(&mut self, lang: LangTag, listening: bool) {
        if listening {
            if let Some(url) = deleted_prompt(&self.services(), &lang) {
                self.play_list(vec![(Spoken::Prompt, url)]);
            }
        }
        self.deleted.set(Some(lang));
    }

    pub(super) fn clear_deleted(&mut self) {
        if self.deleted.peek().is_some() {
            self.deleted.set(None);
        }
    }

    /// Plays a spoken prompt (the small Listen button); the response records that audio was used.
    pub fn listen(&mut self, url: &str) {
        self.step(
            false,
            |s| {
                s.mark_audio_used();
                Ok(None)
            },
            |_| {},
        );
        run_script(&crate::audio::play_script(url));
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
        self.read_dialog(stop_playlist);
    }

    /// Opens "What is kept?" (anonymity screen); in audio-first mode it reads its lists.
    pub fn open_kept(&mut self) {
        self.kept_open.set(true);
        self.read_dialog(kept_playlist);
    }

    /// In audio-first mode, a dialog that just opened reads itself in the resident's language.
    fn read_dialog(&mut self, playlist: fn(&Services, &LangTag) -> Playlist) {
        if !*self.audio_first.peek() {
            return;
        }
        let Some(lang) = self.session.peek().as_ref().map(|s| s.language().clone()) else {
            return;
        };
        let list = playlist(&self.services(), &lang);
        self.play_list(list);
    }

    /// Closes "What is kept?": its reading stops.
    pub fn close_kept(&mut self) {
        self.kept_open.set(false);
        self.stop_audio();
    }

    /// Back to the survey from the Stop dialog: its reading stops.
    pub fn close_stop(&mut self) {
        self.stop_open.set(false);
        self.stop_audio();
    }

    /// The large replay button: the screen again, from the start.
    pub fn replay(&mut self) {
        self.step(
            false,
            |s| {
                s.mark_audio_used();
                Ok(None)
            },
            |_| {},
        );
        self.play_with(None);
    }

    /// The player reached item `at` of the current playlist (None: it ended or failed). Only
    /// the playlist `generation` still current may move the highlight.
    pub fn playback_progress(&mut self, generation: u64, at: Option<Spoken>) {
        if *self.playback.peek() == generation {
            self.speaking.set(at);
        }
    }

    /// The playlist now current (what `playback_progress` must name to move the highlight).
    pub fn playback_generation(&self) -> u64 {
        *self.playback.peek()
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
        let list: Playlist = {
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
    fn play_list(&mut self, list: Playlist) {
        let generation = *self.playback.peek() + 1;
        self.playback.set(generation);
        let urls: Vec<String> = list.iter().map(|(_, u)| u.clone()).collect();
        let keys: Vec<Spoken> = list.into_iter().map(|(k, _)| k).collect();
        let mut kiosk = *self;
        // Owned by the app's root scope: the playlist outlives the screen that started it.
        dioxus::core::spawn_forever(async move {
            let mut eval = document::eval(&crate::audio::playlist_script(&urls));
            loop {
                let at = eval.recv::<i64>().await;
                if *kiosk.playback.peek() != generation {
                    break;
                }
                let item = at
                    .ok()
                    .and_then(|i| usize::try_from(i).ok())
                    .and_then(|i| keys.get(i).cloned());
                let ended = item.is_none();
                kiosk.playback_progress(generation, item);
                if ended {
                    break;
                }
            }
        });
    }
}
