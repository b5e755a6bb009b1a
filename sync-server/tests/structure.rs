//! The server's seams, checked on the source text: `api/` (the devices' endpoints) and
//! `dashboard/` (the coordinators' pages) both stand on `http/` and never on each other, and
//! `http/` names them only where it assembles the router. A path that crosses a seam fails here
//! with its file and line, however it is spelled: `crate::…`, `super::super::…`, a brace group,
//! or a re-export somewhere else that the other side could import instead.

use std::fmt;
use std::path::{Path, PathBuf};

/// The only file under `http/` that may name `api` or `dashboard`, and what it may name there.
const ROUTER_FILE: &str = "http/router.rs";
const ROUTER_MAY_USE: &[(&str, &str)] = &[("api", "router"), ("dashboard", "router")];

#[test]
fn api_and_dashboard_meet_only_in_the_router() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    assert!(
        files.iter().any(|f| f.rel == ROUTER_FILE),
        "{ROUTER_FILE} not found: the seams test needs updating"
    );
    let mut problems = Vec::new();
    for file in &files {
        problems.extend(check_file(&file.rel, &file.text));
    }
    assert!(
        problems.is_empty(),
        "module seams crossed (api/ and dashboard/ may depend on http/, never on each other; \
         http/ names them only in {ROUTER_FILE}):\n{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_checker_sees_every_spelling() {
    let crossing = [
        ("api/x.rs", "use crate::dashboard::session::Viewer;"),
        ("api/x.rs", "use super::super::dashboard::csrf;"),
        ("api/x.rs", "use crate::{http::AppState, dashboard};"),
        (
            "api/x.rs",
            "use crate::{\n    http,\n    dashboard::tables::Table,\n};",
        ),
        ("api/x.rs", "fn f() { crate :: dashboard :: router(); }"),
        ("api/x.rs", "use super::super::*;"),
        ("api/mod.rs", "use super::dashboard::router;"),
        ("dashboard/pages/x.rs", "use crate::api::DeviceAuth;"),
        (
            "dashboard/pages/x.rs",
            "use super::super::super::api::DeviceAuth;",
        ),
        ("dashboard/x.rs", "use heard_sync_server::api::router;"),
        ("http/state.rs", "use crate::dashboard::session::Viewer;"),
        ("http/router.rs", "use crate::api::DeviceAuth;"),
        ("http/mod.rs", "pub use crate::api::router;"),
        ("http/router.rs", "pub use crate::dashboard::router;"),
        ("store/mod.rs", "pub use crate::dashboard::tables::Table;"),
        ("lib.rs", "pub use dashboard::session::Viewer;"),
    ];
    for (rel, text) in crossing {
        assert!(
            !check_file(rel, text).is_empty(),
            "not caught in {rel}: {text}"
        );
    }
    let fine = [
        ("api/x.rs", "use crate::http::{ApiError, AppState};"),
        (
            "api/x.rs",
            "use super::auth::DeviceAuth; // crate::dashboard is elsewhere",
        ),
        (
            "api/x.rs",
            "const P: &str = \"crate::dashboard\"; /* super::dashboard */",
        ),
        ("dashboard/pages/x.rs", "use super::super::session::Viewer;"),
        (
            "dashboard/pages/x.rs",
            "let c = '{'; let d = dashboard::x; fn f<'a>(x: &'a str) {}",
        ),
        (
            "http/router.rs",
            "Router::new().merge(crate::api::router()).merge(crate::dashboard::router())",
        ),
        ("dashboard/mod.rs", "pub use pages::home;"),
        ("lib.rs", "pub mod api;\npub mod dashboard;"),
    ];
    for (rel, text) in fine {
        let found = check_file(rel, text);
        assert!(found.is_empty(), "false alarm in {rel}: {found:?}");
    }
}

#[test]
fn problems_name_file_and_line() {
    let found = check_file("api/x.rs", "//! doc\n\nuse crate::dashboard::csrf;\n");
    assert_eq!(found.len(), 1);
    let shown = found[0].to_string();
    assert!(shown.contains("src/api/x.rs:3"), "{shown}");
    assert!(shown.contains("crate::dashboard::csrf"), "{shown}");
}

struct SourceFile {
    /// Relative to `src/`, with `/` separators.
    rel: String,
    text: String,
}

fn walk(dir: &Path, out: &mut Vec<SourceFile>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let rel = path
                .strip_prefix(&root)
                .expect("under src")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            out.push(SourceFile { rel, text });
        }
    }
}

#[derive(Debug)]
struct Problem {
    file: String,
    line: usize,
    path: String,
    why: &'static str,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "  sync-server/src/{}:{}: `{}`: {}",
            self.file, self.line, self.path, self.why
        )
    }
}

/// Every problem in one file, whose path relative to `src/` decides which rules apply.
fn check_file(rel: &str, text: &str) -> Vec<Problem> {
    let tokens = tokenize(text);
    let module = module_path(rel);
    let area = module.first().map(String::as_str).unwrap_or("");
    let mut problems = Vec::new();
    for reference in references(&tokens, &module) {
        let Some(top) = reference.target.first().map(String::as_str) else {
            continue;
        };
        let crosses = top == "*" || top == "api" || top == "dashboard";
        if !crosses || top == area {
            continue;
        }
        let why = match area {
            "api" if top != "api" => Some("api/ must not depend on dashboard/"),
            "dashboard" if top != "dashboard" => Some("dashboard/ must not depend on api/"),
            "http" if rel != ROUTER_FILE => {
                Some("http/ names api/ and dashboard/ only in the router")
            }
            "http" if reference.reexport => {
                Some("the router must not re-export api/ or dashboard/")
            }
            "http" => {
                let allowed = ROUTER_MAY_USE.iter().any(|(module, item)| {
                    reference.target.len() == 2
                        && reference.target[0] == *module
                        && reference.target[1] == *item
                });
                (!allowed)
                    .then_some("the router may call only api::router() and dashboard::router()")
            }
            _ if reference.reexport => {
                Some("a re-export of api/ or dashboard/ would let the other side reach it")
            }
            _ => None,
        };
        if let Some(why) = why {
            problems.push(Problem {
                file: rel.to_owned(),
                line: reference.line,
                path: reference.spelled,
                why,
            });
        }
    }
    problems
}

/// The module a file defines: `api/auth.rs` → `[api, auth]`, `api/mod.rs` → `[api]`, `lib.rs` → `[]`.
fn module_path(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Star,
    Other,
}

/// Identifiers and path punctuation with their line numbers; comments and string and character
/// literals are dropped, so a path mentioned in prose or in a URL never counts.
fn tokenize(text: &str) -> Vec<(Token, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|c| **c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let start = i;
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i);
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && raw_string_at(&chars, i) {
            let start = i;
            i += 1;
            let mut hashes = 0;
            while chars[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1; // the opening quote
            while i < chars.len() {
                if chars[i] == '"'
                    && chars[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|c| **c == '#')
                        .count()
                        == hashes
                {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            line += count_lines(start, i.min(chars.len()));
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            line += count_lines(start, i.min(chars.len()));
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}') or a lifetime ('a): skip the former.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push((Token::Ident(chars[start..i].iter().collect()), line));
        } else {
            let token = match (c, next) {
                (':', Some(':')) => {
                    i += 1;
                    Token::PathSep
                }
                ('{', _) => Token::Open,
                ('}', _) => Token::Close,
                (',', _) => Token::Comma,
                ('*', _) => Token::Star,
                _ => Token::Other,
            };
            tokens.push((token, line));
            i += 1;
        }
    }
    tokens
}

fn raw_string_at(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    before_ok && chars.get(j) == Some(&'"')
}

/// One path as written, resolved to the crate's top-level modules (`target[0]` is the
/// top-level module, or `*` for a glob of the crate root).
#[derive(Debug)]
struct Reference {
    target: Vec<String>,
    spelled: String,
    line: usize,
    reexport: bool,
}

/// Every path rooted in `crate`, `super`, `self` or `heard_sync_server`, brace groups expanded,
/// plus, at a crate root (`lib.rs`), paths that start with a top-level module's name.
fn references(tokens: &[(Token, usize)], module: &[String]) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (Token::Ident(word), _) = &tokens[i] else {
            i += 1;
            continue;
        };
        let is_root = (i == 0 || tokens[i - 1].0 != Token::PathSep)
            && tokens.get(i + 1).map(|t| &t.0) == Some(&Token::PathSep);
        if !is_root {
            i += 1;
            continue;
        }
        let reexport = is_reexport(tokens, i);
        let (mut base, mut j) = match word.as_str() {
            "crate" | "heard_sync_server" => (Vec::new(), i + 2),
            "self" => (module.to_vec(), i + 2),
            "super" => {
                let mut base = module.to_vec();
                base.pop();
                (base, i + 2)
            }
            // `dashboard::x` at the crate root names the top-level module itself.
            _ if module.is_empty() => (Vec::new(), i),
            _ => {
                i += 1;
                continue;
            }
        };
        let mut spelled = if j == i {
            Vec::new()
        } else {
            vec![word.clone()]
        };
        while let (Some((Token::Ident(w), _)), Some((Token::PathSep, _))) =
            (tokens.get(j), tokens.get(j + 1))
        {
            if w != "super" || word != "super" {
                break;
            }
            spelled.push("super".into());
            // Above the crate root means an inline module deeper than its file: stay at the root.
            base.pop();
            j += 2;
        }
        let end = expand(tokens, j, &base, &spelled.join("::"), reexport, &mut out);
        i = end.max(i + 1);
    }
    out
}

/// What follows `…::`: a segment, a `*` or a `{…}` group; pushes each path it ends in and
/// returns the index after it.
fn expand(
    tokens: &[(Token, usize)],
    j: usize,
    base: &[String],
    spelled: &str,
    reexport: bool,
    out: &mut Vec<Reference>,
) -> usize {
    let join = |w: &str| {
        if spelled.is_empty() {
            w.to_owned()
        } else {
            format!("{spelled}::{w}")
        }
    };
    match tokens.get(j) {
        Some((Token::Open, _)) => {
            let mut k = j + 1;
            loop {
                match tokens.get(k).map(|t| &t.0) {
                    None => return k,
                    Some(Token::Close) => return k + 1,
                    Some(Token::Ident(_) | Token::Star | Token::Open) => {
                        k = expand(tokens, k, base, spelled, reexport, out).max(k + 1);
                    }
                    Some(_) => k += 1,
                }
            }
        }
        Some((Token::Star, line)) => {
            let mut target = base.to_vec();
            if target.is_empty() {
                target.push("*".into());
            }
            push(out, target, join("*"), *line, reexport);
            j + 1
        }
        Some((Token::Ident(w), line)) => {
            let mut target = base.to_vec();
            target.push(w.clone());
            if tokens.get(j + 1).map(|t| &t.0) == Some(&Token::PathSep) {
                expand(tokens, j + 2, &target, &join(w), reexport, out)
            } else {
                push(out, target, join(w), *line, reexport);
                j + 1
            }
        }
        _ => j,
    }
}

fn push(
    out: &mut Vec<Reference>,
    target: Vec<String>,
    spelled: String,
    line: usize,
    reexport: bool,
) {
    out.push(Reference {
        target,
        spelled,
        line,
        reexport,
    });
}

/// Whether the path starting at token `i` is what a `pub use` (or `pub(crate) use`) brings in.
fn is_reexport(tokens: &[(Token, usize)], i: usize) -> bool {
    i > 0
        && matches!(&tokens[i - 1].0, Token::Ident(w) if w == "use")
        && tokens[..i - 1]
            .iter()
            .rev()
            .take(4)
            .any(|(t, _)| matches!(t, Token::Ident(w) if w == "pub"))
}
