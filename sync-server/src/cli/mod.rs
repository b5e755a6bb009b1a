//! Command line: `serve` and the coordinator's commands.

mod compact;
mod coordinator;
mod demo;
mod device;
mod facility;
mod retention;
mod serve;
mod survey;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "heard-sync-server", version, about = "Heard's sync server")]
pub struct Cli {
    /// Where data lives: a SQLite file path (default), or postgres://user@host/db.
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = "heard-sync.sqlite3"
    )]
    pub database: String,
    /// The server secret (32 random bytes, hex; mode 0600), created on first use. Enrolment
    /// codes are stored as HMAC-SHA-256 under it: `serve` and `device enrol` must use the same
    /// file. Keep it out of database backups' reach, and back it up separately.
    #[arg(
        long,
        global = true,
        env = "HEARD_SECRET_FILE",
        default_value = heard_sync_server::server_secret::DEFAULT_SECRET_FILE
    )]
    pub secret_file: std::path::PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the API server.
    Serve(serve::ServeArgs),
    /// Manage facilities (reception centres).
    #[command(subcommand)]
    Facility(facility::FacilityCommand),
    /// Enrol, list and revoke tablets.
    #[command(subcommand)]
    Device(device::DeviceCommand),
    /// Load surveys and assign them to facilities.
    #[command(subcommand)]
    Survey(survey::SurveyCommand),
    /// Dashboard accounts.
    #[command(subcommand)]
    Coordinator(coordinator::CoordinatorCommand),
    /// Retention: old quarters keep only aggregates (see docs/anonymity.md).
    #[command(subcommand)]
    Retention(retention::RetentionCommand),
    /// Synthetic data for demos and tests.
    #[command(subcommand)]
    Demo(demo::DemoCommand),
    /// Rewrite stored responses, tallies and upload counters in random order and leave no older
    /// copy in the database files (what `serve` does daily; see docs/anonymity.md, "Storage").
    Compact,
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve::run(&cli.database, &cli.secret_file, args).await,
        Command::Facility(c) => facility::run(&cli.database, c).await,
        Command::Device(c) => device::run(&cli.database, &cli.secret_file, c).await,
        Command::Survey(c) => survey::run(&cli.database, c).await,
        Command::Coordinator(c) => coordinator::run(&cli.database, c).await,
        Command::Retention(c) => retention::run(&cli.database, c).await,
        Command::Demo(c) => demo::run(&cli.database, c).await,
        Command::Compact => compact::run(&cli.database).await,
    }
}

/// Opens the store with an error that says which database failed.
async fn open_store(
    database: &str,
) -> anyhow::Result<std::sync::Arc<dyn heard_sync_server::store::Store>> {
    heard_sync_server::store::open(database)
        .await
        .map_err(|e| anyhow::anyhow!("cannot open the database ({}): {e}", describe(database)))
}

/// A database location fit for messages: a postgres URL without its password.
fn describe(database: &str) -> String {
    match (database.find("://"), database.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…{}", &database[..scheme], &database[at..])
        }
        _ => database.to_owned(),
    }
}
