//! Pure kiosk timing rules (no clock of their own, so they are tested with made-up instants):
//! inactivity reset with an "are you still there?" prompt first, and the staff long-press.

use crate::platform::Instant;
use std::time::Duration;

/// How long the "are you still there?" prompt waits before the reset.
pub const STILL_THERE_GRACE: Duration = Duration::from_secs(30);
/// How long the staff corner must be held.
pub const LONG_PRESS: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// Show the prompt; this many whole seconds remain.
    AskStillThere {
        seconds_left: u64,
    },
    /// Time is up: reset.
    Reset,
}

/// Decides, from the last touch and the configured timeout, what the kiosk should do now.
pub fn idle_state(last_touch: Instant, now: Instant, timeout: Duration) -> Idle {
    let idle = now.saturating_duration_since(last_touch);
    if idle < timeout {
        Idle::Active
    } else if idle < timeout + STILL_THERE_GRACE {
        let left = timeout + STILL_THERE_GRACE - idle;
        Idle::AskStillThere {
            seconds_left: left.as_secs() + u64::from(left.subsec_nanos() > 0),
        }
    } else {
        Idle::Reset
    }
}

/// A press on the staff corner: opens the PIN prompt only when held long enough.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LongPress {
    started: Option<Instant>,
}

impl LongPress {
    pub fn press(&mut self, now: Instant) {
        self.started = Some(now);
    }
    /// The finger or key went up: true when it had been held for `LONG_PRESS`.
    pub fn release(&mut self, now: Instant) -> bool {
        self.started
            .take()
            .is_some_and(|s| now.saturating_duration_since(s) >= LONG_PRESS)
    }
    /// The pointer left the corner: the press does not count.
    pub fn cancel(&mut self) {
        self.started = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inactivity_asks_first_then_resets() {
        let t0 = Instant::now();
        let timeout = Duration::from_secs(180);
        assert_eq!(
            idle_state(t0, t0 + Duration::from_secs(179), timeout),
            Idle::Active
        );
        assert_eq!(
            idle_state(t0, t0 + Duration::from_secs(180), timeout),
            Idle::AskStillThere { seconds_left: 30 }
        );
        assert_eq!(
            idle_state(t0, t0 + Duration::from_millis(209_500), timeout),
            Idle::AskStillThere { seconds_left: 1 }
        );
        assert_eq!(
            idle_state(t0, t0 + Duration::from_secs(210), timeout),
            Idle::Reset
        );
    }

    #[test]
    fn only_a_long_enough_press_opens_the_staff_prompt() {
        let t0 = Instant::now();
        let mut press = LongPress::default();
        press.press(t0);
        assert!(!press.release(t0 + Duration::from_millis(1_900)));
        press.press(t0);
        assert!(press.release(t0 + Duration::from_millis(2_000)));
        // A release without a press, or after a cancel, never counts.
        assert!(!press.release(t0 + Duration::from_secs(5)));
        press.press(t0);
        press.cancel();
        assert!(!press.release(t0 + Duration::from_secs(5)));
    }
}
