//! Issue 15, finding 4: the browser kiosk, attacked over real sockets. The real `heard --serve`
//! binary refuses a non-loopback address without `--allow-remote`, and on 127.0.0.1 its
//! websocket refuses a handshake from another page's origin or under a rebound domain name,
//! while the kiosk page's own origin still opens it.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use support::TempDir;

const HEARD: &str = env!("CARGO_BIN_EXE_heard");

/// A `heard --serve` child, killed on drop.
struct Kiosk {
    child: Child,
    addr: String,
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_kiosk(dir: &TempDir) -> Kiosk {
    let mut child = Command::new(HEARD)
        .args(["--serve", "127.0.0.1:0", "--db"])
        .arg(dir.db())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let addr = line
        .trim()
        .strip_prefix("Heard kiosk listening on http://")
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or_else(|| panic!("no URL printed: {line:?}"))
        .to_owned();
    Kiosk { child, addr }
}

/// Sends a websocket handshake to `/ws` with the given `Host` and `Origin` (if any) and
/// returns the status code of the answer.
fn handshake(addr: &str, host: &str, origin: Option<&str>) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let origin = origin.map_or(String::new(), |o| format!("Origin: {o}\r\n"));
    write!(
        stream,
        "GET /ws HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{origin}\r\n"
    )
    .unwrap();
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).unwrap();
    let text = String::from_utf8_lossy(&head);
    text[9..12]
        .parse()
        .unwrap_or_else(|_| panic!("not an HTTP answer: {text}"))
}

fn get_page(addr: &str, host: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).unwrap();
    String::from_utf8_lossy(&head)[9..12].parse().unwrap()
}

#[test]
fn another_pages_origin_cannot_drive_the_kiosk_websocket() {
    let dir = TempDir::new("kiosk-origin");
    let kiosk = start_kiosk(&dir);
    let own = format!("http://{}", kiosk.addr);
    assert_eq!(
        handshake(&kiosk.addr, &kiosk.addr, Some(&own)),
        101,
        "the kiosk's own page opens the websocket"
    );
    for foreign in [
        "http://evil.example",
        "http://192.168.1.66:8080",
        "null",
        &format!("http://{}.evil.example", kiosk.addr),
    ] {
        assert_eq!(
            handshake(&kiosk.addr, &kiosk.addr, Some(foreign)),
            403,
            "Origin {foreign}"
        );
    }
    assert_eq!(handshake(&kiosk.addr, &kiosk.addr, None), 403, "no Origin");
    // DNS rebinding: a page on the attacker's domain, now resolving to 127.0.0.1, is its own
    // origin, but names the kiosk by that domain.
    let port = kiosk.addr.rsplit(':').next().unwrap();
    let rebound = format!("evil.example:{port}");
    assert_eq!(
        handshake(&kiosk.addr, &rebound, Some(&format!("http://{rebound}"))),
        403
    );
    assert_eq!(get_page(&kiosk.addr, &rebound), 403, "the page too");
    assert_eq!(get_page(&kiosk.addr, &kiosk.addr), 200);
    assert_eq!(get_page(&kiosk.addr, &format!("localhost:{port}")), 200);
}

#[test]
fn serve_refuses_an_address_other_machines_reach_without_allow_remote() {
    let dir = TempDir::new("kiosk-listen");
    let output = Command::new(HEARD)
        .args(["--serve", "0.0.0.0:0", "--db"])
        .arg(dir.db())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stdout.contains("listening"),
        "it must not listen: {stdout}"
    );
    assert!(
        stderr.contains("--allow-remote"),
        "says what to do: {stderr}"
    );

    // With --allow-remote it listens (on a free port of every interface).
    let mut child = Command::new(HEARD)
        .args(["--serve", "0.0.0.0:0", "--allow-remote", "--db"])
        .arg(dir.db())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("listening on http://0.0.0.0:"), "{line}");
}
