use super::open_store;
use clap::{Subcommand, ValueEnum};
use heard_core::ids::FacilityCode;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::dashboard::session::now;
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
    /// Every account: e-mail, role, enabled or disabled, sessions open now.
    List,
    /// Stop an account signing in and end its sessions (`enable` undoes it).
    Disable { email: String },
    /// Let a disabled account sign in again.
    Enable { email: String },
    /// Remove an account and its sessions (the audit log keeps its entries).
    Remove { email: String },
    /// Reset an account's password (asked as for `add`) and end all its sessions.
    SetPassword {
        email: String,
        /// Read the password from stdin without a prompt (scripts).
        #[arg(long)]
        password_stdin: bool,
    },
    /// Sign an account out everywhere.
    EndSessions { email: String },
}

/// Who the audit log names for what the command line did (whoever runs it has the database).
pub const COMMAND_LINE: &str = "(command line)";

pub async fn run(database: &str, command: CoordinatorCommand) -> anyhow::Result<()> {
    let (email, role, facility, password_stdin) = match command {
        CoordinatorCommand::Add {
            email,
            role,
            facility,
            password_stdin,
        } => (email, role, facility, password_stdin),
        other => return manage(database, other).await,
    };
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
    store
        .audit(now(), COMMAND_LINE, &format!("coordinator added: {email}"))
        .await?;
    println!("added coordinator {email}");
    Ok(())
}

/// Every command but `add`; each change is an audit entry under [`COMMAND_LINE`].
async fn manage(database: &str, command: CoordinatorCommand) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    let (email, done) = match command {
        CoordinatorCommand::Add { .. } => anyhow::bail!("`run` adds accounts"),
        CoordinatorCommand::List => {
            for a in store.coordinators(now()).await? {
                let role = match &a.coordinator.role {
                    Role::National => "national".to_owned(),
                    Role::Facility(f) => format!("facility {f}"),
                };
                let state = if a.disabled { "disabled" } else { "enabled" };
                println!(
                    "{}\t{role}\t{state}\t{} session(s)",
                    a.coordinator.email, a.sessions
                );
            }
            return Ok(());
        }
        CoordinatorCommand::Disable { email } => {
            let email = normalised(&email);
            let found = store.set_coordinator_disabled(&email, true).await?;
            (email, found.then_some("disabled"))
        }
        CoordinatorCommand::Enable { email } => {
            let email = normalised(&email);
            let found = store.set_coordinator_disabled(&email, false).await?;
            (email, found.then_some("enabled"))
        }
        CoordinatorCommand::Remove { email } => {
            let email = normalised(&email);
            let found = store.remove_coordinator(&email).await?;
            (email, found.then_some("removed"))
        }
        CoordinatorCommand::SetPassword {
            email,
            password_stdin,
        } => {
            let email = normalised(&email);
            let password = read_password(&email, password_stdin)?;
            let hash = hash_password(&password)?;
            let found = store.set_coordinator_password(&email, &hash, None).await?;
            (email, found.then_some("password reset, sessions ended"))
        }
        CoordinatorCommand::EndSessions { email } => {
            let email = normalised(&email);
            let ended = store.end_sessions(&email).await?;
            (email, ended.map(|_| "sessions ended"))
        }
    };
    let Some(done) = done else {
        anyhow::bail!("no coordinator {email}; `coordinator list` shows them");
    };
    store
        .audit(now(), COMMAND_LINE, &format!("coordinator {done}: {email}"))
        .await?;
    println!("coordinator {email}: {done}");
    Ok(())
}

fn normalised(email: &str) -> String {
    email.trim().to_lowercase()
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
