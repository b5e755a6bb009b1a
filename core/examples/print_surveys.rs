//! Validates and prints the built-in surveys: `cargo run -p heard-core --example print_surveys`.
//! (An example may read files; the library never does.)

use heard_core::authoring::SurveySources;
use std::path::Path;

/// Every `assets/surveys/*.toml` and `locales/*/surveys/*.ftl` under `root`, by relative path.
fn survey_files(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root.join("assets/surveys"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let path = format!("assets/surveys/{name}");
        files.push((path.clone(), std::fs::read_to_string(root.join(&path))?));
    }
    for entry in std::fs::read_dir(root.join("locales"))? {
        let tag = entry?.file_name().to_string_lossy().into_owned();
        let Ok(texts) = std::fs::read_dir(root.join("locales").join(&tag).join("surveys")) else {
            continue;
        };
        for text in texts {
            let name = text?.file_name().to_string_lossy().into_owned();
            let path = format!("locales/{tag}/surveys/{name}");
            files.push((path.clone(), std::fs::read_to_string(root.join(&path))?));
        }
    }
    Ok(files)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = match survey_files(&root) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("cannot read the survey files under {}: {e}", root.display());
            std::process::exit(1);
        }
    };
    let sources = SurveySources::from_files(files);
    let mut failed = false;
    for (_, loaded) in sources.load_each() {
        match loaded {
            Ok(s) => {
                let langs: Vec<&str> = s.languages.iter().map(|l| l.as_str()).collect();
                println!(
                    "{:<20} {:>2} questions  {}  [{}]  {}",
                    s.id.as_str(),
                    s.question_count(),
                    &s.version_hash().to_hex()[..12],
                    langs.join(" "),
                    s.title.get(&s.default_language).unwrap_or("")
                );
                for q in s.questions() {
                    println!(
                        "    {:<28} {:<16} {}",
                        q.id.as_str(),
                        format!("{:?}", q.kind.shape()),
                        q.prompt.get(&s.default_language).unwrap_or("")
                    );
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
