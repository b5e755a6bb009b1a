//! What a resident hears, and how much of it exists: the spoken items of a survey, and per language
//! its text coverage and its audio coverage (missing / synthetic / recorded).
//!
//! The enumeration here is the single definition of "every spoken item"; the audio generator
//! (`tools/`, `make-audio`) and the coverage report both use it.
//!
//! Spoken items of a survey, each a [`MediaTarget`] in the survey's own manifest:
//! - [`MediaTarget::Title`]: the survey title;
//! - [`MediaTarget::Question`]: the question prompt, followed by its hint when it has one (one file,
//!   so the resident hears the question and its hint together; there is no separate hint target);
//! - [`MediaTarget::Choice`]: each *authored* choice label (single, multiple, ranking);
//! - [`MediaTarget::Prompt`]`("<question-id>.low")` and `("<question-id>.high")`: a scale's end
//!   labels (see [`scale_end_target`]). Question ids never contain a dot, so these never clash with
//!   the app's Fluent message ids.
//!
//! Fixed answer labels (yes/no, smileys, three levels, thumbs, bands, countries) are not in the
//! survey: they are the app's shared prompts, stored once in the UI manifest as
//! `Prompt("choice-<id>")`, `Prompt("smiley-<faces>-<n>")` and `Prompt("country-<iso>")`
//! ([`shared_prompts`]). Section titles are not spoken (the app does not show them to residents).

use crate::ids::{ChoiceId, LangTag, QuestionId};
use crate::media::{MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use crate::survey::{Question, QuestionKind, Survey};
use crate::text::LocalizedText;

/// One end of a scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleEnd {
    Low,
    High,
}

impl ScaleEnd {
    pub fn suffix(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::High => "high",
        }
    }
}

/// The target of a scale end label: `Prompt("<question-id>.low")` / `Prompt("<question-id>.high")`.
pub fn scale_end_target(question: &QuestionId, end: ScaleEnd) -> MediaTarget {
    MediaTarget::Prompt(format!("{question}.{}", end.suffix()))
}

/// A spoken item in one language: what to say for a target. `text` is `None` when the survey
/// lacks some of the words in that language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenItem {
    pub target: MediaTarget,
    pub text: Option<String>,
}

/// Every spoken item of a survey, in survey order: title, then per question its prompt (+ hint),
/// authored choices and scale ends.
pub fn spoken_items(survey: &Survey, lang: &LangTag) -> Vec<SpokenItem> {
    let mut items = vec![SpokenItem {
        target: MediaTarget::Title,
        text: survey.title.get(lang).map(str::to_owned),
    }];
    for q in survey.questions() {
        items.push(SpokenItem {
            target: MediaTarget::Question(q.id.clone()),
            text: question_text(q, lang),
        });
        for c in q.kind.authored_choices() {
            items.push(SpokenItem {
                target: MediaTarget::Choice {
                    question: q.id.clone(),
                    choice: c.id.clone(),
                },
                text: c.label.get(lang).map(str::to_owned),
            });
        }
        if let QuestionKind::Scale { low, high, .. } = &q.kind {
            for (end, label) in [(ScaleEnd::Low, low), (ScaleEnd::High, high)] {
                items.push(SpokenItem {
                    target: scale_end_target(&q.id, end),
                    text: label.get(lang).map(str::to_owned),
                });
            }
        }
    }
    items
}

/// The targets of every spoken item (language-independent).
pub fn spoken_targets(survey: &Survey) -> Vec<MediaTarget> {
    spoken_items(survey, &survey.default_language)
        .into_iter()
        .map(|i| i.target)
        .collect()
}

/// What the question's audio says: the prompt, then the hint when the question has one.
fn question_text(q: &Question, lang: &LangTag) -> Option<String> {
    let prompt = q.prompt.get(lang)?.trim();
    if q.hint.is_empty() {
        return Some(prompt.to_owned());
    }
    let hint = q.hint.get(lang)?.trim();
    if hint.is_empty() {
        return Some(prompt.to_owned());
    }
    // A sentence break between the two, so the voice pauses.
    let ends_sentence = prompt.chars().last().is_some_and(|c| !c.is_alphanumeric());
    Some(if ends_sentence {
        format!("{prompt} {hint}")
    } else {
        format!("{prompt}. {hint}")
    })
}

/// One answer option as a resident hears it: which option is read (the screen highlights it)
/// and where its audio lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionAudio {
    pub option: SpokenOption,
    pub target: MediaTarget,
    /// In the survey's own manifest (authored choices, scale ends); otherwise one of the app's
    /// shared prompts in the UI manifest.
    pub in_survey_manifest: bool,
}

/// The answer option being read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpokenOption {
    Choice(ChoiceId),
    /// A point of a scale or a smiley face.
    Point(i32),
}

/// What is read after a question's prompt, in order: its options. Authored choices and scale
/// ends come from the survey; fixed answers (yes/no, smileys, bands, countries) are the app's
/// shared prompts. The single definition behind [`shared_prompts`] and the app's playback.
pub fn option_audio(question: &Question) -> Vec<OptionAudio> {
    let shared = |option: SpokenOption, id: String| OptionAudio {
        option,
        target: MediaTarget::Prompt(id),
        in_survey_manifest: false,
    };
    let authored = question.kind.authored_choices();
    if !authored.is_empty() {
        return authored
            .iter()
            .map(|c| OptionAudio {
                option: SpokenOption::Choice(c.id.clone()),
                target: MediaTarget::Choice {
                    question: question.id.clone(),
                    choice: c.id.clone(),
                },
                in_survey_manifest: true,
            })
            .collect();
    }
    match &question.kind {
        QuestionKind::Smiley { faces } => (1..=i32::from(*faces))
            .map(|n| shared(SpokenOption::Point(n), format!("smiley-{faces}-{n}")))
            .collect(),
        QuestionKind::Scale { min, max, .. } => [(*min, ScaleEnd::Low), (*max, ScaleEnd::High)]
            .into_iter()
            .map(|(point, end)| OptionAudio {
                option: SpokenOption::Point(point),
                target: scale_end_target(&question.id, end),
                in_survey_manifest: true,
            })
            .collect(),
        QuestionKind::Nationality { countries } => question
            .kind
            .choice_ids()
            .into_iter()
            .map(|c| {
                let id = if countries.contains(&c) {
                    format!("country-{c}")
                } else {
                    format!("choice-{c}")
                };
                shared(SpokenOption::Choice(c), id)
            })
            .collect(),
        kind if kind.has_fixed_choices() => kind
            .choice_ids()
            .into_iter()
            .map(|c| {
                let id = format!("choice-{c}");
                shared(SpokenOption::Choice(c), id)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The app's shared prompt ids a survey needs for its fixed answers, in first-use order, without
/// repeats: `choice-<id>` (yes/no, three levels, sentiment, thumbs, age, sex, stay, `other`,
/// `prefer-not`), `country-<iso>` for nationalities and `smiley-<faces>-<n>`.
pub fn shared_prompts(survey: &Survey) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for q in survey.questions() {
        for audio in option_audio(q) {
            if let (false, MediaTarget::Prompt(id)) = (audio.in_survey_manifest, audio.target) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    ids
}

/// Whether a recording for `target` has a place in the survey: one of its spoken items
/// ([`spoken_targets`]), one of the app's shared prompts it uses ([`shared_prompts`]) or a
/// prompt of the listening path (`listening::path_prompts`) or of "What is kept?"
/// (`kept::spoken_lists`). The server refuses any other
/// target, so made-up ids never reach a manifest.
pub fn is_recordable_target(survey: &Survey, target: &MediaTarget) -> bool {
    match target {
        MediaTarget::Prompt(id) if shared_prompts(survey).contains(id) => true,
        // The app's screens on the listening path (welcome, review, Stop…).
        MediaTarget::Prompt(id) if crate::listening::path_prompts().contains(&id.as_str()) => true,
        // "What is kept?" read aloud: its two prompts (no synthetic drafts ship, see `kept`).
        MediaTarget::Prompt(id) if crate::kept::is_spoken_prompt(id) => true,
        _ => spoken_targets(survey).contains(target),
    }
}

/// Every text of a survey: title, section titles, prompts, hints, authored choices, scale ends.
fn texts(survey: &Survey) -> Vec<&LocalizedText> {
    let mut all = vec![&survey.title];
    for s in &survey.sections {
        all.push(&s.title);
        for q in &s.questions {
            all.push(&q.prompt);
            if !q.hint.is_empty() {
                all.push(&q.hint);
            }
            all.extend(q.kind.authored_choices().iter().map(|c| &c.label));
            if let QuestionKind::Scale { low, high, .. } = &q.kind {
                all.push(low);
                all.push(high);
            }
        }
    }
    all.retain(|t| !t.is_empty());
    all
}

/// How many of a survey's texts exist in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextCoverage {
    pub present: usize,
    pub total: usize,
    /// The survey declares the language (every text exists, checked on load).
    pub declared: bool,
}

impl TextCoverage {
    pub fn complete(&self) -> bool {
        self.declared && self.present == self.total
    }
}

/// Audio for a set of spoken items in one language, by origin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AudioCoverage {
    pub missing: usize,
    /// Text-to-speech drafts.
    pub synthetic: usize,
    /// Recorded by people.
    pub recorded: usize,
    /// Imported files (e.g. XLSForm media).
    pub imported: usize,
}

impl AudioCoverage {
    pub fn total(&self) -> usize {
        self.missing + self.synthetic + self.recorded + self.imported
    }

    /// Every item has audio of some origin.
    pub fn complete(&self) -> bool {
        self.missing == 0
    }

    /// Every item has audio by people (recorded or imported): no gaps, no synthetic drafts.
    pub fn human(&self) -> bool {
        self.missing == 0 && self.synthetic == 0
    }
}

/// Counts audio in `lang` for `targets` in `manifest`.
pub fn audio_coverage<'a>(
    manifest: &MediaManifest,
    targets: impl IntoIterator<Item = &'a MediaTarget>,
    lang: &LangTag,
) -> AudioCoverage {
    let mut c = AudioCoverage::default();
    for t in targets {
        match manifest
            .find(t, MediaKind::Audio, Some(lang))
            .map(|i| &i.origin)
        {
            None => c.missing += 1,
            Some(MediaOrigin::Synthetic { .. }) => c.synthetic += 1,
            Some(MediaOrigin::Recorded) => c.recorded += 1,
            Some(MediaOrigin::Imported) => c.imported += 1,
        }
    }
    c
}

/// One language's coverage of a survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageCoverage {
    pub language: LangTag,
    pub text: TextCoverage,
    /// Audio of the survey's own spoken items ([`spoken_items`]).
    pub audio: AudioCoverage,
    /// Audio of the shared prompts the survey needs ([`shared_prompts`]); found only when the
    /// caller passes the survey manifest overlaid with the UI manifest.
    pub shared_audio: AudioCoverage,
}

/// Text and audio coverage of a survey per language, in the order given. Pass the survey's
/// manifest overlaid with the UI manifest (`survey.overlaid_with(&ui)`) to count shared prompts.
pub fn coverage(
    survey: &Survey,
    manifest: &MediaManifest,
    languages: &[LangTag],
) -> Vec<LanguageCoverage> {
    let all_texts = texts(survey);
    let targets = spoken_targets(survey);
    let shared: Vec<MediaTarget> = shared_prompts(survey)
        .into_iter()
        .map(MediaTarget::Prompt)
        .collect();
    languages
        .iter()
        .map(|lang| LanguageCoverage {
            language: lang.clone(),
            text: TextCoverage {
                present: all_texts.iter().filter(|t| t.get(lang).is_some()).count(),
                total: all_texts.len(),
                declared: survey.has_language(lang),
            },
            audio: audio_coverage(manifest, &targets, lang),
            shared_audio: audio_coverage(manifest, &shared, lang),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canonical::Sha256;
    use crate::ids::{ChoiceId, SurveyId};
    use crate::media::MediaItem;
    use crate::survey::{Choice, FlowOptions, Section, SurveyMeta};
    use std::collections::BTreeSet;

    fn lang(s: &str) -> LangTag {
        LangTag::new(s).unwrap()
    }
    fn qid(s: &str) -> QuestionId {
        QuestionId::new(s).unwrap()
    }
    fn text(pairs: &[(&str, &str)]) -> LocalizedText {
        let mut t = LocalizedText::default();
        for (l, s) in pairs {
            t.insert(lang(l), *s);
        }
        t
    }
    fn question(id: &str, kind: QuestionKind, prompt: LocalizedText) -> Question {
        Question {
            id: qid(id),
            kind,
            topic: None,
            required: false,
            relevant: None,
            prompt,
            hint: LocalizedText::default(),
            satisfied: None,
            measure: None,
            not_identifying: false,
        }
    }

    /// en complete, fr missing one choice label and the hint.
    fn survey() -> Survey {
        let mut reasons = question(
            "reasons",
            QuestionKind::MultipleChoice {
                choices: vec![
                    Choice {
                        id: ChoiceId::new("noisy").unwrap(),
                        label: text(&[("en", "Too noisy"), ("fr", "Trop de bruit")]),
                        exclusive: false,
                        score: None,
                    },
                    Choice {
                        id: ChoiceId::new("cold").unwrap(),
                        label: text(&[("en", "Too cold")]),
                        exclusive: false,
                        score: None,
                    },
                ],
                min: None,
                max: None,
            },
            text(&[("en", "What is wrong"), ("fr", "Qu'est-ce qui ne va pas ?")]),
        );
        reasons.hint = text(&[("en", "Choose any.")]);
        Survey {
            id: SurveyId::new("t").unwrap(),
            version: "1".into(),
            default_language: lang("en"),
            languages: BTreeSet::from([lang("en")]),
            title: text(&[("en", "Life"), ("fr", "La vie")]),
            meta: SurveyMeta::default(),
            flow: FlowOptions::default(),
            target_percent: None,
            sections: vec![Section {
                id: qid("s"),
                title: text(&[("en", "Room"), ("fr", "Chambre")]),
                questions: vec![
                    question(
                        "ok",
                        QuestionKind::YesNo,
                        text(&[("en", "OK?"), ("fr", "Ça va ?")]),
                    ),
                    reasons,
                    question(
                        "overall",
                        QuestionKind::Scale {
                            min: 0,
                            max: 10,
                            step: 1,
                            low: text(&[("en", "Bad"), ("fr", "Mauvais")]),
                            high: text(&[("en", "Good"), ("fr", "Bon")]),
                        },
                        text(&[("en", "Overall?"), ("fr", "En général ?")]),
                    ),
                    question(
                        "mood",
                        QuestionKind::Smiley { faces: 3 },
                        text(&[("en", "Mood?"), ("fr", "Humeur ?")]),
                    ),
                    question(
                        "from",
                        QuestionKind::Nationality {
                            countries: vec![ChoiceId::new("sy").unwrap()],
                        },
                        text(&[("en", "From?"), ("fr", "D'où ?")]),
                    ),
                ],
            }],
        }
    }

    fn audio(target: MediaTarget, l: &str, origin: MediaOrigin) -> MediaItem {
        MediaItem {
            target,
            kind: MediaKind::Audio,
            language: Some(lang(l)),
            sha256: Sha256::of_bytes(l.as_bytes()),
            bytes: 1,
            mime: "audio/ogg".into(),
            origin,
        }
    }

    #[test]
    fn recordable_targets_are_the_surveys_spoken_items_and_its_shared_prompts() {
        let s = survey();
        for target in spoken_targets(&s) {
            assert!(is_recordable_target(&s, &target), "{target:?}");
        }
        // Shared answers, a scale end, "no answer" on the review, "What is kept?" read aloud.
        for ok in [
            "choice-yes",
            "smiley-3-2",
            "country-sy",
            "overall.low",
            "review-no-answer",
            crate::kept::KEPT_READ,
            crate::kept::NEVER_READ,
        ] {
            assert!(
                is_recordable_target(&s, &MediaTarget::Prompt(ok.into())),
                "{ok}"
            );
        }
        let choice = |q: &str, c: &str| MediaTarget::Choice {
            question: qid(q),
            choice: ChoiceId::new(c).unwrap(),
        };
        assert!(is_recordable_target(&s, &choice("reasons", "cold")));
        for bad in [
            MediaTarget::Question(qid("nowhere")),
            choice("reasons", "warm"),
            choice("ok", "yes"),
            MediaTarget::Prompt("<script>alert(1)</script>".into()),
            MediaTarget::Prompt("smiley-5-5".into()),
            MediaTarget::Prompt("ok.low".into()),
            // A single line of "What is kept?": only its two lists are read.
            MediaTarget::Prompt("kept-answers".into()),
        ] {
            assert!(!is_recordable_target(&s, &bad), "{bad:?}");
        }
    }

    #[test]
    fn spoken_items_cover_title_prompts_authored_choices_and_scale_ends() {
        let s = survey();
        let items = spoken_items(&s, &lang("en"));
        let targets: Vec<MediaTarget> = items.iter().map(|i| i.target.clone()).collect();
        assert_eq!(
            targets,
            vec![
                MediaTarget::Title,
                MediaTarget::Question(qid("ok")),
                MediaTarget::Question(qid("reasons")),
                MediaTarget::Choice {
                    question: qid("reasons"),
                    choice: ChoiceId::new("noisy").unwrap()
                },
                MediaTarget::Choice {
                    question: qid("reasons"),
                    choice: ChoiceId::new("cold").unwrap()
                },
                MediaTarget::Question(qid("overall")),
                MediaTarget::Prompt("overall.low".into()),
                MediaTarget::Prompt("overall.high".into()),
                MediaTarget::Question(qid("mood")),
                MediaTarget::Question(qid("from")),
            ]
        );
        assert_eq!(targets, spoken_targets(&s));
        // The hint is spoken after the prompt, with a sentence break.
        assert_eq!(items[2].text.as_deref(), Some("What is wrong. Choose any."));
        assert!(items.iter().all(|i| i.text.is_some()));
    }

    #[test]
    fn missing_words_give_no_text_rather_than_another_language() {
        let s = survey();
        let fr = spoken_items(&s, &lang("fr"));
        let missing: Vec<&MediaTarget> = fr
            .iter()
            .filter(|i| i.text.is_none())
            .map(|i| &i.target)
            .collect();
        // The question whose hint lacks French, and the unlabelled choice.
        assert_eq!(
            missing,
            vec![
                &MediaTarget::Question(qid("reasons")),
                &MediaTarget::Choice {
                    question: qid("reasons"),
                    choice: ChoiceId::new("cold").unwrap()
                }
            ]
        );
        assert!(spoken_items(&s, &lang("ar"))
            .iter()
            .all(|i| i.text.is_none()));
    }

    #[test]
    fn shared_prompts_name_the_apps_fixed_labels_once() {
        assert_eq!(
            shared_prompts(&survey()),
            vec![
                "choice-yes",
                "choice-no",
                "smiley-3-1",
                "smiley-3-2",
                "smiley-3-3",
                "country-sy",
                "choice-other",
                "choice-prefer-not"
            ]
        );
    }

    #[test]
    fn coverage_counts_text_and_audio_by_origin() {
        let s = survey();
        let mut m = MediaManifest::new(Some(s.id.clone()));
        m.put(audio(
            MediaTarget::Title,
            "en",
            MediaOrigin::Synthetic {
                voice: "espeak-ng en-gb".into(),
            },
        ));
        m.put(audio(
            MediaTarget::Question(qid("ok")),
            "en",
            MediaOrigin::Recorded,
        ));
        m.put(audio(
            scale_end_target(&qid("overall"), ScaleEnd::High),
            "en",
            MediaOrigin::Imported,
        ));
        m.put(audio(MediaTarget::Title, "fr", MediaOrigin::Recorded));
        let mut ui = MediaManifest::new(None);
        ui.put(audio(
            MediaTarget::Prompt("choice-yes".into()),
            "en",
            MediaOrigin::Recorded,
        ));
        let c = coverage(
            &s,
            &m.overlaid_with(&ui),
            &[lang("en"), lang("fr"), lang("ps")],
        );
        assert_eq!(c.len(), 3);

        let en = &c[0];
        assert_eq!(en.language, lang("en"));
        // title, section, 5 prompts, 1 hint, 2 choices, 2 scale ends
        assert_eq!(en.text.total, 12);
        assert_eq!(en.text.present, 12);
        assert!(en.text.complete());
        assert_eq!(
            en.audio,
            AudioCoverage {
                missing: 7,
                synthetic: 1,
                recorded: 1,
                imported: 1
            }
        );
        assert_eq!(en.audio.total(), 10);
        assert_eq!(en.shared_audio.recorded, 1);
        assert_eq!(en.shared_audio.missing, 7);

        let fr = &c[1];
        assert_eq!(fr.text.present, 10);
        assert!(!fr.text.complete());
        assert_eq!(fr.audio.recorded, 1);
        assert_eq!(fr.audio.missing, 9);
        assert!(!fr.audio.complete());

        let ps = &c[2];
        assert_eq!(ps.text.present, 0);
        assert_eq!(ps.audio.missing, 10);
        assert_eq!(ps.shared_audio.missing, 8);
    }

    #[test]
    fn complete_and_human_audio() {
        let s = survey();
        let mut m = MediaManifest::new(None);
        for t in spoken_targets(&s) {
            m.put(audio(t, "en", MediaOrigin::Recorded));
        }
        let c = coverage(&s, &m, &[lang("en")]);
        assert!(c[0].audio.complete() && c[0].audio.human());
        m.put(audio(
            MediaTarget::Title,
            "en",
            MediaOrigin::Synthetic { voice: "x".into() },
        ));
        let c = coverage(&s, &m, &[lang("en")]);
        assert!(c[0].audio.complete() && !c[0].audio.human());
    }
}
