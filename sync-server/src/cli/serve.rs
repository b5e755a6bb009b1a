use super::{describe, open_store};
use clap::Args;
use heard_sync_server::config::{Limits, ServerConfig, Tls};
use heard_sync_server::server::{serve, shutdown_signal};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on. Use 127.0.0.1 behind a reverse proxy.
    #[arg(long, default_value = "127.0.0.1:8443")]
    listen: SocketAddr,
    /// PEM certificate chain: serve HTTPS directly (with --tls-key).
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Requests per device token per minute (sustained).
    #[arg(long, default_value_t = Limits::default().device_requests_per_minute)]
    device_rate: u32,
    /// Burst of requests per device token.
    #[arg(long, default_value_t = Limits::default().device_burst)]
    device_burst: u32,
    /// Seconds a shutdown waits for batches in flight.
    #[arg(long, default_value_t = 30)]
    shutdown_grace: u64,
    /// UTC hour (0-23) of the daily storage compaction (see `compact`).
    #[arg(long, default_value_t = heard_sync_server::compaction::DEFAULT_HOUR_UTC,
          value_parser = clap::value_parser!(u8).range(0..=23))]
    compact_at: u8,
    /// Do not compact daily (only if `heard-sync-server compact` runs daily from cron instead).
    #[arg(long)]
    no_daily_compaction: bool,
}

pub async fn run(database: &str, args: ServeArgs) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    let config = ServerConfig {
        listen: args.listen,
        tls: match (args.tls_cert, args.tls_key) {
            (Some(cert), Some(key)) => Some(Tls { cert, key }),
            _ => None,
        },
        limits: Limits {
            device_requests_per_minute: args.device_rate,
            device_burst: args.device_burst,
            ..Limits::default()
        },
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
        daily_compaction: (!args.no_daily_compaction).then_some(args.compact_at),
    };
    let db = describe(database);
    serve(
        store,
        config,
        |addr, tls| {
            // The listening address goes to stdout for whoever started us; logs never carry
            // addresses.
            println!(
                "heard-sync-server listening on {}://{addr} (database {db})",
                if tls { "https" } else { "http" }
            );
            tracing::info!("listening");
        },
        shutdown_signal(),
    )
    .await?;
    tracing::info!("stopped");
    Ok(())
}
