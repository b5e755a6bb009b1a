//! Plain text tables, built once from suppressed figures and fed to HTML, CSV and XLSX alike, so
//! every output shows exactly the same cells.

use super::data::{Overview, OverviewRow, TopicCell};
use heard_core::report::breakdown::{Breakdown, BreakdownRow, Figure};
use heard_core::report::disclosure::Shown;
use heard_core::survey::Measure;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn fewer_than(k: u64) -> String {
    format!("fewer than {k}")
}

pub fn shown(s: Shown, k: u64) -> String {
    match s {
        Shown::Count(n) => n.to_string(),
        Shown::Hidden => fewer_than(k),
    }
}

pub fn percent(p: f64) -> String {
    format!("{p:.1}%")
}

fn topic_text(c: &TopicCell, k: u64) -> (String, String) {
    if c.hidden {
        return (fewer_than(k), fewer_than(k));
    }
    (
        c.percent.map_or_else(|| "–".into(), percent),
        c.mean.map_or_else(|| "–".into(), |m| format!("{m:.0}")),
    )
}

/// The overview as one table: facility, quarter, n, participation (of the eligible), response
/// rate (of the invited), then satisfaction and mean score per topic (lowest topics first).
pub fn overview_table(o: &Overview, k: u64) -> Table {
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
                shown(r.responses, k),
                r.participation
                    .and_then(|s| s.percent())
                    .map_or_else(|| "–".into(), percent),
                r.response_rate
                    .and_then(|s| s.percent())
                    .map_or_else(|| "–".into(), percent),
                hidden_or(r, r.level.map(|v| format!("{v:.2}%")), k),
            ];
            for (m, v) in o.measures.iter().zip(&r.measures) {
                row.push(hidden_or(
                    r,
                    v.map(|v| match m {
                        Measure::GoalCompletion => percent(v),
                        _ => format!("{v:.2}"),
                    }),
                    k,
                ));
            }
            for c in &r.topics {
                let (p, m) = topic_text(c, k);
                row.push(p);
                row.push(m);
            }
            row
        })
        .collect();
    Table { header, rows }
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

fn hidden_or(r: &OverviewRow, v: Option<String>, k: u64) -> String {
    match v {
        Some(v) => v,
        None if r.responses == Shown::Hidden => fewer_than(k),
        None => "–".into(),
    }
}

fn figure(f: &Figure, k: u64) -> String {
    match f {
        Figure::Percent(p) => percent(*p),
        Figure::Hidden => fewer_than(k),
        Figure::Empty => "–".into(),
    }
}

fn breakdown_row(r: &BreakdownRow, k: u64) -> Vec<String> {
    let mut row = vec![r.label.clone(), shown(r.responses, k)];
    row.extend(r.satisfied.iter().map(|f| figure(f, k)));
    row
}

/// A breakdown: group, responses, satisfaction per topic; the total row last.
pub fn breakdown_table(b: &Breakdown) -> Table {
    let mut header = vec![b.dimension.as_str().to_owned(), "responses".into()];
    header.extend(b.topics.iter().map(|t| format!("{} satisfied", t.as_str())));
    let mut rows: Vec<Vec<String>> = b.rows.iter().map(|r| breakdown_row(r, b.k)).collect();
    rows.push(breakdown_row(&b.total, b.k));
    Table { header, rows }
}
