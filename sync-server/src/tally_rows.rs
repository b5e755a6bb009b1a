//! Tallies as one row per cell: `(cell_hash, cell, counts)`, where `cell` is the canonical JSON of
//! the core's `Cell` and `counts` everything counted in it, in a compact text form ([`counts_json`];
//! older rows hold JSON and still read). An ingest merges
//! its batch in memory first, then reads, adds to and writes each touched cell once, inside the
//! ingest transaction. (Counter rows per answer value were tried first: with ~20 upserts per
//! response they made ingest 20x slower than a plain insert.)

use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::QuestionId;
use heard_core::report::{Cell, StatusCounts, Tallies, ValueCounts};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything counted in one cell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellCounts {
    pub responses: StatusCounts,
    pub answers: BTreeMap<QuestionId, ValueCounts>,
}

impl CellCounts {
    pub fn merge(&mut self, other: &CellCounts) {
        self.responses.merge(&other.responses);
        for (q, counts) in &other.answers {
            self.answers.entry(q.clone()).or_default().merge(counts);
        }
    }
}

/// One cell's row: its key, its JSON, and what it gains or holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellRow {
    pub cell_hash: Sha256,
    pub cell: String,
    pub counts: CellCounts,
}

impl CellRow {
    /// Deterministic (struct fields in order, maps sorted); serialized directly rather than
    /// through the canonical `Value` round trip, which is the slow part of a batch.
    pub fn counts_json(&self) -> Result<String, String> {
        counts_json(&self.counts)
    }
}

/// Tallies as rows, one per cell, sorted by cell hash; consumes them (no clones). For one
/// response that is one row, computed before the ingest transaction so the transaction only
/// merges counts.
pub fn rows_of(tallies: Tallies) -> Vec<CellRow> {
    let mut by_cell: BTreeMap<Cell, CellCounts> = BTreeMap::new();
    for (cell, status) in tallies.responses {
        by_cell.entry(cell).or_default().responses.merge(&status);
    }
    for ((cell, question), counts) in tallies.answers {
        let entry = match by_cell.get_mut(&cell) {
            Some(e) => e,
            None => by_cell.entry(cell).or_default(),
        };
        entry.answers.entry(question).or_default().merge(&counts);
    }
    let mut rows: Vec<CellRow> = by_cell
        .into_iter()
        .map(|(cell, counts)| {
            let json = to_canonical_json(&cell);
            CellRow {
                cell_hash: Sha256::of_bytes(&json),
                cell: String::from_utf8_lossy(&json).into_owned(),
                counts,
            }
        })
        .collect();
    rows.sort_by_key(|r| r.cell_hash);
    rows
}

/// A batch's tallies: rows merged by cell hash.
#[derive(Debug, Default)]
pub struct BatchTallies {
    by_hash: BTreeMap<Sha256, CellRow>,
}

impl BatchTallies {
    pub fn add(&mut self, rows: Vec<CellRow>) {
        for row in rows {
            match self.by_hash.get_mut(&row.cell_hash) {
                Some(existing) => existing.counts.merge(&row.counts),
                None => {
                    self.by_hash.insert(row.cell_hash, row);
                }
            }
        }
    }

    /// The rows to add, sorted by cell hash (one lock order for every transaction).
    pub fn into_rows(self) -> Vec<CellRow> {
        self.by_hash.into_values().collect()
    }
}

/// Characters the compact encoding uses as separators; an id or value key holding one (none do
/// today: ids are slugs, values are slugs, integers or `item@rank`) falls back to JSON.
const RESERVED: &[char] = &['|', '=', ':', ',', '*', '.', '~', '{'];

/// A cell's counts as stored: the compact text form
/// `~COMPLETE.ABANDONED|question=N:value,value*3|…` (a value without `*k` counted once), about a
/// third of the JSON's size, or JSON (`{…}`) when a key cannot be written compactly. Rows
/// written before the compact form (JSON) are read as they are, so no migration is needed.
pub fn counts_json(counts: &CellCounts) -> Result<String, String> {
    use std::fmt::Write as _;
    let plain = |s: &str| !s.is_empty() && !s.contains(RESERVED);
    let compact_ok = counts
        .answers
        .iter()
        .all(|(q, v)| plain(q.as_str()) && v.values.keys().all(|k| plain(k)));
    if !compact_ok {
        return serde_json::to_string(counts)
            .map_err(|e| format!("tally counts cannot be encoded: {e}"));
    }
    let mut out = String::with_capacity(16 + counts.answers.len() * 24);
    let _ = write!(
        out,
        "~{}.{}",
        counts.responses.complete, counts.responses.abandoned
    );
    for (q, v) in &counts.answers {
        let _ = write!(out, "|{}={}:", q.as_str(), v.n);
        for (i, (key, n)) in v.values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(key);
            if *n != 1 {
                let _ = write!(out, "*{n}");
            }
        }
    }
    Ok(out)
}

/// Reads either stored form (compact `~…` or JSON `{…}`).
pub fn parse_counts(text: &str) -> Result<CellCounts, String> {
    let Some(compact) = text.strip_prefix('~') else {
        return serde_json::from_str(text).map_err(|e| format!("tally counts are unreadable: {e}"));
    };
    let bad = || format!("tally counts are unreadable: `{text}`");
    let number = |s: &str| s.parse::<u64>().map_err(|_| bad());
    let mut parts = compact.split('|');
    let (complete, abandoned) = parts
        .next()
        .and_then(|p| p.split_once('.'))
        .ok_or_else(bad)?;
    let mut counts = CellCounts {
        responses: StatusCounts {
            complete: number(complete)?,
            abandoned: number(abandoned)?,
        },
        answers: BTreeMap::new(),
    };
    for part in parts {
        let (q, rest) = part.split_once('=').ok_or_else(bad)?;
        let (n, values) = rest.split_once(':').ok_or_else(bad)?;
        let question = QuestionId::new(q).map_err(|_| bad())?;
        let mut vc = ValueCounts {
            n: number(n)?,
            values: BTreeMap::new(),
        };
        for item in values.split(',').filter(|v| !v.is_empty()) {
            let (key, k) = match item.split_once('*') {
                Some((key, k)) => (key, number(k)?),
                None => (item, 1),
            };
            *vc.values.entry(key.to_owned()).or_default() += k;
        }
        counts.answers.insert(question, vc);
    }
    Ok(counts)
}

/// Rebuilds tallies from stored `(cell, counts)` rows.
pub fn tallies_of(rows: impl IntoIterator<Item = (String, String)>) -> Result<Tallies, String> {
    let mut t = Tallies::default();
    for (cell, counts) in rows {
        let cell: Cell = serde_json::from_str(&cell)
            .map_err(|e| format!("tally cell `{cell}` is unreadable: {e}"))?;
        let counts = parse_counts(&counts)?;
        t.responses
            .entry(cell.clone())
            .or_default()
            .merge(&counts.responses);
        for (q, c) in counts.answers {
            t.answers.entry((cell.clone(), q)).or_default().merge(&c);
        }
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_core::report::Group;

    #[test]
    fn compact_counts_round_trip_and_old_json_rows_still_read() {
        let mut counts = CellCounts {
            responses: StatusCounts {
                complete: 3,
                abandoned: 1,
            },
            answers: BTreeMap::new(),
        };
        let mut yes = ValueCounts {
            n: 4,
            ..Default::default()
        };
        yes.values.insert("yes".into(), 3);
        yes.values.insert("no".into(), 1);
        counts.answers.insert("food-ok".parse().unwrap(), yes);
        let mut rank = ValueCounts {
            n: 1,
            ..Default::default()
        };
        rank.values.insert("shelter@1".into(), 1);
        rank.values.insert("-3".into(), 2);
        counts.answers.insert("rank".parse().unwrap(), rank);
        counts.answers.insert(
            "comment".parse().unwrap(),
            ValueCounts {
                n: 2,
                ..Default::default()
            },
        );
        let compact = counts_json(&counts).unwrap();
        assert_eq!(
            compact,
            "~3.1|comment=2:|food-ok=4:no,yes*3|rank=1:-3*2,shelter@1"
        );
        assert_eq!(parse_counts(&compact).unwrap(), counts);
        let json = serde_json::to_string(&counts).unwrap();
        assert!(compact.len() * 2 < json.len());
        assert_eq!(parse_counts(&json).unwrap(), counts);
        // A key the compact form cannot hold falls back to JSON.
        counts
            .answers
            .get_mut(&"rank".parse().unwrap())
            .unwrap()
            .values
            .insert("a,b".into(), 1);
        let fallback = counts_json(&counts).unwrap();
        assert!(fallback.starts_with('{'));
        assert_eq!(parse_counts(&fallback).unwrap(), counts);
        assert!(parse_counts("~1|q").is_err());
    }

    #[test]
    fn rows_round_trip() {
        let cell = Cell {
            survey: "s".parse().unwrap(),
            facility: "f".parse().unwrap(),
            service_point: None,
            period: "2026-03".parse().unwrap(),
            group: Group {
                language: "en".parse().unwrap(),
                mode: heard_core::response::AdministrationMode::Assisted,
                audio_used: false,
                age_band: None,
                sex: None,
                nationality: None,
                length_of_stay: None,
            },
        };
        let mut t = Tallies::default();
        t.responses.insert(
            cell.clone(),
            StatusCounts {
                complete: 2,
                abandoned: 1,
            },
        );
        let vc = ValueCounts {
            n: 2,
            values: [("yes".to_owned(), 2)].into(),
        };
        t.answers.insert((cell, "q".parse().unwrap()), vc);
        let rows = rows_of(t.clone());
        assert_eq!(rows.len(), 1);
        let back = tallies_of(
            rows.iter()
                .map(|r| (r.cell.clone(), r.counts_json().unwrap())),
        )
        .unwrap();
        assert_eq!(back, t);
    }
}
