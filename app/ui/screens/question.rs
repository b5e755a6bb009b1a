//! One question per screen: prompt, hint, the widget for its kind, Back and Next.

use super::{Frame, ReplayButton};
use crate::ui::controller::Kiosk;
use crate::ui::playback::Spoken;
use crate::ui::widgets::{QuestionWidget, TopicPictogram};
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::ids::QuestionId;
use heard_core::response::Answer;
use heard_core::survey::{Question, QuestionKind};

/// What the question screen shows, read from the session in one go.
struct Shown {
    q: Question,
    answer: Option<Answer>,
    missing: bool,
    tap_moves_on: bool,
    show_next: bool,
    can_go_back: bool,
    audio_url: Option<String>,
}

#[component]
pub fn QuestionScreen(words: Words, question: QuestionId) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let audio_first = kiosk.audio_first();
    let speaking = kiosk.speaking();
    let shown = kiosk.with_session(|s| {
        let q = s.survey().question(&question).cloned()?;
        // Read by the controller when the screen changed (None for staff entry, audio-first).
        let audio_url = kiosk.screen_media().listen_url;
        // What the screen offers is the core's to say: Next is refused while `answer_missing`
        // (a resident who listens is never required to write), a tap moves on where
        // `advances_on_answer`, and Next (Skip) shows where `offers_next`.
        Some(Shown {
            answer: s.answer_to(&question).cloned(),
            missing: s.answer_missing(),
            tap_moves_on: s.advances_on_answer(),
            show_next: s.offers_next(),
            can_go_back: s.can_go_back(),
            q,
            audio_url,
        })
    });
    let Some(Some(Shown {
        q,
        answer,
        missing,
        tap_moves_on,
        show_next,
        can_go_back,
        audio_url,
    })) = shown
    else {
        return rsx! {};
    };
    let prompt = words.survey(&q.prompt);
    let hint = words.survey(&q.hint);
    let next_label = if tap_moves_on { "nav-skip" } else { "nav-next" };
    let notice = kiosk.notice();
    let is_info = matches!(q.kind, QuestionKind::Info);
    let reading_prompt = speaking == Some(Spoken::Prompt);
    let title_class = match (is_info, reading_prompt) {
        (true, false) => "info-title",
        (true, true) => "info-title speaking",
        (false, false) => "question-title",
        (false, true) => "question-title speaking",
    };
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            div { class: "prompt-row",
                if let Some(topic) = q.topic {
                    TopicPictogram { topic }
                }
                h1 { id: "question-title", class: title_class, "{prompt}" }
                ReplayButton { words: words.clone() }
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
                speaking,
                audio_first,
            }
            if let Some(n) = notice {
                p { class: "notice", role: "alert", "{words.app(n.message_id())}" }
            }
            div { class: "nav",
                if can_go_back {
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
