//! The staff panel's sync section: enrol this tablet with a server (address + one-time code),
//! "Sync now", what is waiting, the last success and the last problem in plain words, and the
//! responses the server set aside (how many, and in plain words what to do; never answers).

use crate::i18n::Tr;
use crate::services::{EnrolError, SyncStatus};
use crate::ui::controller::Kiosk;
use dioxus::prelude::*;

/// What a sync server's address starts with (`sync-error-address`'s `{ $start }`).
pub const ADDRESS_START: &str = "https://";

/// The Fluent key for an enrolment failure (its one argument: `start` = [`ADDRESS_START`]).
pub fn enrol_error_key(e: &EnrolError) -> &'static str {
    match e {
        EnrolError::BadAddress(_) => "sync-error-address",
        EnrolError::WrongCode => "sync-error-wrong-code",
        EnrolError::Expired => "sync-error-expired",
        EnrolError::Unreachable => "sync-error-unreachable",
        EnrolError::Tls => "sync-error-tls",
        EnrolError::TooManyAttempts => "sync-error-too-many",
        EnrolError::Server(_) => "sync-error-server",
        EnrolError::ResponsesWaiting(_) => "sync-error-waiting",
    }
}

#[component]
pub fn SyncPanel(tr: Tr) -> Element {
    let mut kiosk = use_context::<Kiosk>();
    let services = kiosk.services();
    // Enrolment, waiting and set-aside figures: the controller's overview, read from the store
    // when the panel opened and again whenever the sync worker reports (below).
    let overview = kiosk.staff_overview();
    let mut status = use_signal(SyncStatus::default);
    let mut server_url = use_signal(|| {
        overview
            .enrolment
            .as_ref()
            .map(|e| e.server.clone())
            .or_else(crate::platform::proposed_server)
            .unwrap_or_default()
    });
    let mut code = use_signal(String::new);
    let mut message = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let status_services = services.clone();
    use_future(move || {
        let receiver = status_services.sync_status();
        async move {
            let Some(mut receiver) = receiver else { return };
            loop {
                let now = receiver.borrow_and_update().clone();
                status.set(now);
                // A push or a set-aside changes what the panel counts: one source for all boxes.
                kiosk.refresh_staff();
                if receiver.changed().await.is_err() {
                    break;
                }
            }
        }
    });
    let set_aside_count = overview.set_aside_count;
    let set_aside: Vec<(usize, String)> = overview
        .set_aside
        .iter()
        .map(|g| (g.count, tr.t(g.kind.message_id())))
        .collect();

    let tr_enrol = tr.clone();
    let enrol_services = services.clone();
    let enrol = move |_| {
        if *busy.peek() {
            return;
        }
        busy.set(true);
        message.set(Some(tr_enrol.t("sync-enrolling")));
        let (url, entered) = (server_url.peek().clone(), code.peek().clone());
        let (services, tr) = (enrol_services.clone(), tr_enrol.clone());
        spawn(async move {
            let text = match services.enrol(&url, &entered).await {
                Ok(()) => {
                    kiosk.refresh_staff();
                    code.set(String::new());
                    tr.t("sync-enrol-ok")
                }
                Err(EnrolError::ResponsesWaiting(count)) => tr.t_args(
                    enrol_error_key(&EnrolError::ResponsesWaiting(count)),
                    &[("count", i64::try_from(count).unwrap_or(i64::MAX))],
                ),
                // The address prefix is a value, not sentence text: Fluent isolates it, so
                // it reads `https://` inside right-to-left sentences too.
                Err(e) => tr.t_str(enrol_error_key(&e), "start", ADDRESS_START),
            };
            message.set(Some(text));
            busy.set(false);
        });
    };
    let now_services = services.clone();
    let current = status();
    let last_success = match current.last_success {
        Some(t) => {
            let minutes = crate::platform::wall_clock_now()
                .duration_since(t)
                .map_or(0, |d| d.as_secs() / 60);
            tr.t_args(
                "sync-minutes-ago",
                &[("minutes", i64::try_from(minutes).unwrap_or(i64::MAX))],
            )
        }
        None => tr.t("sync-never"),
    };
    let enrolled_server = overview.enrolment.map(|e| e.server);
    // The web build: whether the browser promised to keep the database (None elsewhere).
    let storage = crate::platform::storage_persisted().map(|kept| {
        tr.t(if kept {
            "storage-kept"
        } else {
            "storage-not-kept"
        })
    });
    rsx! {
        section { class: "panel-section", aria_labelledby: "sync-title",
            h2 { id: "sync-title", "{tr.t(\"sync-title\")}" }
            if let Some(server) = enrolled_server.as_ref() {
                p { class: "sync-enrolled", "{tr.t_str(\"sync-enrolled\", \"server\", server)}" }
                div { class: "nav",
                    button {
                        r#type: "button",
                        class: "primary",
                        disabled: current.syncing,
                        onclick: move |_| {
                            now_services.sync_now();
                        },
                        "{tr.t(\"sync-now\")}"
                    }
                }
                // "Waiting to be sent" shows once, in the panel's counts: one box, one figure.
                dl { class: "counts",
                    dt { "{tr.t(\"sync-last-success\")}" } dd { "{last_success}" }
                    if let Some(e) = current.last_error.as_ref() {
                        dt { "{tr.t(\"sync-last-error\")}" } dd { class: "sync-error", "{e}" }
                    }
                    dt { "{tr.t(\"sync-set-aside\")}" } dd { "{set_aside_count}" }
                }
                if !set_aside.is_empty() {
                    ul { class: "sync-set-aside",
                        for (i, (count, sentence)) in set_aside.into_iter().enumerate() {
                            li { key: "{i}", "{count} · {sentence}" }
                        }
                    }
                    p { class: "hint", "{tr.t(\"set-aside-kept\")}" }
                }
            } else {
                p { "{tr.t(\"sync-not-enrolled\")}" }
            }
            if let Some(storage) = storage {
                p { class: "hint storage-persisted", "{storage}" }
            }
            label { class: "field-label", r#for: "sync-server", "{tr.t(\"sync-server-url\")}" }
            input { id: "sync-server", r#type: "url", dir: "ltr", value: "{server_url}",
                placeholder: ADDRESS_START,
                oninput: move |e: FormEvent| server_url.set(e.value()) }
            label { class: "field-label", r#for: "sync-code", "{tr.t(\"sync-code\")}" }
            input { id: "sync-code", r#type: "text", dir: "ltr", value: "{code}", autocomplete: "off",
                oninput: move |e: FormEvent| code.set(e.value()) }
            button { r#type: "button", class: "primary", disabled: busy(), onclick: enrol,
                "{tr.t(\"sync-enrol\")}" }
            if let Some(m) = message() {
                p { class: "notice", role: "status", "{m}" }
            }
        }
    }
}
