//! One or several choices as big buttons: `role=radio` in a radiogroup, or `role=checkbox`.
//! Native buttons, so Enter/Space and switch access work; touch targets are at least 48px.

use super::options::{toggle_choice, Opt};
use super::pictograms::Pictogram;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::ChoiceId;
use heard_core::response::Answer;

#[component]
pub fn ChoiceList(
    options: Vec<Opt>,
    selected: Vec<ChoiceId>,
    multiple: bool,
    on_pick: EventHandler<ChoiceId>,
) -> Element {
    let with_pictos = options.iter().any(|o| o.picto.is_some());
    let role = if multiple { "checkbox" } else { "radio" };
    let group_role = if multiple { "group" } else { "radiogroup" };
    rsx! {
        div {
            class: if with_pictos { "choices choices-pictos" } else { "choices" },
            role: group_role,
            aria_labelledby: "question-title",
            for opt in options {
                {
                    let checked = selected.contains(&opt.id);
                    let id = opt.id.clone();
                    rsx! {
                        button {
                            key: "{opt.id}",
                            r#type: "button",
                            class: if checked { "choice selected" } else { "choice" },
                            role,
                            aria_checked: "{checked}",
                            onclick: move |_| on_pick.call(id.clone()),
                            if let Some(p) = opt.picto {
                                Pictogram { picto: p }
                            }
                            span { class: "choice-label", "{opt.label}" }
                        }
                    }
                }
            }
        }
    }
}

/// A question answered by one choice.
#[component]
pub fn SingleChoice(
    options: Vec<Opt>,
    answer: Option<Answer>,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    let selected = match answer {
        Some(Answer::Choice(c)) => vec![c],
        _ => Vec::new(),
    };
    rsx! {
        ChoiceList {
            options,
            selected,
            multiple: false,
            on_pick: move |id| on_answer.call(Some(Answer::Choice(id))),
        }
    }
}

/// A question answered by several choices, some possibly exclusive.
#[component]
pub fn MultipleChoice(
    options: Vec<Opt>,
    max: Option<u32>,
    answer: Option<Answer>,
    words: Words,
    /// The survey gives no hint of its own: say that several answers are possible.
    generic_hint: bool,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    let selected = match answer {
        Some(Answer::Choices(c)) => c,
        _ => Vec::new(),
    };
    let exclusive: Vec<ChoiceId> = options
        .iter()
        .filter(|o| o.exclusive)
        .map(|o| o.id.clone())
        .collect();
    let current = selected.clone();
    rsx! {
        if generic_hint {
            p { class: "hint", "{words.app(\"choose-many-hint\")}" }
        }
        ChoiceList {
            options,
            selected,
            multiple: true,
            on_pick: move |id| {
                let next = toggle_choice(&current, &id, &exclusive, max);
                on_answer.call(if next.is_empty() { None } else { Some(Answer::Choices(next)) });
            },
        }
    }
}
