//! Ranking by tapping: tap the items in order of importance; each gets its number. Move up/down
//! and remove buttons fix mistakes and are the keyboard alternative. The answer exists only
//! once every item has a place (the core requires a full order).

use super::options::{rank_move, rank_tap, Opt};
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::ChoiceId;
use heard_core::response::Answer;

#[component]
pub fn Ranking(
    options: Vec<Opt>,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    // The partial order lives here until it is complete; it starts from a saved full answer.
    let mut order = use_signal(|| match &answer {
        Some(Answer::Order(o)) => o.clone(),
        _ => Vec::<ChoiceId>::new(),
    });
    let total = options.len();
    let mut update = move |next: Vec<ChoiceId>| {
        let complete = next.len() == total;
        order.set(next.clone());
        on_answer.call(complete.then_some(Answer::Order(next)));
    };
    let label_of = |id: &ChoiceId| {
        options
            .iter()
            .find(|o| &o.id == id)
            .map_or_else(|| id.to_string(), |o| o.label.clone())
    };
    let ordered: Vec<(usize, ChoiceId, String)> = order
        .read()
        .iter()
        .enumerate()
        .map(|(i, id)| (i, id.clone(), label_of(id)))
        .collect();
    let unordered: Vec<Opt> = options
        .iter()
        .filter(|o| !order.read().contains(&o.id))
        .cloned()
        .collect();
    let count = ordered.len();
    rsx! {
        p { class: "hint", "{words.app(\"ranking-hint\")}" }
        div { class: "ranking",
            if !ordered.is_empty() {
                h2 { class: "ranking-heading", id: "ranking-ordered", "{words.app(\"ranking-ordered\")}" }
                ol { class: "ranking-ordered", aria_labelledby: "ranking-ordered",
                    for (index, id, label) in ordered {
                        {
                        let key = id.to_string();
                        rsx! {
                        li { key: "{key}", class: "ranked",
                            span { class: "rank-number", aria_hidden: "true", "{index + 1}" }
                            span { class: "rank-label", "{label}" }
                            button {
                                r#type: "button",
                                class: "icon-button",
                                aria_label: "{words.app(\"ranking-move-up\")}: {label}",
                                disabled: index == 0,
                                onclick: move |_| { let next = rank_move(&order.peek(), index, true); update(next) },
                                "↑"
                            }
                            button {
                                r#type: "button",
                                class: "icon-button",
                                aria_label: "{words.app(\"ranking-move-down\")}: {label}",
                                disabled: index + 1 == count,
                                onclick: move |_| { let next = rank_move(&order.peek(), index, false); update(next) },
                                "↓"
                            }
                            button {
                                r#type: "button",
                                class: "icon-button",
                                aria_label: "{words.app(\"ranking-remove\")}: {label}",
                                onclick: move |_| {
                                    let mut next = order.peek().clone();
                                    next.retain(|c| c != &id);
                                    update(next)
                                },
                                "✕"
                            }
                        }
                        }
                        }
                    }
                }
            }
            if !unordered.is_empty() {
                h2 { class: "ranking-heading", id: "ranking-unordered", "{words.app(\"ranking-unordered\")}" }
                div { class: "choices", role: "group", aria_labelledby: "ranking-unordered",
                    for opt in unordered {
                        {
                            let id = opt.id.clone();
                            rsx! {
                                button {
                                    key: "{opt.id}",
                                    r#type: "button",
                                    class: "choice",
                                    onclick: move |_| { let next = rank_tap(&order.peek(), &id); update(next) },
                                    span { class: "choice-label", "{opt.label}" }
                                }
                            }
                        }
                    }
                }
            }
            if count > 0 {
                button {
                    r#type: "button",
                    class: "secondary",
                    onclick: move |_| update(Vec::new()),
                    "{words.app(\"ranking-reset\")}"
                }
            }
        }
    }
}
