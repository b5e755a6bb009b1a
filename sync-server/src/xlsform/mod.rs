//! XLSForm import and export (issue 7). Authors who already work in Excel/ODK/Kobo can bring a
//! form; Heard's own columns (`heard_topic`, `heard_satisfied`, …) make it feed the dashboard.
//! See docs/xlsform.md. Pure apart from calamine/rust_xlsxwriter working on bytes in memory.

mod cells;
mod choice_filter;
mod choices;
pub mod cli;
mod constraint;
mod coverage;
mod error;
mod export;
mod header;
mod import;
mod kinds;
mod languages;
mod media;
mod names;
mod questions;
mod read;
mod relevance;
mod settings;
mod types;
mod xpath;

pub use coverage::LanguageCoverage;
pub use error::{ExportError, ImportError, Location, Problem};
pub use export::{export_xlsform, media_file_name};
pub use import::{import_xlsform, ImportOptions, ImportedForm};
pub use languages::{header_language, parse_language};
pub use media::{MediaFile, MediaFolder};
pub use names::NameMap;
