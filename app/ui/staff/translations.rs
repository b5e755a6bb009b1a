//! Which translations are drafts awaiting a native speaker's review (`locales/<tag>/status.toml`).
//! Anything not marked `reviewed` shows as a draft.

use crate::i18n::Tr;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

#[component]
pub fn TranslationStatusSection(tr: Tr) -> Element {
    let kiosk = use_context::<Kiosk>();
    let services = kiosk.services();
    let survey = kiosk
        .staff_overview()
        .settings
        .and_then(|s| s.survey)
        .or_else(|| services.catalog().first().map(|s| s.id.clone()));
    let survey_name = survey.as_ref().map(ToString::to_string).unwrap_or_default();
    let texts = services.texts().clone();
    let rows: Vec<(String, String, &'static str, &'static str)> = texts
        .languages()
        .iter()
        .map(|l| {
            let status = texts.status(&l.tag);
            let survey_status = survey
                .as_ref()
                .map_or(crate::i18n::Review::Draft, |id| status.survey(id.as_str()));
            (
                l.tag.to_string(),
                l.autonym.clone(),
                status.app.message_id(),
                survey_status.message_id(),
            )
        })
        .collect();
    rsx! {
        section { class: "panel-section", aria_labelledby: "translations-title",
            h2 { id: "translations-title", "{tr.t(\"staff-translations\")}" }
            // Focusable: wider than a phone, it scrolls in its own box, by keyboard too.
            table { class: "staff-table translations", tabindex: "0", aria_labelledby: "translations-title",
                thead {
                    tr {
                        th { scope: "col", "{tr.t(\"staff-language\")}" }
                        th { scope: "col", "{tr.t(\"staff-app-words\")}" }
                        th { scope: "col", "{survey_name}" }
                    }
                }
                tbody {
                    for (tag, autonym, app, own) in rows {
                        tr { key: "{tag}", "data-lang": "{tag}",
                            th { scope: "row", lang: "{tag}", "{autonym}" }
                            td { class: "status-{app}", "{tr.t(app)}" }
                            td { class: "status-{own}", "{tr.t(own)}" }
                        }
                    }
                }
            }
        }
    }
}
