//! No `#[path]` attribute reaches outside its own crate. Compiling another package's source
//! file into a test (`#[path = "../../other/…"]`) builds a private copy of it with different
//! dependencies and types; shared code belongs in a crate (`heard-sync-client`,
//! `heard-test-support`, `heard_sync_server::testing`). A `#[path]` within the same crate
//! directory (a bench reusing its own crate's test support) is fine.

use std::path::{Component, Path, PathBuf};

/// Every `.rs` file under `dir`, skipping build output and hidden folders (`.git`).
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {dir:?}: {e}"));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "target" && !name.starts_with('.') {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

/// The quoted path of a `#[path = "…"]` attribute starting this line, if any.
fn path_attribute(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("#[path")?;
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    rest.split_once('"').map(|(path, _)| path)
}

/// `path` with `.` and `..` folded away, without touching the file system (the target may not
/// exist, and symlinks are not the question here).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The directory of the nearest `Cargo.toml` above `path`, given which directories hold one:
/// the crate the file belongs to. The root package's directory holds the other packages, so
/// "inside the crate" means this, not merely "under its directory".
fn crate_dir(path: &Path, has_manifest: &impl Fn(&Path) -> bool) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .find(|dir| has_manifest(dir))
        .map(Path::to_path_buf)
}

/// Where `attribute` (found in `file`) points, when that belongs to another crate than `file`
/// (or to none). Paths are relative to the directory of the file holding the attribute.
fn escapes(file: &Path, attribute: &str, has_manifest: &impl Fn(&Path) -> bool) -> Option<PathBuf> {
    let target = normalize(&file.parent()?.join(attribute));
    let own = crate_dir(file, has_manifest);
    (crate_dir(&target, has_manifest) != own).then_some(target)
}

#[test]
fn no_path_attribute_leaves_its_crate() {
    // The workspace root: this package's folder is one level below it.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("test-support/ has a parent");
    let mut files = Vec::new();
    rust_files(root, &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("app/lib.rs")),
        "the walk found the workspace's sources"
    );
    let has_manifest = |dir: &Path| dir.join("Cargo.toml").is_file();
    let shown = |path: &Path| {
        path.strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        for (n, line) in text.lines().enumerate() {
            let Some(attribute) = path_attribute(line) else {
                continue;
            };
            if let Some(target) = escapes(file, attribute, &has_manifest) {
                let own = crate_dir(file, &has_manifest).unwrap_or_default();
                problems.push(format!(
                    "{}:{}: #[path = \"{attribute}\"] resolves to {}, outside its crate ({}/)",
                    shown(file),
                    n + 1,
                    shown(&target),
                    shown(&own),
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "#[path] must stay inside its crate; move shared code into a crate instead:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_tells_inside_from_outside() {
    assert_eq!(
        path_attribute("  #[path = \"../x/mod.rs\"]"),
        Some("../x/mod.rs")
    );
    assert_eq!(path_attribute("// #[path = \"../x.rs\"]"), None);
    assert_eq!(path_attribute("#[allow(dead_code)]"), None);
    // A workspace like this one: the root package's folder holds the other packages.
    let manifests = [Path::new("/w"), Path::new("/w/sync-server")];
    let has_manifest = |dir: &Path| manifests.contains(&dir);
    let bench = Path::new("/w/sync-server/benches/sync.rs");
    assert_eq!(
        escapes(bench, "../tests/support/mod.rs", &has_manifest),
        None
    );
    let test = Path::new("/w/sync-server/tests/support/mod.rs");
    assert_eq!(
        escapes(test, "../../../app/sync/mod.rs", &has_manifest),
        Some(PathBuf::from("/w/app/sync/mod.rs"))
    );
    // From the root package into another package below its folder is still outside.
    let app_test = Path::new("/w/tests/support/sync_server.rs");
    assert!(escapes(
        app_test,
        "../../sync-server/tests/support/loopback.rs",
        &has_manifest
    )
    .is_some());
    assert_eq!(escapes(app_test, "../../app/lib.rs", &has_manifest), None);
    // A sibling whose name starts like the crate's is another crate (or none).
    assert!(escapes(test, "../../../sync-server-old/a.rs", &has_manifest).is_some());
}
