use super::open_store;
use clap::Subcommand;
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::media::MediaManifest;
use heard_sync_server::builtin::{load_builtin, load_from, resolve_root};
use heard_sync_server::store::StoredSurvey;
use heard_sync_server::xlsform::cli::{
    self as xlsform_cli, ExportArgs, FormArgs, ImportArgs, XlsformCommand,
};
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
    /// Text and audio coverage (missing / synthetic / recorded) per survey and language, for the
    /// built-in surveys and the surveys stored in the database.
    Coverage {
        /// Survey ids (default: every survey).
        surveys: Vec<String>,
        /// The folder holding assets/ and locales/ (default: here, else the source tree).
        #[arg(long)]
        root: Option<PathBuf>,
        /// Only the repository's built-in surveys; do not open the database.
        #[arg(long)]
        builtin_only: bool,
    },
    /// XLSForm: check a form offline, change nothing (`survey check FORM.xlsx [--media DIR]`).
    Check(FormArgs),
    /// XLSForm: import a form and store it (`survey import FORM.xlsx [--media DIR]
    /// [--assign FACILITY]… [-o SURVEY.json]`); `--assign` makes its tablets download it.
    Import {
        #[command(flatten)]
        args: ImportArgs,
        /// A facility whose tablets download the imported survey (repeatable).
        #[arg(long, value_name = "FACILITY")]
        assign: Vec<FacilityCode>,
        /// Store the edition even where it gives an existing choice id another label.
        #[arg(long)]
        force: bool,
    },
    /// XLSForm: export a survey (`survey export SURVEY_ID -o FORM.xlsx [--root REPO_DIR]`).
    Export(ExportArgs),
}

/// The XLSForm commands work on files only; they never open the database.
fn xlsform(command: &XlsformCommand) -> anyhow::Result<()> {
    let report = xlsform_cli::execute(command).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("{report}");
    Ok(())
}

/// `survey import`: the file checks and report of the XLSForm CLI, then the edition, its media
/// and its assignments go into the database.
async fn import(
    database: &str,
    args: ImportArgs,
    assign: Vec<FacilityCode>,
    force: bool,
) -> anyhow::Result<()> {
    xlsform(&XlsformCommand::Import(args.clone()))?;
    let form = xlsform_cli::import_checked(&args.form).map_err(|e| anyhow::anyhow!("{e}"))?;
    let store = open_store(database).await?;
    // Importing a survey id again: say what changed against the stored edition.
    let changes =
        heard_sync_server::survey_import::changes_against_stored(store.as_ref(), &form).await?;
    for change in &changes {
        println!("changed: {change}");
    }
    let risky: Vec<String> = changes
        .iter()
        .filter(|c| c.needs_force())
        .map(ToString::to_string)
        .collect();
    if !risky.is_empty() && !force {
        anyhow::bail!(
            "not stored: a choice id with another label would count old answers under the new meaning ({}); give the choice a new name, or pass --force",
            risky.join("; ")
        );
    }
    let stored =
        heard_sync_server::survey_import::store_imported(store.as_ref(), &form, &assign).await?;
    println!(
        "{} survey {} edition {}",
        if stored.new_edition {
            "stored"
        } else {
            "already had"
        },
        form.survey.id,
        stored.version
    );
    for facility in &assign {
        println!("assigned {} to {facility}", form.survey.id);
    }
    Ok(())
}

async fn coverage(
    database: &str,
    ids: &[String],
    root: Option<PathBuf>,
    builtin_only: bool,
) -> anyhow::Result<()> {
    use heard_sync_server::coverage_report as report;
    let root = resolve_root(root.as_deref());
    let mut sources = report::builtin_sources(&root, ids).map_err(|e| anyhow::anyhow!("{e}"))?;
    if !builtin_only {
        let store = open_store(database).await?;
        let ui = report::ui_manifest(&root).map_err(|e| anyhow::anyhow!("{e}"))?;
        sources.extend(report::stored_sources(store.as_ref(), ids, &ui).await?);
    }
    for id in ids {
        if !sources.iter().any(|s| s.survey.id.as_str() == id) {
            anyhow::bail!("no built-in or stored survey `{id}`");
        }
    }
    print!(
        "{}",
        report::render(&sources, &report::app_languages(&root))
    );
    Ok(())
}

pub async fn run(database: &str, command: SurveyCommand) -> anyhow::Result<()> {
    let command = match command {
        SurveyCommand::Check(args) => return xlsform(&XlsformCommand::Check(args)),
        SurveyCommand::Import {
            args,
            assign,
            force,
        } => return import(database, args, assign, force).await,
        SurveyCommand::Coverage {
            surveys,
            root,
            builtin_only,
        } => return coverage(database, &surveys, root, builtin_only).await,
        SurveyCommand::Export(args) => return xlsform(&XlsformCommand::Export(args)),
        other => other,
    };
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
        SurveyCommand::Check(_)
        | SurveyCommand::Coverage { .. }
        | SurveyCommand::Import { .. }
        | SurveyCommand::Export(_) => {}
    }
    Ok(())
}
