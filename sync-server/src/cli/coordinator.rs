use super::open_store;
use clap::{Subcommand, ValueEnum};
use heard_core::ids::FacilityCode;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::store::Role;
use std::io::{BufRead, IsTerminal};

#[derive(Clone, Copy, ValueEnum)]
pub enum RoleArg {
    National,
    Facility,
}

#[derive(Subcommand)]
pub enum CoordinatorCommand {
    /// Add a dashboard account. At a terminal the password is asked twice and not shown;
    /// otherwise (or with --password-stdin) it is read as one line from stdin. At least 12
    /// characters.
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
    let password = read_password(&email, password_stdin)?;
    let hash = hash_password(&password)?;
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

/// The new password: from a hidden, confirmed prompt at a terminal, else one line of stdin.
fn read_password(email: &str, from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    let first = rpassword::prompt_password(format!("Password for {email} (not shown): "))?;
    let again = rpassword::prompt_password("The same password again: ")?;
    if first != again {
        anyhow::bail!("the two passwords differ; nothing was added");
    }
    Ok(first)
}
