//! heard-sync-server (skeleton until the sync issue lands).
fn main() {
    println!("heard-sync-server {}", env!("CARGO_PKG_VERSION"));
}
