//! Plain text tables, built once from suppressed figures and fed to HTML, CSV and XLSX alike, so
//! every output shows exactly the same cells.

use heard_core::report::breakdown::{Breakdown, BreakdownRow};
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT};
use heard_core::report::overview::{Overview, TopicCell};
use heard_core::survey::Measure;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What the reader must know about the figures (`disclosure::left_out_sentence`).
    pub note: String,
}

pub fn percent(p: f64) -> String {
    format!("{p:.1}%")
}

/// What is not released is a dash, like what nobody answered: the table never says how many
/// were left out.
pub const NONE: &str = "–";

fn topic_text(c: &TopicCell) -> (String, String) {
    (
        c.percent.map_or_else(|| NONE.into(), percent),
        c.mean.map_or_else(|| NONE.into(), |m| format!("{m:.0}")),
    )
}

/// The overview as one table: facility, quarter, n, participation (of the eligible), response
/// rate (of the invited), then satisfaction and mean score per topic (lowest topics first).
pub fn overview_table(o: &Overview) -> Table {
    let mut header: Vec<String> = vec![
        "facility".into(),
        "quarter".into(),
        "responses".into(),
        "participation".into(),
        "response rate".into(),
        "satisfaction level".into(),
    ];
    header.extend(o.measures.iter().map(|m| measure_name(*m).to_owned()));
    for t in &o.topics {
        header.push(format!("{} satisfied", t.as_str()));
        header.push(format!("{} mean score", t.as_str()));
    }
    let rows = o
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![
                r.facility.to_string(),
                r.quarter.to_string(),
                r.responses().to_string(),
                r.participation
                    .and_then(|s| s.percent())
                    .map_or_else(|| NONE.into(), percent),
                r.response_rate
                    .and_then(|s| s.percent())
                    .map_or_else(|| NONE.into(), percent),
                or_none(r.level.map(|v| format!("{v:.2}%"))),
            ];
            for (m, v) in o.measures.iter().zip(&r.measures) {
                row.push(or_none(v.map(|v| match m {
                    Measure::GoalCompletion => percent(v),
                    _ => format!("{v:.2}"),
                })));
            }
            for c in &r.topics {
                let (p, m) = topic_text(c);
                row.push(p);
                row.push(m);
            }
            row
        })
        .collect();
    Table {
        header,
        rows,
        note: left_out_sentence(K_DEFAULT),
    }
}

/// Leading columns before the per-topic pairs (facility, quarter, responses, participation,
/// response rate, level, then one per measure).
pub fn topic_offset(o: &Overview) -> usize {
    6 + o.measures.len()
}

pub fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Kto => "KTO mean",
        Measure::Ces => "CES mean",
        Measure::GoalCompletion => "goal completion",
        Measure::Overall => "overall rating mean",
    }
}

fn or_none(v: Option<String>) -> String {
    v.unwrap_or_else(|| NONE.into())
}

fn breakdown_row(r: &BreakdownRow) -> Vec<String> {
    let mut row = vec![r.label.clone(), r.responses().to_string()];
    row.extend(
        r.satisfied
            .iter()
            .map(|f| f.map_or_else(|| NONE.into(), percent)),
    );
    row
}

/// A breakdown: group, responses, satisfaction per topic; the total row last.
pub fn breakdown_table(b: &Breakdown) -> Table {
    let mut header = vec![b.dimension.as_str().to_owned(), "responses".into()];
    header.extend(b.topics.iter().map(|t| format!("{} satisfied", t.as_str())));
    let mut rows: Vec<Vec<String>> = b.rows.iter().map(breakdown_row).collect();
    rows.push(breakdown_row(&b.total));
    Table {
        header,
        rows,
        note: left_out_sentence(b.k),
    }
}
