//! `heard-web`: the web build's entry point (`scripts/build-web`), compiled to
//! `wasm32-unknown-unknown` and loaded by `web/index.html`.

fn main() {
    heard::web::launch();
}
