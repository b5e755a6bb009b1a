//! Canonical JSON and SHA-256. The canonical form is serde's JSON of the value with object keys
//! sorted (serde_json's map is ordered when `preserve_order` is off, which this crate relies on),
//! no insignificant whitespace, and no floating-point numbers anywhere in hashed types.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256 as Hasher};
use std::fmt;

/// A SHA-256 digest, shown and serialized as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sha256(pub [u8; 32]);

impl Sha256 {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self(Hasher::digest(bytes).into())
    }

    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            s.push(char::from(HEX[usize::from(b >> 4)]));
            s.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        s
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        if s.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, pair) in s.as_bytes().chunks(2).enumerate() {
            let hi = hex_value(pair[0])?;
            let lo = hex_value(pair[1])?;
            out[i] = hi << 4 | lo;
        }
        Some(Self(out))
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

impl fmt::Debug for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256({})", self.to_hex())
    }
}

impl fmt::Display for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl Serialize for Sha256 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Sha256 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::from_hex(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not 64 lowercase hex digits"))
        })
    }
}

/// The canonical JSON bytes of a value.
pub fn to_canonical_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Going through `Value` sorts every object's keys, including those of structs.
    // Serializing our own types to a `Value` cannot fail: they have string keys and no floats.
    match serde_json::to_value(value) {
        Ok(v) => v.to_string().into_bytes(),
        Err(e) => format!("{{\"unencodable\":{:?}}}", e.to_string()).into_bytes(),
    }
}

/// SHA-256 of the canonical JSON of a value.
pub fn hash_of<T: Serialize>(value: &T) -> Sha256 {
    Sha256::of_bytes(&to_canonical_json(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn hex_round_trips_and_rejects_uppercase() {
        let h = Sha256::of_bytes(b"abc");
        assert_eq!(
            h.to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Sha256::from_hex(&h.to_hex()), Some(h));
        assert_eq!(Sha256::from_hex(&h.to_hex().to_uppercase()), None);
        assert_eq!(Sha256::from_hex("ab"), None);
    }

    #[test]
    fn keys_are_sorted_whatever_the_insertion_order() {
        let mut a = HashMap::new();
        let mut b = HashMap::new();
        for k in ["z", "a", "m"] {
            a.insert(k, 1);
        }
        for k in ["m", "z", "a"] {
            b.insert(k, 1);
        }
        assert_eq!(to_canonical_json(&a), b"{\"a\":1,\"m\":1,\"z\":1}");
        assert_eq!(to_canonical_json(&a), to_canonical_json(&b));
    }
}
