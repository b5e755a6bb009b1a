//! What the API and the dashboard share, and the one place that puts them together: the state
//! every handler gets (`AppState`), the rate limiter, the JSON error type, the request log and
//! `app(state)`. `api/` and `dashboard/` depend on this module and never on each other; only
//! `router.rs` names them (`tests/structure.rs` checks both).

mod error;
pub mod headers;
mod log;
mod rate_limit;
mod router;
pub mod source;
mod state;

pub use error::ApiError;
pub use rate_limit::RateLimiter;
pub use router::app;
pub use state::AppState;
