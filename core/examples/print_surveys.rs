//! Validates and prints the built-in surveys: `cargo run -p heard-core --example print_surveys`.
//! (An example may read files; the library never does.)

use heard_core::authoring::{load_survey, SourceFile, SurveySources};
use heard_core::ids::LangTag;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut ids: Vec<String> = std::fs::read_dir(root.join("assets/surveys"))
        .expect("assets/surveys")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    ids.sort();
    let mut failed = false;
    for id in ids {
        let structure = std::fs::read_to_string(root.join(format!("assets/surveys/{id}.toml")))
            .expect("structure file");
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(root.join("locales"))
            .expect("locales")
            .flatten()
        {
            let tag = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path().join(format!("surveys/{id}.ftl"));
            if let (Ok(lang), Ok(text)) = (LangTag::new(tag.clone()), std::fs::read_to_string(path))
            {
                texts.push((lang, format!("locales/{tag}/surveys/{id}.ftl"), text));
            }
        }
        texts.sort();
        let name = format!("assets/surveys/{id}.toml");
        let sources = SurveySources {
            structure: SourceFile {
                name: &name,
                contents: &structure,
            },
            texts: texts
                .iter()
                .map(|(l, n, t)| {
                    (
                        l.clone(),
                        SourceFile {
                            name: n,
                            contents: t,
                        },
                    )
                })
                .collect(),
        };
        match load_survey(&sources) {
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
