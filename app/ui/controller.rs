//! The kiosk controller: UI state in signals, and every transition. Each change to a response
//! is made on a copy of the session, saved through the services, and only then shown: the
//! screen never runs ahead of the database.

use crate::kiosk::{idle_state, Idle};
use crate::services::Services;
use dioxus::prelude::*;
use heard_core::flow::{FlowError, Screen, Session};
use heard_core::ids::{LangTag, QuestionId};
use heard_core::response::{AdministrationMode, Answer, Response, ResponseId};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
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
pub struct KioskCore {
    pub services: Services,
    in_progress: Option<ResponseId>,
}

impl Drop for KioskCore {
    fn drop(&mut self) {
        if let Some(id) = self.in_progress.take() {
            if let Err(e) = self.services.abandon(&id) {
                eprintln!("heard: could not mark the interrupted response abandoned: {e}");
            }
        }
    }
}

#[derive(Clone, Copy)]
pub struct Kiosk {
    pub core: CopyValue<KioskCore>,
    pub session: Signal<Option<Session>>,
    pub view: Signal<View>,
    /// The administration mode staff chose for the next response.
    pub next_mode: Signal<AdministrationMode>,
    pub stop_open: Signal<bool>,
    pub notice: Signal<Option<Notice>>,
    /// Seconds left on the "are you still there?" prompt, when it shows.
    pub still_there: Signal<Option<u64>>,
    pub last_touch: Signal<Instant>,
    pub inactivity: Signal<Duration>,
    /// The staff PIN is still the factory default (the panel asks to change it).
    pub pin_is_default: Signal<bool>,
    /// Bumped at every reset: keys the resident's subtree so no widget state survives.
    pub generation: Signal<u64>,
}

impl Kiosk {
    pub fn new(services: Services) -> Self {
        let inactivity = services.settings().map_or(3, |s| s.inactivity_minutes);
        let session = services
            .new_session(AdministrationMode::SelfCompleted)
            .inspect_err(|e| eprintln!("heard: {e}"))
            .ok();
        Self {
            core: CopyValue::new(KioskCore {
                services,
                in_progress: None,
            }),
            session: Signal::new(session),
            view: Signal::new(View::Resident),
            next_mode: Signal::new(AdministrationMode::SelfCompleted),
            stop_open: Signal::new(false),
            notice: Signal::new(None),
            still_there: Signal::new(None),
            last_touch: Signal::new(Instant::now()),
            inactivity: Signal::new(Duration::from_secs(u64::from(inactivity) * 60)),
            pin_is_default: Signal::new(false),
            generation: Signal::new(0),
        }
    }

    pub fn services(&self) -> Services {
        self.core.read().services.clone()
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
    fn step(
        &mut self,
        save: bool,
        f: impl FnOnce(&mut Session) -> Result<Option<Response>, FlowError>,
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
                    self.session.set(Some(next));
                }
                self.notice.set(Some(Notice::Required));
                return;
            }
            Err(e) => {
                eprintln!("heard: flow refused an action: {e}");
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
                self.notice.set(None);
                self.session.set(Some(next));
            }
            Err(e) => {
                eprintln!("heard: saving failed: {e}");
                self.notice.set(Some(Notice::SaveFailed));
            }
        }
    }

    pub fn proceed(&mut self) {
        self.step(false, |s| s.proceed().map(|()| None));
    }

    pub fn choose_language(&mut self, lang: LangTag) {
        self.step(false, |s| s.choose_language(lang).map(|()| None));
    }

    /// An answer (or `None`: cleared). In one-tap mode a choice also moves on.
    pub fn answer(&mut self, answer: Option<Answer>) {
        let one_tap = self
            .session
            .peek()
            .as_ref()
            .is_some_and(|s| s.survey().flow.one_tap.is_some());
        self.step(true, |s| match answer {
            Some(a) => {
                s.answer(a)?;
                if one_tap {
                    s.next()
                } else {
                    Ok(None)
                }
            }
            None => s.clear_answer().map(|()| None),
        });
    }

    /// Whether Back leads somewhere from the current screen.
    pub fn can_go_back(&self) -> bool {
        self.session
            .read()
            .as_ref()
            .is_some_and(|s| s.survey().flow.one_tap.is_none() && s.clone().back().is_ok())
    }

    /// Plays a spoken prompt; the response records that audio was used.
    pub fn listen(&mut self, url: &str) {
        self.step(false, |s| {
            s.mark_audio_used();
            Ok(None)
        });
        let _ = document::eval(&crate::audio::play_script(url));
    }

    pub fn next(&mut self) {
        self.step(false, Session::next);
    }

    pub fn back(&mut self) {
        self.step(false, |s| s.back().map(|()| None));
    }

    pub fn edit(&mut self, question: QuestionId) {
        self.step(false, |s| s.edit(&question).map(|()| None));
    }

    pub fn submit(&mut self) {
        self.step(false, |s| s.submit().map(Some));
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
                eprintln!("heard: cannot stop: {e}");
                Ok(())
            }
        };
        match result {
            Ok(()) => {
                self.core.write().in_progress = None;
                self.after_response();
            }
            Err(e) => {
                eprintln!("heard: stopping failed: {e}");
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
            self.view.set(View::Staff);
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
            .inspect_err(|e| eprintln!("heard: {e}"))
            .ok();
        self.core.write().in_progress = None;
        self.session.set(session);
        self.stop_open.set(false);
        self.notice.set(None);
        self.still_there.set(None);
        self.last_touch.set(Instant::now());
        let generation = *self.generation.peek() + 1;
        self.generation.set(generation);
    }

    /// Abandons the response in progress (kept, counted) and starts afresh.
    pub fn abandon_and_reset(&mut self) {
        let id = self.core.write().in_progress.take();
        if let Some(id) = id {
            if let Err(e) = self.services().abandon(&id) {
                eprintln!("heard: could not mark the response abandoned: {e}");
            }
        }
        self.reset();
    }

    /// Called every second: the "are you still there?" prompt, then the reset.
    pub fn tick(&mut self, now: Instant) {
        let idle = idle_state(*self.last_touch.peek(), now, *self.inactivity.peek());
        let view = *self.view.peek();
        if view != View::Resident {
            // An unattended staff panel closes by itself.
            if idle == Idle::Reset {
                self.view.set(View::Resident);
                self.touch();
            }
            return;
        }
        let resting = self
            .session
            .peek()
            .as_ref()
            .is_none_or(|s| matches!(s.screen(), Screen::Welcome | Screen::ThankYou));
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

    /// Staff start a response (the mode they chose applies).
    pub fn start_from_staff(&mut self) {
        self.view.set(View::Resident);
        self.abandon_and_reset();
    }

    pub fn set_inactivity_minutes(&mut self, minutes: u32) {
        self.inactivity
            .set(Duration::from_secs(u64::from(minutes) * 60));
    }
}
