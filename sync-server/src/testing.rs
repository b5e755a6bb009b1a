//! For tests and benches only (feature `testing`): the real server in this process on a free
//! 127.0.0.1 port. `shutdown` is graceful and must end without error.
//!
//! It lives here, behind a feature, rather than in the `heard-test-support` crate: that crate
//! would have to depend on this one, and this crate's tests on it, a cycle in which this crate's
//! own unit tests would see a second, distinct copy of its types. The server's integration tests
//! and benches turn the feature on through a dev-dependency on this package itself; the app's
//! end-to-end tests through theirs.

use crate::config::{Limits, ServerConfig, Tls};
use crate::server_secret::ServerSecret;
use crate::store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// The server secret every loopback server and test state uses, so tests can store enrolment
/// codes the way `device enrol` does (`test_secret().code_hash(code)`). Tests only.
pub fn test_secret() -> ServerSecret {
    ServerSecret::from_bytes(*b"heard-tests-only-not-a-secret!!!")
}

pub struct LoopbackServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl LoopbackServer {
    /// Serves `store` with default limits, over TLS when `tls` is given.
    pub async fn start(store: Arc<dyn Store>, tls: Option<Tls>) -> LoopbackServer {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let config = ServerConfig {
            listen: "127.0.0.1:0".parse().unwrap(),
            tls,
            behind_tls_proxy: false,
            limits: Limits::default(),
            shutdown_grace: Duration::from_secs(5),
            daily_compaction: None,
            secret: test_secret(),
            web_app: None,
        };
        let task = tokio::spawn(crate::server::serve(
            store,
            config,
            move |addr, _| {
                let _ = ready_tx.send(addr);
            },
            async move {
                let _ = stopped.await;
            },
        ));
        let addr = ready_rx.await.unwrap();
        LoopbackServer {
            addr,
            stop: Some(stop),
            task,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn http_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Asks the server to stop taking connections (it finishes what is in flight).
    pub fn begin_shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }

    /// Shuts down (if not begun) and waits for the server to end.
    pub async fn shutdown(mut self) {
        self.begin_shutdown();
        self.task.await.unwrap().unwrap();
    }
}
