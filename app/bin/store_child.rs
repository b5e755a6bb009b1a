//! Test helper for the crash test (tests/store_crash.rs): answers the flagship survey through
//! the app's own services and store, forever, printing a line after every durable commit:
//!
//! `saved <n> <response-id> <answers as JSON>` after an answer was saved in progress,
//! `finished <n> <response-id> <answers as JSON>` after a response was stored as complete.
//!
//! The parent kills it with SIGKILL at random moments and checks that every reported save is
//! in the database after a restart.

use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::services::Services;
use heard::store::Store;
use heard_core::flow::Screen;
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::response::{AdministrationMode, Answer};
use heard_core::survey::{AnswerShape, Question, QuestionKind};
use std::io::Write;

/// xorshift64*: deterministic per seed, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

fn pick(question: &Question, rng: &mut Rng, n: u64) -> Option<Answer> {
    let ids: Vec<ChoiceId> = question.kind.choice_ids();
    match question.kind.shape() {
        AnswerShape::OneChoice => ids.get(rng.below(ids.len())).cloned().map(Answer::Choice),
        AnswerShape::ManyChoices => {
            let first = ids.get(rng.below(ids.len()))?.clone();
            Some(Answer::Choices(vec![first]))
        }
        AnswerShape::Point => {
            let points = question.kind.points()?;
            points
                .get(rng.below(points.len()))
                .copied()
                .map(Answer::Point)
        }
        AnswerShape::Order => Some(Answer::Order(ids)),
        AnswerShape::Text => Some(Answer::Text(format!("crash test comment {n}"))),
        AnswerShape::Number => match question.kind {
            QuestionKind::Number { min, .. } => Some(Answer::Number(min)),
            _ => None,
        },
        AnswerShape::Nothing => None,
    }
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: heard-store-child DB SEED"))?;
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let store = Store::open(std::path::Path::new(&db))?;
    let texts = AppTexts::embedded()?;
    let services = Services::new(store, Catalog::embedded(), texts, LangTag::new("en")?);
    let mut rng = Rng(seed | 1);
    let mut out = std::io::stdout().lock();
    let mut n: u64 = 0;
    loop {
        let mut session = services.new_session(AdministrationMode::SelfCompleted)?;
        while matches!(session.screen(), Screen::Welcome | Screen::Anonymity) {
            session.proceed()?;
        }
        if session.screen() == &Screen::Language {
            session.choose_language(LangTag::new("en")?)?;
        }
        // The language grid comes first, then the welcome and the anonymity statement.
        while matches!(session.screen(), Screen::Welcome | Screen::Anonymity) {
            session.proceed()?;
        }
        loop {
            match session.screen().clone() {
                Screen::Question(id) => {
                    let question = session
                        .survey()
                        .question(&id)
                        .cloned()
                        .ok_or_else(|| anyhow::anyhow!("unknown question {id}"))?;
                    if let Some(answer) = pick(&question, &mut rng, n) {
                        session.answer(answer)?;
                        services.save_progress(&session)?;
                        n += 1;
                        let answers = serde_json::to_string(session.answers())?;
                        writeln!(out, "saved {n} {} {answers}", session.context().id)?;
                        out.flush()?;
                    }
                    if let Some(done) = session.next()? {
                        services.finish(&done)?;
                        n += 1;
                        let answers = serde_json::to_string(&done.answers)?;
                        writeln!(out, "finished {n} {} {answers}", done.id)?;
                        out.flush()?;
                        break;
                    }
                }
                Screen::Review => {
                    let done = session.submit()?;
                    services.finish(&done)?;
                    n += 1;
                    let answers = serde_json::to_string(&done.answers)?;
                    writeln!(out, "finished {n} {} {answers}", done.id)?;
                    out.flush()?;
                    break;
                }
                other => anyhow::bail!("unexpected screen {other:?}"),
            }
        }
    }
}
