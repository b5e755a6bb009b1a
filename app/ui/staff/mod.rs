//! Staff access: a corner held for two seconds, a PIN, and the panel. Staff see counts and
//! settings, never answers.

mod corner;
mod panel;
mod pin_prompt;
mod sync_panel;

pub use corner::StaffCorner;
pub use panel::StaffPanel;
pub use pin_prompt::PinPrompt;
pub use sync_panel::{enrol_error_key, SyncPanel};
