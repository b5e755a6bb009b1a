//! Heard: the resident's tablet app (placeholder until the tablet issue lands).
use dioxus::prelude::*;

fn main() {
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    rsx! { main { h1 { "Heard" } } }
}
