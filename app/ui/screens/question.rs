//! One question per screen: prompt, hint, the widget for its kind, Back and Next.

use super::Frame;
use crate::ui::controller::Kiosk;
use crate::ui::widgets::QuestionWidget;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::QuestionId;
use heard_core::survey::{AnswerShape, QuestionKind};

#[component]
pub fn QuestionScreen(words: Words, question: QuestionId) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let (q, answer, one_tap) = {
        let session = kiosk.session.read();
        let Some(s) = session.as_ref() else {
            return rsx! {};
        };
        let Some(q) = s.survey().question(&question).cloned() else {
            return rsx! {};
        };
        (
            q,
            s.answer_to(&question).cloned(),
            s.survey().flow.one_tap.is_some(),
        )
    };
    let prompt = words.survey(&q.prompt);
    let hint = words.survey(&q.hint);
    let answerable = q.kind.shape() != AnswerShape::Nothing;
    let missing = q.required && answerable && answer.is_none();
    // One-tap desks: a tap on a choice moves on; only optional follow-ups get a Skip button.
    let tap_moves_on =
        one_tap && matches!(q.kind.shape(), AnswerShape::OneChoice | AnswerShape::Point);
    let show_next = !tap_moves_on || !q.required;
    let next_label = if tap_moves_on { "nav-skip" } else { "nav-next" };
    let notice = *kiosk.notice.read();
    let is_info = matches!(q.kind, QuestionKind::Info);
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            h1 { id: "question-title", class: if is_info { "info-title" } else { "question-title" }, "{prompt}" }
            if !hint.is_empty() {
                p { class: "hint", "{hint}" }
            }
            QuestionWidget {
                question: q.clone(),
                answer,
                words: words.clone(),
                on_answer: move |a| kiosk.answer(a),
            }
            if let Some(n) = notice {
                p { class: "notice", role: "alert", "{words.app(n.message_id())}" }
            }
            div { class: "nav",
                if kiosk.can_go_back() {
                    button {
                        r#type: "button",
                        class: "secondary",
                        onclick: move |_| kiosk.back(),
                        span { aria_hidden: "true", class: "nav-arrow back-arrow", "←" }
                        "{words.app(\"nav-back\")}"
                    }
                }
                if show_next {
                    button {
                        r#type: "button",
                        class: "primary",
                        disabled: missing,
                        onclick: move |_| kiosk.next(),
                        "{words.app(next_label)}"
                        span { aria_hidden: "true", class: "nav-arrow next-arrow", "→" }
                    }
                }
            }
        }
    }
}
