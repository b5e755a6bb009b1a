use super::open_store;
use clap::Subcommand;
use heard_core::period::Month;

#[derive(Subcommand)]
pub enum RetentionCommand {
    /// Delete response-level rows older than N months (tallies stay, so reports do not change).
    Apply {
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
    let before = cutoff(now, months)?;
    let store = open_store(database).await?;
    let n = store.delete_responses_before(before).await?;
    println!("deleted {n} responses from before {before}; tallies kept");
    Ok(())
}
