//! The real `heard-sync-server` binary as a child process: CLI setup commands, and `serve` on
//! 127.0.0.1:0 with its log (debug level) appended to a file.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_heard-sync-server");

/// One server secret per test process, shared by its CLI commands and servers (as
/// `device enrol` and `serve` share `HEARD_SECRET_FILE`), never the working directory's.
pub fn secret_file() -> PathBuf {
    std::env::temp_dir().join(format!("heard-test-{}.secret", std::process::id()))
}

/// Runs a CLI command against `database` and returns its stdout; panics with stderr on failure.
pub fn cli(database: &str, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env("DATABASE_URL", database)
        .env("HEARD_SECRET_FILE", secret_file())
        .output()
        .expect("run heard-sync-server");
    assert!(
        out.status.success(),
        "heard-sync-server {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub struct ServerProcess {
    child: Child,
    pub port: u16,
}

impl ServerProcess {
    pub fn start(database: &str, log: &Path) -> ServerProcess {
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("open log");
        let mut child = Command::new(BIN)
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--device-rate",
                "100000",
                "--device-burst",
                "100000",
                "--shutdown-grace",
                "10",
            ])
            .env("DATABASE_URL", database)
            .env("HEARD_SECRET_FILE", secret_file())
            .env("HEARD_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(log_file))
            .spawn()
            .expect("start heard-sync-server");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read ready line");
        let port = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in ready line {line:?}"));
        ServerProcess { child, port }
    }

    /// SIGTERM: graceful shutdown, requests in flight finish.
    pub fn terminate(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let status = self.child.wait().expect("wait server");
        assert!(status.success(), "graceful shutdown failed: {status}");
    }

    /// SIGKILL: a crash, whatever was in flight.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Files a SQLite database consists of (main file, WAL, shared memory).
pub fn sqlite_files(db: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| PathBuf::from(format!("{}{suffix}", db.display())))
        .filter(|p| p.exists())
        .collect()
}
