//! Point scales: numbered buttons (0–10, 1–5, 0–100 in steps of 25, …) or smiley faces. A
//! radiogroup; besides tapping, arrow keys move the answer one point (mirrored in right-to-left
//! languages).

use super::pictograms::SmileyFace;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::response::Answer;

/// The point an arrow key leads to from `current` (None: nothing chosen yet).
pub fn point_after_key(
    key: &Key,
    current: Option<i32>,
    min: i32,
    max: i32,
    step: i32,
    rtl: bool,
) -> Option<i32> {
    let step = step.max(1);
    let forward = match key {
        Key::ArrowRight => !rtl,
        Key::ArrowLeft => rtl,
        Key::ArrowUp => true,
        Key::ArrowDown => false,
        Key::Home => return Some(min),
        Key::End => return Some(max),
        _ => return None,
    };
    let next = match current {
        None if forward => min,
        None => max,
        Some(v) if forward => v.saturating_add(step).min(max),
        Some(v) => v.saturating_sub(step).max(min),
    };
    Some(next)
}

/// `base`, plus `selected` when chosen and `speaking` while read aloud.
fn point_class(base: &str, checked: bool, speaking: bool) -> String {
    let mut class = base.to_owned();
    if checked {
        class.push_str(" selected");
    }
    if speaking {
        class.push_str(" speaking");
    }
    class
}

fn current_point(answer: &Option<Answer>) -> Option<i32> {
    match answer {
        Some(Answer::Point(p)) => Some(*p),
        _ => None,
    }
}

#[component]
pub fn NumberScale(
    min: i32,
    max: i32,
    /// The distance between points (1 but on a stepped XLSForm range).
    #[props(default = 1)]
    step: i32,
    low: String,
    high: String,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
    /// The point whose label is being read aloud (audio-first mode): highlighted.
    #[props(default)]
    speaking: Option<i32>,
    /// Draw a face on every point, from sad to happy (audio-first mode).
    #[props(default)]
    faces: bool,
) -> Element {
    let current = current_point(&answer);
    let rtl = words.dir() == "rtl";
    let values: Vec<i32> = (min..=max)
        .step_by(usize::try_from(step.max(1)).unwrap_or(1))
        .collect();
    let points = i32::try_from(values.len()).unwrap_or(1);
    rsx! {
        div { class: "scale",
            div {
                class: "scale-points",
                role: "radiogroup",
                aria_labelledby: "question-title",
                onkeydown: move |e: KeyboardEvent| {
                    if let Some(p) = point_after_key(&e.key(), current, min, max, step, rtl) {
                        on_answer.call(Some(Answer::Point(p)));
                    }
                },
                for (i, value) in values.iter().copied().enumerate() {
                    {
                        let checked = current == Some(value);
                        let name = words.tr.label_args("scale-point", &[("value", i64::from(value)), ("max", i64::from(max))]);
                        rsx! {
                            button {
                                key: "{value}",
                                r#type: "button",
                                class: point_class("point", checked, speaking == Some(value)),
                                role: "radio",
                                aria_checked: "{checked}",
                                aria_label: "{name}",
                                tabindex: if checked || (current.is_none() && value == min) { "0" } else { "-1" },
                                onclick: move |_| on_answer.call(Some(Answer::Point(value))),
                                if faces {
                                    SmileyFace { value: i32::try_from(i).unwrap_or(0) + 1, faces: points }
                                }
                                span { class: "point-number", "{value}" }
                            }
                        }
                    }
                }
            }
            div { class: "scale-ends", aria_hidden: "true",
                span { "{low}" }
                span { "{high}" }
            }
        }
    }
}

#[component]
pub fn SmileyScale(
    faces: u8,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
    /// The face being read aloud (audio-first mode): highlighted.
    #[props(default)]
    speaking: Option<i32>,
) -> Element {
    let faces = i32::from(faces);
    let current = current_point(&answer);
    let rtl = words.dir() == "rtl";
    rsx! {
        div {
            class: "smileys",
            role: "radiogroup",
            aria_labelledby: "question-title",
            onkeydown: move |e: KeyboardEvent| {
                if let Some(p) = point_after_key(&e.key(), current, 1, faces, 1, rtl) {
                    on_answer.call(Some(Answer::Point(p)));
                }
            },
            for value in 1..=faces {
                {
                    let checked = current == Some(value);
                    let name = words.app(&format!("smiley-{faces}-{value}"));
                    rsx! {
                        button {
                            key: "{value}",
                            r#type: "button",
                            class: point_class("smiley-button", checked, speaking == Some(value)),
                            role: "radio",
                            aria_checked: "{checked}",
                            aria_label: "{name}",
                            title: "{name}",
                            tabindex: if checked || (current.is_none() && value == 1) { "0" } else { "-1" },
                            onclick: move |_| on_answer.call(Some(Answer::Point(value))),
                            SmileyFace { value, faces }
                        }
                    }
                }
            }
        }
    }
}
