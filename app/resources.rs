//! Files embedded at build time (see build.rs): survey structures and locale texts.
include!(concat!(env!("OUT_DIR"), "/resources.rs"));

/// The embedded file at `path` (e.g. `locales/languages.toml`).
pub fn file(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

/// Embedded files whose path starts with `prefix` and ends with `suffix`.
pub fn files_matching<'a>(
    prefix: &'a str,
    suffix: &'a str,
) -> impl Iterator<Item = (&'static str, &'static str)> + 'a {
    FILES
        .iter()
        .filter(move |(p, _)| p.starts_with(prefix) && p.ends_with(suffix))
        .copied()
}
