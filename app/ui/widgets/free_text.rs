//! Free text. What the resident types is kept here as a draft; it becomes the answer (saved,
//! through `on_answer`) without a write at every keystroke:
//! - at once when typing makes the difference between no answer and an answer (the first
//!   character, or emptying the field): Next follows the core's rule
//!   (`Session::answer_missing`) while the resident types, so one tap on Next is enough;
//! - after a pause in typing ([`SAVE_AFTER`]), so what was typed survives a crash;
//! - when the field loses focus (`change`), which happens before any button's click is handled.

use crate::ui::words::Words;
use dioxus::core::Task;
use dioxus::prelude::*;
use heard_core::response::Answer;
use std::time::Duration;

/// How long typing must pause before the draft is saved as the answer.
const SAVE_AFTER: Duration = Duration::from_millis(800);

/// The answer a draft makes: the text trimmed, or none when blank.
fn answer_of(text: &str) -> Option<Answer> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| Answer::Text(trimmed.to_owned()))
}

#[component]
pub fn FreeText(
    max_length: u32,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    // The field holds what is typed; it is given a value once, when the screen shows. A value
    // written back at every render would put in a draft older than the keys typed since (the
    // page hears back from the app only after each event is handled), and lose them.
    let initial = use_hook(|| match &answer {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    });
    let mut draft = use_signal(|| initial.clone());
    // The save waiting for a pause in typing (dropped with the widget when the screen changes).
    let mut pending = use_signal(|| None::<Task>);
    let count = i64::try_from(draft.read().chars().count()).unwrap_or(0);
    let mut cancel_pending = move || {
        if let Some(task) = pending.take() {
            task.cancel();
        }
    };
    // What the session holds now: the widget is rendered again after each save. (A refused
    // answer, e.g. shorter than the question's minimum, leaves it unchanged.)
    let held = answer.clone();
    let on_input = move |e: FormEvent| {
        let text = e.value();
        draft.set(text.clone());
        cancel_pending();
        let typed = answer_of(&text);
        if typed == held {
            return;
        }
        if typed.is_some() != held.is_some() {
            on_answer.call(typed);
        } else {
            pending.set(Some(spawn(async move {
                crate::platform::sleep(SAVE_AFTER).await;
                pending.set(None);
                on_answer.call(typed);
            })));
        }
    };
    let held = answer;
    let on_change = move |e: FormEvent| {
        let text = e.value();
        draft.set(text.clone());
        cancel_pending();
        let typed = answer_of(&text);
        if typed != held {
            on_answer.call(typed);
        }
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
            initial_value: "{initial}",
            oninput: on_input,
            onchange: on_change,
        }
        p { id: "free-text-count", class: "hint",
            "{words.tr.t_args(\"text-count\", &[(\"count\", count), (\"max\", i64::from(max_length))])}"
        }
    }
}
