//! heard-sync-server: see `--help`. Logs go to stderr (`RUST_LOG`-style level in `HEARD_LOG`:
//! error, warn, info, debug, trace; default info).

mod cli;

use clap::Parser;
use std::io::Write;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let level = std::env::var("HEARD_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing::Level>().ok())
        .unwrap_or(tracing::Level::INFO);
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(()) => {
            let _ = std::io::stdout().flush();
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
