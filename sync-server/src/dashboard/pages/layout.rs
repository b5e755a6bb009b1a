//! The page frame: calm colours, large type, print CSS; no script.

use crate::dashboard::session::Viewer;
use axum::response::Html;
use maud::{html, Markup, DOCTYPE};

const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, sans-serif; margin: 0; color: #1a202c; background: #f7fafc; line-height: 1.45; }
header { background: #234e52; color: #fff; padding: .6rem 1.5rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: center; }
header a { color: #fff; display: inline-flex; align-items: center; min-height: 44px; }
header form { margin-left: auto; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
/* Every table scrolls inside its own box: the page itself never scrolls sideways (360 px phones). */
table { display: block; max-width: 100%; overflow-x: auto; }
@media (max-width: 40rem) { header, main { padding-left: .75rem; padding-right: .75rem; } }
h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; background: #fff; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #cbd5e0; padding: .35rem .6rem; text-align: right; }
td { white-space: nowrap; }
th { font-size: .85rem; }
.scroll { overflow-x: auto; max-width: 100%; }
th:first-child, td:first-child { text-align: left; }
th { background: #edf2f7; font-weight: 600; }
td.below { background: #fff5f5; color: #9b2c2c; font-weight: 600; }
td.hidden { color: #718096; font-style: italic; }
.notice { background: #fffbea; border-left: 4px solid #d69e2e; padding: .6rem 1rem; }
.flag { color: #9b2c2c; font-weight: 600; }
.chart { background: #fff; border: 1px solid #e2e8f0; max-width: 44rem; }
form.filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
label { display: block; font-size: .9rem; }
form.filters > * { min-width: 0; max-width: 100%; }
label select, label input { display: block; max-width: 100%; }
input, select, button { font-size: 1rem; padding: .3rem .5rem; min-height: 44px; box-sizing: border-box; max-width: 100%; }
button { background: #234e52; color: #fff; border: 0; border-radius: 4px; padding: .4rem .9rem; cursor: pointer; }
.muted { color: #4a5568; font-size: .9rem; }
/* A row of links (the overview's pages and downloads): each a 44 px target on its own line box,
   wrapping as whole links on a phone. */
ul.links { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
ul.links a { display: inline-flex; align-items: center; min-height: 44px; }
table:focus-visible { outline: 3px solid #2b6cb0; outline-offset: 2px; }
@media print {
  header, form, .noprint { display: none; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  table { page-break-inside: avoid; }
}
"#;

pub fn page(title: &str, viewer: Option<&Viewer>, body: Markup) -> Html<String> {
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · Heard" }
                    link rel="icon" href="/favicon.ico" type="image/svg+xml";
                    style { (maud::PreEscaped(CSS)) }
                }
                body {
                    header {
                        strong { "Heard" }
                        a href="/dashboard" { "Surveys" }
                        a href="/dashboard/integrity" { "Integrity" }
                        @if let Some(v) = viewer {
                            a href="/dashboard/recordings" { "Recordings" }
                            a href="/dashboard/password" { "Password" }
                            span.muted style="color:#e6fffa" { (v.coordinator.email) }
                            form method="post" action="/dashboard/logout" {
                                input type="hidden" name="csrf" value=(v.csrf());
                                button type="submit" { "Sign out" }
                            }
                        }
                    }
                    main { (body) }
                }
            }
        }
        .into_string(),
    )
}
