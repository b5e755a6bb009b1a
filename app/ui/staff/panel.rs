//! The staff panel: counts, the mode of the next response, device settings, PIN change.

use crate::catalog::{Catalog, SurveySource};
use crate::i18n::Tr;
use crate::services::{PinChange, SettingsError};
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;
use heard_core::ids::SurveyId;
use heard_core::response::AdministrationMode;

/// A survey's name in the survey list: its id and where it comes from.
pub fn survey_option_label(tr: &Tr, catalog: &Catalog, id: &SurveyId) -> String {
    let source = match catalog.source(id) {
        Some(SurveySource::Downloaded { supersedes: true }) => tr.t("staff-survey-replaces"),
        Some(SurveySource::Downloaded { supersedes: false }) => tr.t("staff-survey-downloaded"),
        Some(SurveySource::BuiltIn) | None => tr.t("staff-survey-builtin"),
    };
    format!("{id} ({source})")
}

#[component]
pub fn StaffPanel(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    // Read by the controller when the panel opened and after each change: never here.
    let overview = kiosk.staff_overview();
    let settings = overview.settings.clone();
    let counts = overview.counts;
    // The catalog is in memory (loaded at start, swapped by the sync worker).
    let catalog = kiosk.services().catalog();
    let survey_ids: Vec<String> = catalog.ids().map(ToString::to_string).collect();
    // Each survey with where it comes from (built-in, or downloaded from the server).
    let survey_options: Vec<(String, String)> = catalog
        .ids()
        .map(|id| (id.to_string(), survey_option_label(&tr, &catalog, id)))
        .collect();
    let unusable: Vec<(String, String)> = catalog
        .download_problems()
        .map(|(id, why)| {
            (
                tr.t_str("staff-survey-unusable", "survey", id),
                why.to_owned(),
            )
        })
        .collect();
    let current_survey = settings
        .as_ref()
        .and_then(|s| s.survey.as_ref().map(ToString::to_string))
        .or_else(|| survey_ids.first().cloned())
        .unwrap_or_default();
    let mut survey = use_signal(|| current_survey);
    let mut facility = use_signal(|| {
        settings
            .as_ref()
            .map(|s| s.facility.to_string())
            .unwrap_or_default()
    });
    let mut service_point = use_signal(|| {
        settings
            .as_ref()
            .and_then(|s| s.service_point.as_ref().map(ToString::to_string))
            .unwrap_or_default()
    });
    // Enrolment binds the facility (and a save may normalise what was typed): the field follows
    // what the store holds whenever that changes, not only when the panel opened.
    let stored_facility = settings
        .as_ref()
        .map(|s| s.facility.to_string())
        .unwrap_or_default();
    use_effect(use_reactive!(
        |stored_facility| facility.set(stored_facility)
    ));
    let mut minutes = use_signal(|| {
        settings
            .as_ref()
            .map_or(3, |s| s.inactivity_minutes)
            .to_string()
    });
    let mut settings_message = use_signal(|| None::<String>);
    let mut pin_current = use_signal(String::new);
    let mut pin_new = use_signal(String::new);
    let mut pin_again = use_signal(String::new);
    let mut pin_message = use_signal(|| None::<String>);
    let mode = kiosk.next_mode();

    let tr_save = tr.clone();
    let save = move |_| {
        let result = kiosk.save_settings(
            &survey.peek(),
            &facility.peek(),
            &service_point.peek(),
            &minutes.peek(),
        );
        let text = match result {
            Ok(Ok(_)) => tr_save.t("staff-saved"),
            Ok(Err(SettingsError::ServicePoint(_))) => {
                tr_save.t_str("staff-invalid", "field", &tr_save.t("staff-service-point"))
            }
            Ok(Err(SettingsError::Facility(_))) => {
                tr_save.t_str("staff-invalid", "field", &tr_save.t("staff-facility"))
            }
            Ok(Err(SettingsError::Timeout)) => tr_save.t("staff-timeout-invalid"),
            Ok(Err(e)) => e.to_string(),
            Err(e) => e.to_string(),
        };
        settings_message.set(Some(text));
    };
    let tr_pin = tr.clone();
    let change_pin = move |_| {
        let outcome = kiosk.change_pin(&pin_current.peek(), &pin_new.peek(), &pin_again.peek());
        pin_current.set(String::new());
        pin_new.set(String::new());
        pin_again.set(String::new());
        let text = match outcome {
            Ok(PinChange::Changed) => tr_pin.t("pin-changed"),
            Ok(PinChange::WrongCurrent { tries_left }) => {
                tr_pin.t_args("pin-wrong", &[("left", i64::from(tries_left))])
            }
            Ok(PinChange::Mismatch) => tr_pin.t("pin-mismatch"),
            Ok(PinChange::Weak(problem)) => tr_pin.t(super::pin_problem_key(problem)),
            Ok(PinChange::Locked { minutes_left }) => {
                tr_pin.t_args("pin-locked", &[("minutes", minutes_left)])
            }
            Err(e) => e.to_string(),
        };
        pin_message.set(Some(text));
    };
    let modes: Vec<(AdministrationMode, String)> = AdministrationMode::ALL
        .iter()
        .map(|m| (*m, tr.t(&format!("mode-{}", m.as_str()))))
        .collect();
    let start_label = if mode.is_staff_entry() {
        tr.t("staff-start-entry")
    } else {
        tr.t("staff-start")
    };
    rsx! {
        main { class: "screen staff",
            h1 { "{tr.t(\"staff-title\")}" }
            if let Some(problem) = overview.problem.as_ref() {
                p { class: "notice", role: "alert", dir: "ltr", "{problem}" }
            }
            if let Some(days) = overview.clock_days_off {
                p { class: "notice clock-warning", role: "alert",
                    "{tr.t_args(\"clock-off\", &[(\"days\", days.abs())])}" }
            }
            super::AssistanceNotice { tr: tr.clone() }
            div { class: "nav",
                button {
                    r#type: "button",
                    class: "primary big",
                    onclick: move |_| kiosk.start_from_staff(),
                    "{start_label}"
                }
                button {
                    r#type: "button",
                    class: "secondary",
                    onclick: move |_| kiosk.close_staff(),
                    "{tr.t(\"staff-close\")}"
                }
            }
            section { class: "panel-section", aria_labelledby: "mode-title",
                h2 { id: "mode-title", "{tr.t(\"staff-mode\")}" }
                div { class: "choices", role: "radiogroup", aria_labelledby: "mode-title",
                    for (m, label) in modes {
                        button {
                            key: "{m.as_str()}",
                            r#type: "button",
                            class: if m == mode { "choice selected" } else { "choice" },
                            role: "radio",
                            aria_checked: "{m == mode}",
                            onclick: move |_| kiosk.choose_next_mode(m),
                            span { class: "choice-label", "{label}" }
                        }
                    }
                }
            }
            section { class: "panel-section", aria_labelledby: "counts-title",
                h2 { id: "counts-title", "{tr.t(\"staff-counts\")}" }
                dl { class: "counts",
                    dt { "{tr.t(\"staff-completed-today\")}" } dd { "{counts.completed_today}" }
                    dt { "{tr.t(\"staff-abandoned-today\")}" } dd { "{counts.abandoned_today}" }
                    dt { "{tr.t(\"staff-completed-total\")}" } dd { "{counts.completed_total}" }
                    dt { "{tr.t(\"staff-abandoned-total\")}" } dd { "{counts.abandoned_total}" }
                    dt { "{tr.t(\"staff-pending\")}" } dd { "{counts.pending}" }
                }
            }
            super::SyncPanel { tr: tr.clone() }
            section { class: "panel-section", aria_labelledby: "settings-title",
                h2 { id: "settings-title", "{tr.t(\"staff-settings\")}" }
                label { class: "field-label", r#for: "survey", "{tr.t(\"staff-survey\")}" }
                select {
                    id: "survey",
                    value: "{survey}",
                    onchange: move |e: FormEvent| survey.set(e.value()),
                    for (id, label) in survey_options {
                        option { key: "{id}", value: "{id}", selected: *survey.read() == id, "{label}" }
                    }
                }
                for (message, why) in unusable {
                    div { class: "notice survey-problem", role: "alert",
                        p { "{message}" }
                        p { class: "hint", dir: "ltr", "{why}" }
                    }
                }
                label { class: "field-label", r#for: "facility", "{tr.t(\"staff-facility\")}" }
                input { id: "facility", r#type: "text", dir: "ltr", value: "{facility}",
                    oninput: move |e: FormEvent| facility.set(e.value()) }
                label { class: "field-label", r#for: "service-point", "{tr.t(\"staff-service-point\")}" }
                input { id: "service-point", r#type: "text", dir: "ltr", value: "{service_point}",
                    oninput: move |e: FormEvent| service_point.set(e.value()) }
                label { class: "field-label", r#for: "timeout", "{tr.t(\"staff-timeout\")}" }
                input { id: "timeout", r#type: "number", min: "1", max: "60", dir: "ltr", value: "{minutes}",
                    oninput: move |e: FormEvent| minutes.set(e.value()) }
                button { r#type: "button", class: "primary", onclick: save, "{tr.t(\"staff-save\")}" }
                if let Some(m) = settings_message() {
                    p { class: "notice", role: "status", "{m}" }
                }
            }
            section { class: "panel-section", aria_labelledby: "pin-change-title",
                h2 { id: "pin-change-title", "{tr.t(\"staff-pin-change\")}" }
                label { class: "field-label", r#for: "pin-current", "{tr.t(\"pin-current\")}" }
                input { id: "pin-current", r#type: "password", inputmode: "numeric", dir: "ltr", value: "{pin_current}",
                    oninput: move |e: FormEvent| pin_current.set(e.value()) }
                label { class: "field-label", r#for: "pin-new", "{tr.t(\"pin-new-digits\")}" }
                input { id: "pin-new", r#type: "password", inputmode: "numeric", dir: "ltr", value: "{pin_new}",
                    oninput: move |e: FormEvent| pin_new.set(e.value()) }
                label { class: "field-label", r#for: "pin-again", "{tr.t(\"pin-confirm\")}" }
                input { id: "pin-again", r#type: "password", inputmode: "numeric", dir: "ltr", value: "{pin_again}",
                    oninput: move |e: FormEvent| pin_again.set(e.value()) }
                button { r#type: "button", class: "primary", onclick: change_pin, "{tr.t(\"staff-pin-change\")}" }
                if let Some(m) = pin_message() {
                    p { class: "notice", role: "status", "{m}" }
                }
            }
            // Languages: review status, coverage, recording by people (one component each).
            super::Recordings { tr: tr.clone() }
            super::CoverageReport { tr: tr.clone() }
            super::TranslationStatusSection { tr: tr.clone() }
        }
    }
}
