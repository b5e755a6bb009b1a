//! The server secret: 32 random bytes in a file outside the database (`HEARD_SECRET_FILE`,
//! mode 0600), created on first start. Enrolment codes are stored as HMAC-SHA-256 under it, so
//! whoever reads the database alone cannot try the 39-bit code space offline.
//!
//! `serve` and `device enrol` open the same file; a server whose file is lost or replaced no
//! longer recognises outstanding codes (print new ones), and nothing else depends on it.

use crate::store::TokenHash;
use heard_core::canonical::Sha256;
use hmac::{Hmac, Mac};
use rand::RngCore;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Default location, next to the default SQLite file.
pub const DEFAULT_SECRET_FILE: &str = "heard-sync.secret";

#[derive(Clone)]
pub struct ServerSecret([u8; 32]);

impl std::fmt::Debug for ServerSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerSecret(…)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("cannot read the server secret {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot create the server secret {path}: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the server secret {path} is not 64 hex digits; restore it from a backup or delete it (outstanding enrolment codes then stop working)")]
    Malformed { path: PathBuf },
    #[error(
        "the server secret {path} can be read by others (mode {mode:o}); run `chmod 600 {path}`"
    )]
    Exposed { path: PathBuf, mode: u32 },
}

impl ServerSecret {
    /// A fresh random secret (kept in memory only: tests, and states built without a file).
    pub fn random() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Reads the secret at `path`, or creates it (mode 0600) when there is none.
    pub fn load_or_create(path: &Path) -> Result<Self, SecretError> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                check_mode(path)?;
                let sha = Sha256::from_hex(text.trim()).ok_or_else(|| SecretError::Malformed {
                    path: path.to_owned(),
                })?;
                Ok(Self(sha.0))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::create(path),
            Err(source) => Err(SecretError::Read {
                path: path.to_owned(),
                source,
            }),
        }
    }

    fn create(path: &Path) -> Result<Self, SecretError> {
        let secret = Self::random();
        let err = |source| SecretError::Create {
            path: path.to_owned(),
            source,
        };
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(mut file) => {
                writeln!(file, "{}", Sha256(secret.0).to_hex()).map_err(err)?;
                file.sync_all().map_err(err)?;
                Ok(secret)
            }
            // Another process (`serve` and `device enrol` at once) created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::load_or_create(path),
            Err(e) => Err(err(e)),
        }
    }

    /// What is stored for an enrolment code (already normalised).
    pub fn code_hash(&self, code: &str) -> TokenHash {
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(b"heard-enrolment-code:");
        mac.update(code.as_bytes());
        TokenHash(Sha256(mac.finalize().into_bytes().into()))
    }
}

#[cfg(unix)]
fn check_mode(path: &Path) -> Result<(), SecretError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|source| SecretError::Read {
            path: path.to_owned(),
            source,
        })?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o077 != 0 {
        return Err(SecretError::Exposed {
            path: path.to_owned(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_: &Path) -> Result<(), SecretError> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_with_mode_0600_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("secret");
        let a = ServerSecret::load_or_create(&path).unwrap_or_else(|e| panic!("{e}"));
        let b = ServerSecret::load_or_create(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.code_hash("ABCD2345"), b.code_hash("ABCD2345"));
        assert_ne!(
            a.code_hash("ABCD2345"),
            ServerSecret::random().code_hash("ABCD2345"),
            "the code's hash depends on the secret"
        );
        assert_ne!(
            a.code_hash("ABCD2345").0,
            Sha256::of_bytes(b"ABCD2345"),
            "not the plain SHA-256 of the code"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(matches!(
                ServerSecret::load_or_create(&path),
                Err(SecretError::Exposed { .. })
            ));
        }
    }
}
