//! `heard-core` stays pure: no UI, storage, async or network crates anywhere in its dependency
//! tree, and no file, network, process or environment access in its source.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const FORBIDDEN_CRATES: &[&str] = &[
    "dioxus",
    "rusqlite",
    "tokio",
    "reqwest",
    "axum",
    "hyper",
    "libsqlite3-sys",
    "tokio-postgres",
    "wry",
    "tao",
    "mio",
];
const FORBIDDEN_SOURCE: &[&str] = &[
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "File::",
    "TcpStream",
    "Command::new",
    "SystemTime",
    "Instant::now",
    "thread::spawn",
    "async fn",
    ".await",
];

#[test]
fn no_forbidden_crate_in_the_dependency_tree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let lock: toml::Table = std::fs::read_to_string(root.join("Cargo.lock"))
        .unwrap()
        .parse()
        .unwrap();
    let packages = lock["package"].as_array().unwrap();
    let deps: BTreeMap<String, Vec<String>> = packages
        .iter()
        .map(|p| {
            let name = p["name"].as_str().unwrap().to_owned();
            let ds = p
                .get("dependencies")
                .and_then(|d| d.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|d| d.as_str())
                        .map(|d| d.split(' ').next().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            (name, ds)
        })
        .collect();
    // Cargo.lock lists normal and dev dependencies together; both must be clean.
    let mut seen = BTreeSet::new();
    let mut stack = vec!["heard-core".to_owned()];
    while let Some(p) = stack.pop() {
        if seen.insert(p.clone()) {
            stack.extend(deps.get(&p).cloned().unwrap_or_default());
        }
    }
    let bad: Vec<&String> = seen
        .iter()
        .filter(|p| FORBIDDEN_CRATES.contains(&p.as_str()))
        .collect();
    assert!(bad.is_empty(), "heard-core depends on {bad:?}");
    assert!(
        seen.contains("sha2"),
        "the walk found heard-core's dependencies"
    );
}

#[test]
fn no_io_in_the_library_source() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for word in FORBIDDEN_SOURCE {
                    if text.contains(word) {
                        offenders.push(format!("{}: {word}", path.display()));
                    }
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}
