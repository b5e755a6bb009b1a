//! XLSForm language names (`English (en)`, `English(en)`, `english`, `Dari (prs)`) onto Heard's
//! language tags, and back for export.

use heard_core::ids::LangTag;

/// (tag, English name, other names authors write). Heard's 18 languages first, then others
/// common in reception centres. Matching is case-insensitive.
const LANGUAGES: &[(&str, &str, &[&str])] = &[
    (
        "nl",
        "Dutch",
        &["nederlands", "flemish", "vlaams", "néerlandais"],
    ),
    (
        "fr",
        "French",
        &["français", "francais", "french", "francés"],
    ),
    ("de", "German", &["deutsch", "allemand"]),
    ("en", "English", &["anglais", "inglés"]),
    (
        "ar",
        "Arabic",
        &["العربية", "arabe", "árabe", "عربي", "عربى"],
    ),
    (
        "fa",
        "Persian",
        &["farsi", "فارسی", "iranian persian", "persan"],
    ),
    (
        "fa-AF",
        "Dari",
        &["دری", "afghan persian", "prs", "dari persian"],
    ),
    (
        "ps",
        "Pashto",
        &["pushto", "پښتو", "pachto", "pachtou", "pashtu"],
    ),
    (
        "ckb",
        "Sorani",
        &[
            "central kurdish",
            "kurdish sorani",
            "kurdish (sorani)",
            "کوردی",
        ],
    ),
    (
        "ku",
        "Kurmanji",
        &[
            "kurdish",
            "kurdish kurmanji",
            "kurdish (kurmanji)",
            "northern kurdish",
            "kurdî",
            "kurde",
        ],
    ),
    ("tr", "Turkish", &["türkçe", "turkce", "turc"]),
    (
        "ti",
        "Tigrinya",
        &["tigrigna", "ትግርኛ", "tigrinia", "tigirigna", "tigrinyan"],
    ),
    ("so", "Somali", &["soomaali", "somalien"]),
    ("ru", "Russian", &["русский", "russe"]),
    ("uk", "Ukrainian", &["українська", "ukrainien"]),
    (
        "es",
        "Spanish",
        &["español", "espanol", "castilian", "espagnol"],
    ),
    ("fi", "Finnish", &["suomi", "finnois"]),
    ("sv", "Swedish", &["svenska", "suédois"]),
    ("it", "Italian", &["italiano", "italien"]),
    ("pl", "Polish", &["polski", "polonais"]),
    ("pt", "Portuguese", &["português", "portugues", "portugais"]),
    ("lt", "Lithuanian", &["lietuvių"]),
    ("el", "Greek", &["ελληνικά"]),
    ("ro", "Romanian", &["română"]),
    ("bg", "Bulgarian", &[]),
    ("hu", "Hungarian", &["magyar"]),
    ("cs", "Czech", &[]),
    ("sk", "Slovak", &[]),
    ("hr", "Croatian", &[]),
    ("sr", "Serbian", &[]),
    ("sq", "Albanian", &["shqip"]),
    ("mk", "Macedonian", &[]),
    ("hy", "Armenian", &[]),
    ("ka", "Georgian", &[]),
    ("az", "Azerbaijani", &[]),
    ("be", "Belarusian", &[]),
    ("ur", "Urdu", &["اردو", "ourdou"]),
    ("hi", "Hindi", &[]),
    ("bn", "Bengali", &["bangla", "bengali", "বাংলা"]),
    ("pa", "Punjabi", &[]),
    ("ne", "Nepali", &[]),
    ("ta", "Tamil", &[]),
    ("am", "Amharic", &["አማርኛ", "amharique"]),
    (
        "om",
        "Oromo",
        &["afaan oromoo", "oromiffa", "afaan oromo", "oromifa"],
    ),
    ("sw", "Swahili", &["kiswahili", "swahili (sw)"]),
    ("ha", "Hausa", &["haoussa"]),
    ("yo", "Yoruba", &[]),
    ("ig", "Igbo", &[]),
    ("ln", "Lingala", &["lingála"]),
    ("wo", "Wolof", &[]),
    ("ff", "Fula", &["fulani", "pular", "peul", "fulfulde"]),
    ("zh", "Chinese", &["中文", "chinois", "mandarin"]),
    ("vi", "Vietnamese", &[]),
    ("uz", "Uzbek", &[]),
    ("tg", "Tajik", &[]),
    ("he", "Hebrew", &[]),
    ("my", "Burmese", &["birman", "myanmar"]),
    ("th", "Thai", &["ไทย"]),
    ("tet", "Tetun", &["tetum", "tétoum"]),
    ("rw", "Kinyarwanda", &["ikinyarwanda"]),
    ("rn", "Kirundi", &["ikirundi", "rundi"]),
    ("din", "Dinka", &["thuɔŋjäŋ"]),
    ("nus", "Nuer", &["thok naath"]),
    ("bm", "Bambara", &["bamanankan"]),
    ("kr", "Kanuri", &[]),
    ("sg", "Sango", &["sängö"]),
    ("mg", "Malagasy", &["malgache"]),
    (
        "ht",
        "Haitian Creole",
        &["kreyòl", "kreyol", "créole haïtien", "haitian"],
    ),
    ("rhg", "Rohingya", &["ruáingga"]),
    ("si", "Sinhala", &["සිංහල", "sinhalese"]),
    ("km", "Khmer", &["ខ្មែរ"]),
    ("id", "Indonesian", &["bahasa indonesia", "indonésien"]),
    ("ms", "Malay", &["bahasa melayu"]),
    ("fil", "Filipino", &["tagalog"]),
    ("dje", "Zarma", &["djerma"]),
    ("kri", "Krio", &[]),
    ("lg", "Luganda", &["ganda"]),
    ("ach", "Acholi", &[]),
    ("tk", "Turkmen", &["türkmen"]),
    ("ky", "Kyrgyz", &["кыргызча"]),
    ("kk", "Kazakh", &["қазақша"]),
];

/// Reads the language part of a header (`English (en)`, `English(en)`, `english`, `en`).
/// With a code in parentheses the code decides; without one the name must be in the table.
pub fn parse_language(spec: &str) -> Result<LangTag, String> {
    let spec = spec.trim();
    if let Some(tag) = by_name(spec) {
        return Ok(tag);
    }
    if let Some(open) = spec.rfind('(') {
        if let Some(code) = spec[open + 1..].strip_suffix(')') {
            return tag_from_code(code.trim()).ok_or_else(|| {
                format!(
                    "`{}` in `{spec}` is not a language code; write a BCP 47 tag such as `en`, `fa-AF` or `ckb`",
                    code.trim()
                )
            });
        }
    }
    // A bare code (`fr`, `tet`, `fa_AF`) is read as a code.
    if (2..=3).contains(&spec.split(['-', '_']).next().map_or(0, str::len))
        && spec
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_')
        && spec.len() <= 8
    {
        if let Some(tag) = tag_from_code(spec) {
            return Ok(tag);
        }
    }
    Err(format!(
        "unknown language `{spec}`; add its code in parentheses, e.g. `{spec} (xx)`"
    ))
}

fn by_name(spec: &str) -> Option<LangTag> {
    let lower = spec.to_lowercase();
    LANGUAGES
        .iter()
        .find(|(tag, name, others)| {
            name.to_lowercase() == lower
                || others.contains(&lower.as_str())
                || tag.to_lowercase() == lower
        })
        .and_then(|(tag, _, _)| LangTag::new(*tag).ok())
}

/// `en`, `EN`, `fa_AF`, `fa-af`, `prs` → Heard's tag.
fn tag_from_code(code: &str) -> Option<LangTag> {
    if code.eq_ignore_ascii_case("prs") {
        return LangTag::new("fa-AF").ok();
    }
    let mut parts = code.split(['-', '_']);
    let mut out = parts.next()?.to_lowercase();
    for part in parts {
        out.push('-');
        match part.len() {
            2 => out.push_str(&part.to_uppercase()),
            4 => {
                let lower = part.to_lowercase();
                let mut chars = lower.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            }
            _ => out.push_str(part),
        }
    }
    LangTag::new(out).ok()
}

/// The header spelling Heard writes: `English (en)`; unknown tags as `xx (xx)`.
pub fn header_language(tag: &LangTag) -> String {
    let name = LANGUAGES
        .iter()
        .find(|(t, _, _)| *t == tag.as_str())
        .map_or(tag.as_str(), |(_, name, _)| name);
    format!("{name} ({tag})")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LangTag {
        LangTag::new(s).unwrap()
    }

    #[test]
    fn header_spellings_map_onto_tags() {
        assert_eq!(parse_language("English (en)"), Ok(tag("en")));
        assert_eq!(parse_language("English(en)"), Ok(tag("en")));
        assert_eq!(parse_language("english"), Ok(tag("en")));
        assert_eq!(parse_language("Dari"), Ok(tag("fa-AF")));
        assert_eq!(parse_language("Dari (prs)"), Ok(tag("fa-AF")));
        assert_eq!(parse_language("Dari (fa_af)"), Ok(tag("fa-AF")));
        assert_eq!(parse_language("Kurdish (Sorani)"), Ok(tag("ckb")));
        assert_eq!(parse_language("Sorani (ckb)"), Ok(tag("ckb")));
        assert_eq!(parse_language("Tigrinya"), Ok(tag("ti")));
        assert_eq!(parse_language("العربية"), Ok(tag("ar")));
        // Issue 17's spellings from real forms: lower-case names, no space before the code, bare
        // codes, own script, French names, and languages beyond the app's eighteen.
        assert_eq!(parse_language("Spanish(es)"), Ok(tag("es")));
        assert_eq!(parse_language("fr"), Ok(tag("fr")));
        assert_eq!(parse_language("tet"), Ok(tag("tet")));
        assert_eq!(parse_language("Tetun"), Ok(tag("tet")));
        assert_eq!(parse_language("anglais"), Ok(tag("en")));
        assert_eq!(parse_language("Tigirigna"), Ok(tag("ti")));
        assert_eq!(parse_language("Oromiffa"), Ok(tag("om")));
        assert_eq!(parse_language("Deutsch"), Ok(tag("de")));
        assert_eq!(parse_language("chinese"), Ok(tag("zh")));
        assert!(parse_language("Klingon").is_err());
        assert!(parse_language("Klingon (Klingon)").is_err());
    }

    #[test]
    fn every_table_entry_round_trips_through_its_header() {
        for (t, _, _) in LANGUAGES {
            let tag = tag(t);
            assert_eq!(parse_language(&header_language(&tag)), Ok(tag));
        }
    }
}
