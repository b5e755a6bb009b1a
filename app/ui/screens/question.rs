//! One question per screen: prompt, hint, the widget for its kind, Back and Next.

use super::Frame;
use crate::ui::controller::Kiosk;
use crate::ui::widgets::QuestionWidget;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::QuestionId;
use heard_core::media::MediaTarget;
use heard_core::survey::{AnswerShape, QuestionKind};

#[component]
pub fn QuestionScreen(words: Words, question: QuestionId) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let (q, answer, one_tap, audio_url) = {
        let session = kiosk.session.read();
        let Some(s) = session.as_ref() else {
            return rsx! {};
        };
        let Some(q) = s.survey().question(&question).cloned() else {
            return rsx! {};
        };
        // Staff entering a form read it themselves: no audio in interview and paper modes.
        let audio_url = (!s.context().mode.is_staff_entry())
            .then(|| {
                kiosk.services().audio().url(
                    Some(&s.survey().id),
                    &MediaTarget::Question(question.clone()),
                    s.language(),
                )
            })
            .flatten();
        (
            q,
            s.answer_to(&question).cloned(),
            s.survey().flow.one_tap.is_some(),
            audio_url,
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
            div { class: "prompt-row",
                h1 { id: "question-title", class: if is_info { "info-title" } else { "question-title" }, "{prompt}" }
                if let Some(url) = audio_url {
                    button {
                        r#type: "button",
                        class: "listen-button",
                        aria_label: "{words.app(\"listen\")}",
                        title: "{words.app(\"listen\")}",
                        onclick: move |_| kiosk.listen(&url),
                        svg { view_box: "0 0 24 24", width: "32", height: "32", "aria-hidden": "true",
                            path { d: "M4 9v6h4l5 4V5L8 9H4z", fill: "currentColor" }
                            path { d: "M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12", fill: "none", stroke: "currentColor", stroke_width: "2", stroke_linecap: "round" }
                        }
                    }
                }
            }
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
