//! Free text. The draft is kept here while typing; it becomes the answer (and is saved) when
//! the field loses focus, which happens before any button's click is handled.

use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::response::Answer;

#[component]
pub fn FreeText(
    max_length: u32,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    let mut draft = use_signal(|| match &answer {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    });
    let count = i64::try_from(draft.read().chars().count()).unwrap_or(0);
    let commit = move |text: String| {
        let trimmed = text.trim().to_owned();
        on_answer.call((!trimmed.is_empty()).then_some(Answer::Text(trimmed)));
    };
    rsx! {
        label { class: "field-label", r#for: "free-text", "{words.app(\"text-label\")}" }
        textarea {
            id: "free-text",
            class: "free-text",
            dir: "auto",
            rows: "5",
            maxlength: "{max_length}",
            aria_describedby: "free-text-count",
            value: "{draft}",
            oninput: move |e: FormEvent| draft.set(e.value()),
            onchange: move |e: FormEvent| {
                draft.set(e.value());
                commit(e.value());
            },
        }
        p { id: "free-text-count", class: "hint",
            "{words.tr.t_args(\"text-count\", &[(\"count\", count), (\"max\", i64::from(max_length))])}"
        }
    }
}
