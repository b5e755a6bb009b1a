//! heard-core's tests read the repository's survey files through the shared test-support crate
//! (the server's tests use the same helpers).
#![allow(unused_imports)]

pub use heard_test_support::surveys::*;
