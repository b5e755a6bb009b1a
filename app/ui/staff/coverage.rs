//! The coverage report: per survey and language, how much text exists and whether each spoken
//! item has audio, and of what kind (missing / synthetic / recorded), from `heard_core::coverage`
//! with the recordings kept on this device. Read by the controller (`StaffMedia`) when the
//! panel opens and after a recording is kept: never here.

use crate::i18n::Tr;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

#[component]
pub fn CoverageReport(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let services = kiosk.services();
    let report = kiosk.staff_media().coverage;
    let catalog = services.catalog();
    let texts = services.texts().clone();
    let autonym = move |tag: &heard_core::ids::LangTag| {
        texts
            .language(tag)
            .map_or_else(|| tag.to_string(), |l| l.autonym.clone())
    };
    rsx! {
        section { class: "panel-section", aria_labelledby: "coverage-title",
            h2 { id: "coverage-title", "{tr.t(\"staff-coverage\")}" }
            for survey in report {
                details { key: "{survey.survey}", class: "coverage", "data-survey": "{survey.survey}",
                    summary { "{super::panel::survey_option_label(&tr, &catalog, &survey.survey)}" }
                    // Focusable: a table wider than a phone scrolls in its own box, by keyboard too.
                    table { class: "staff-table", tabindex: "0",
                        thead {
                            tr {
                                th { scope: "col", "{tr.t(\"staff-language\")}" }
                                th { scope: "col", "{tr.t(\"staff-coverage-text\")}" }
                                th { scope: "col", "{tr.t(\"staff-audio-missing\")}" }
                                th { scope: "col", "{tr.t(\"staff-audio-synthetic\")}" }
                                th { scope: "col", "{tr.t(\"staff-audio-recorded\")}" }
                                th { scope: "col", "{tr.t(\"staff-listen-missing\")}" }
                            }
                        }
                        tbody {
                            for (c, gaps) in survey.languages.into_iter().zip(survey.listen_gaps) {
                                {
                                    let tag = c.language.clone();
                                    let name = autonym(&c.language);
                                    let record = tr.t_str("staff-record-missing", "language", &name);
                                    let missing = c.audio.missing + c.shared_audio.missing;
                                    let synthetic = c.audio.synthetic + c.shared_audio.synthetic;
                                    let recorded = c.audio.recorded + c.audio.imported
                                        + c.shared_audio.recorded + c.shared_audio.imported;
                                    rsx! {
                                        tr { key: "{c.language}", "data-lang": "{c.language}",
                                            th { scope: "row", lang: "{c.language}", "{name}" }
                                            td { class: "text", "{c.text.present}/{c.text.total}" }
                                            td { class: if missing > 0 { "missing gap" } else { "missing" }, "{missing}" }
                                            td { class: "synthetic", "{synthetic}" }
                                            td { class: "recorded", "{recorded}" }
                                            td { class: if gaps > 0 { "listen gap" } else { "listen" },
                                                "{gaps}"
                                                if gaps > 0 {
                                                    a {
                                                        class: "record-link",
                                                        href: "#recordings-title",
                                                        aria_label: "{crate::i18n::without_isolation(&record)}",
                                                        onclick: move |_| kiosk.choose_recording_language(tag.clone()),
                                                        "{tr.t(\"staff-record\")}"
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
