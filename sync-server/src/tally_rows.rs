//! Tallies as flat counter rows `(cell, question, value, count)`, so both databases can add to
//! them with one upsert (`count = count + excluded.count`) inside the ingest transaction.
//!
//! `cell` is the canonical JSON of the core's `Cell`. Response counts use question `""` and
//! value `complete`/`abandoned`; an answer's number of answers (`ValueCounts::n`) uses value `""`.

use heard_core::canonical::to_canonical_json;
use heard_core::ids::QuestionId;
use heard_core::report::{Cell, Tallies};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyRow {
    pub cell: String,
    pub question: String,
    pub value: String,
    pub count: i64,
}

fn cell_key(cell: &Cell) -> String {
    String::from_utf8_lossy(&to_canonical_json(cell)).into_owned()
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The rows to add for these tallies (zero counts left out).
pub fn rows_of(tallies: &Tallies) -> Vec<TallyRow> {
    let mut rows = Vec::new();
    for (cell, status) in &tallies.responses {
        let key = cell_key(cell);
        for (value, n) in [
            ("complete", status.complete),
            ("abandoned", status.abandoned),
        ] {
            if n > 0 {
                rows.push(TallyRow {
                    cell: key.clone(),
                    question: String::new(),
                    value: value.to_owned(),
                    count: count(n),
                });
            }
        }
    }
    for ((cell, question), counts) in &tallies.answers {
        let key = cell_key(cell);
        rows.push(TallyRow {
            cell: key.clone(),
            question: question.to_string(),
            value: String::new(),
            count: count(counts.n),
        });
        for (value, n) in &counts.values {
            rows.push(TallyRow {
                cell: key.clone(),
                question: question.to_string(),
                value: value.clone(),
                count: count(*n),
            });
        }
    }
    rows
}

/// Rebuilds tallies from stored rows.
pub fn tallies_of(rows: impl IntoIterator<Item = TallyRow>) -> Result<Tallies, String> {
    let mut t = Tallies::default();
    for row in rows {
        let cell: Cell = serde_json::from_str(&row.cell)
            .map_err(|e| format!("tally cell `{}` is unreadable: {e}", row.cell))?;
        let n = u64::try_from(row.count).map_err(|_| format!("negative tally {}", row.count))?;
        if row.question.is_empty() {
            let status = t.responses.entry(cell).or_default();
            match row.value.as_str() {
                "complete" => status.complete += n,
                "abandoned" => status.abandoned += n,
                other => return Err(format!("unknown response tally `{other}`")),
            }
        } else {
            let question = QuestionId::new(row.question.clone()).map_err(|e| e.to_string())?;
            let counts = t.answers.entry((cell, question)).or_default();
            if row.value.is_empty() {
                counts.n += n;
            } else {
                *counts.values.entry(row.value).or_default() += n;
            }
        }
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_core::report::{Group, StatusCounts, ValueCounts};

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
        assert_eq!(tallies_of(rows_of(&t)).unwrap(), t);
    }
}
