//! Staff transitions: the long-press corner, the PIN prompt, the panel (mode of the next
//! response, settings, PIN change, enrolment) and what the panel shows. The panel's figures are
//! read from the store here, when it opens and after each change, so rendering never touches
//! the store and every box that shows a count shows the same one; with them, the recording
//! items and the coverage report (`staff_media.rs`).

use super::{Kiosk, View};
use crate::clock::unix_seconds;
use crate::services::{
    Counts, DeviceSettings, PinChange, PinCheck, PinSetup, ServiceError, SetAsideGroup,
    SettingsError, SyncEnrolment,
};
use dioxus::prelude::*;
use heard_core::response::AdministrationMode;

/// What the staff panel shows, as read from the store at one moment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StaffOverview {
    pub settings: Option<DeviceSettings>,
    pub counts: Counts,
    pub enrolment: Option<SyncEnrolment>,
    /// The responses the server set aside (never their answers), by what staff can do.
    pub set_aside: Vec<SetAsideGroup>,
    pub set_aside_count: usize,
    /// Days the tablet's clock was off the server's at the last sync, when more than one.
    pub clock_days_off: Option<i64>,
    /// A read failed: the panel says so instead of showing stale or zero figures as true.
    pub problem: Option<String>,
}

impl StaffOverview {
    fn read(services: &crate::services::Services) -> Self {
        let mut problem = None;
        let mut note = |e: ServiceError| {
            tracing::error!("staff panel: {e}");
            problem.get_or_insert_with(|| e.to_string());
        };
        let settings = services.settings().map_err(&mut note).ok();
        let counts = services.counts().map_err(&mut note).unwrap_or_default();
        let enrolment = services.sync_enrolment().map_err(&mut note).ok().flatten();
        let set_aside = services
            .set_aside_groups()
            .map_err(&mut note)
            .unwrap_or_default();
        let set_aside_count = set_aside.iter().map(|g| g.count).sum();
        let clock_days_off = services.clock_days_off().map_err(&mut note).ok().flatten();
        Self {
            settings,
            counts,
            enrolment,
            set_aside,
            set_aside_count,
            clock_days_off,
            problem,
        }
    }
}

impl Kiosk {
    /// Reads the panel's figures again (after a change, or when the sync worker reports), and
    /// with them the recording items and the coverage report (a settings change may choose
    /// another survey; a sync may bring recordings).
    pub fn refresh_staff(&mut self) {
        self.read_staff_overview();
        self.refresh_staff_media();
    }

    fn read_staff_overview(&mut self) {
        let overview = StaffOverview::read(&self.services());
        if *self.staff.peek() != overview {
            self.staff.set(overview);
        }
    }

    /// The staff corner was held long enough: the PIN prompt (from the resident's screens only).
    pub fn open_pin(&mut self) {
        if *self.view.peek() == View::Resident {
            self.view.set(View::Pin);
        }
    }

    /// Tries a PIN; the right one opens the panel. The outcome is for the prompt to show.
    pub fn submit_pin(&mut self, pin: &str) -> Result<PinCheck, ServiceError> {
        let check = self.services().check_pin(pin, unix_seconds());
        match check {
            Ok(PinCheck::Accepted) => self.show_staff(),
            Ok(PinCheck::NotSetUp) => self.view.set(View::Setup),
            _ => {}
        }
        check
    }

    /// First-run setup: the first staff PIN. Once it is set (now or already), the resident's
    /// screens open.
    pub fn set_up_pin(&mut self, new: &str, again: &str) -> Result<PinSetup, ServiceError> {
        let outcome = self.services().set_up_pin(new, again);
        if let Ok(PinSetup::Done | PinSetup::AlreadySet) = outcome {
            // The web build remembers that this browser holds a set-up database (`storage_lost`).
            crate::platform::note_storage(true);
            self.when_durable(|kiosk| {
                kiosk.view.set(View::Resident);
                kiosk.reset();
            });
        }
        outcome
    }

    /// Shows the staff panel with fresh figures; recording starts in the device's language.
    pub(super) fn show_staff(&mut self) {
        self.read_staff_overview();
        self.reset_staff_media();
        self.view.set(View::Staff);
    }

    /// Back to the resident's screens without a PIN (cancel on the prompt).
    pub fn cancel_pin(&mut self) {
        self.view.set(View::Resident);
    }

    /// Staff close the panel: the resident's screen as it was, or a fresh one if nobody had
    /// answered anything yet (so new settings apply).
    pub fn close_staff(&mut self) {
        self.view.set(View::Resident);
        let untouched = self
            .session
            .peek()
            .as_ref()
            .is_none_or(|s| s.answers().is_empty());
        if untouched {
            self.reset();
        }
    }

    /// Staff start a response (the mode they chose applies).
    pub fn start_from_staff(&mut self) {
        self.view.set(View::Resident);
        self.abandon_and_reset();
    }

    /// The mode of the next response (self-completed, assisted, interview, paper…).
    pub fn choose_next_mode(&mut self, mode: AdministrationMode) {
        self.next_mode.set(mode);
    }

    /// Staff saw the "a resident may need help" notice.
    pub fn dismiss_assistance(&mut self) {
        self.assistance.set(None);
    }

    /// Saves the device settings typed by staff; on success the inactivity timeout applies now.
    pub fn save_settings(
        &mut self,
        survey: &str,
        facility: &str,
        service_point: &str,
        inactivity_minutes: &str,
    ) -> Result<Result<DeviceSettings, SettingsError>, ServiceError> {
        let result =
            self.services()
                .save_settings(survey, facility, service_point, inactivity_minutes);
        if let Ok(Ok(saved)) = &result {
            self.set_inactivity_minutes(saved.inactivity_minutes);
        }
        self.refresh_staff();
        result
    }

    /// Changes the staff PIN (the current one counts as a try).
    pub fn change_pin(
        &mut self,
        current: &str,
        new: &str,
        again: &str,
    ) -> Result<PinChange, ServiceError> {
        self.services()
            .change_pin(current, new, again, unix_seconds())
    }
}
