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
    let state =
        AppState::new(store, config.limits.clone()).with_secure_cookies(config.tls.is_some());
    let router = app(state);
    match config.tls {
        None => {
            let listener = tokio::net::TcpListener::bind(config.listen).await?;
            ready(listener.local_addr()?, false);
            let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
            let server = tokio::spawn(
                axum::serve(listener, router)
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
                    .serve(router.into_make_service()),
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
