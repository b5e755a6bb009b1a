//! One file per page.

pub mod actions;
pub mod breakdown;
pub mod comments;
pub mod common;
pub mod home;
pub mod integrity;
pub mod layout;
pub mod login;
pub mod overview;
pub mod participation;
pub mod password;
pub mod recordings;
pub mod report;
