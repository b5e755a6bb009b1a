//! The answer-flow state machine: which screen a resident sees, and what each tap does.
//! Pure: the app renders `screen()` and calls the transitions; it saves answers itself.
//!
//! Invariants (property-tested): the current question is always relevant; every stored answer
//! is valid for its question and relevant; a submitted response passes `check_response`.

use crate::canonical::Sha256;
use crate::ids::{FacilityCode, LangTag, QuestionId, ServicePointCode};
use crate::period::Month;
use crate::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use crate::survey::{AnswerShape, Question, Survey};
use crate::validate::{
    check_answer, check_response, is_relevant, is_required, AnswerError, ResponseProblem,
};
use std::collections::BTreeSet;
use std::sync::Arc;

/// What the resident sees now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Language,
    Anonymity,
    Question(QuestionId),
    Review,
    ThankYou,
    /// Stopped by the resident (answers kept as abandoned, or discarded).
    Stopped,
}

/// Everything about a response that is not an answer. The mode is set by staff beforehand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionContext {
    pub id: ResponseId,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    pub period: Month,
    pub mode: AdministrationMode,
    /// The language shown before the resident chooses (the device's default).
    pub language: LangTag,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    #[error("this action is not possible on the {0:?} screen")]
    WrongScreen(Screen),
    #[error("the survey has no text in `{0}`")]
    UnknownLanguage(LangTag),
    #[error(transparent)]
    InvalidAnswer(#[from] AnswerError),
    #[error("question `{0}` needs an answer")]
    Required(QuestionId),
    #[error("question `{0}` is not part of this response")]
    NotApplicable(QuestionId),
    #[error("the response is not valid: {0:?}")]
    Invalid(Vec<ResponseProblem>),
    #[error("the response is already finished")]
    Finished,
}

#[derive(Debug, Clone)]
pub struct Session {
    survey: Arc<Survey>,
    /// Computed once: hashing the survey on every save would dominate answer latency.
    version: Sha256,
    context: SessionContext,
    language: LangTag,
    /// The survey's languages a resident may choose: all of them, unless the app narrowed them
    /// to those it speaks (`offer_only`).
    offered: BTreeSet<LangTag>,
    audio_used: bool,
    answers: Answers,
    screen: Screen,
    /// The progress total as it stood when the resident reached this screen: answering on a
    /// screen never changes the total shown on it (see [`Session::progress`]).
    total_on_entry: usize,
    /// Set when the resident left the review to change an answer: the questions relevant then.
    /// Next then returns to the review, past every question in this set.
    changing_from_review: Option<Vec<QuestionId>>,
}

impl Session {
    pub fn new(survey: Arc<Survey>, context: SessionContext) -> Self {
        let language = if survey.has_language(&context.language) {
            context.language.clone()
        } else {
            survey.default_language.clone()
        };
        let mut session = Self {
            version: survey.version_hash(),
            offered: survey.languages.clone(),
            survey,
            context,
            language,
            audio_used: false,
            answers: Answers::new(),
            screen: Screen::Welcome,
            total_on_entry: 0,
            changing_from_review: None,
        };
        let first = session.intro_after(None);
        session.go_to(first);
        session
    }

    /// Offers residents only the survey's languages in `speaks` (the languages the app has its
    /// own words for: a survey language without `locales/<tag>/app.ftl` is imported but not
    /// offered until that file exists). The default language is always kept, so a survey stays
    /// answerable. Call before the first step.
    #[must_use]
    pub fn offer_only(mut self, speaks: &BTreeSet<LangTag>) -> Self {
        self.offered = self
            .survey
            .languages
            .iter()
            .filter(|l| speaks.contains(*l) || **l == self.survey.default_language)
            .cloned()
            .collect();
        if !self.offered.contains(&self.language) {
            self.language = self.survey.default_language.clone();
        }
        let first = self.intro_after(None);
        self.go_to(first);
        self
    }

    /// The languages a resident may choose.
    pub fn offered_languages(&self) -> &BTreeSet<LangTag> {
        &self.offered
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }
    pub fn survey(&self) -> &Survey {
        &self.survey
    }
    pub fn survey_arc(&self) -> &Arc<Survey> {
        &self.survey
    }
    pub fn context(&self) -> &SessionContext {
        &self.context
    }
    pub fn language(&self) -> &LangTag {
        &self.language
    }
    pub fn answers(&self) -> &Answers {
        &self.answers
    }
    pub fn answer_to(&self, question: &QuestionId) -> Option<&Answer> {
        self.answers.get(question)
    }
    pub fn audio_used(&self) -> bool {
        self.audio_used
    }
    pub fn is_finished(&self) -> bool {
        matches!(self.screen, Screen::ThankYou | Screen::Stopped)
    }

    /// Moves to `screen`; the progress total is taken anew here and only here (staying on the
    /// same screen keeps it).
    fn go_to(&mut self, screen: Screen) {
        if self.screen != screen || self.total_on_entry == 0 {
            self.total_on_entry = self.relevant_questions().len();
        }
        self.screen = screen;
        if matches!(
            self.screen,
            Screen::Review | Screen::ThankYou | Screen::Stopped
        ) {
            self.changing_from_review = None;
        }
    }

    /// Whether the resident is changing an answer from the review: Next leads back to it
    /// unless the change made new questions relevant.
    pub fn changing_from_review(&self) -> bool {
        self.changing_from_review.is_some()
    }

    /// Nobody is answering: the first screen of a fresh session, or the thank-you (which
    /// resets by itself). The kiosk asks "are you still there?" everywhere else.
    pub fn at_rest(&self) -> bool {
        self.screen == Screen::ThankYou
            || (self.answers.is_empty() && self.screen == self.intro_after(None))
    }

    /// Audio prompts were played: recorded on the response (reports break down by it).
    pub fn mark_audio_used(&mut self) {
        self.audio_used = true;
    }

    fn one_tap(&self) -> bool {
        self.survey.flow.one_tap.is_some()
    }

    /// The question on screen, if the screen is a question.
    pub fn current_question(&self) -> Option<&Question> {
        match &self.screen {
            Screen::Question(id) => self.survey.question(id),
            _ => None,
        }
    }

    /// Whether the question on screen must be answered before Next, for this resident: a
    /// resident who listens is never required to write (see [`is_required`]).
    pub fn current_requires_answer(&self) -> bool {
        self.current_question()
            .is_some_and(|q| is_required(q, self.audio_used))
    }

    /// Whether Next is refused now: the question on screen requires an answer it lacks.
    pub fn answer_missing(&self) -> bool {
        self.current_question()
            .is_some_and(|q| is_required(q, self.audio_used) && !self.answers.contains_key(&q.id))
    }

    /// One-tap desks: a tap on a single choice or a point answers and moves on. Other kinds
    /// (several choices, text) still need Next.
    pub fn advances_on_answer(&self) -> bool {
        self.one_tap()
            && self.current_question().is_some_and(|q| {
                matches!(q.kind.shape(), AnswerShape::OneChoice | AnswerShape::Point)
            })
    }

    /// Whether the screen offers Next (or Skip): always, except on a one-tap question that
    /// must be answered, where the tap itself moves on.
    pub fn offers_next(&self) -> bool {
        !self.advances_on_answer() || !self.current_requires_answer()
    }

    /// Whether Back leads somewhere from here. One-tap desks never go back: the next person
    /// in the queue must not see the previous one's answers.
    pub fn can_go_back(&self) -> bool {
        !self.is_finished() && self.previous_screen().is_some()
    }

    /// The screen Back leads to, if any.
    fn previous_screen(&self) -> Option<Screen> {
        if self.one_tap() {
            return None;
        }
        match &self.screen {
            Screen::Question(id) => match self.question_before(id) {
                Some(q) => Some(Screen::Question(q)),
                None => self.intro_screens().into_iter().last(),
            },
            Screen::Review => self.relevant_questions().pop().map(Screen::Question),
            Screen::Welcome | Screen::Anonymity | Screen::Language => {
                let intro = self.intro_screens();
                let at = intro.iter().position(|s| *s == self.screen).unwrap_or(0);
                at.checked_sub(1).and_then(|i| intro.get(i)).cloned()
            }
            _ => None,
        }
    }

    /// The intro screens in order, given the flow options and the mode.
    fn intro_screens(&self) -> Vec<Screen> {
        let flow = &self.survey.flow;
        let staff = self.context.mode.is_staff_entry();
        let mut screens = Vec::new();
        if self.one_tap() {
            return screens;
        }
        // Language first: the welcome then speaks the resident's language, and a resident
        // choosing by ear hears it.
        if flow.language_choice && self.offered.len() > 1 {
            screens.push(Screen::Language);
        }
        if flow.welcome && !staff {
            screens.push(Screen::Welcome);
        }
        if flow.anonymity && !staff {
            screens.push(Screen::Anonymity);
        }
        screens
    }

    /// The screen after `current` among the intro screens (None: the first), else the first question.
    fn intro_after(&self, current: Option<&Screen>) -> Screen {
        let intro = self.intro_screens();
        let next = match current {
            None => intro.first(),
            Some(c) => intro
                .iter()
                .position(|s| s == c)
                .and_then(|i| intro.get(i + 1)),
        };
        match next {
            Some(s) => s.clone(),
            None => self
                .question_after(None)
                .map_or(Screen::Review, Screen::Question),
        }
    }

    fn relevant(&self, id: &QuestionId) -> bool {
        self.survey
            .question(id)
            .is_some_and(|q| is_relevant(&self.survey, q, &self.answers))
    }

    /// Relevant questions, in order.
    pub fn relevant_questions(&self) -> Vec<QuestionId> {
        self.survey
            .questions()
            .filter(|q| is_relevant(&self.survey, q, &self.answers))
            .map(|q| q.id.clone())
            .collect()
    }

    fn question_after(&self, current: Option<&QuestionId>) -> Option<QuestionId> {
        let start = current
            .and_then(|c| self.survey.index_of(c))
            .map_or(0, |i| i + 1);
        self.survey
            .questions()
            .skip(start)
            .find(|q| is_relevant(&self.survey, q, &self.answers))
            .map(|q| q.id.clone())
    }

    fn question_before(&self, current: &QuestionId) -> Option<QuestionId> {
        let end = self.survey.index_of(current)?;
        self.survey
            .questions()
            .take(end)
            .filter(|q| is_relevant(&self.survey, q, &self.answers))
            .last()
            .map(|q| q.id.clone())
    }

    /// (position of the current question among the relevant ones, 1-based; how many there are).
    ///
    /// The total is the number of relevant questions when the resident reached this screen: an
    /// answer that makes a later question relevant (or not) shows in the total of the next
    /// screen, never under the resident's eyes. The position cannot move on a screen, since
    /// conditions only read earlier questions.
    pub fn progress(&self) -> (usize, usize) {
        let relevant = self.relevant_questions();
        let position = match &self.screen {
            Screen::Question(q) => relevant.iter().position(|r| r == q).map_or(0, |p| p + 1),
            Screen::Review | Screen::ThankYou => self.total_on_entry,
            _ => 0,
        };
        (position.min(self.total_on_entry), self.total_on_entry)
    }

    fn ensure_open(&self) -> Result<(), FlowError> {
        if self.is_finished() {
            Err(FlowError::Finished)
        } else {
            Ok(())
        }
    }

    /// Leaves the welcome or anonymity screen.
    pub fn proceed(&mut self) -> Result<(), FlowError> {
        self.ensure_open()?;
        match self.screen {
            Screen::Welcome | Screen::Anonymity => {
                let next = self.intro_after(Some(&self.screen.clone()));
                self.go_to(next);
                Ok(())
            }
            _ => Err(FlowError::WrongScreen(self.screen.clone())),
        }
    }

    /// Sets the language (on the language screen, it also moves on).
    pub fn choose_language(&mut self, language: LangTag) -> Result<(), FlowError> {
        self.ensure_open()?;
        if !self.survey.has_language(&language) || !self.offered.contains(&language) {
            return Err(FlowError::UnknownLanguage(language));
        }
        self.language = language;
        if self.screen == Screen::Language {
            let next = self.intro_after(Some(&Screen::Language));
            self.go_to(next);
        }
        Ok(())
    }

    /// Answers the current question. Answers of questions that no longer apply are dropped.
    pub fn answer(&mut self, answer: Answer) -> Result<(), FlowError> {
        self.ensure_open()?;
        let Screen::Question(id) = &self.screen else {
            return Err(FlowError::WrongScreen(self.screen.clone()));
        };
        let id = id.clone();
        let question = self
            .survey
            .question(&id)
            .ok_or_else(|| FlowError::NotApplicable(id.clone()))?;
        check_answer(question, &normalized(answer.clone()))?;
        self.answers.insert(id, normalized(answer));
        self.drop_irrelevant();
        Ok(())
    }

    /// Answers the current question and, where the screen moves on by itself
    /// ([`Session::advances_on_answer`]), moves on: returns the response if that finished it.
    pub fn answer_and_advance(&mut self, answer: Answer) -> Result<Option<Response>, FlowError> {
        let advances = self.advances_on_answer();
        self.answer(answer)?;
        if advances {
            self.next()
        } else {
            Ok(None)
        }
    }

    /// Removes the current question's answer (e.g. un-ticking the last choice).
    pub fn clear_answer(&mut self) -> Result<(), FlowError> {
        self.ensure_open()?;
        let Screen::Question(id) = &self.screen else {
            return Err(FlowError::WrongScreen(self.screen.clone()));
        };
        let id = id.clone();
        self.answers.remove(&id);
        self.drop_irrelevant();
        Ok(())
    }

    /// Questions only read earlier answers, so one pass in survey order settles every cascade.
    fn drop_irrelevant(&mut self) {
        let ids: Vec<QuestionId> = self.survey.questions().map(|q| q.id.clone()).collect();
        for id in ids {
            if self.answers.contains_key(&id) && !self.relevant(&id) {
                self.answers.remove(&id);
            }
        }
    }

    /// Moves past the current question. At the end: the review screen, or, without one, the
    /// submitted response (returned so the caller can save it).
    // Named for the resident's "Next" button; a session is not an iterator.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Response>, FlowError> {
        self.ensure_open()?;
        let Screen::Question(id) = &self.screen else {
            return Err(FlowError::WrongScreen(self.screen.clone()));
        };
        let id = id.clone();
        if let Some(q) = self.survey.question(&id) {
            if is_required(q, self.audio_used) && !self.answers.contains_key(&id) {
                return Err(FlowError::Required(id));
            }
        }
        if let Some(before) = &self.changing_from_review {
            // Back to the review, unless the change made questions relevant that were not:
            // those are asked first.
            let new = self
                .survey
                .questions()
                .skip(self.survey.index_of(&id).map_or(0, |i| i + 1))
                .find(|q| !before.contains(&q.id) && is_relevant(&self.survey, q, &self.answers))
                .map(|q| q.id.clone());
            self.go_to(new.map_or(Screen::Review, Screen::Question));
            return Ok(None);
        }
        match self.question_after(Some(&id)) {
            Some(next) => {
                self.go_to(Screen::Question(next));
                Ok(None)
            }
            None if self.survey.flow.review && !self.one_tap() => {
                self.go_to(Screen::Review);
                Ok(None)
            }
            None => self.submit().map(Some),
        }
    }

    /// One step back: previous relevant question, or the intro screen before the first.
    /// Refused where [`Session::can_go_back`] says no.
    pub fn back(&mut self) -> Result<(), FlowError> {
        self.ensure_open()?;
        let previous = self
            .previous_screen()
            .ok_or_else(|| FlowError::WrongScreen(self.screen.clone()))?;
        self.go_to(previous);
        Ok(())
    }

    /// From the review screen, go back to change one answer.
    pub fn edit(&mut self, question: &QuestionId) -> Result<(), FlowError> {
        self.ensure_open()?;
        if self.screen != Screen::Review {
            return Err(FlowError::WrongScreen(self.screen.clone()));
        }
        if !self.relevant(question) {
            return Err(FlowError::NotApplicable(question.clone()));
        }
        self.changing_from_review = Some(self.relevant_questions());
        self.go_to(Screen::Question(question.clone()));
        Ok(())
    }

    /// Finishes the response as complete. On a missing required answer, goes to that question.
    pub fn submit(&mut self) -> Result<Response, FlowError> {
        self.ensure_open()?;
        if !matches!(self.screen, Screen::Review | Screen::Question(_)) {
            return Err(FlowError::WrongScreen(self.screen.clone()));
        }
        let response = self.response(ResponseStatus::Complete);
        if let Err(problems) = check_response(&self.survey, &response) {
            if let Some(ResponseProblem::MissingRequired(q)) = problems
                .iter()
                .find(|p| matches!(p, ResponseProblem::MissingRequired(_)))
            {
                self.go_to(Screen::Question(q.clone()));
                return Err(FlowError::Required(q.clone()));
            }
            return Err(FlowError::Invalid(problems));
        }
        self.go_to(Screen::ThankYou);
        Ok(response)
    }

    /// The resident stops. Keeping returns the answers so far as an abandoned response;
    /// discarding returns nothing, and the caller deletes what it saved.
    pub fn stop(&mut self, keep: bool) -> Result<Option<Response>, FlowError> {
        self.ensure_open()?;
        self.go_to(Screen::Stopped);
        Ok(keep.then(|| self.response(ResponseStatus::Abandoned)))
    }

    /// The response as it stands (what the app saves after every answer).
    pub fn response(&self, status: ResponseStatus) -> Response {
        Response {
            id: self.context.id,
            survey: SurveyRef {
                id: self.survey.id.clone(),
                version: self.version,
            },
            language: self.language.clone(),
            mode: self.context.mode,
            audio_used: self.audio_used,
            status,
            facility: self.context.facility.clone(),
            service_point: self.context.service_point.clone(),
            period: self.context.period,
            answers: self.answers.clone(),
        }
    }
}

/// Multiple choices are stored sorted, so equal answers have equal canonical bytes.
fn normalized(answer: Answer) -> Answer {
    match answer {
        Answer::Choices(mut cs) => {
            cs.sort();
            Answer::Choices(cs)
        }
        other => other,
    }
}
