//! Listening the whole way: which of the app's own prompts each screen of a resident's path
//! speaks, and whether a language can be offered "by ear" for a survey. A resident who chooses
//! by ear must never meet silence: a language is offered that way only when every prompt of the
//! path (the app's screens, every question and every option read after it) has audio, a voice
//! or a recording. Elsewhere the app offers a call for help instead.

use crate::coverage::{option_audio, OptionAudio, SpokenOption};
use crate::flow::Screen;
use crate::ids::LangTag;
use crate::media::{MediaKind, MediaManifest, MediaTarget};
use crate::response::Answer;
use crate::survey::{Question, Survey};

/// The Stop dialog, read aloud when it opens: its question, then its three choices in the
/// order they show.
pub const STOP_DIALOG_PROMPTS: &[&str] =
    &["stop-title", "stop-continue", "stop-keep", "stop-discard"];

/// Said on the first screen after a resident deleted their answers.
pub const DELETED_PROMPT: &str = "stop-deleted";

/// Said on the review after a question the resident left without an answer.
pub const NO_ANSWER_PROMPT: &str = "review-no-answer";

/// The app's prompts (Fluent ids of `app.ftl`, UI manifest) a screen reads in order. Question
/// screens read the survey's own audio and their options ([`option_audio`]); the language grid
/// says each language's name.
pub fn screen_prompts(screen: &Screen) -> &'static [&'static str] {
    match screen {
        Screen::Welcome => &["welcome-title", "welcome-body", "welcome-start"],
        Screen::Anonymity => &["anonymity-body", "anonymity-continue"],
        Screen::Review => &["review-title", "review-send"],
        Screen::ThankYou => &["thanks-title", "thanks-body"],
        Screen::Language | Screen::Question(_) | Screen::Stopped => &[],
    }
}

/// What the review reads for one answer, after the question's own audio: the chosen options in
/// the answer's order (a ranking most important first), each where its audio lives
/// ([`option_audio`]: the same recordings the question screen read). Nothing for what has no
/// recording of its own: free text, numbers, and scale points between the two ends (the review
/// shows them in words). A question left without an answer is read with [`NO_ANSWER_PROMPT`].
pub fn answer_audio(question: &Question, answer: &Answer) -> Vec<OptionAudio> {
    let options = option_audio(question);
    let find = |wanted: SpokenOption| options.iter().find(|o| o.option == wanted).cloned();
    match answer {
        Answer::Choice(c) => find(SpokenOption::Choice(c.clone())).into_iter().collect(),
        Answer::Choices(cs) | Answer::Order(cs) => cs
            .iter()
            .filter_map(|c| find(SpokenOption::Choice(c.clone())))
            .collect(),
        Answer::Point(p) => find(SpokenOption::Point(*p)).into_iter().collect(),
        Answer::Text(_) | Answer::Number(_) => Vec::new(),
    }
}

/// Every app prompt of a resident's path, without repeats: the screens', the review's "no
/// answer", the Stop dialog's and the deletion notice.
pub fn path_prompts() -> Vec<&'static str> {
    let screens = [
        Screen::Welcome,
        Screen::Anonymity,
        Screen::Review,
        Screen::ThankYou,
    ];
    let mut ids: Vec<&'static str> = Vec::new();
    let all = screens
        .iter()
        .flat_map(|s| screen_prompts(s).iter().copied())
        .chain([NO_ANSWER_PROMPT])
        .chain(STOP_DIALOG_PROMPTS.iter().copied())
        .chain([DELETED_PROMPT]);
    for id in all {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// One place on the path with no audio in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// None: the app's own prompt (UI manifest); otherwise the survey's manifest.
    pub in_survey_manifest: bool,
    pub target: MediaTarget,
}

/// What a resident choosing `lang` by ear would meet in silence, in path order: app prompts,
/// then per question its prompt and each option read after it. `survey_manifest` is the
/// survey's own manifest, `ui` the app's; both as the device has them (recordings included).
pub fn listening_gaps(
    survey: &Survey,
    survey_manifest: &MediaManifest,
    ui: &MediaManifest,
    lang: &LangTag,
) -> Vec<Gap> {
    let has =
        |m: &MediaManifest, t: &MediaTarget| m.find(t, MediaKind::Audio, Some(lang)).is_some();
    let mut gaps = Vec::new();
    for id in path_prompts() {
        let target = MediaTarget::Prompt(id.to_owned());
        if !has(ui, &target) {
            gaps.push(Gap {
                in_survey_manifest: false,
                target,
            });
        }
    }
    for q in survey.questions() {
        let target = MediaTarget::Question(q.id.clone());
        if !has(survey_manifest, &target) {
            gaps.push(Gap {
                in_survey_manifest: true,
                target,
            });
        }
        for audio in option_audio(q) {
            let manifest = if audio.in_survey_manifest {
                survey_manifest
            } else {
                ui
            };
            let gap = Gap {
                in_survey_manifest: audio.in_survey_manifest,
                target: audio.target,
            };
            if !has(manifest, &gap.target) && !gaps.contains(&gap) {
                gaps.push(gap);
            }
        }
    }
    gaps
}

/// Whether `lang` may be offered by ear for this survey: no gap on the path.
pub fn listenable(
    survey: &Survey,
    survey_manifest: &MediaManifest,
    ui: &MediaManifest,
    lang: &LangTag,
) -> bool {
    listening_gaps(survey, survey_manifest, ui, lang).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_has_every_screen_and_the_stop_dialog() {
        let all = path_prompts();
        for id in [
            "welcome-start",
            "review-send",
            "thanks-body",
            "stop-keep",
            "stop-deleted",
            "review-no-answer",
        ] {
            assert!(all.contains(&id), "{id} missing from the listening path");
        }
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len(), "no repeats");
        // "What is kept?" is optional, not on the path (see `kept`).
        assert!(!all.iter().any(|id| crate::kept::is_spoken_prompt(id)));
    }
}
