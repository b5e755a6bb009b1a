//! The `type` column: what Heard accepts, and what it says about what it does not.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormType {
    SelectOne(String),
    SelectMultiple(String),
    Rank(String),
    Integer,
    Decimal,
    Text,
    Note,
    Range,
    BeginGroup,
    EndGroup,
    /// Device, time or person metadata (`start`, `deviceid`, …): never collected, dropped with a
    /// warning (it is no question, so nothing a resident sees changes).
    Metadata,
    /// `calculate`: dropped when nothing uses it, else an error naming the rows that use it.
    Calculate,
    /// A question Heard never asks (location, date/time, media, barcode, phone number): an
    /// error naming the row, or dropped with `--skip-unsupported`. The text says why.
    NeverAsked(String),
    /// `begin repeat`/`begin loop`: like `NeverAsked`, for the whole block.
    BeginRepeat(String),
    EndRepeat,
}

const SUPPORTED: &str = "select_one, select_multiple, rank, integer, decimal, text, note, range, begin group, end group";

pub fn parse_type(raw: &str) -> Result<FormType, String> {
    // pyxform's older `select_one from LIST` spelling.
    let words: Vec<&str> = raw
        .split_whitespace()
        .enumerate()
        .filter(|(i, w)| !(*i == 1 && w.eq_ignore_ascii_case("from")))
        .map(|(_, w)| w)
        .collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let rest = &words[1.min(words.len())..];
    let list = |what: &str| -> Result<String, String> {
        match rest {
            [list] => Ok((*list).to_owned()),
            [_, extra, ..] if extra.eq_ignore_ascii_case("or_other") || extra.eq_ignore_ascii_case("or") => Err(format!(
                "`{what} … or_other` is not supported; add an `other` choice to the list (and a text question shown when it is chosen)"
            )),
            [] => Err(format!("`{what}` needs a choice list name, e.g. `{what} yes_no`")),
            _ => Err(format!("cannot read the type `{raw}`; write `{what} list_name`")),
        }
    };
    let simple = |t: FormType| {
        if rest.is_empty() {
            Ok(t)
        } else {
            Err(format!("cannot read the type `{raw}`"))
        }
    };
    match first.as_str() {
        // pyxform's older spellings: `select LIST`, `select one LIST`, `select all that apply LIST`.
        "select_one" | "select1" | "select" if !is_one_of(rest, &["one", "all"]) => {
            list("select_one").map(FormType::SelectOne)
        }
        "select" if is_one_of(rest, &["one"]) => {
            parse_type(&format!("select_one {}", rest[1..].join(" ")))
        }
        "select"
            if rest.len() > 3
                && rest[..3]
                    .iter()
                    .map(|w| w.to_lowercase())
                    .eq(["all", "that", "apply"]) =>
        {
            parse_type(&format!("select_multiple {}", rest[3..].join(" ")))
        }
        "select_multiple" => list("select_multiple").map(FormType::SelectMultiple),
        "rank" => list("rank").map(FormType::Rank),
        "integer" | "int" => simple(FormType::Integer),
        "decimal" => simple(FormType::Decimal),
        "text" | "string" => simple(FormType::Text),
        "note" => simple(FormType::Note),
        "range" => simple(FormType::Range),
        "begin_group" => simple(FormType::BeginGroup),
        "end_group" => simple(FormType::EndGroup),
        "begin" | "end" => match rest.first().map(|w| w.to_lowercase()).as_deref() {
            Some("group") if rest.len() == 1 && first == "begin" => Ok(FormType::BeginGroup),
            Some("group") if rest.len() == 1 => Ok(FormType::EndGroup),
            Some("repeat") | Some("loop") if first == "begin" => {
                Ok(FormType::BeginRepeat(repeat()))
            }
            Some("repeat") | Some("loop") => Ok(FormType::EndRepeat),
            None if first == "end" => Ok(FormType::Metadata),
            _ => Err(format!(
                "cannot read the type `{raw}`; write `begin group` or `end group`"
            )),
        },
        "begin_repeat" => Ok(FormType::BeginRepeat(repeat())),
        "end_repeat" => Ok(FormType::EndRepeat),
        "calculate" | "hidden" => Ok(FormType::Calculate),
        "start" | "today" | "deviceid" | "subscriberid" | "simserial" | "phonenumber"
        | "username" | "email" | "audit" | "imei" | "start-geopoint" | "uri:deviceid"
        | "uri:email" | "uri:username" | "uri:phonenumber" | "uri:subscriberid"
        | "uri:simserial" => Ok(FormType::Metadata),
        "geopoint" | "geotrace" | "geoshape" | "gps" | "date" | "time" | "datetime" | "image"
        | "photo" | "audio" | "video" | "file" | "background-audio" | "barcode" | "signature"
        | "phone" => Ok(FormType::NeverAsked(unsupported(&first))),
        other => Err(unsupported(other)),
    }
}

fn is_one_of(rest: &[&str], words: &[&str]) -> bool {
    rest.first()
        .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

fn repeat() -> String {
    "repeats are not supported: Heard asks each resident each question once; write the repeated questions out one by one".into()
}

fn unsupported(t: &str) -> String {
    let why = match t {
        "begin_repeat" | "end_repeat" => return repeat(),
        "geopoint" | "geotrace" | "geoshape" | "start-geopoint" | "gps" => {
            "Heard never records a location (residents answer anonymously); remove the row"
        }
        "start" | "today" | "deviceid" | "subscriberid" | "simserial" | "phonenumber"
        | "username" | "email" | "audit" => {
            "Heard records no device, time or person data with an answer (anonymity); remove the row"
        }
        "calculate" | "hidden" => "calculations are not supported; Heard stores only the residents' answers; remove the row",
        "select_one_from_file" | "select_multiple_from_file" | "select_one_external"
        | "select_multiple_external" | "csv-external" | "xml-external" => {
            "choices from external files are not supported; copy the choices into the `choices` sheet and use select_one or select_multiple"
        }
        "date" | "time" | "datetime" => {
            "dates and times are not asked (an exact date can identify a resident); use select_one with periods instead"
        }
        "image" | "photo" | "audio" | "video" | "file" | "background-audio" | "barcode"
        | "signature" => {
            "Heard collects no recordings, pictures or files from residents; to show media with a question use the `audio` and `image` columns"
        }
        "acknowledge" | "trigger" => "use a `note`, or a select_one with yes and no",
        "phone" => "Heard never asks for contact details (residents answer anonymously); remove the row",
        _ => "",
    };
    if why.is_empty() {
        format!("unknown type `{t}`; Heard supports {SUPPORTED}")
    } else {
        format!("type `{t}` is not supported: {why}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_refusals() {
        assert_eq!(
            parse_type("select_one yes_no"),
            Ok(FormType::SelectOne("yes_no".into()))
        );
        assert_eq!(parse_type("begin group"), Ok(FormType::BeginGroup));
        assert_eq!(parse_type("begin_group"), Ok(FormType::BeginGroup));
        assert_eq!(parse_type("End Group"), Ok(FormType::EndGroup));
        assert!(
            matches!(parse_type("begin repeat"), Ok(FormType::BeginRepeat(why)) if why.contains("repeats are not supported"))
        );
        assert_eq!(
            parse_type("select yes_no"),
            Ok(FormType::SelectOne("yes_no".into()))
        );
        assert_eq!(
            parse_type("select all that apply x"),
            Ok(FormType::SelectMultiple("x".into()))
        );
        assert_eq!(parse_type("deviceid"), Ok(FormType::Metadata));
        assert!(parse_type("select_one")
            .unwrap_err()
            .contains("needs a choice list"));
        assert!(
            matches!(parse_type("geopoint"), Ok(FormType::NeverAsked(why)) if why.contains("location"))
        );
    }
}
