//! What a resident screen needs from the store, read by the controller when the screen changes
//! so that rendering never reaches the store: the small Listen button's audio (a recording kept
//! on this tablet wins over a synthetic draft, so the URL depends on the store) and the
//! "you said, we did" actions of the thank-you screen.

use crate::services::{Services, ShownAction};
use heard_core::flow::{Screen, Session};
use heard_core::ids::LangTag;
use heard_core::media::MediaTarget;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScreenMedia {
    /// The question's spoken prompt for the Listen button. None in audio-first mode (the screen
    /// reads itself) and for staff entering a form (they read it themselves).
    pub listen_url: Option<String>,
    /// The facility's current actions for this survey, in the resident's language only.
    pub actions: Vec<ShownAction>,
    /// On the language grid: the languages that may be offered by ear (every prompt of the
    /// path has audio, `heard_core::listening`). The others offer a call for help instead.
    pub listenable: Vec<LangTag>,
}

impl ScreenMedia {
    pub(super) fn read(services: &Services, session: &Session, audio_first: bool) -> Self {
        let survey = &session.survey().id;
        match session.screen() {
            Screen::Question(id) => {
                let listens = !session.context().mode.is_staff_entry() && !audio_first;
                let listen_url = listens
                    .then(|| {
                        let target = MediaTarget::Question(id.clone());
                        services.audio_url(Some(survey), &target, session.language())
                    })
                    .flatten();
                Self {
                    listen_url,
                    ..Self::default()
                }
            }
            Screen::Language => Self {
                listenable: session
                    .offered_languages()
                    .iter()
                    .filter(|l| services.listenable(session.survey(), l))
                    .cloned()
                    .collect(),
                ..Self::default()
            },
            Screen::ThankYou => Self {
                // A store error shows no actions: the thanks matter more than the list.
                actions: services
                    .current_actions(survey, session.language())
                    .inspect_err(|e| tracing::warn!("actions not shown: {e}"))
                    .unwrap_or_default(),
                ..Self::default()
            },
            _ => Self::default(),
        }
    }
}
