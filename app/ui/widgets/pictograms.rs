//! Inline SVG pictograms (no files to load, no URLs). Decorative: the control carrying one
//! always has a text label or an aria-label, so every SVG is aria-hidden.

use dioxus::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picto {
    Check,
    Cross,
    ThumbUp,
    ThumbDown,
    FaceGood,
    FaceNeutral,
    FaceBad,
    ArrowUp,
    Equal,
    ArrowDown,
}

#[component]
pub fn Pictogram(picto: Picto) -> Element {
    let body = match picto {
        Picto::Check => {
            rsx! { path { d: "M10 25 L20 35 L38 13", fill: "none", stroke: "currentColor", stroke_width: "5", stroke_linecap: "round", stroke_linejoin: "round" } }
        }
        Picto::Cross => {
            rsx! { path { d: "M13 13 L35 35 M35 13 L13 35", fill: "none", stroke: "currentColor", stroke_width: "5", stroke_linecap: "round" } }
        }
        Picto::ThumbUp => {
            rsx! { path { d: "M8 22 h7 v18 h-7 z M17 22 l8 -14 c3 0 5 2 4 6 l-2 6 h11 c3 0 4 3 3 5 l-4 13 c-1 2 -2 2 -4 2 h-16 z", fill: "currentColor" } }
        }
        Picto::ThumbDown => {
            rsx! { path { d: "M8 26 h7 v-18 h-7 z M17 26 l8 14 c3 0 5 -2 4 -6 l-2 -6 h11 c3 0 4 -3 3 -5 l-4 -13 c-1 -2 -2 -2 -4 -2 h-16 z", fill: "currentColor" } }
        }
        Picto::FaceGood | Picto::FaceNeutral | Picto::FaceBad => {
            let mouth = match picto {
                Picto::FaceGood => "M15 28 Q24 37 33 28",
                Picto::FaceNeutral => "M15 31 L33 31",
                _ => "M15 34 Q24 25 33 34",
            };
            rsx! {
                circle { cx: "24", cy: "24", r: "20", fill: "none", stroke: "currentColor", stroke_width: "3" }
                circle { cx: "17", cy: "19", r: "2.5", fill: "currentColor" }
                circle { cx: "31", cy: "19", r: "2.5", fill: "currentColor" }
                path { d: mouth, fill: "none", stroke: "currentColor", stroke_width: "3", stroke_linecap: "round" }
            }
        }
        Picto::ArrowUp => {
            rsx! { path { d: "M24 40 V10 M12 22 L24 10 L36 22", fill: "none", stroke: "currentColor", stroke_width: "5", stroke_linecap: "round", stroke_linejoin: "round" } }
        }
        Picto::Equal => {
            rsx! { path { d: "M11 18 H37 M11 30 H37", fill: "none", stroke: "currentColor", stroke_width: "5", stroke_linecap: "round" } }
        }
        Picto::ArrowDown => {
            rsx! { path { d: "M24 8 V38 M12 26 L24 38 L36 26", fill: "none", stroke: "currentColor", stroke_width: "5", stroke_linecap: "round", stroke_linejoin: "round" } }
        }
    };
    rsx! {
        svg { class: "picto", view_box: "0 0 48 48", width: "48", height: "48", "aria-hidden": "true", "focusable": "false", {body} }
    }
}

/// A smiley face for point `value` of `faces` (1 = worst). Five faces interpolate the mouth.
#[component]
pub fn SmileyFace(value: i32, faces: i32) -> Element {
    // Mouth curvature from -1 (sad) to 1 (happy).
    let span = (faces - 1).max(1);
    let curve = f64::from(2 * (value - 1) - span) / f64::from(span);
    let control_y = 31.0 + 9.0 * curve;
    let ends_y = 31.0 - 3.0 * curve;
    let mouth = format!("M14 {ends_y:.1} Q24 {control_y:.1} 34 {ends_y:.1}");
    let tone = match (value - 1) * 4 / span {
        0 => "face-1",
        1 => "face-2",
        2 => "face-3",
        3 => "face-4",
        _ => "face-5",
    };
    rsx! {
        svg { class: "smiley {tone}", view_box: "0 0 48 48", width: "64", height: "64", "aria-hidden": "true", "focusable": "false",
            circle { cx: "24", cy: "24", r: "21", class: "smiley-fill" }
            circle { cx: "17", cy: "19", r: "2.8", fill: "currentColor" }
            circle { cx: "31", cy: "19", r: "2.8", fill: "currentColor" }
            path { d: mouth, fill: "none", stroke: "currentColor", stroke_width: "3.2", stroke_linecap: "round" }
        }
    }
}
