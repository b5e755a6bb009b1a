//! Tablet: answer to durable commit. Times the app's own path for one answer (apply it to the
//! session, serialize the response canonically, save it in its own transaction with WAL and
//! synchronous=FULL) against a plain rusqlite INSERT + COMMIT of a row of the same size with the
//! same pragmas, in the same run, alternately one each, so both see the same disk conditions.
//!
//! Run: `cargo bench --bench answer_commit --no-default-features`

use heard::catalog::Catalog;
use heard::i18n::AppTexts;
use heard::services::Services;
use heard::store::Store;
use heard_core::flow::{Screen, Session};
use heard_core::ids::{ChoiceId, LangTag};
use heard_core::response::{AdministrationMode, Answer, ResponseStatus};
use heard_core::survey::QuestionKind;
use std::time::{Duration, Instant};

// One app answer, then one plain commit: both see the same moment of disk and CPU load.
const BLOCK: usize = 1;

fn choice(id: &str) -> anyhow::Result<ChoiceId> {
    Ok(ChoiceId::new(id)?)
}

/// Moves the session to a question that takes an answer, starting a new response at the end.
fn ready_session(services: &Services, session: &mut Session) -> anyhow::Result<()> {
    loop {
        match session.screen().clone() {
            Screen::Welcome | Screen::Anonymity => session.proceed()?,
            Screen::Language => session.choose_language(LangTag::new("en")?)?,
            Screen::Question(_) => return Ok(()),
            Screen::Review => {
                let done = session.submit()?;
                services.finish(&done)?;
                *session = services.new_session(AdministrationMode::SelfCompleted)?;
            }
            Screen::ThankYou | Screen::Stopped => {
                *session = services.new_session(AdministrationMode::SelfCompleted)?;
            }
        }
    }
}

/// The answer a resident would give here (be-fedasil: yes/no, 0–10, text, bands).
fn an_answer(session: &Session, n: usize) -> anyhow::Result<Option<Answer>> {
    let Screen::Question(id) = session.screen() else {
        return Ok(None);
    };
    let Some(q) = session.survey().question(id) else {
        return Ok(None);
    };
    Ok(match &q.kind {
        QuestionKind::YesNo => Some(Answer::Choice(choice(if n.is_multiple_of(3) {
            "no"
        } else {
            "yes"
        })?)),
        QuestionKind::MultipleChoice { .. } => q
            .kind
            .choice_ids()
            .first()
            .cloned()
            .map(|c| Answer::Choices(vec![c])),
        QuestionKind::Scale { .. } => Some(Answer::Point(7)),
        QuestionKind::FreeText { .. } => Some(Answer::Text(
            "The staff are kind but the rooms are cold".to_owned(),
        )),
        _ => q.kind.choice_ids().first().cloned().map(Answer::Choice),
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn main() -> anyhow::Result<()> {
    // `--quick` (CI): fewer answers, same code path. `cargo bench` also passes `--bench`.
    let quick = std::env::args().any(|a| a == "--quick");
    let answers: usize = if quick { 200 } else { 1_000 };
    let dir = std::env::temp_dir().join(format!("heard-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let app_db = dir.join("app.sqlite3");
    let plain_db = dir.join("plain.sqlite3");

    let services = Services::new(
        Store::open(&app_db)?,
        Catalog::embedded(),
        AppTexts::embedded()?,
        LangTag::new("en")?,
    );
    let mut session = services.new_session(AdministrationMode::SelfCompleted)?;

    let plain = rusqlite::Connection::open(&plain_db)?;
    plain.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))?;
    plain.execute_batch(
        "PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;
         CREATE TABLE answer_row (id INTEGER PRIMARY KEY, body BLOB NOT NULL);",
    )?;

    let mut app_times = Vec::with_capacity(answers);
    let mut plain_times = Vec::with_capacity(answers);
    let mut body_bytes = 0usize;
    let mut n = 0;
    while app_times.len() < answers {
        for _ in 0..BLOCK {
            ready_session(&services, &mut session)?;
            let Some(answer) = an_answer(&session, n)? else {
                session.next()?;
                continue;
            };
            n += 1;
            let started = Instant::now();
            session.answer(answer)?;
            services.save_progress(&session)?;
            app_times.push(started.elapsed());
            body_bytes += heard_core::canonical::to_canonical_json(
                &session.response(ResponseStatus::Abandoned),
            )
            .len();
            if session.next()?.is_some() {
                anyhow::bail!("be-fedasil has a review screen");
            }
        }
        let body = vec![b'x'; body_bytes / app_times.len().max(1)];
        for _ in 0..BLOCK {
            let started = Instant::now();
            let tx = plain.unchecked_transaction()?;
            tx.prepare_cached("INSERT INTO answer_row (body) VALUES (?1)")?
                .execute([&body])?;
            tx.commit()?;
            plain_times.push(started.elapsed());
        }
    }
    app_times.sort();
    plain_times.sort();
    let (app_median, app_p99) = (percentile(&app_times, 0.5), percentile(&app_times, 0.99));
    let (plain_median, plain_p99) = (
        percentile(&plain_times, 0.5),
        percentile(&plain_times, 0.99),
    );
    println!("Tablet: answer to durable commit ({answers} answers, WAL, synchronous=FULL)");
    println!("  average response body: {} bytes", body_bytes / answers);
    println!(
        "  app (answer + canonical JSON + save):  median {app_median:>10.3?}  p99 {app_p99:>10.3?}"
    );
    println!("  plain rusqlite INSERT + COMMIT:        median {plain_median:>10.3?}  p99 {plain_p99:>10.3?}");
    println!(
        "  ratio app/plain: median {:.2}x, p99 {:.2}x (goal: within 1.3x)",
        app_median.as_secs_f64() / plain_median.as_secs_f64(),
        app_p99.as_secs_f64() / plain_p99.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
