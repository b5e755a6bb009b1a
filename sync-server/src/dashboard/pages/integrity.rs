//! `/dashboard/integrity`: bursts of responses from one device (from the per-device monthly
//! counters `record_upload` keeps, never joined with responses), participation above 100%, and
//! (national coordinators) the audit log of sign-ins and exports.

use super::layout::page;
use crate::dashboard::error::DashError;
use crate::dashboard::names::facility;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use crate::store::{DeviceMonth, Role};
use axum::extract::State;
use axum::response::Html;
use maud::html;

/// A device's month is flagged when its busiest day had more than this many responses, or more
/// than 5× the device's usual day that month.
pub const BURST_ABSOLUTE: u64 = 150;

/// Counters are kept per device and month, with the month's busiest day (a day is the time
/// between two nightly compactions) and how many days had uploads: no date is stored. The usual
/// day is the mean of the month's other days.
pub fn bursts(months: &[DeviceMonth]) -> Vec<&DeviceMonth> {
    months
        .iter()
        .filter(|m| {
            let usual = m
                .responses
                .saturating_sub(m.busiest_day)
                .checked_div(m.active_days.saturating_sub(1))
                .map_or(0, |n| n.max(1));
            m.busiest_day > BURST_ABSOLUTE || (m.active_days >= 3 && m.busiest_day > 5 * usual)
        })
        .collect()
}

fn date_of(day: i64) -> String {
    let (y, m, d) = crate::calendar::civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

pub async fn integrity(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, DashError> {
    let months: Vec<DeviceMonth> = state
        .store
        .device_months()
        .await?
        .into_iter()
        .filter(|d| viewer.coordinator.role.may_see(&d.facility))
        .collect();
    let flagged = bursts(&months);
    let named = state.store.facilities().await?;
    let over: Vec<_> = state
        .store
        .participation()
        .await?
        .into_iter()
        .filter(|p| viewer.coordinator.role.may_see(&p.facility))
        .filter(|p| p.invited.is_some_and(|i| i > p.eligible))
        .collect();
    let audit = if viewer.coordinator.role == Role::National {
        state.store.audit_log(100).await?
    } else {
        Vec::new()
    };
    Ok(page(
        "Integrity",
        Some(&viewer),
        html! {
            h1 { "Integrity" }
            h2 #bursts-title { "Bursts from one device" }
            p.muted { "A month in which one tablet's busiest day had more than " (BURST_ABSOLUTE) " responses, or more than five times its usual day. Counts are kept per month (a day runs from one nightly compaction to the next), never by date. Participation above 100% is flagged on each survey's overview." }
            @if flagged.is_empty() { p { "None." } }
            @else {
                table #bursts tabindex="0" aria-labelledby="bursts-title" {
                    thead { tr { th { "device" } th { "facility" } th { "month" } th { "busiest day" } th { "days with uploads" } th { "responses in the month" } } }
                    tbody { @for d in &flagged { tr { td { (d.device) } td { (facility(&named, d.facility.as_str())) } td { (d.month) } td.flag { (d.busiest_day) } td { (d.active_days) } td { (d.responses) } } } }
                }
            }
            @if !over.is_empty() {
                h2 { "Invited above eligible" }
                ul { @for p in &over { li.flag { (facility(&named, p.facility.as_str())) " " (p.quarter) ": " (p.invited.unwrap_or(0)) " invited, " (p.eligible) " eligible" } } }
            }
            @if !audit.is_empty() {
                h2 #audit-title { "Audit log (latest 100)" }
                table tabindex="0" aria-labelledby="audit-title" {
                    thead { tr { th { "when (UTC)" } th { "who" } th { "what" } } }
                    tbody { @for (at, who, what) in &audit { tr { td { (date_of(at.div_euclid(86_400))) " " (format!("{:02}:{:02}", at.rem_euclid(86_400) / 3600, at.rem_euclid(3600) / 60)) } td { (who) } td style="text-align:left" { (what) } } } }
                }
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_core::ids::FacilityCode;

    fn month(device: &str, active_days: u64, busiest_day: u64, responses: u64) -> DeviceMonth {
        DeviceMonth {
            device: device.into(),
            facility: FacilityCode::new("centre-a").unwrap_or_else(|_| unreachable!()),
            month: "2026-03".parse().unwrap_or_else(|_| unreachable!()),
            pushes: active_days,
            responses,
            active_days,
            busiest_day,
        }
    }

    #[test]
    fn a_burst_is_flagged_and_a_usual_month_is_not() {
        let months = vec![
            // 20 days of about 10, one of 90: flagged (usual day 10).
            month("a", 21, 90, 290),
            // Every day alike, 100 a day: not flagged, however large the month.
            month("b", 25, 100, 2500),
            // One day of 151: flagged whatever the rest.
            month("c", 1, 151, 151),
            // Two days only: no usual day to compare with.
            month("d", 2, 100, 101),
        ];
        let flagged: Vec<&str> = bursts(&months).iter().map(|m| m.device.as_str()).collect();
        assert_eq!(flagged, vec!["a", "c"]);
        assert_eq!(date_of(20_454), "2026-01-01");
    }
}
