//! A number, typed or set with big − / + buttons. Stored as an integer scaled by 10^decimals.

use crate::ui::words::Words;
use dioxus::prelude::*;
use heard_core::response::Answer;

/// Parses what was typed ("12", "12.5", "12,5") into the scaled integer, within bounds.
pub fn parse_scaled(text: &str, decimals: u8, min: i64, max: i64) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    if fraction.len() > usize::from(decimals)
        || whole.is_empty() && fraction.is_empty()
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let negative = whole.starts_with('-');
    let digits = whole.trim_start_matches('-');
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let scale = 10i64.checked_pow(u32::from(decimals))?;
    let whole_value: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let padded = format!("{fraction:0<width$}", width = usize::from(decimals));
    let fraction_value: i64 = if padded.is_empty() {
        0
    } else {
        padded.parse().ok()?
    };
    let magnitude = whole_value
        .checked_mul(scale)?
        .checked_add(fraction_value)?;
    let value = if negative { -magnitude } else { magnitude };
    (min..=max).contains(&value).then_some(value)
}

/// The scaled integer shown as typed text.
pub fn format_scaled(value: i64, decimals: u8) -> String {
    if decimals == 0 {
        return value.to_string();
    }
    let scale = 10i64.pow(u32::from(decimals));
    let sign = if value < 0 { "-" } else { "" };
    let v = value.unsigned_abs();
    let s = scale.unsigned_abs();
    format!(
        "{sign}{}.{:0width$}",
        v / s,
        v % s,
        width = usize::from(decimals)
    )
}

#[component]
pub fn NumberInput(
    min: i64,
    max: i64,
    decimals: u8,
    answer: Option<Answer>,
    words: Words,
    on_answer: EventHandler<Option<Answer>>,
) -> Element {
    let current = match answer {
        Some(Answer::Number(n)) => Some(n),
        _ => None,
    };
    let mut draft = use_signal(|| {
        current
            .map(|n| format_scaled(n, decimals))
            .unwrap_or_default()
    });
    let mut invalid = use_signal(|| false);
    let mut set_value = move |value: i64| {
        draft.set(format_scaled(value, decimals));
        invalid.set(false);
        on_answer.call(Some(Answer::Number(value)));
    };
    let step = 10i64.pow(u32::from(decimals));
    let message = words.tr.t_args(
        "number-invalid",
        &[("min", min / step), ("max", max / step)],
    );
    rsx! {
        label { class: "field-label", r#for: "number-input", "{words.app(\"number-label\")}" }
        div { class: "number",
            button {
                r#type: "button",
                class: "icon-button big",
                aria_label: "{words.app(\"number-decrease\")}",
                onclick: move |_| set_value(current.map_or(min, |v| (v - step).max(min))),
                "−"
            }
            input {
                id: "number-input",
                class: "number-input",
                r#type: "text",
                inputmode: if decimals == 0 { "numeric" } else { "decimal" },
                dir: "ltr",
                value: "{draft}",
                aria_invalid: "{invalid}",
                aria_describedby: "number-error",
                oninput: move |e: FormEvent| draft.set(e.value()),
                onchange: move |e: FormEvent| {
                    let text = e.value();
                    if text.trim().is_empty() {
                        invalid.set(false);
                        on_answer.call(None);
                    } else if let Some(v) = parse_scaled(&text, decimals, min, max) {
                        set_value(v);
                    } else {
                        invalid.set(true);
                    }
                },
            }
            button {
                r#type: "button",
                class: "icon-button big",
                aria_label: "{words.app(\"number-increase\")}",
                onclick: move |_| set_value(current.map_or(min, |v| (v + step).min(max))),
                "+"
            }
        }
        p { id: "number-error", class: "error", role: "alert",
            if invalid() { "{message}" }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_parse_to_scaled_integers_within_bounds() {
        assert_eq!(parse_scaled("12", 0, 0, 100), Some(12));
        assert_eq!(parse_scaled(" 12,5 ", 1, 0, 1000), Some(125));
        assert_eq!(parse_scaled("0.05", 2, 0, 1000), Some(5));
        assert_eq!(parse_scaled("-3", 0, -10, 10), Some(-3));
        for bad in ["", "abc", "1.234", "12a", "1.2.3", "101", "--1"] {
            assert_eq!(parse_scaled(bad, 2, 0, 10_000), None, "{bad}");
        }
        assert_eq!(parse_scaled("101", 0, 0, 100), None);
    }

    #[test]
    fn scaled_integers_format_back() {
        assert_eq!(format_scaled(125, 1), "12.5");
        assert_eq!(format_scaled(5, 2), "0.05");
        assert_eq!(format_scaled(-30, 1), "-3.0");
        assert_eq!(format_scaled(7, 0), "7");
    }
}
