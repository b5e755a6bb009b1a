use super::open_store;
use clap::Subcommand;
use heard_core::ids::FacilityCode;
use heard_sync_server::secrets::{display_code, new_enrolment_code};
use heard_sync_server::server_secret::ServerSecret;
use heard_sync_server::store::DeviceId;

#[derive(Subcommand)]
pub enum DeviceCommand {
    /// Print a one-time enrolment code for a new tablet of the facility.
    Enrol {
        #[arg(long)]
        facility: FacilityCode,
        /// How long the code stays valid.
        #[arg(long, default_value_t = 24)]
        valid_hours: u32,
    },
    /// List the facility's tablets (id and whether revoked).
    List {
        #[arg(long)]
        facility: FacilityCode,
    },
    /// Revoke a tablet's token (lost or stolen tablet). Its queued responses can no longer sync.
    Revoke { id: String },
}

pub async fn run(
    database: &str,
    secret_file: &std::path::Path,
    command: DeviceCommand,
) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    match command {
        DeviceCommand::Enrol {
            facility,
            valid_hours,
        } => {
            let secret = ServerSecret::load_or_create(secret_file)?;
            let code = new_enrolment_code();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_secs();
            let expires = i64::try_from(now + u64::from(valid_hours) * 3600)?;
            store
                .add_enrolment_code(secret.code_hash(&code), &facility, expires)
                .await?;
            println!("{}", display_code(&code));
            eprintln!(
                "Type this code and the server address on the tablet within {valid_hours} h. It works once."
            );
        }
        DeviceCommand::List { facility } => {
            for (device, revoked) in store.devices(&facility).await? {
                println!(
                    "{}\t{}",
                    device.id,
                    if revoked { "revoked" } else { "active" }
                );
            }
        }
        DeviceCommand::Revoke { id } => {
            let parsed = DeviceId::from_hex(&id).ok_or_else(|| {
                anyhow::anyhow!("`{id}` is not a device id (16 hex digits, see `device list`)")
            })?;
            if store.revoke_device(&parsed).await? {
                println!("revoked device {id}");
            } else {
                anyhow::bail!("no device {id}");
            }
        }
    }
    Ok(())
}
