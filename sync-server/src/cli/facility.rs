use super::open_store;
use clap::Subcommand;
use heard_core::ids::FacilityCode;
use heard_sync_server::store::Facility;

#[derive(Subcommand)]
pub enum FacilityCommand {
    /// Add a facility, e.g. `facility add be-brussels-petit-chateau --name "Petit-Château"`.
    Add {
        code: FacilityCode,
        #[arg(long)]
        name: String,
    },
    /// List facilities.
    List,
}

pub async fn run(database: &str, command: FacilityCommand) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    match command {
        FacilityCommand::Add { code, name } => {
            store
                .add_facility(&Facility {
                    code: code.clone(),
                    name,
                })
                .await?;
            println!("added facility {code}");
        }
        FacilityCommand::List => {
            for f in store.facilities().await? {
                println!("{}\t{}", f.code, f.name);
            }
        }
    }
    Ok(())
}
