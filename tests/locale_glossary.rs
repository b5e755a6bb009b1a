//! Words that frighten (issue 20): `locales/GLOSSARY.md` lists, per language, terms to avoid in
//! an asylum context (the asylum interview, a rejection, the security police, war, …). This test
//! reads the glossary's **Avoid** column as a per-language deny-list and fails on any message of
//! that language's `app.ftl` or survey files that contains one; and checks French typography
//! (no ordinary space before `? ! ; :` or inside `« »`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One avoided term as written in the glossary: `*` at the end lets the word go on, at the
/// start lets something be attached before it; otherwise it must be a whole word.
#[derive(Debug, Clone, PartialEq)]
struct Term {
    text: String,
    open_start: bool,
    open_end: bool,
    /// The row's concept and reason, for the failure message.
    why: String,
}

impl Term {
    fn parse(raw: &str, why: &str) -> Self {
        let open_start = raw.starts_with('*');
        let open_end = raw.ends_with('*');
        let text = raw.trim_matches('*').to_lowercase();
        Self {
            text,
            open_start,
            open_end,
            why: why.to_owned(),
        }
    }

    /// Whether the term occurs in `value` (already lower-cased) with the right word boundaries.
    fn occurs_in(&self, value: &str) -> bool {
        value.match_indices(&self.text).any(|(at, found)| {
            let before = value[..at].chars().next_back();
            let after = value[at + found.len()..].chars().next();
            (self.open_start || !before.is_some_and(is_word_char))
                && (self.open_end || !after.is_some_and(is_word_char))
        })
    }
}

/// Letters, marks and digits, plus the joiners Persian and Kurdish write inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{200C}' | '\u{200D}' | '\'' | '’' | '·')
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
}

/// The deny-list per language tag, from the glossary's tables: sections are `## Name (`tag`)`,
/// rows `| Concept | Use | Avoid | Why |`, terms are the backticked items of the Avoid cell.
fn deny_lists(glossary: &str) -> BTreeMap<String, Vec<Term>> {
    let mut lists: BTreeMap<String, Vec<Term>> = BTreeMap::new();
    let mut tag: Option<String> = None;
    for line in glossary.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            tag = backticked(heading).into_iter().next();
            if let Some(t) = &tag {
                lists.entry(t.clone()).or_default();
            }
            continue;
        }
        let (Some(t), Some(row)) = (&tag, line.strip_prefix('|')) else {
            continue;
        };
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 4 || cells[0] == "Concept" || cells[0].starts_with("---") {
            continue;
        }
        let why = format!("{}: {}", cells[0], cells[3]);
        for raw in backticked(cells[2]) {
            lists
                .get_mut(t)
                .expect("entry made at the heading")
                .push(Term::parse(&raw, &why));
        }
    }
    lists
}

fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_owned())
        .collect()
}

/// The messages of a Fluent file as `(line number, id or id.attribute, value)`; comments and
/// ids are not translated text and are skipped. Multi-line values come line by line.
fn messages(source: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, line) in source.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim_start();
        if let Some((id, value)) = line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
            current = id.to_owned();
            out.push((i + 1, current.clone(), value.to_owned()));
        } else if let Some((attr, value)) = trimmed
            .strip_prefix('.')
            .and_then(|rest| rest.split_once(" = "))
        {
            out.push((i + 1, format!("{current}.{attr}"), value.to_owned()));
        } else {
            // A variant or continuation line of a multi-line message: `[one] …`, `*[other] …`.
            let value = trimmed
                .trim_start_matches('*')
                .split_once(']')
                .map_or(trimmed, |(_, v)| v);
            out.push((i + 1, current.clone(), value.to_owned()));
        }
    }
    out
}

/// Every `.ftl` file of one language: `app.ftl` and `surveys/*.ftl`, sorted.
fn language_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = vec![dir.join("app.ftl")];
    if let Ok(entries) = std::fs::read_dir(dir.join("surveys")) {
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl")),
        );
    }
    files.sort();
    files.retain(|p| p.is_file());
    files
}

/// The avoided terms found under `locales` (a folder laid out like the repository's).
fn avoided_terms_found(locales: &Path, lists: &BTreeMap<String, Vec<Term>>) -> Vec<String> {
    let mut found = Vec::new();
    for (tag, terms) in lists {
        for file in language_files(&locales.join(tag)) {
            let source = std::fs::read_to_string(&file).unwrap();
            let name = file.strip_prefix(locales).unwrap_or(&file).display();
            for (line, id, value) in messages(&source) {
                let lower = value.to_lowercase();
                for term in terms.iter().filter(|t| t.occurs_in(&lower)) {
                    found.push(format!(
                        "locales/{name}:{line} `{id}` contains `{}` ({})",
                        term.text, term.why
                    ));
                }
            }
        }
    }
    found
}

/// Ordinary spaces where French typography wants a no-break one.
fn french_spacing_problems(locales: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for file in language_files(&locales.join("fr")) {
        let source = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(locales).unwrap_or(&file).display();
        for (line, id, value) in messages(&source) {
            for bad in [" ?", " !", " ;", " :", "« ", " »"] {
                if value.contains(bad) {
                    problems.push(format!(
                        "locales/{name}:{line} `{id}`: ordinary space in `{bad}` (U+202F before ? ! ;, U+00A0 before : and inside « »)"
                    ));
                }
            }
        }
    }
    problems
}

/// The locales checked: the repository's, or another copy laid out the same way named by
/// `HEARD_GLOSSARY_LOCALES` (to run the current glossary over older files, e.g. `main`'s before
/// issue 20: `git archive <rev> locales | tar -x -C /tmp/old` then
/// `HEARD_GLOSSARY_LOCALES=/tmp/old/locales cargo test -p heard --test locale_glossary`).
fn locales_under_test() -> PathBuf {
    std::env::var_os("HEARD_GLOSSARY_LOCALES")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("locales"))
}

/// Western digits written in the text (not in `{ … }` placeables, which the app fills) of the
/// languages whose glossary section says to write Persian digits: one script of digits per screen.
fn western_digit_problems(locales: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for tag in ["fa", "fa-AF", "ps"] {
        for file in language_files(&locales.join(tag)) {
            let source = std::fs::read_to_string(&file).unwrap();
            let name = file.strip_prefix(locales).unwrap_or(&file).display();
            for (line, id, value) in messages(&source) {
                let mut depth = 0usize;
                let text: String = value
                    .chars()
                    .filter(|c| {
                        match c {
                            '{' => depth += 1,
                            '}' => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                        depth == 0
                    })
                    .collect();
                if text.chars().any(|c| c.is_ascii_digit()) {
                    problems.push(format!(
                        "locales/{name}:{line} `{id}`: Western digits in the text (write ۰–۹)"
                    ));
                }
            }
        }
    }
    problems
}

fn glossary_lists() -> BTreeMap<String, Vec<Term>> {
    let glossary = std::fs::read_to_string(repo().join("locales/GLOSSARY.md")).unwrap();
    deny_lists(&glossary)
}

#[test]
fn no_language_uses_a_word_its_glossary_says_to_avoid() {
    let lists = glossary_lists();
    let found = avoided_terms_found(&locales_under_test(), &lists);
    assert!(
        found.is_empty(),
        "{} avoided term(s) (see locales/GLOSSARY.md):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn french_has_no_break_spaces_before_high_punctuation() {
    let problems = french_spacing_problems(&locales_under_test());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn persian_dari_and_pashto_text_writes_persian_digits() {
    let problems = western_digit_problems(&locales_under_test());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_glossary_covers_every_language_and_the_issues_terms() {
    let lists = glossary_lists();
    let table = std::fs::read_to_string(repo().join("locales/languages.toml")).unwrap();
    for line in table.lines() {
        if let Some(tag) = line
            .strip_prefix("tag = \"")
            .and_then(|r| r.strip_suffix('"'))
        {
            let terms = lists.get(tag).map_or(0, Vec::len);
            assert!(
                terms > 0,
                "locales/GLOSSARY.md has no avoided terms for `{tag}`"
            );
        }
    }
    // The items of issue 20, each a row of its language's list.
    for (tag, term) in [
        ("ar", "مقابلة"),
        ("ar", "مجهول"),
        ("fa", "رد"),
        ("fa", "مصاحبه"),
        ("fa-AF", "نگه کرد"),
        ("fa-AF", "جنگ"),
        ("ps", "جګړ"),
        ("ps", "مرکه"),
        ("ckb", "ئاسایش"),
        ("ckb", "چاوپێکەوتن"),
        ("ru", "процедур"),
        ("uk", "процедур"),
        ("fr", "entretien"),
        ("fr", "seul·e"),
        ("tr", "görüşme"),
        ("so", "wareysi"),
        ("ti", "ቃለ-መሕትት"),
    ] {
        assert!(
            lists[tag].iter().any(|t| t.text == term),
            "the {tag} list has `{term}`"
        );
    }
}

#[test]
fn terms_match_whole_words_unless_a_star_opens_them() {
    let whole = Term::parse("رد", "");
    assert!(whole.occurs_in("رد شدن"));
    assert!(!whole.occurs_in("وارد کنید"), "not inside a word");
    assert!(!whole.occurs_in("سرد"));
    assert!(!whole.occurs_in("رد\u{200C}شده"), "ZWNJ joins a word");
    let stem = Term::parse("процедур*", "");
    assert!(stem.occurs_in("из-за своей процедуры"));
    assert!(!stem.occurs_in("непроцедурный"));
    let attached = Term::parse("*مقابلة", "");
    assert!(attached.occurs_in("يُجري المقابلة:"));
    assert!(!attached.occurs_in("مقابلات"));
    let phrase = Term::parse("نگه کرد*", "");
    assert!(phrase.occurs_in("توقف و نگه کردن جواب‌هایم"));
    assert!(!phrase.occurs_in("نگه داشتن"));
}

#[test]
fn the_lists_and_the_checks_find_what_a_translator_might_write() {
    let glossary = "## Persian (`fa`)\n\n| Concept | Use | Avoid | Why |\n|---|---|---|---|\n\
        | rejection | x | `رد`, `رد شدن` | رد is a rejection |\n";
    let lists = deny_lists(glossary);
    assert_eq!(lists["fa"].len(), 2);
    let dir = std::env::temp_dir().join(format!("heard-glossary-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("fa/surveys")).unwrap();
    std::fs::create_dir_all(dir.join("fr")).unwrap();
    std::fs::write(
        dir.join("fa/app.ftl"),
        "# رد in a comment is fine\nnav-skip = رد شدن\nnumber-invalid = وارد کنید\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("fa/surveys/x.ftl"),
        "q = سؤال\n    .choice-a = پاسخ رد\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("fr/app.ftl"),
        "a = Merci !\nb = Merci\u{202F}!\nc = Personnel\u{A0}: oui\n",
    )
    .unwrap();
    let found = avoided_terms_found(&dir, &lists).join("\n");
    assert!(
        found.contains("locales/fa/app.ftl:2 `nav-skip` contains `رد`"),
        "{found}"
    );
    assert!(
        found.contains("locales/fa/surveys/x.ftl:2 `q.choice-a` contains `رد`"),
        "{found}"
    );
    assert!(!found.contains("number-invalid"), "{found}");
    std::fs::write(
        dir.join("fa/surveys/y.ftl"),
        "age = کمتر از 14 سال\nkept = { $count } پاسخ، ۲ ماه\n",
    )
    .unwrap();
    let digits = western_digit_problems(&dir);
    assert_eq!(digits.len(), 1, "{digits:?}");
    assert!(digits[0].contains("y.ftl:1 `age`"), "{digits:?}");
    let spacing = french_spacing_problems(&dir);
    assert_eq!(spacing.len(), 1, "{spacing:?}");
    assert!(spacing[0].contains("`a`"), "{spacing:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
