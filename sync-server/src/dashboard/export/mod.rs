//! Exports of the suppressed aggregates (CSV, XLSX), built from the same `tables::Table` the
//! pages show.

pub mod csv;
pub mod responses;
pub mod stored_row;
pub mod xlsx;
