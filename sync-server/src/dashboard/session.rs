//! Sessions: a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure behind TLS);
//! only its SHA-256 is stored. A device's bearer token never opens the dashboard: only the
//! cookie is read here.

use super::error::DashError;
use crate::http::AppState;
use crate::secrets::hash_secret;
use crate::store::{Coordinator, Role};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use heard_core::ids::FacilityCode;
use rand::RngCore;

pub const COOKIE: &str = "heard_session";
pub const SESSION_SECONDS: i64 = 8 * 3600;

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

pub fn new_session_id() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `secure` is `AppState::secure_cookies`: true when this process serves TLS itself.
pub fn set_cookie(id: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}={id}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}")
}

pub fn cookie_value(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The signed-in coordinator and their session id (for CSRF tokens).
#[derive(Debug, Clone)]
pub struct Viewer {
    pub coordinator: Coordinator,
    pub session_id: String,
}

impl Viewer {
    pub fn csrf(&self) -> String {
        super::csrf::token(&self.session_id)
    }

    /// The facilities this viewer may see, out of all of them; 403 for any other.
    pub fn require(&self, facility: &FacilityCode) -> Result<(), DashError> {
        if self.coordinator.role.may_see(facility) {
            Ok(())
        } else {
            Err(DashError::Forbidden)
        }
    }

    pub fn own_facility(&self) -> Option<&FacilityCode> {
        match &self.coordinator.role {
            Role::National => None,
            Role::Facility(f) => Some(f),
        }
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = DashError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, DashError> {
        let id = cookie_value(parts).ok_or(DashError::SignIn)?;
        let coordinator = state
            .store
            .session(hash_secret(&id), now())
            .await?
            .ok_or(DashError::SignIn)?;
        Ok(Viewer {
            coordinator,
            session_id: id,
        })
    }
}
