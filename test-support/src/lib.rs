//! Test helpers shared across the workspace's packages, in one crate instead of source files
//! compiled from another package's folder through `#[path]`.
//!
//! - [`surveys`]: the repository's survey files loaded, answers for any question, a built-in
//!   survey answered through the flow (heard-core's tests, the server's figure tests).
//! - [`responses`]: seeded random responses that pass validation (the server's tests, benches),
//!   from `heard_core::synthetic`, the generator the dashboard's demo data uses too.
//!
//! Used from integration tests and benches only. heard-core's tests depend on this crate, which
//! depends on heard-core: that dev-dependency cycle is fine for integration tests (one copy of
//! heard-core is built and both link it), so nothing here may be used from a `#[cfg(test)]`
//! module inside heard-core, where the types would be a second, distinct copy.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod responses;
pub mod surveys;
