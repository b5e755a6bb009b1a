use super::open_store;
use clap::{Subcommand, ValueEnum};
use heard_core::ids::FacilityCode;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::store::Role;
use std::io::BufRead;

#[derive(Clone, Copy, ValueEnum)]
pub enum RoleArg {
    National,
    Facility,
}

#[derive(Subcommand)]
pub enum CoordinatorCommand {
    /// Add a dashboard account. The password is read from stdin (one line, at least 12
    /// characters); with a terminal you are prompted (the typed text is visible).
    Add {
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The facility a facility manager sees (required for --role facility).
        #[arg(long)]
        facility: Option<FacilityCode>,
        /// Read the password from stdin without a prompt (scripts).
        #[arg(long)]
        password_stdin: bool,
    },
}

pub async fn run(database: &str, command: CoordinatorCommand) -> anyhow::Result<()> {
    let CoordinatorCommand::Add {
        email,
        role,
        facility,
        password_stdin,
    } = command;
    let role = match (role, facility) {
        (RoleArg::National, None) => Role::National,
        (RoleArg::National, Some(_)) => anyhow::bail!("a national coordinator has no --facility"),
        (RoleArg::Facility, Some(f)) => Role::Facility(f),
        (RoleArg::Facility, None) => anyhow::bail!("--role facility needs --facility CODE"),
    };
    if !password_stdin {
        eprint!("Password for {email}: ");
    }
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']);
    let hash = hash_password(password)?;
    let store = open_store(database).await?;
    if let Role::Facility(f) = &role {
        if !store.facilities().await?.iter().any(|x| &x.code == f) {
            anyhow::bail!("facility `{f}` does not exist; add it with `facility add`");
        }
    }
    let email = email.trim().to_lowercase();
    store.add_coordinator(&email, &role, &hash).await?;
    println!("added coordinator {email}");
    Ok(())
}
