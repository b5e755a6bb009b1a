//! The kiosk controller: the UI's state, and every transition. Components read state through
//! the typed accessors below and change it only through the methods here; none sets a signal.
//!
//! Each change to a response is made on a copy of the session, saved through the services, and
//! only then shown: the screen never runs ahead of the database. What a screen offers (Back,
//! Next, a tap that moves on, whether an answer is missing) is asked of the core's `Session`.

mod audio;
mod media;
mod staff;
mod staff_media;

pub use media::ScreenMedia;
pub use staff::StaffOverview;
pub use staff_media::StaffMedia;

use crate::kiosk::{idle_state, Idle};
use crate::platform::Instant;
use crate::services::Services;
use crate::ui::playback::Spoken;
use dioxus::prelude::*;
use heard_core::flow::{FlowError, Screen, Session};
use heard_core::ids::{LangTag, QuestionId};
use heard_core::response::{AdministrationMode, Answer, Response, ResponseId};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// First-run setup: no staff PIN yet, so no resident screen either.
    Setup,
    Resident,
    Pin,
    Staff,
}

/// Why the last action did not go through (a Fluent id shown to the resident).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SaveFailed,
    Required,
}

impl Notice {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::SaveFailed => "save-failed",
            Self::Required => "required-hint",
        }
    }
}

/// Owns the services for this window/browser session. When the UI goes away (window closed,
/// browser tab gone) the response in progress is kept as abandoned, as after a crash.
struct KioskCore {
    services: Services,
    in_progress: Option<ResponseId>,
}

impl Drop for KioskCore {
    fn drop(&mut self) {
        if let Some(id) = self.in_progress.take() {
            if let Err(e) = self.services.abandon(&id) {
                tracing::error!("could not mark the interrupted response abandoned: {e}");
            }
        }
    }
}

#[derive(Clone, Copy)]
pub struct Kiosk {
    core: CopyValue<KioskCore>,
    session: Signal<Option<Session>>,
    view: Signal<View>,
    /// The administration mode staff chose for the next response.
    next_mode: Signal<AdministrationMode>,
    stop_open: Signal<bool>,
    /// "What is kept?" is open over the anonymity screen.
    kept_open: Signal<bool>,
    notice: Signal<Option<Notice>>,
    /// Seconds left on the "are you still there?" prompt, when it shows.
    still_there: Signal<Option<u64>>,
    last_touch: Signal<Instant>,
    inactivity: Signal<Duration>,
    /// Bumped at every reset: keys the resident's subtree so no widget state survives.
    generation: Signal<u64>,
    /// The resident chose their language by its speaker icon: every screen speaks by itself.
    audio_first: Signal<bool>,
    /// What is being read aloud now (highlighted on screen).
    speaking: Signal<Option<Spoken>>,
    /// Bumped at every new playlist, so an older one's end does not clear the highlight.
    playback: Signal<u64>,
    /// A resident asked for help (the pictogram offered instead of "by ear" in a language
    /// without audio for the whole path): shown to the resident, on the staff corner and in
    /// the panel, in that language.
    assistance: Signal<Option<LangTag>>,
    /// The previous resident deleted their answers: the first screen says so, in their
    /// language, until someone touches it.
    deleted: Signal<Option<LangTag>>,
    /// What the screen on show needs from the store (its Listen audio, the thank-you's
    /// actions), read when the screen changes: never while rendering.
    screen_media: Signal<ScreenMedia>,
    /// What the staff panel shows, read from the store when it opens and after each change:
    /// never while rendering.
    staff: Signal<StaffOverview>,
    /// The panel's recording items and coverage report, read with the panel's figures, when
    /// staff pick a recording language and after a recording is kept: never while rendering.
    staff_media: Signal<StaffMedia>,
}

/// Reading state. Called while rendering, these subscribe the component to the state they read.
impl Kiosk {
    /// The first screen of a fresh session (the core's `at_rest`, not the thank-you) with nothing
    /// in progress and no staff view open: the moment a newly
    /// deployed web build may take over (the page reads `data-heard-idle`, see `web/heard.js`).
    pub fn idle(&self) -> bool {
        *self.view.read() == View::Resident
            && self
                .session
                .read()
                .as_ref()
                .is_none_or(|s| s.at_rest() && !matches!(s.screen(), Screen::ThankYou))
            && self.core.peek().in_progress.is_none()
    }
    /// Reads the session on screen (None: no survey on this device).
    pub fn with_session<R>(&self, f: impl FnOnce(&Session) -> R) -> Option<R> {
        self.session.read().as_ref().map(f)
    }
    /// The session as it stands, without subscribing (event handlers, tests).
    pub fn session_now(&self) -> Option<Session> {
        self.session.peek().clone()
    }
    pub fn view(&self) -> View {
        *self.view.read()
    }
    pub fn next_mode(&self) -> AdministrationMode {
        *self.next_mode.read()
    }
    pub fn stop_open(&self) -> bool {
        *self.stop_open.read()
    }
    pub fn kept_open(&self) -> bool {
        *self.kept_open.read()
    }
    pub fn notice(&self) -> Option<Notice> {
        *self.notice.read()
    }
    pub fn still_there(&self) -> Option<u64> {
        *self.still_there.read()
    }
    pub fn generation(&self) -> u64 {
        *self.generation.read()
    }
    pub fn audio_first(&self) -> bool {
        *self.audio_first.read()
    }
    pub fn speaking(&self) -> Option<Spoken> {
        self.speaking.read().clone()
    }
    pub fn assistance(&self) -> Option<LangTag> {
        self.assistance.read().clone()
    }
    /// The language of the answers just deleted, while the first screen confirms it.
    pub fn deleted(&self) -> Option<LangTag> {
        self.deleted.read().clone()
    }
    pub fn staff_overview(&self) -> StaffOverview {
        self.staff.read().clone()
    }
    /// The recording items (in the language chosen) and the coverage report.
    pub fn staff_media(&self) -> StaffMedia {
        self.staff_media.read().clone()
    }
    /// The Listen button's audio and the thank-you's actions for the screen on show.
    pub fn screen_media(&self) -> ScreenMedia {
        self.screen_media.read().clone()
    }
    /// Whether Back leads somewhere from the current screen (the core decides).
    pub fn can_go_back(&self) -> bool {
        self.with_session(Session::can_go_back).unwrap_or(false)
    }
    pub fn services(&self) -> Services {
        self.core.read().services.clone()
    }
}

impl Kiosk {
    pub fn new(services: Services) -> Self {
        let inactivity = services.settings().map_or(3, |s| s.inactivity_minutes);
        let device_language = services.device_language().clone();
        // A store that cannot say counts as set up: the PIN prompt then shows the failure.
        let first_view = if services.needs_setup().unwrap_or(false) {
            View::Setup
        } else {
            View::Resident
        };
        let session = services
            .new_session(AdministrationMode::SelfCompleted)
            .inspect_err(|e| tracing::error!("no session: {e}"))
            .ok();
        let mut kiosk = Self {
            core: CopyValue::new(KioskCore {
                services,
                in_progress: None,
            }),
            session: Signal::new(None),
            view: Signal::new(first_view),
            next_mode: Signal::new(AdministrationMode::SelfCompleted),
            stop_open: Signal::new(false),
            kept_open: Signal::new(false),
            notice: Signal::new(None),
            still_there: Signal::new(None),
            last_touch: Signal::new(Instant::now()),
            inactivity: Signal::new(Duration::from_secs(u64::from(inactivity) * 60)),
            generation: Signal::new(0),
            audio_first: Signal::new(false),
            speaking: Signal::new(None),
            playback: Signal::new(0),
            assistance: Signal::new(None),
            deleted: Signal::new(None),
            staff: Signal::new(StaffOverview::default()),
            staff_media: Signal::new(StaffMedia::empty(device_language)),
            screen_media: Signal::new(ScreenMedia::default()),
        };
        kiosk.show(session);
        kiosk
    }

    /// Puts a session on screen with what its screen needs from the store.
    fn show(&mut self, session: Option<Session>) {
        // An answer keeps the screen: what it needs from the store is already read.
        let same_screen = {
            let shown = self.session.peek();
            match (shown.as_ref(), session.as_ref()) {
                (Some(a), Some(b)) => {
                    a.context().id == b.context().id
                        && a.screen() == b.screen()
                        && a.language() == b.language()
                }
                _ => false,
            }
        };
        if same_screen {
            self.session.set(session);
            return;
        }
        let media = session
            .as_ref()
            .map(|s| ScreenMedia::read(&self.services(), s, *self.audio_first.peek()))
            .unwrap_or_default();
        if *self.screen_media.peek() != media {
            self.screen_media.set(media);
        }
        self.session.set(session);
    }

    /// Any touch or key press: the resident is here.
    pub fn touch(&mut self) {
        self.last_touch.set(Instant::now());
        if self.still_there.peek().is_some() {
            self.still_there.set(None);
        }
    }

    /// Runs a flow step on a copy of the session; saves what it produced; then shows it.
    /// `save` stores the response in progress (after an answer); a returned response (the
    /// last answer with no review screen, a submit) is stored as finished.
    /// `shown` runs once the new screen is on show (after the commit is durable).
    fn step(
        &mut self,
        save: bool,
        f: impl FnOnce(&mut Session) -> Result<Option<Response>, FlowError>,
        shown: impl FnOnce(&mut Kiosk) + 'static,
    ) {
        let Some(mut next) = self.session.peek().clone() else {
            return;
        };
        let before = next.screen().clone();
        let outcome = f(&mut next);
        let services = self.services();
        let stored = match &outcome {
            Ok(Some(finished)) => services.finish(finished).map(|()| true),
            Ok(None) if save => services.save_progress(&next).map(|()| false),
            Ok(None) => Ok(false),
            Err(FlowError::Required(_)) => {
                // `submit` moves to the missing question: show that, with the hint.
                if next.screen() != &before {
                    self.show(Some(next));
                }
                self.notice.set(Some(Notice::Required));
                return;
            }
            Err(e) => {
                tracing::warn!("flow refused an action: {e}");
                return;
            }
        };
        match stored {
            Ok(finished) => {
                // Remember a response that has a row in progress, so leaving abandons it.
                if finished {
                    self.core.write().in_progress = None;
                } else if save {
                    self.core.write().in_progress = Some(next.context().id);
                }
                self.when_durable(move |kiosk| {
                    kiosk.notice.set(None);
                    kiosk.show(Some(next));
                    shown(kiosk);
                });
            }
            Err(e) => {
                tracing::error!("saving failed: {e}");
                self.notice.set(Some(Notice::SaveFailed));
            }
        }
    }

    /// Runs `then` once everything committed is durable: at once on native targets, where the
    /// store's commit is; in the web build when the store worker has committed it. Until then
    /// the screen does not move; if it fails, the resident sees the save-failed notice.
    fn when_durable(&mut self, then: impl FnOnce(&mut Kiosk) + 'static) {
        match self.services().durable() {
            None => then(self),
            Some(durable) => {
                let mut kiosk = *self;
                spawn(async move {
                    match durable.await {
                        Ok(()) => then(&mut kiosk),
                        Err(e) => {
                            tracing::error!("the store worker did not commit: {e}");
                            kiosk.notice.set(Some(Notice::SaveFailed));
                        }
                    }
                });
            }
        }
    }

    /// The screen after a step: read aloud in audio-first mode when it changed.
    fn step_and_speak(
        &mut self,
        save: bool,
        f: impl FnOnce(&mut Session) -> Result<Option<Response>, FlowError>,
    ) {
        let before = self.session.peek().as_ref().map(|s| s.screen().clone());
        self.step(save, f, move |kiosk| {
            let after = kiosk.session.peek().as_ref().map(|s| s.screen().clone());
            if before != after {
                kiosk.play_screen();
            }
        });
    }

    pub fn proceed(&mut self) {
        self.step_and_speak(false, |s| s.proceed().map(|()| None));
    }

    /// The language by its name: the app says the name, and the resident reads from then on.
    pub fn choose_language(&mut self, lang: LangTag) {
        self.clear_deleted();
        let name = crate::ui::playback::language_name(&self.services(), &lang);
        self.step(false, |s| s.choose_language(lang).map(|()| None), |_| {});
        if let Some(url) = name {
            audio::run_script(&crate::audio::play_script(&url));
        }
    }

    /// An answer (or `None`: cleared). Where the core says a tap moves on (one-tap desks),
    /// the answer also moves to the next screen.
    pub fn answer(&mut self, answer: Option<Answer>) {
        self.stop_audio();
        self.step_and_speak(true, |s| match answer {
            Some(a) => s.answer_and_advance(a),
            None => s.clear_answer().map(|()| None),
        });
    }

    pub fn next(&mut self) {
        self.step_and_speak(false, Session::next);
    }

    pub fn back(&mut self) {
        self.step_and_speak(false, |s| s.back().map(|()| None));
    }

    pub fn edit(&mut self, question: QuestionId) {
        self.step_and_speak(false, |s| s.edit(&question).map(|()| None));
    }

    pub fn submit(&mut self) {
        self.step_and_speak(false, |s| s.submit().map(Some));
    }

    /// The resident stops: keep (as abandoned) or delete everything saved so far.
    pub fn stop(&mut self, keep: bool) {
        let Some(mut session) = self.session.peek().clone() else {
            return;
        };
        let id = session.context().id;
        let had_answers = !session.answers().is_empty();
        let services = self.services();
        let result = match session.stop(keep) {
            Ok(Some(response)) if had_answers => services.finish(&response),
            Ok(_) => services.discard(&id).map(|_| ()),
            Err(e) => {
                tracing::warn!("cannot stop: {e}");
                Ok(())
            }
        };
        let language = session.language().clone();
        let listening = *self.audio_first.peek();
        match result {
            Ok(()) => {
                self.core.write().in_progress = None;
                self.when_durable(move |kiosk| {
                    kiosk.after_response();
                    if !keep {
                        kiosk.confirm_deleted(language, listening);
                    }
                });
            }
            Err(e) => {
                tracing::error!("stopping failed: {e}");
                self.stop_open.set(false);
                self.notice.set(Some(Notice::SaveFailed));
            }
        }
    }

    /// After a response ends: staff-entry modes go back to the staff panel; help modes
    /// (assisted, interpreter) apply to one response only.
    pub fn after_response(&mut self) {
        let mode = *self.next_mode.peek();
        if mode.is_staff_entry() {
            self.show_staff();
        } else if mode != AdministrationMode::SelfCompleted {
            self.next_mode.set(AdministrationMode::SelfCompleted);
        }
        self.reset();
    }

    /// A fresh response: nothing of the previous one stays in memory or on screen.
    pub fn reset(&mut self) {
        let services = self.services();
        let mode = *self.next_mode.peek();
        let session = services
            .new_session(mode)
            .inspect_err(|e| tracing::error!("no session: {e}"))
            .ok();
        self.core.write().in_progress = None;
        self.show(session);
        self.stop_audio();
        self.audio_first.set(false);
        self.stop_open.set(false);
        self.kept_open.set(false);
        self.notice.set(None);
        self.still_there.set(None);
        self.clear_deleted();
        self.last_touch.set(Instant::now());
        let generation = *self.generation.peek() + 1;
        self.generation.set(generation);
    }

    /// Abandons the response in progress (kept, counted) and starts afresh.
    pub fn abandon_and_reset(&mut self) {
        let id = self.core.write().in_progress.take();
        if let Some(id) = id {
            if let Err(e) = self.services().abandon(&id) {
                tracing::error!("could not mark the response abandoned: {e}");
            }
        }
        self.reset();
    }

    /// Called every second: the "are you still there?" prompt, then the reset.
    pub fn tick(&mut self, now: Instant) {
        let idle = idle_state(*self.last_touch.peek(), now, *self.inactivity.peek());
        let view = *self.view.peek();
        if view == View::Setup {
            // Setup stays until staff finish it: leaving would hand the tablet to residents.
            return;
        }
        if view != View::Resident {
            // An unattended staff panel closes by itself.
            if idle == Idle::Reset {
                self.view.set(View::Resident);
                self.touch();
            }
            return;
        }
        let resting = self.session.peek().as_ref().is_none_or(Session::at_rest);
        if resting {
            return;
        }
        match idle {
            Idle::Active => {
                if self.still_there.peek().is_some() {
                    self.still_there.set(None);
                }
            }
            Idle::AskStillThere { seconds_left } => {
                if *self.still_there.peek() != Some(seconds_left) {
                    self.still_there.set(Some(seconds_left));
                }
            }
            Idle::Reset => self.abandon_and_reset(),
        }
    }

    pub fn set_inactivity_minutes(&mut self, minutes: u32) {
        self.inactivity
            .set(Duration::from_secs(u64::from(minutes) * 60));
    }
}
