use super::open_store;
use clap::Subcommand;
use heard_core::period::Month;

#[derive(Subcommand)]
pub enum RetentionCommand {
    /// Retire the quarters older than N months: their responses and per-response tally lines are
    /// deleted and removed from the database files; their summaries and one-dimension group
    /// counts stay, so their report figures do not change. Whole quarters only: the cut (this
    /// month minus N) is rounded down to the start of its quarter, so up to two months more
    /// than N are kept. Comments and the response-level export of retired quarters are gone.
    Apply {
        /// Keep at least this many months before the current one.
        #[arg(long)]
        months: u32,
        /// The current month (default: this month, from the system clock).
        #[arg(long)]
        now: Option<Month>,
    },
}

fn this_month() -> anyhow::Result<Month> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let days = i64::try_from(secs / 86_400)?;
    // Civil-from-days (Howard Hinnant).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ok(Month::new(u16::try_from(year)?, u8::try_from(month)?)?)
}

/// The first month kept: `now` minus `months`.
pub fn cutoff(now: Month, months: u32) -> anyhow::Result<Month> {
    let index = i64::from(now.year()) * 12 + i64::from(now.month()) - 1 - i64::from(months);
    Ok(Month::new(
        u16::try_from(index.div_euclid(12))?,
        u8::try_from(index.rem_euclid(12) + 1)?,
    )?)
}

pub async fn run(database: &str, command: RetentionCommand) -> anyhow::Result<()> {
    let RetentionCommand::Apply { months, now } = command;
    let now = match now {
        Some(m) => m,
        None => this_month()?,
    };
    let first_kept = cutoff(now, months)?.quarter();
    let store = open_store(database).await?;
    let r = store.retire_quarters_before(first_kept).await?;
    println!(
        "retired the quarters before {first_kept}: {} survey × facility × quarter units kept as \
         {} group rows ({} small units reduced to their counts); {} responses and {} tally slabs \
         deleted; {}",
        r.units,
        r.groups,
        r.small_units,
        r.responses,
        r.slab_rows,
        if r.checkpointed {
            "database files rewritten and log checkpointed"
        } else {
            "database files rewritten, but the checkpoint did not run (see the log)"
        }
    );
    Ok(())
}
