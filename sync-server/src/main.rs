//! heard-sync-server (skeleton until the sync issue lands).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("survey") {
        match heard_sync_server::xlsform::cli::run(&args[1..]) {
            Ok(report) => println!("{report}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    println!("heard-sync-server {}", env!("CARGO_PKG_VERSION"));
}
