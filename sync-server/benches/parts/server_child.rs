//! `heard-sync-server serve` as a child process for the load and dashboard benchmarks: the
//! release binary with its production log level, its peak memory read from /proc.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};

/// `heard-sync-server serve` as a child process, info-level log (as in production) to a file.
pub struct ServerChild {
    child: Child,
    pub port: u16,
    _stdout: BufReader<ChildStdout>,
}

impl ServerChild {
    pub fn start(database: &str, dir: &std::path::Path) -> Self {
        let log = std::fs::File::create(dir.join("server.log")).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--device-rate",
                "1000000",
                "--device-burst",
                "1000000",
                "--no-daily-compaction",
            ])
            .env("DATABASE_URL", database)
            .env("HEARD_SECRET_FILE", dir.join("server.secret"))
            .env("HEARD_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let port = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in the server's ready line {line:?}"));
        Self {
            child,
            port,
            _stdout: stdout,
        }
    }

    /// The server process's peak resident memory (VmHWM), in KiB: its own memory and the
    /// pages of files it maps (the SQLite reader maps the database file).
    pub fn peak_rss_kb(&self) -> u64 {
        self.status("VmHWM:")
    }

    fn status(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with(field))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    }

    /// CPU time the server process has used so far (user + system).
    #[allow(dead_code)] // bench-load's figure; the dashboard bench does not print it
    pub fn cpu(&self) -> std::time::Duration {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // Fields after the command name (which is in parentheses): utime is the 12th, stime
        // the 13th, in clock ticks (100 per second on Linux).
        let ticks: u64 = stat
            .rsplit_once(')')
            .map(|(_, rest)| {
                rest.split_whitespace()
                    .skip(11)
                    .take(2)
                    .filter_map(|t| t.parse::<u64>().ok())
                    .sum()
            })
            .unwrap_or(0);
        std::time::Duration::from_millis(ticks * 10)
    }

    /// Samples the largest `anon_rss_kb` every 50 ms until `stop` is set.
    pub fn watch_anon(
        &self,
        stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    ) -> std::thread::JoinHandle<u64> {
        let pid = self.child.id();
        std::thread::spawn(move || {
            let mut peak = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let now = std::fs::read_to_string(format!("/proc/{pid}/status"))
                    .ok()
                    .and_then(|s| {
                        s.lines()
                            .find(|l| l.starts_with("RssAnon:"))
                            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
                    })
                    .unwrap_or(0);
                peak = peak.max(now);
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            peak
        })
    }

    /// SIGTERM: graceful shutdown; it must end cleanly.
    pub fn terminate(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let status = self.child.wait().unwrap();
        assert!(
            status.success(),
            "the server did not shut down cleanly: {status}"
        );
    }
}

impl Drop for ServerChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
