//! Running the API: plain HTTP (behind a proxy) or HTTPS with rustls, with a graceful shutdown
//! that lets in-flight batches finish.

use crate::config::ServerConfig;
use crate::http::{app, AppState};
use crate::store::Store;
use std::future::{Future, IntoFuture};
use std::net::SocketAddr;
use std::sync::Arc;

/// Serves until `shutdown` resolves, then stops taking connections and waits up to the grace
/// period for requests in flight. `ready` is told the bound address (port 0 picks one).
pub async fn serve(
    store: Arc<dyn Store>,
    config: ServerConfig,
    ready: impl FnOnce(SocketAddr, bool) + Send,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut state = AppState::new(Arc::clone(&store), config.limits.clone())
        .with_secure_cookies(config.tls.is_some())
        .with_secret(config.secret.clone())
        .with_web_app(config.web_app.clone());
    if config.behind_tls_proxy {
        state = state.behind_tls_proxy();
    }
    let router = app(state.clone());
    let background = Background::start(&state, config.daily_compaction);
    let served = serve_router(router, config, ready, shutdown).await;
    background.stop(&state);
    served
}

/// The server's own tasks: the minute timer that writes the hourly ingest log line, and the
/// daily compaction.
struct Background(Vec<tokio::task::JoinHandle<()>>);

impl Background {
    fn start(state: &AppState, daily_compaction: Option<u8>) -> Self {
        let log_state = state.clone();
        let mut tasks = vec![tokio::spawn(async move {
            let mut minute = tokio::time::interval(std::time::Duration::from_secs(60));
            minute.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                minute.tick().await;
                log_state.ingest_log.flush_past((log_state.clock)());
            }
        })];
        if let Some(hour) = daily_compaction {
            tasks.push(crate::compaction::spawn_daily(
                Arc::clone(&state.store),
                hour,
            ));
        }
        Self(tasks)
    }

    fn stop(self, state: &AppState) {
        for task in self.0 {
            task.abort();
        }
        state.ingest_log.flush();
    }
}

async fn serve_router(
    router: axum::Router,
    config: ServerConfig,
    ready: impl FnOnce(SocketAddr, bool) + Send,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    match config.tls {
        None => {
            let listener = tokio::net::TcpListener::bind(config.listen).await?;
            ready(listener.local_addr()?, false);
            let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
            let server = tokio::spawn(
                axum::serve(
                    listener,
                    router.into_make_service_with_connect_info::<SocketAddr>(),
                )
                .with_graceful_shutdown(async move {
                    let _ = stop_rx.await;
                })
                .into_future(),
            );
            shutdown.await;
            tracing::info!("shutting down: finishing requests in flight");
            let _ = stop_tx.send(());
            match tokio::time::timeout(config.shutdown_grace, server).await {
                Ok(Ok(result)) => result,
                Ok(Err(join)) => Err(std::io::Error::other(join)),
                Err(_) => {
                    tracing::warn!("requests still running after the grace period; stopping");
                    Ok(())
                }
            }
        }
        Some(tls) => {
            // One process-wide crypto provider (ring); a second install is harmless.
            let _ = rustls::crypto::ring::default_provider().install_default();
            let rustls_config =
                axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key)
                    .await
                    .map_err(|e| {
                        std::io::Error::other(format!(
                            "cannot use TLS certificate {} and key {}: {e}",
                            tls.cert.display(),
                            tls.key.display()
                        ))
                    })?;
            let handle = axum_server::Handle::new();
            let server = tokio::spawn(
                axum_server::bind_rustls(config.listen, rustls_config)
                    .handle(handle.clone())
                    .serve(router.into_make_service_with_connect_info::<SocketAddr>()),
            );
            let Some(addr) = handle.listening().await else {
                return match server.await {
                    Ok(result) => result,
                    Err(join) => Err(std::io::Error::other(join)),
                };
            };
            ready(addr, true);
            shutdown.await;
            tracing::info!("shutting down: finishing requests in flight");
            handle.graceful_shutdown(Some(config.shutdown_grace));
            match server.await {
                Ok(result) => result,
                Err(join) => Err(std::io::Error::other(join)),
            }
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
