//! A pictogram per survey topic (room, washing, food, …), beside the question, so a resident who
//! cannot read still sees what it is about. Inline SVG, decorative (the question is spoken and
//! written), one stroke style throughout.

use dioxus::prelude::*;
use heard_core::survey::Topic;

/// The SVG path data (48×48 box, stroked) of a topic's pictogram.
pub fn topic_path(topic: Topic) -> &'static str {
    match topic {
        // A bed.
        Topic::Accommodation => "M6 36 V14 M6 28 H42 V36 M6 22 H20 V28 M20 22 H36 C40 22 42 24 42 28",
        // A shower and drops.
        Topic::Sanitation => "M12 42 V10 C12 6 16 4 20 6 L28 10 M22 14 H34 M24 20 V24 M28 20 V26 M32 20 V24",
        // A plate with fork and knife.
        Topic::Food => "M24 14 A10 10 0 1 0 24.01 14 M8 10 V22 M5 10 V18 C5 21 11 21 11 18 V10 M8 22 V38 M40 10 C36 14 36 22 40 24 V38",
        // A cross.
        Topic::MedicalCare => "M19 8 H29 V19 H40 V29 H29 V40 H19 V29 H8 V19 H19 Z",
        // Two people.
        Topic::Staff => "M17 18 A6 6 0 1 0 17.01 18 M5 40 C5 30 29 30 29 40 M33 14 A5 5 0 1 0 33.01 14 M31 28 C37 26 43 30 43 38",
        // An eye.
        Topic::Supervision => "M4 24 C12 12 36 12 44 24 C36 36 12 36 4 24 Z M24 19 A5 5 0 1 0 24.01 19",
        // A shield.
        Topic::Safety => "M24 4 L40 10 V22 C40 33 33 41 24 44 C15 41 8 33 8 22 V10 Z",
        // A heart.
        Topic::WellBeing => "M24 40 C10 30 4 22 8 14 C12 7 20 8 24 15 C28 8 36 7 40 14 C44 22 38 30 24 40 Z",
        // An "i" in a circle.
        Topic::Information => "M24 4 A20 20 0 1 0 24.01 4 M24 21 V34 M24 14 V15",
        // A ball.
        Topic::Activities => "M24 6 A18 18 0 1 0 24.01 6 M10 14 C20 20 28 20 38 14 M10 34 C20 28 28 28 38 34",
        // An open book.
        Topic::Education => "M24 12 C18 8 10 8 4 10 V38 C10 36 18 36 24 40 C30 36 38 36 44 38 V10 C38 8 30 8 24 12 Z M24 12 V40",
        // Scales.
        Topic::LegalAid => "M24 6 V40 M14 40 H34 M8 14 H40 M8 14 L3 28 H13 Z M40 14 L35 28 H45 Z",
        // A speech bubble.
        Topic::CustomerService => "M6 10 H42 V32 H20 L10 40 V32 H6 Z",
        // A clock.
        Topic::WaitingTime => "M24 4 A20 20 0 1 0 24.01 4 M24 12 V24 L32 30",
        // A target.
        Topic::Outcome => "M24 6 A18 18 0 1 0 24.01 6 M24 16 A8 8 0 1 0 24.01 16 M24 23 V25",
        // Steps.
        Topic::Effort => "M4 40 H14 V30 H24 V20 H34 V10 H44",
        // A star.
        Topic::Overall => "M24 4 L30 17 L44 18 L33 28 L37 42 L24 34 L11 42 L15 28 L4 18 L18 17 Z",
    }
}

#[component]
pub fn TopicPictogram(topic: Topic) -> Element {
    rsx! {
        svg {
            class: "topic-picto topic-{topic.as_str()}",
            view_box: "0 0 48 48",
            width: "72",
            height: "72",
            "aria-hidden": "true",
            "focusable": "false",
            path { d: topic_path(topic), fill: "none", stroke: "currentColor", stroke_width: "3", stroke_linecap: "round", stroke_linejoin: "round" }
        }
    }
}
