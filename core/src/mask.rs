//! Masks what could identify someone in free text: e-mail addresses, phone numbers and ID-like
//! numbers, in any script's digits. One function, run on the tablet before upload and again at
//! ingest. Short numbers (a room, an age, "3 days") stay: they say little and matter for meaning.

/// The response with every free-text answer masked. The tablet applies it before upload, the
/// server again at ingest (after hashing the bytes as received, so idempotency is unaffected).
pub fn mask_response(response: &crate::response::Response) -> crate::response::Response {
    let mut masked = response.clone();
    for answer in masked.answers.values_mut() {
        if let crate::response::Answer::Text(text) = answer {
            *text = mask_identifiers(text);
        }
    }
    masked
}

/// Digit runs with at least this many digits are masked (phone numbers, file or ID numbers).
const MIN_DIGITS: usize = 6;

pub const EMAIL_MASK: &str = "[e-mail]";
pub const NUMBER_MASK: &str = "[number]";

/// Returns the text with e-mail addresses and long numbers replaced by neutral markers.
pub fn mask_identifiers(text: &str) -> String {
    let masked_emails = mask_emails(text);
    mask_numbers(&masked_emails)
}

fn is_email_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '%')
}

fn mask_emails(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            // Extend left and right over address characters.
            let mut start = i;
            while start > 0 && is_email_char(chars[start - 1]) {
                start -= 1;
            }
            let mut end = i + 1;
            while end < chars.len() && is_email_char(chars[end]) {
                end += 1;
            }
            let domain: String = chars[i + 1..end].iter().collect();
            let domain = domain.trim_end_matches('.');
            if start < i && domain.contains('.') {
                // Drop what was already copied of the local part.
                let local_len: usize = chars[start..i].iter().map(|c| c.len_utf8()).sum();
                out.truncate(out.len() - local_len);
                out.push_str(EMAIL_MASK);
                // Keep a sentence-final dot.
                let trailing = chars[i + 1..end]
                    .iter()
                    .rev()
                    .take_while(|c| **c == '.')
                    .count();
                for _ in 0..trailing {
                    out.push('.');
                }
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Separators that may sit inside a phone or ID number.
fn is_number_joiner(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}' | '\u{2011}')
}

fn mask_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_numeric()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_numeric()));
        if !starts_number {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Take the run of digits and joiners (plus letters glued to digits, as in "AB123456").
        let mut prefix_start = out.len();
        let mut letters_before = 0;
        for c in out.chars().rev() {
            if c.is_alphabetic() && letters_before < 4 {
                letters_before += 1;
                prefix_start -= c.len_utf8();
            } else {
                break;
            }
        }
        let mut end = i;
        let mut digits = 0;
        let mut last_digit_end = i;
        while end < chars.len() {
            let c = chars[end];
            if c.is_numeric() {
                digits += 1;
                last_digit_end = end + 1;
            } else if !(is_number_joiner(c) || (c == '+' && end == i)) {
                break;
            }
            end += 1;
        }
        if digits >= MIN_DIGITS {
            if letters_before > 0 {
                out.truncate(prefix_start);
            }
            out.push_str(NUMBER_MASK);
            i = last_digit_end;
            // Letters glued after the digits belong to the ID too.
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
        } else {
            for c in &chars[i..last_digit_end] {
                out.push(*c);
            }
            i = last_digit_end.max(i + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_emails_phones_and_ids_in_latin_script() {
        assert_eq!(
            mask_identifiers("Write me at amir.h@example.org or call +32 470 12 34 56."),
            "Write me at [e-mail] or call [number]."
        );
        assert_eq!(
            mask_identifiers("My file is OV-1234567, room 12, 3 days"),
            "My file is OV-[number], room 12, 3 days"
        );
        assert_eq!(
            mask_identifiers("badge AB123456X lost"),
            "badge [number] lost"
        );
    }

    #[test]
    fn masks_numbers_in_arabic_persian_and_other_digits() {
        // Arabic-Indic digits.
        assert_eq!(
            mask_identifiers("رقمي ٠٤٧٠١٢٣٤٥٦ شكرا"),
            "رقمي [number] شكرا"
        );
        // Extended Arabic-Indic (Persian/Dari/Pashto) digits.
        assert_eq!(
            mask_identifiers("شماره من ۰۹۱۲۳۴۵۶۷۸ است"),
            "شماره من [number] است"
        );
        // Cyrillic text with a Ukrainian phone number.
        assert_eq!(
            mask_identifiers("Мій номер 067-123-45-67, дякую"),
            "Мій номер [number], дякую"
        );
        // Tigrinya text with an e-mail address.
        assert_eq!(
            mask_identifiers("ኢመይለይ selam99@mail.er እዩ"),
            "ኢመይለይ [e-mail] እዩ"
        );
    }

    #[test]
    fn keeps_short_numbers_and_plain_text() {
        let text = "The food was cold 3 times in 2 weeks; room 104 needs repair. @staff thanks";
        assert_eq!(mask_identifiers(text), text);
        assert_eq!(mask_identifiers(""), "");
    }

    #[test]
    fn responses_have_only_their_free_text_masked() {
        use crate::response::{Answer, Response};
        let json = r#"{"answers":{"comment":{"text":"call me 0470 12 34 56"},"food":{"choice":"no"},"rate":{"point":3}},"audio-used":false,"facility":"be-test","id":"07070707-0707-4707-8707-070707070707","language":"en","mode":"self-completed","period":"2026-11","service-point":null,"status":"complete","survey":{"id":"s","version":"0000000000000000000000000000000000000000000000000000000000000000"}}"#;
        let response: Response = serde_json::from_str(json).unwrap();
        let masked = mask_response(&response);
        let comment = crate::ids::QuestionId::new("comment").unwrap();
        assert_eq!(
            masked.answers[&comment],
            Answer::Text("call me [number]".into())
        );
        let mut expected = response.clone();
        expected
            .answers
            .insert(comment, Answer::Text("call me [number]".into()));
        assert_eq!(masked, expected, "nothing else changes");
    }

    #[test]
    fn masking_is_idempotent() {
        for t in ["call 0470 123 456", "a@b.co", "ID 12345678", "٠٤٧٠١٢٣٤٥٦"] {
            let once = mask_identifiers(t);
            assert_eq!(mask_identifiers(&once), once);
        }
    }
}
