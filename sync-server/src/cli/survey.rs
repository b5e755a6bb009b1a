use super::open_store;
use clap::Subcommand;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::MediaManifest;
use heard_sync_server::builtin::{load_builtin, load_from, resolve_root};
use heard_sync_server::store::StoredSurvey;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum SurveyCommand {
    /// Load a survey edition (a new edition of a known survey retires the old one; responses to
    /// retired editions are still accepted).
    Add {
        /// A built-in survey id, e.g. be-fedasil.
        #[arg(long, conflicts_with = "structure")]
        builtin: Option<String>,
        /// The folder holding assets/ and locales/ (default: here, else the source tree).
        #[arg(long)]
        root: Option<PathBuf>,
        /// A survey structure file (TOML) instead of a built-in ...
        #[arg(long, requires = "locales")]
        structure: Option<PathBuf>,
        /// ... and the folder with its <tag>/surveys/<id>.ftl texts.
        #[arg(long)]
        locales: Option<PathBuf>,
    },
    /// Assign a survey to a facility: its tablets will download the current edition.
    Assign {
        survey: SurveyId,
        #[arg(long)]
        facility: FacilityCode,
    },
}

pub async fn run(database: &str, command: SurveyCommand) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    match command {
        SurveyCommand::Add {
            builtin,
            root,
            structure,
            locales,
        } => {
            let survey = match (builtin, structure, locales) {
                (Some(id), _, _) => load_builtin(&resolve_root(root.as_deref()), &id),
                (None, Some(s), Some(l)) => load_from(&s, &l),
                _ => anyhow::bail!("give --builtin ID, or --structure FILE with --locales DIR"),
            }
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            let stored =
                StoredSurvey::new(survey.clone(), MediaManifest::new(Some(survey.id.clone())));
            let new = store.add_survey(&stored).await?;
            println!(
                "{} survey {} edition {} ({})",
                if new { "added" } else { "already had" },
                survey.id,
                survey.version,
                stored.version
            );
        }
        SurveyCommand::Assign { survey, facility } => {
            store.assign_survey(&facility, &survey).await?;
            println!("assigned {survey} to {facility}");
        }
    }
    Ok(())
}
