//! A TCP proxy on 127.0.0.1 that misbehaves on purpose, seeded: per connection it passes,
//! refuses, resets part-way through the request, swallows the reply after the server got the
//! whole request (the server stored the batch, the tablet never hears), stalls, or truncates the
//! reply. The upstream port can change while it runs (server restarts).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU16, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Pass,
    Refuse,
    ResetMidRequest,
    SwallowReply,
    Stall,
    TruncateReply,
}

#[derive(Default, Debug)]
pub struct ProxyStats {
    pub connections: AtomicU64,
    pub passed: AtomicU64,
    pub refused: AtomicU64,
    pub reset_mid_request: AtomicU64,
    pub swallowed_replies: AtomicU64,
    pub stalled: AtomicU64,
    pub truncated_replies: AtomicU64,
}

pub struct FaultProxy {
    pub addr: SocketAddr,
    pub upstream: Arc<AtomicU16>,
    pub stats: Arc<ProxyStats>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultProxy {
    /// `fault_rate` in [0, 1]: share of connections that misbehave; `stall` how long a stalled
    /// connection hangs before it is dropped.
    pub async fn start(seed: u64, fault_rate: f64, stall: Duration) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let upstream = Arc::new(AtomicU16::new(0));
        let stats = Arc::new(ProxyStats::default());
        let rng = Arc::new(Mutex::new(StdRng::seed_from_u64(seed)));
        let (up, st) = (Arc::clone(&upstream), Arc::clone(&stats));
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    continue;
                };
                let (fault, cut_at) = {
                    let mut rng = rng.lock().expect("rng");
                    let fault = if rng.random_bool(fault_rate) {
                        match rng.random_range(0..5) {
                            0 => Fault::Refuse,
                            1 => Fault::ResetMidRequest,
                            2 => Fault::SwallowReply,
                            3 => Fault::Stall,
                            _ => Fault::TruncateReply,
                        }
                    } else {
                        Fault::Pass
                    };
                    (fault, rng.random_range(1..400usize))
                };
                st.connections.fetch_add(1, Ordering::Relaxed);
                let port = up.load(Ordering::SeqCst);
                let st = Arc::clone(&st);
                tokio::spawn(async move {
                    handle(client, port, fault, cut_at, stall, &st).await;
                });
            }
        });
        FaultProxy {
            addr,
            upstream,
            stats,
            task,
        }
    }

    pub fn set_upstream(&self, port: u16) {
        self.upstream.store(port, Ordering::SeqCst);
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Closes with a TCP reset rather than a clean FIN.
fn reset(stream: &TcpStream) {
    #[allow(deprecated)]
    let _ = stream.set_linger(Some(Duration::ZERO));
}

async fn handle(
    mut client: TcpStream,
    port: u16,
    fault: Fault,
    cut_at: usize,
    stall: Duration,
    stats: &ProxyStats,
) {
    if fault == Fault::Refuse || port == 0 {
        stats.refused.fetch_add(1, Ordering::Relaxed);
        reset(&client);
        return;
    }
    let Ok(mut server) = TcpStream::connect(("127.0.0.1", port)).await else {
        // The server is down (restarting): the tablet sees a reset.
        reset(&client);
        return;
    };
    match fault {
        Fault::Pass | Fault::Refuse => {
            stats.passed.fetch_add(1, Ordering::Relaxed);
            let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
        }
        Fault::Stall => {
            stats.stalled.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(stall).await;
            reset(&client);
        }
        Fault::ResetMidRequest => {
            stats.reset_mid_request.fetch_add(1, Ordering::Relaxed);
            let mut buf = vec![0u8; cut_at];
            if let Ok(n) = client.read(&mut buf).await {
                let _ = server.write_all(&buf[..n]).await;
            }
            reset(&client);
            reset(&server);
        }
        Fault::SwallowReply | Fault::TruncateReply => {
            let (mut cr, mut cw) = client.split();
            let (mut sr, mut sw) = server.split();
            let upload = tokio::io::copy(&mut cr, &mut sw);
            let download = async {
                let mut buf = vec![0u8; 16 * 1024];
                // The server answers only after it has read and handled the whole request.
                let n = sr.read(&mut buf).await.unwrap_or(0);
                if fault == Fault::TruncateReply && n > 0 {
                    let _ = cw.write_all(&buf[..n.min(cut_at)]).await;
                }
                n
            };
            tokio::select! {
                _ = upload => {},
                n = download => {
                    if n > 0 {
                        if fault == Fault::SwallowReply {
                            stats.swallowed_replies.fetch_add(1, Ordering::Relaxed);
                        } else {
                            stats.truncated_replies.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                },
            }
            reset(&client);
        }
    }
}
