//! Staff access: first-run setup (the first PIN), a corner held for two seconds, a PIN, and
//! the panel. Staff see counts and
//! settings, never answers.

mod assistance;
mod corner;
mod coverage;
mod panel;
mod pin_prompt;
mod recordings;
mod setup;
mod sync_panel;
mod translations;

pub use assistance::AssistanceNotice;
pub use corner::StaffCorner;
pub use coverage::CoverageReport;
pub use panel::StaffPanel;
pub use pin_prompt::PinPrompt;
pub use recordings::Recordings;
pub use setup::{pin_problem_key, SetupScreen};
pub use sync_panel::{enrol_error_key, SyncPanel};
pub use translations::TranslationStatusSection;
