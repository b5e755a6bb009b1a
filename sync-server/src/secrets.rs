//! Device tokens and enrolment codes: generated from the OS's CSPRNG, stored only as SHA-256.
//!
//! Lookups go by the digest, so a timing difference reveals at most something about a digest
//! an attacker cannot steer, never about the token itself.

use crate::store::{DeviceId, TokenHash};
use heard_core::canonical::Sha256;
use rand::RngCore;

/// Enrolment code letters: no 0/O, 1/I/L or U/V look-alikes, all easy to read aloud.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
pub const CODE_LENGTH: usize = 8;

/// A fresh one-time enrolment code, 8 characters (about 39 bits).
pub fn new_enrolment_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LENGTH)
        .map(|_| {
            // Rejection-free: 29 letters, modulo bias of a u32 is negligible (< 1e-8).
            let i = (rng.next_u32() as usize) % CODE_ALPHABET.len();
            char::from(CODE_ALPHABET[i])
        })
        .collect()
}

/// `ABCD-EFGH`: easier to read out and type.
pub fn display_code(code: &str) -> String {
    match (code.get(..4), code.get(4..)) {
        (Some(a), Some(b)) if !b.is_empty() => format!("{a}-{b}"),
        _ => code.to_owned(),
    }
}

/// What a person typed, as the code it stands for: case, spaces and hyphens do not matter.
/// `None` when it cannot be a code at all.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let ok = code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    ok.then_some(code)
}

/// A fresh device token: 256 random bits as 64 lowercase hex digits.
pub fn new_device_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    Sha256(bytes).to_hex()
}

/// Whether a string has the shape of a device token (so junk never reaches the database).
pub fn is_token_shaped(token: &str) -> bool {
    token.len() == 64
        && token
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

pub fn new_device_id() -> DeviceId {
    let mut bytes = [0u8; 8];
    rand::rng().fill_bytes(&mut bytes);
    DeviceId(bytes)
}

pub fn hash_secret(secret: &str) -> TokenHash {
    TokenHash(Sha256::of_bytes(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_typeable_and_forgiving() {
        let code = new_enrolment_code();
        assert_eq!(code.len(), 8);
        let shown = display_code(&code);
        assert_eq!(normalize_code(&shown).as_deref(), Some(code.as_str()));
        assert_eq!(
            normalize_code(&shown.to_lowercase()).as_deref(),
            Some(code.as_str())
        );
        assert_eq!(
            normalize_code("ABCD-EFG0"),
            None,
            "0 is not in the alphabet"
        );
        assert_eq!(normalize_code("ABC"), None);
    }

    #[test]
    fn tokens_are_256_bit_hex_and_distinct() {
        let (a, b) = (new_device_token(), new_device_token());
        assert!(is_token_shaped(&a));
        assert_ne!(a, b);
        assert!(!is_token_shaped(&a.to_uppercase()));
        assert_ne!(hash_secret(&a), hash_secret(&b));
    }
}
