use super::{describe, open_store};
use clap::Args;
use heard_sync_server::config::{Limits, ServerConfig, Tls};
use heard_sync_server::server::{serve, shutdown_signal};
use heard_sync_server::server_secret::ServerSecret;
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
    /// A TLS reverse proxy terminates in front of this server (the README's setup): session
    /// cookies are `Secure`, HSTS is sent, and the proxy's `X-Forwarded-For` names a request's
    /// source for the enrolment budget. Never set it when clients reach this port directly.
    #[arg(long, env = "HEARD_BEHIND_TLS_PROXY")]
    behind_tls_proxy: bool,
    /// Megabytes of recordings (waiting and approved) one facility may keep.
    #[arg(long, env = "HEARD_MEDIA_QUOTA_MB", default_value_t = Limits::default().media_quota_facility_bytes / 1_000_000)]
    media_quota_mb: u64,
    /// Megabytes of recordings one tablet may keep.
    #[arg(long, env = "HEARD_DEVICE_MEDIA_QUOTA_MB", default_value_t = Limits::default().media_quota_device_bytes / 1_000_000)]
    device_media_quota_mb: u64,
    /// Refuse responses for months older than this many months before the current one (match
    /// `retention apply --months`); 0: no horizon.
    #[arg(long, env = "HEARD_RETENTION_MONTHS", default_value_t = Limits::default().retention_months.unwrap_or(0))]
    retention_months: u32,
    /// The built web app (`scripts/build-web`) to serve at /app/; by default `target/web` of
    /// the working directory when it holds one.
    #[arg(long, env = "HEARD_WEB_APP", value_name = "DIR")]
    web_app: Option<PathBuf>,
}

pub async fn run(
    database: &str,
    secret_file: &std::path::Path,
    args: ServeArgs,
) -> anyhow::Result<()> {
    let secret = ServerSecret::load_or_create(secret_file)?;
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
            media_quota_facility_bytes: args.media_quota_mb.saturating_mul(1_000_000),
            media_quota_device_bytes: args.device_media_quota_mb.saturating_mul(1_000_000),
            retention_months: (args.retention_months > 0).then_some(args.retention_months),
            ..Limits::default()
        },
        behind_tls_proxy: args.behind_tls_proxy,
        secret,
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
        daily_compaction: (!args.no_daily_compaction).then_some(args.compact_at),
        web_app: args.web_app.or_else(|| {
            let built = PathBuf::from("target/web");
            built.join("index.html").is_file().then_some(built)
        }),
    };
    let db = describe(database);
    let web_app = config.web_app.is_some();
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
            if web_app {
                let scheme = if tls { "https" } else { "http" };
                println!("tablet web app at {scheme}://{addr}/app/");
            }
            tracing::info!("listening");
        },
        shutdown_signal(),
    )
    .await?;
    tracing::info!("stopped");
    Ok(())
}
