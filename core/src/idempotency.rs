//! Exactly once: what a pushed response comes to, given what is already stored under its id.
//! Every store backend asks this one function, so SQLite and PostgreSQL cannot drift apart.
//!
//! A response's id is random and its content hash covers the canonical bytes as received
//! (`wire`), so the pair decides everything: a re-sent response (its reply was lost) hashes the
//! same, and anything else under a known id is a conflict that never overwrites.

use crate::canonical::Sha256;

/// What storing one response came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    /// Nothing was stored under this id: store it, and count it.
    Accepted,
    /// Same id, same content hash: already stored (perhaps by an earlier line of the same batch).
    Duplicate,
    /// Same id, different content: the stored row is kept unchanged.
    Conflict,
}

/// `stored` is the content hash already kept under the response's id, if any row has it; an
/// earlier line of the same batch counts as stored.
pub fn classify(stored: Option<&Sha256>, received: &Sha256) -> Ingested {
    match stored {
        None => Ingested::Accepted,
        Some(hash) if hash == received => Ingested::Duplicate,
        Some(_) => Ingested::Conflict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_accepted_same_content_is_a_duplicate_other_content_a_conflict() {
        let a = Sha256::of_bytes(b"first");
        let b = Sha256::of_bytes(b"second");
        assert_eq!(classify(None, &a), Ingested::Accepted);
        assert_eq!(classify(Some(&a), &a), Ingested::Duplicate);
        assert_eq!(classify(Some(&a), &b), Ingested::Conflict);
        assert_eq!(classify(Some(&b), &a), Ingested::Conflict);
    }
}
