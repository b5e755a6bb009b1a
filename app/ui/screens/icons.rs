//! Icons on the buttons that move a resident on or end their answers (Start, Send, continue,
//! keep, delete) and on the call for help: a resident who cannot read recognises the action by
//! its picture. Decorative: every button carrying one has its words as its name.

use dioxus::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A play triangle pointing the way of reading (mirrored right to left).
    Start,
    /// A paper plane.
    Send,
    /// Back into the survey: a circular arrow.
    Continue,
    /// Keep: a box with a tick.
    Keep,
    /// Delete: a bin.
    Delete,
    /// Ask for help: a raised hand.
    Help,
}

#[component]
pub fn ButtonIcon(icon: Icon) -> Element {
    let body = match icon {
        Icon::Start => rsx! { path { d: "M8 5 L19 12 L8 19 Z", fill: "currentColor" } },
        Icon::Send => rsx! {
            path { d: "M3 11 L21 3 L14 21 L11 13 Z", fill: "none", stroke: "currentColor", stroke_width: "2.2", stroke_linejoin: "round" }
            path { d: "M11 13 L21 3", stroke: "currentColor", stroke_width: "2.2" }
        },
        Icon::Continue => rsx! {
            path { d: "M19 12a7 7 0 1 1-2.05-4.95M19 4v4h-4", fill: "none", stroke: "currentColor", stroke_width: "2.4", stroke_linecap: "round", stroke_linejoin: "round" }
        },
        Icon::Keep => rsx! {
            rect { x: "4", y: "4", width: "16", height: "16", rx: "3", fill: "none", stroke: "currentColor", stroke_width: "2.2" }
            path { d: "M8 12 L11 15 L16 9", fill: "none", stroke: "currentColor", stroke_width: "2.4", stroke_linecap: "round", stroke_linejoin: "round" }
        },
        Icon::Delete => rsx! {
            path { d: "M4 7 H20 M9 7 V4 H15 V7 M6 7 L7 20 H17 L18 7 M10 11 V16 M14 11 V16", fill: "none", stroke: "currentColor", stroke_width: "2.2", stroke_linecap: "round", stroke_linejoin: "round" }
        },
        Icon::Help => rsx! {
            path { d: "M8 13 V5.5a1.5 1.5 0 0 1 3 0 V11 M11 11 V3.5a1.5 1.5 0 0 1 3 0 V11 M14 11 V5a1.5 1.5 0 0 1 3 0 V13 M8 13 V10a1.5 1.5 0 0 0-3 0 V15 c0 4 3 7 7 7 s6-3 6-7 V13 M17 13 V8.5a1.5 1.5 0 0 1 3 0 V15", fill: "none", stroke: "currentColor", stroke_width: "1.8", stroke_linecap: "round", stroke_linejoin: "round" }
        },
    };
    let class = match icon {
        Icon::Start | Icon::Send => "button-icon mirrored",
        _ => "button-icon",
    };
    rsx! {
        svg { class, view_box: "0 0 24 24", width: "32", height: "32", "aria-hidden": "true", "focusable": "false",
            {body}
        }
    }
}
