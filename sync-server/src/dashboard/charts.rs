//! Inline SVG charts: no script, print-friendly, readable without colour (values labelled).

use heard_core::period::Quarter;
use heard_core::survey::Topic;
use maud::{html, Markup};

const PALETTE: &[&str] = &[
    "#1b6ca8", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b", "#975a16", "#4a5568",
];

/// Satisfaction per topic over quarters, with the target as a dashed line.
pub fn trend(
    quarters: &[(Quarter, Vec<Option<f64>>)],
    topics: &[Topic],
    target: Option<u8>,
) -> Markup {
    let (w, h, left, right, top, bottom) = (680.0, 300.0, 52.0, 130.0, 16.0, 30.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let n = quarters.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |p: f64| top + plot_h * (1.0 - p / 100.0);
    let series = |ti: usize| -> Vec<(f64, f64)> {
        quarters
            .iter()
            .enumerate()
            .filter_map(|(i, (_, v))| v.get(ti).copied().flatten().map(|p| (x(i), y(p))))
            .collect()
    };
    // Labels at the right edge, at each series' last point, spread so they never overlap.
    let mut labels: Vec<(usize, f64)> = (0..topics.len())
        .filter_map(|ti| series(ti).last().map(|(_, b)| (ti, *b)))
        .collect();
    labels.sort_by(|a, b| a.1.total_cmp(&b.1));
    for i in 1..labels.len() {
        if labels[i].1 < labels[i - 1].1 + 13.0 {
            labels[i].1 = labels[i - 1].1 + 13.0;
        }
    }
    html! {
        svg.chart role="img" aria-label="Satisfaction per topic over quarters" viewBox={"0 0 " (w) " " (h)} width="100%" {
            @for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
                line x1=(left) x2=(left + plot_w) y1=(y(tick)) y2=(y(tick)) stroke="#e2e8f0" {}
                text x=(left - 6.0) y=(y(tick) + 4.0) text-anchor="end" font-size="11" fill="#4a5568" { (tick) "%" }
            }
            @for (i, (q, _)) in quarters.iter().enumerate() {
                text x=(x(i)) y=(h - 8.0) text-anchor="middle" font-size="11" fill="#4a5568" { (q.to_string()) }
            }
            @if let Some(t) = target {
                line.target x1=(left) x2=(left + plot_w) y1=(y(f64::from(t))) y2=(y(f64::from(t))) stroke="#c53030" stroke-dasharray="6 4" {}
                text x=(left - 6.0) y=(y(f64::from(t)) - 4.0) text-anchor="end" font-size="10" fill="#c53030" { "target" }
            }
            @for (ti, _) in topics.iter().enumerate() {
                @let colour = PALETTE[ti % PALETTE.len()];
                @let points = series(ti);
                @if points.len() > 1 {
                    polyline fill="none" stroke=(colour) stroke-width="2" points=(points.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect::<Vec<_>>().join(" ")) {}
                }
                @for (a, b) in &points {
                    circle.point cx=(format!("{a:.1}")) cy=(format!("{b:.1}")) r="3.5" fill=(colour) {}
                }
            }
            @for (ti, label_y) in &labels {
                text x=(left + plot_w + 8.0) y=(format!("{:.1}", label_y + 4.0)) font-size="11" fill=(PALETTE[ti % PALETTE.len()]) { (topics[*ti].as_str()) }
            }
        }
    }
}
