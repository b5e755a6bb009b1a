//! make-audio: synthetic audio drafts for every spoken item of the built-in surveys and the app's
//! shared prompts, in languages with a voice of their own; or, with `--check`, verify them and
//! print sizes and coverage.
//!
//!   make-audio [--root DIR] [--out DIR] [--speed WPM] [--bitrate KBPS] [--jobs N]
//!   make-audio --check [--root DIR] [--out DIR]
//!
//! `--root` is the repository (default: the current directory); `--out` the audio directory
//! (default: `<root>/assets/audio`).

use anyhow::{bail, Context, Result};
use heard_tools::synth::{Settings, COMMANDS};
use heard_tools::{generate, have_command, languages, report};
use std::path::PathBuf;

struct Args {
    root: PathBuf,
    out: Option<PathBuf>,
    settings: Settings,
    jobs: usize,
    check: bool,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        root: PathBuf::from("."),
        out: None,
        settings: Settings::default(),
        jobs: 2,
        check: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--root" => args.root = value("--root")?.into(),
            "--out" => args.out = Some(value("--out")?.into()),
            "--speed" => args.settings.speed = value("--speed")?.parse()?,
            "--bitrate" => args.settings.bitrate = value("--bitrate")?.parse()?,
            "--jobs" => args.jobs = value("--jobs")?.parse()?,
            "--check" => args.check = true,
            "-h" | "--help" => {
                println!(
                    "make-audio [--root DIR] [--out DIR] [--speed WPM] [--bitrate KBPS] [--jobs N] [--check]"
                );
                std::process::exit(0);
            }
            other => bail!("unknown argument `{other}` (try --help)"),
        }
    }
    Ok(args)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    if !args.root.join("assets/surveys").is_dir() {
        bail!(
            "{} is not the repository root (no assets/surveys)",
            args.root.display()
        );
    }
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.root.join("assets/audio"));
    let langs = languages::languages(&args.root)?;

    if !args.check {
        for cmd in COMMANDS {
            if !have_command(cmd) {
                bail!("`{cmd}` is not installed (Debian: apt-get install espeak-ng opus-tools)");
            }
        }
        let s = generate::generate(&args.root, &out, args.settings, args.jobs)?;
        println!(
            "wrote {} manifests with {} synthetic items ({} distinct texts); {} files written, {} removed",
            s.manifests, s.items, s.distinct_texts, s.files_written, s.files_removed
        );
    }

    let check = report::check(&out)?;
    print!("{}", report::size_report(&check.sizes));
    print!(
        "{}",
        report::coverage_report(&args.root, &langs, &check.manifests)?
    );
    let stale = report::stale(&args.root, &out, &langs)?;
    for line in stale.iter().take(20) {
        println!("stale: {line}");
    }
    if !stale.is_empty() {
        println!(
            "{} spoken items have text in a voiced language but no audio: run scripts/make-audio",
            stale.len()
        );
    }
    for p in &check.problems {
        println!("problem: {p}");
    }
    if !check.problems.is_empty() || (args.check && !stale.is_empty()) {
        bail!(
            "{} problems, {} stale items",
            check.problems.len(),
            stale.len()
        );
    }
    if !check.sizes.meets_goals() {
        bail!("audio sizes exceed the goals");
    }
    Ok(())
}
