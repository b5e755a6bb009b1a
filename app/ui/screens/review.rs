//! The review screen: every answer in words, each with a Change button, then Send.

use super::icons::{ButtonIcon, Icon};
use super::{Frame, ReplayButton};
use crate::i18n::ListKind;
use crate::ui::controller::Kiosk;
use crate::ui::playback::Spoken;
use crate::ui::widgets::{format_scaled, options};
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::response::Answer;
use heard_core::survey::{Question, QuestionKind};

/// An answer as the resident would say it (labels, not ids).
pub fn answer_text(question: &Question, answer: Option<&Answer>, words: &Words) -> String {
    let Some(answer) = answer else {
        return words.app("review-no-answer");
    };
    let opts = options(&question.kind, words);
    let label = |id: &heard_core::ids::ChoiceId| {
        opts.iter()
            .find(|o| &o.id == id)
            .map_or_else(|| id.to_string(), |o| o.label.clone())
    };
    match (answer, &question.kind) {
        (Answer::Choice(c), _) => label(c),
        (Answer::Choices(cs), _) => {
            let labels: Vec<String> = cs.iter().map(label).collect();
            words.tr.list(ListKind::And, &labels)
        }
        (Answer::Order(cs), _) => {
            let ranked: Vec<String> = cs
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{}. {}", i + 1, label(c)))
                .collect();
            words.tr.list(ListKind::Unit, &ranked)
        }
        (Answer::Point(p), QuestionKind::Smiley { faces }) => {
            words.app(&format!("smiley-{faces}-{p}"))
        }
        (Answer::Point(p), QuestionKind::Scale { max, .. }) => words.tr.t_args(
            "scale-point",
            &[("value", i64::from(*p)), ("max", i64::from(*max))],
        ),
        (Answer::Point(p), _) => p.to_string(),
        (Answer::Text(t), _) => t.clone(),
        (Answer::Number(n), QuestionKind::Number { decimals, .. }) => format_scaled(*n, *decimals),
        (Answer::Number(n), _) => n.to_string(),
    }
}

#[component]
pub fn ReviewScreen(words: Words) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let rows = kiosk.with_session(|s| {
        s.relevant_questions()
            .into_iter()
            .filter_map(|id| s.survey().question(&id).cloned())
            .filter(|q| !matches!(q.kind, QuestionKind::Info))
            .map(|q| {
                let text = answer_text(&q, s.answer_to(&q.id), &words);
                (q.id.clone(), words.survey(&q.prompt), text)
            })
            .collect::<Vec<_>>()
    });
    let Some(rows) = rows else {
        return rsx! {};
    };
    let notice = kiosk.notice();
    // In audio-first mode the review reads each row; the one being read is highlighted.
    let speaking = kiosk.speaking();
    rsx! {
        Frame { words: words.clone(), show_stop: true,
            h1 { id: "question-title", "{words.app(\"review-title\")}" }
            ul { class: "review", aria_labelledby: "question-title",
                for (id, prompt, text) in rows {
                    {
                        let key = id.to_string();
                        let read = speaking == Some(Spoken::Answer(id.clone()));
                        rsx! {
                            li { key: "{key}", class: if read { "review-row speaking" } else { "review-row" },
                                div { class: "review-text",
                                    p { class: "review-question", "{prompt}" }
                                    p { class: "review-answer", dir: "auto", "{text}" }
                                }
                                button {
                                    r#type: "button",
                                    class: "secondary",
                                    aria_label: "{words.app(\"review-change\")}: {prompt}",
                                    onclick: move |_| kiosk.edit(id.clone()),
                                    "{words.app(\"review-change\")}"
                                }
                            }
                        }
                    }
                }
            }
            ReplayButton { words: words.clone() }
            if let Some(n) = notice {
                p { class: "notice", role: "alert", "{words.app(n.message_id())}" }
            }
            div { class: "nav",
                button {
                    r#type: "button",
                    class: "secondary",
                    onclick: move |_| kiosk.back(),
                    "{words.app(\"nav-back\")}"
                }
                button {
                    r#type: "button",
                    class: "primary big",
                    onclick: move |_| kiosk.submit(),
                    ButtonIcon { icon: Icon::Send }
                    "{words.app(\"review-send\")}"
                }
            }
        }
    }
}
