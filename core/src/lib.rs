//! `heard-core`: the pure heart of Heard. Survey model, answer-flow state machine, canonical
//! encoding and hashes, sync wire types, tallies and report math.
//!
//! No IO, no UI, no async: callers read files and sockets and pass bytes and strings in.

pub mod authoring;
pub mod canonical;
pub mod condition;
pub mod coverage;
pub mod demographics;
pub mod enrolment;
pub mod flow;
pub mod idempotency;
pub mod ids;
pub mod kept;
pub mod listening;
pub mod mask;
pub mod media;
pub mod period;
pub mod pin;
pub mod report;
pub mod response;
pub mod set_aside;
pub mod survey;
pub mod synthetic;
pub mod text;
pub mod validate;
pub mod wire;
