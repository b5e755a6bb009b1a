//! CSRF tokens: derived from the session id (which only the cookie holds), so every POST form
//! carries a value an attacker's page cannot know. Compared in constant time.

use heard_core::canonical::Sha256;

pub fn token(session_id: &str) -> String {
    Sha256::of_bytes(format!("heard-csrf:{session_id}").as_bytes()).to_hex()
}

pub fn check(session_id: &str, presented: &str) -> bool {
    let expected = token(session_id);
    expected.len() == presented.len()
        && expected
            .bytes()
            .zip(presented.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}
