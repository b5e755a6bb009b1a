//! `/dashboard/integrity`: bursts of responses from one device (from the per-device daily
//! counts `record_upload` keeps, never joined with responses), participation above 100%, and
//! (national coordinators) the audit log of sign-ins and exports.

use super::layout::page;
use crate::dashboard::error::DashError;
use crate::dashboard::session::Viewer;
use crate::http::AppState;
use crate::store::{DeviceDay, Role};
use axum::extract::State;
use axum::response::Html;
use maud::html;

/// A device day counts as a burst above this many responses, or above 5× the device's median.
pub const BURST_ABSOLUTE: u64 = 150;

pub fn bursts(days: &[DeviceDay]) -> Vec<&DeviceDay> {
    let mut out = Vec::new();
    let mut devices: Vec<&str> = days.iter().map(|d| d.device.as_str()).collect();
    devices.sort_unstable();
    devices.dedup();
    for device in devices {
        let mut counts: Vec<u64> = days
            .iter()
            .filter(|d| d.device == device)
            .map(|d| d.responses)
            .collect();
        counts.sort_unstable();
        let median = counts[counts.len() / 2].max(1);
        out.extend(days.iter().filter(|d| {
            d.device == device
                && (d.responses > BURST_ABSOLUTE || (counts.len() >= 3 && d.responses > 5 * median))
        }));
    }
    out
}

fn date_of(day: i64) -> String {
    // Civil-from-days (Howard Hinnant): the device day as YYYY-MM-DD.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

pub async fn integrity(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, DashError> {
    let days: Vec<DeviceDay> = state
        .store
        .device_days()
        .await?
        .into_iter()
        .filter(|d| viewer.coordinator.role.may_see(&d.facility))
        .collect();
    let flagged = bursts(&days);
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
            h2 { "Bursts from one device" }
            p.muted { "A day with more than " (BURST_ABSOLUTE) " responses from one tablet, or more than five times its usual day. Participation above 100% is flagged on each survey's overview." }
            @if flagged.is_empty() { p { "None." } }
            @else {
                table #bursts {
                    thead { tr { th { "device" } th { "facility" } th { "day" } th { "responses" } } }
                    tbody { @for d in &flagged { tr { td { (d.device) } td { (d.facility) } td { (date_of(d.day)) } td.flag { (d.responses) } } } }
                }
            }
            @if !over.is_empty() {
                h2 { "Invited above eligible" }
                ul { @for p in &over { li.flag { (p.facility) " " (p.quarter) ": " (p.invited.unwrap_or(0)) " invited, " (p.eligible) " eligible" } } }
            }
            @if !audit.is_empty() {
                h2 { "Audit log (latest 100)" }
                table {
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

    fn day(device: &str, day: i64, responses: u64) -> DeviceDay {
        DeviceDay {
            device: device.into(),
            facility: FacilityCode::new("centre-a").unwrap_or_else(|_| unreachable!()),
            day,
            responses,
        }
    }

    #[test]
    fn a_burst_is_flagged_and_a_usual_day_is_not() {
        let days = vec![
            day("a", 1, 10),
            day("a", 2, 12),
            day("a", 3, 90),
            day("b", 1, 151),
        ];
        let flagged: Vec<(String, i64)> = bursts(&days)
            .iter()
            .map(|d| (d.device.clone(), d.day))
            .collect();
        assert_eq!(flagged, vec![("a".to_owned(), 3), ("b".to_owned(), 1)]);
        assert_eq!(date_of(20_454), "2026-01-01");
    }
}
