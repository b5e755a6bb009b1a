//! heard-sync-server as a library: the parts the binary and the tests share.

pub mod xlsform;
