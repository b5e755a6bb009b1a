//! A one-choice question shown as a scale (XLSForm `appearance` `likert`): its choices side by
//! side in the author's order, each button carrying its own words. A radiogroup like the point
//! scales: tap, or arrow keys move one choice (mirrored in right-to-left languages).

use super::options::Opt;
use super::points::point_after_key;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::ChoiceId;
use heard_core::response::Answer;

#[component]
pub fn LikertScale(
    options: Vec<Opt>,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
    /// The choice being read aloud (audio-first mode): highlighted.
    #[props(default)]
    speaking: Option<ChoiceId>,
) -> Element {
    let current = match &answer {
        Some(Answer::Choice(c)) => options.iter().position(|o| &o.id == c),
        _ => None,
    };
    let rtl = words.dir() == "rtl";
    let last = i32::try_from(options.len()).unwrap_or(1) - 1;
    let ids: Vec<ChoiceId> = options.iter().map(|o| o.id.clone()).collect();
    let position = current.and_then(|i| i32::try_from(i).ok());
    rsx! {
        div { class: "scale likert",
            div {
                class: "scale-points",
                role: "radiogroup",
                aria_labelledby: "question-title",
                onkeydown: move |e: KeyboardEvent| {
                    let next = point_after_key(&e.key(), position, 0, last, 1, rtl)
                        .and_then(|i| usize::try_from(i).ok())
                        .and_then(|i| ids.get(i).cloned());
                    if let Some(id) = next {
                        on_answer.call(Some(Answer::Choice(id)));
                    }
                },
                for (i, opt) in options.into_iter().enumerate() {
                    {
                        let checked = current == Some(i);
                        let mut class = "point likert-point".to_owned();
                        if checked {
                            class.push_str(" selected");
                        }
                        if speaking.as_ref() == Some(&opt.id) {
                            class.push_str(" speaking");
                        }
                        let id = opt.id.clone();
                        rsx! {
                            button {
                                key: "{opt.id}",
                                r#type: "button",
                                class,
                                role: "radio",
                                aria_checked: "{checked}",
                                tabindex: if checked || (current.is_none() && i == 0) { "0" } else { "-1" },
                                onclick: move |_| on_answer.call(Some(Answer::Choice(id.clone()))),
                                span { class: "choice-label", "{opt.label}" }
                            }
                        }
                    }
                }
            }
        }
    }
}
