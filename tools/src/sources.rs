//! Reading the repository: built-in surveys (via heard-core's loader) and the app's shared prompts
//! from `locales/<tag>/app.ftl`.

use anyhow::{anyhow, Context, Result};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use heard_core::authoring::SurveySources;
use heard_core::ids::LangTag;
use heard_core::survey::Survey;
use std::path::Path;

/// Ids of the built-in surveys (`assets/surveys/<id>.toml`), sorted.
pub fn builtin_ids(root: &Path) -> Result<Vec<String>> {
    let dir = root.join("assets/surveys");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let name = entry?.file_name();
        if let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".toml")) {
            ids.push(id.to_owned());
        }
    }
    ids.sort();
    Ok(ids)
}

/// Loads a built-in survey with every `locales/<tag>/surveys/<id>.ftl` that exists. This only
/// reads the files; `SurveySources` decides which file is what.
pub fn load_builtin(root: &Path, id: &str) -> Result<Survey> {
    let structure_path = root.join("assets/surveys").join(format!("{id}.toml"));
    let structure = std::fs::read_to_string(&structure_path)
        .with_context(|| format!("reading {}", structure_path.display()))?;
    let mut files = vec![(format!("assets/surveys/{id}.toml"), structure)];
    for entry in std::fs::read_dir(root.join("locales")).context("reading locales/")? {
        let entry = entry?;
        let Some(tag) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path().join("surveys").join(format!("{id}.ftl"));
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            files.push((format!("locales/{tag}/surveys/{id}.ftl"), text));
        }
    }
    SurveySources::from_files(files)
        .load(id)
        .map_err(|e| anyhow!("built-in survey {id} does not load:\n{e}"))
}

/// The UI prompts a resident hears, by Fluent id, besides every `choice-*`, `smiley-*` and
/// `country-*` message. Ids an `app.ftl` lacks are skipped. Kept short on purpose: every prompt
/// costs ~2 KB per voiced language in the app bundle (BENCHMARKS.md, "Audio size"), so only what
/// the app plays: every prompt of the listening path (`heard_core::listening::path_prompts`:
/// the welcome, anonymity, review, its "no answer" and Send, thank-you, the whole Stop dialog,
/// the deletion notice) is spoken too, and nothing the app never plays (titles of the grid,
/// Next, Back). "What is kept?" is not: its two prompts are recorded (`heard_core::kept`).
pub const UI_PROMPTS: &[&str] = &[
    "welcome-title",
    "welcome-body",
    "welcome-start",
    "anonymity-body",
    "anonymity-continue",
    "stop-keep",
    "stop-discard",
    "thanks-title",
    "thanks-body",
];

/// Prefixes of shared answer labels: every message with one of them is spoken.
pub const UI_PROMPT_PREFIXES: &[&str] = &["choice-", "smiley-", "country-"];

/// The prompt id of a language's own name, spoken in that language.
pub const LANGUAGE_NAME_PROMPT: &str = "lang-name";

/// Whether a message id is one of the spoken UI prompts.
pub fn is_ui_prompt(id: &str) -> bool {
    UI_PROMPTS.contains(&id)
        || heard_core::listening::path_prompts().contains(&id)
        || UI_PROMPT_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// The spoken UI prompts of one language's `app.ftl`, `(id, text)` in file order. Messages with
/// variables, selectors or references are skipped (they cannot be one fixed recording).
pub fn app_prompts(root: &Path, lang: &LangTag) -> Result<Vec<(String, String)>> {
    let path = root.join("locales").join(lang.as_str()).join("app.ftl");
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let source =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(spoken_messages(&source))
}

/// The spoken UI prompts of Fluent source (see [`app_prompts`]). A file with syntax errors still
/// yields its readable messages.
pub fn spoken_messages(source: &str) -> Vec<(String, String)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _errors)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        if !is_ui_prompt(id) {
            continue;
        }
        let Some(pattern) = message.value else {
            continue;
        };
        let mut text = String::new();
        let mut fixed = true;
        for element in pattern.elements {
            match element {
                PatternElement::TextElement { value } => text.push_str(value),
                PatternElement::Placeable {
                    expression:
                        Expression::Inline(
                            InlineExpression::StringLiteral { value }
                            | InlineExpression::NumberLiteral { value },
                        ),
                } => text.push_str(value),
                PatternElement::Placeable { .. } => fixed = false,
            }
        }
        let text = normalise(&text);
        if fixed && !text.is_empty() {
            out.push((id.to_owned(), text));
        }
    }
    out
}

/// Collapses whitespace (Fluent multi-line values) to single spaces.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_with_variables_and_non_prompts_are_skipped() {
        let ftl = "\
welcome-title = Welcome
welcome-body = Tell us
    how life is.
progress = Question { $current } of { $total }
still-there-title = { $n ->
    [one] One
   *[other] Many
}
choice-yes = Yes
smiley-5-1 = Very bad
country-sy = Syria
staff-title = Staff panel
review-send = Send { \"→\" }
nav-next = Next
";
        assert_eq!(
            spoken_messages(ftl),
            vec![
                ("welcome-title".to_owned(), "Welcome".to_owned()),
                ("welcome-body".to_owned(), "Tell us how life is.".to_owned()),
                ("choice-yes".to_owned(), "Yes".to_owned()),
                ("smiley-5-1".to_owned(), "Very bad".to_owned()),
                ("country-sy".to_owned(), "Syria".to_owned()),
                ("review-send".to_owned(), "Send →".to_owned()),
            ]
        );
    }
}
