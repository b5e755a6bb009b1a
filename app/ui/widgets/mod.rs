//! One widget per question kind. Widgets are pure views: they get the question, the current
//! answer and the words, and report a new answer (or `None` to clear) through `on_answer`.

mod choices;
mod free_text;
mod likert;
mod number;
mod options;
mod pictograms;
mod points;
mod ranking;
mod topics;

pub use choices::{ChoiceList, MultipleChoice, SingleChoice};
pub use free_text::FreeText;
pub use likert::LikertScale;
pub use number::{format_scaled, parse_scaled, NumberInput};
pub use options::{options, rank_move, rank_tap, toggle_choice, Opt};
pub use pictograms::{Picto, Pictogram, SmileyFace};
pub use points::{point_after_key, NumberScale, SmileyScale};
pub use ranking::Ranking;
pub use topics::{topic_path, TopicPictogram};

use crate::ui::playback::Spoken;
use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::response::Answer;
use heard_core::survey::{Question, QuestionKind};

#[component]
pub fn QuestionWidget(
    question: Question,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
    /// What is being read aloud (audio-first mode), highlighted in the widget.
    #[props(default)]
    speaking: Option<Spoken>,
    /// Audio-first mode: scales get faces.
    #[props(default)]
    audio_first: bool,
) -> Element {
    let opts = options(&question.kind, &words);
    let speaking_choice = match &speaking {
        Some(Spoken::Choice(c)) => Some(c.clone()),
        _ => None,
    };
    let speaking_point = match &speaking {
        Some(Spoken::Point(p)) => Some(*p),
        _ => None,
    };
    match &question.kind {
        QuestionKind::SingleChoice { likert: true, .. } => rsx! {
            LikertScale { options: opts, answer, words, on_answer, speaking: speaking_choice }
        },
        QuestionKind::YesNo
        | QuestionKind::SingleChoice { .. }
        | QuestionKind::ThreeLevel { .. }
        | QuestionKind::Sentiment
        | QuestionKind::Thumbs
        | QuestionKind::AgeBand
        | QuestionKind::Sex
        | QuestionKind::Nationality { .. }
        | QuestionKind::LengthOfStay => rsx! {
            SingleChoice { options: opts, answer, on_answer, speaking: speaking_choice }
        },
        QuestionKind::MultipleChoice { max, .. } => rsx! {
            MultipleChoice {
                options: opts,
                max: *max,
                answer,
                words,
                generic_hint: question.hint.is_empty(),
                on_answer,
                speaking: speaking_choice,
            }
        },
        QuestionKind::Scale {
            min,
            max,
            step,
            low,
            high,
        } => rsx! {
            NumberScale {
                min: *min,
                max: *max,
                step: *step,
                low: words.survey(low),
                high: words.survey(high),
                answer,
                words: words.clone(),
                on_answer,
                speaking: speaking_point,
                faces: audio_first,
            }
        },
        QuestionKind::Smiley { faces } => rsx! {
            SmileyScale { faces: *faces, answer, words, on_answer, speaking: speaking_point }
        },
        QuestionKind::Ranking { .. } => rsx! {
            Ranking { options: opts, answer, words, on_answer }
        },
        QuestionKind::FreeText { max_length, .. } => rsx! {
            FreeText { max_length: *max_length, answer, words, on_answer }
        },
        QuestionKind::Number { min, max, decimals } => rsx! {
            NumberInput { min: *min, max: *max, decimals: *decimals, answer, words, on_answer }
        },
        QuestionKind::Info => rsx! {},
    }
}
