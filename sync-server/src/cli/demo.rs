use super::open_store;
use clap::Subcommand;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::Month;
use heard_sync_server::dashboard::demo::seed;

#[derive(Subcommand)]
pub enum DemoCommand {
    /// Ingest synthetic responses (demos and tests only): the survey must be loaded and
    /// assigned to the facility.
    Seed {
        #[arg(long, default_value_t = 500)]
        responses: usize,
        #[arg(long)]
        facility: FacilityCode,
        #[arg(long)]
        survey: SurveyId,
        /// Months to spread responses over, e.g. 2026-01,2026-04.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "2025-10,2025-11,2026-01,2026-02,2026-04,2026-05"
        )]
        months: Vec<Month>,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
}

pub async fn run(database: &str, command: DemoCommand) -> anyhow::Result<()> {
    let DemoCommand::Seed {
        responses,
        facility,
        survey,
        months,
        seed: rng_seed,
    } = command;
    let store = open_store(database).await?;
    let assigned = store.assigned_surveys(&facility).await?;
    let Some(stored) = assigned.into_iter().find(|s| s.survey.id == survey) else {
        anyhow::bail!("survey `{survey}` is not assigned to `{facility}`");
    };
    let n = seed(
        store.as_ref(),
        &stored.survey,
        &facility,
        months,
        responses,
        rng_seed,
    )
    .await?;
    println!("seeded {n} responses");
    Ok(())
}
