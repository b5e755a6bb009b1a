//! Recording by people: an interpreter or staff member picks a language and an item of the
//! active survey (missing and synthetic ones first), records it with the microphone or imports a
//! file, listens back, and keeps it. Kept recordings play from then on and wait for upload.
//! The items, their order and the audio each has are the controller's (`StaffMedia`), read
//! outside rendering; choosing the language and keeping a take go through it.

use crate::i18n::Tr;
use crate::recording;
use crate::services::RecordingSlot;
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;
use heard_core::ids::LangTag;
use heard_core::media::MediaOrigin;

const IMPORT_INPUT: &str = "recording-import";

#[derive(Debug, Clone, PartialEq)]
enum Take {
    Idle,
    Recording,
    /// A take or imported file, not kept yet.
    Ready(Vec<u8>),
}

fn origin_id(origin: Option<&MediaOrigin>) -> &'static str {
    match origin {
        None => "staff-audio-missing",
        Some(MediaOrigin::Synthetic { .. }) => "staff-audio-synthetic",
        Some(_) => "staff-audio-recorded",
    }
}

#[component]
pub fn Recordings(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let services = kiosk.services();
    let mut slot_index = use_signal(|| 0usize);
    let mut take = use_signal(|| Take::Idle);
    let mut message = use_signal(|| None::<String>);
    let media = kiosk.staff_media();
    if media.survey.is_none() {
        return rsx! {};
    }
    let lang = media.language;
    let slots = media.slots;
    let languages: Vec<(String, String)> = services
        .texts()
        .languages()
        .iter()
        .map(|l| (l.tag.to_string(), l.autonym.clone()))
        .collect();
    let index = (*slot_index.read()).min(slots.len().saturating_sub(1));
    let current = slots.get(index).cloned();
    let state = take.read().clone();

    let tr_start = tr.clone();
    let start = move |_| {
        let tr = tr_start.clone();
        message.set(None);
        spawn(async move {
            let outcome = document::eval(recording::START_SCRIPT)
                .join::<String>()
                .await;
            match outcome.as_deref() {
                Ok("recording") => take.set(Take::Recording),
                _ => message.set(Some(tr.t("staff-record-no-mic"))),
            }
        });
    };
    let stop = move |_| {
        spawn(async move {
            let text = document::eval(&recording::stop_script())
                .join::<String>()
                .await
                .unwrap_or_default();
            match recording::decode_take(&text).filter(|b| !b.is_empty()) {
                Some(bytes) => take.set(Take::Ready(bytes)),
                None => take.set(Take::Idle),
            }
        });
    };
    let import = move |_: FormEvent| {
        message.set(None);
        spawn(async move {
            let text = document::eval(&recording::import_script(IMPORT_INPUT))
                .join::<String>()
                .await
                .unwrap_or_default();
            if let Some(bytes) = recording::decode_take(&text).filter(|b| !b.is_empty()) {
                take.set(Take::Ready(bytes));
            }
        });
    };
    let tr_keep = tr.clone();
    let keep_slot = current.clone();
    let keep = move |_| {
        let Take::Ready(bytes) = take.peek().clone() else {
            return;
        };
        let Some(slot) = keep_slot.clone() else {
            return;
        };
        let outcome = kiosk.keep_recording(&slot, bytes);
        let text = match outcome {
            Ok(Ok(_)) => {
                take.set(Take::Idle);
                tr_keep.t("staff-record-kept")
            }
            Ok(Err(_)) => tr_keep.t("staff-record-refused"),
            Err(e) => e.to_string(),
        };
        message.set(Some(text));
    };
    let item_label =
        |s: &RecordingSlot| format!("{} ({})", s.text, tr.t(origin_id(s.origin.as_ref())));
    let current_text = current.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    let dir = services.texts().direction(&lang).as_str();
    rsx! {
        section { class: "panel-section recordings", aria_labelledby: "recordings-title",
            h2 { id: "recordings-title", "{tr.t(\"staff-recordings\")}" }
            label { class: "field-label", r#for: "recording-language", "{tr.t(\"staff-language\")}" }
            select {
                id: "recording-language",
                onchange: move |e: FormEvent| {
                    if let Ok(tag) = LangTag::new(e.value()) {
                        kiosk.choose_recording_language(tag);
                        slot_index.set(0);
                        take.set(Take::Idle);
                    }
                },
                for (tag, name) in languages {
                    option { key: "{tag}", value: "{tag}", selected: tag == lang.as_str(), "{name}" }
                }
            }
            label { class: "field-label", r#for: "recording-item", "{tr.t(\"staff-record-item\")}" }
            select {
                id: "recording-item",
                onchange: move |e: FormEvent| {
                    if let Ok(i) = e.value().parse::<usize>() {
                        slot_index.set(i);
                        take.set(Take::Idle);
                    }
                },
                for (i, slot) in slots.iter().enumerate() {
                    option { key: "{i}", value: "{i}", selected: i == index, "{item_label(slot)}" }
                }
            }
            p { class: "recording-text", lang: "{lang}", dir, "{current_text}" }
            div { class: "recording-actions",
                if state == Take::Recording {
                    button { r#type: "button", class: "danger", onclick: stop, "{tr.t(\"staff-record-stop\")}" }
                } else {
                    button { r#type: "button", class: "primary", onclick: start, "{tr.t(\"staff-record\")}" }
                }
                if matches!(state, Take::Ready(_)) {
                    button {
                        r#type: "button",
                        class: "secondary",
                        onclick: move |_| {
                            let _ = document::eval(recording::LISTEN_SCRIPT);
                        },
                        "{tr.t(\"listen\")}"
                    }
                    button { r#type: "button", class: "primary", onclick: keep, "{tr.t(\"staff-record-keep\")}" }
                }
            }
            label { class: "field-label", r#for: IMPORT_INPUT, "{tr.t(\"staff-record-import\")}" }
            input { id: IMPORT_INPUT, r#type: "file", accept: "audio/*", onchange: import }
            if let Some(m) = message() {
                p { class: "notice", role: "status", "{m}" }
            }
        }
    }
}
