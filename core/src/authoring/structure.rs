//! Reads a survey's TOML structure file into the model (text left empty for the Fluent files).
//! Walks `toml::Table` by hand rather than deriving, so that every problem is reported, not only
//! the first one serde meets.

use super::{Problem, SourceFile};
use crate::condition::parse_condition;
use crate::ids::{ChoiceId, LangTag, QuestionId, SurveyId};
use crate::survey::{
    Choice, FlowOptions, Measure, OneTap, Question, QuestionKind, Satisfied, Section, Survey,
    SurveyMeta, ThreeLevelSet, Topic,
};
use crate::text::LocalizedText;
use std::collections::BTreeSet;
use toml::{Table, Value};

struct Reader<'p> {
    file: String,
    problems: &'p mut Vec<Problem>,
}

/// Which question a value belongs to, for messages.
type Owner<'a> = Option<&'a str>;

impl Reader<'_> {
    fn problem(&mut self, owner: Owner<'_>, message: String) {
        self.problems.push(match owner {
            Some(q) => Problem::at(&self.file, q, message),
            None => Problem::file(&self.file, message),
        });
    }

    fn unknown_keys(&mut self, owner: Owner<'_>, table: &Table, allowed: &[&str], place: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.as_str()) {
                self.problem(
                    owner,
                    format!(
                        "unknown key `{key}` in {place}; allowed: {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    fn string(&mut self, owner: Owner<'_>, table: &Table, key: &str) -> Option<String> {
        match table.get(key) {
            None => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.problem(
                    owner,
                    format!("`{key}` must be text, not {}", other.type_str()),
                );
                None
            }
        }
    }

    fn required_string(&mut self, owner: Owner<'_>, table: &Table, key: &str) -> Option<String> {
        let v = self.string(owner, table, key);
        if v.is_none() && !table.contains_key(key) {
            self.problem(owner, format!("`{key}` is missing"));
        }
        v
    }

    fn bool(&mut self, owner: Owner<'_>, table: &Table, key: &str, default: bool) -> bool {
        match table.get(key) {
            None => default,
            Some(Value::Boolean(b)) => *b,
            Some(other) => {
                self.problem(
                    owner,
                    format!("`{key}` must be true or false, not {}", other.type_str()),
                );
                default
            }
        }
    }

    fn int<T: TryFrom<i64>>(&mut self, owner: Owner<'_>, table: &Table, key: &str) -> Option<T> {
        match table.get(key) {
            None => None,
            Some(Value::Integer(i)) => match T::try_from(*i) {
                Ok(v) => Some(v),
                Err(_) => {
                    self.problem(owner, format!("`{key}` = {i} is out of range"));
                    None
                }
            },
            Some(other) => {
                self.problem(
                    owner,
                    format!("`{key}` must be a whole number, not {}", other.type_str()),
                );
                None
            }
        }
    }

    fn required_int<T: TryFrom<i64>>(
        &mut self,
        owner: Owner<'_>,
        table: &Table,
        key: &str,
    ) -> Option<T> {
        if !table.contains_key(key) {
            self.problem(owner, format!("`{key}` is missing"));
        }
        self.int(owner, table, key)
    }

    fn id<T>(
        &mut self,
        owner: Owner<'_>,
        value: &str,
        make: impl Fn(String) -> Result<T, crate::ids::InvalidId>,
    ) -> Option<T> {
        match make(value.to_owned()) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(owner, e.to_string());
                None
            }
        }
    }

    fn table<'t>(&mut self, owner: Owner<'_>, table: &'t Table, key: &str) -> Option<&'t Table> {
        match table.get(key) {
            None => None,
            Some(Value::Table(t)) => Some(t),
            Some(other) => {
                self.problem(
                    owner,
                    format!("`{key}` must be a table, not {}", other.type_str()),
                );
                None
            }
        }
    }

    fn tables<'t>(&mut self, owner: Owner<'_>, table: &'t Table, key: &str) -> Vec<&'t Table> {
        match table.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| match v {
                    Value::Table(t) => Some(t),
                    _ => {
                        self.problem(owner, format!("every entry of `{key}` must be a table"));
                        None
                    }
                })
                .collect(),
            Some(other) => {
                self.problem(
                    owner,
                    format!(
                        "`{key}` must be a list of tables ([[{key}]]), not {}",
                        other.type_str()
                    ),
                );
                Vec::new()
            }
        }
    }
}

const SURVEY_KEYS: &[&str] = &[
    "id",
    "version",
    "default-language",
    "target-percent",
    "meta",
    "flow",
    "section",
];
const META_KEYS: &[&str] = &["agency", "country", "instrument", "illustrative", "source"];
const FLOW_KEYS: &[&str] = &[
    "welcome",
    "language-choice",
    "anonymity",
    "review",
    "one-tap",
    "one-tap-reset-seconds",
];
const COMMON_QUESTION_KEYS: &[&str] = &[
    "id",
    "kind",
    "topic",
    "required",
    "relevant",
    "satisfied",
    "satisfied-at-least",
    "measure",
];

/// What the structure file gave: the survey (if its header was readable) and the ids of
/// questions that could not be read, so their text is not reported as stray.
pub(super) struct Structure {
    pub survey: Option<Survey>,
    pub unreadable: BTreeSet<String>,
}

pub(super) fn read(file: SourceFile<'_>, problems: &mut Vec<Problem>) -> Structure {
    let mut unreadable = BTreeSet::new();
    let survey = read_survey(file, problems, &mut unreadable);
    Structure { survey, unreadable }
}

fn read_survey(
    file: SourceFile<'_>,
    problems: &mut Vec<Problem>,
    unreadable: &mut BTreeSet<String>,
) -> Option<Survey> {
    let doc: Table = match file.contents.parse() {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::file(
                file.name,
                format!("this is not valid TOML: {}", e.to_string().trim()),
            ));
            return None;
        }
    };
    let mut r = Reader {
        file: file.name.to_owned(),
        problems,
    };
    r.unknown_keys(None, &doc, SURVEY_KEYS, "the survey");
    let id = r
        .required_string(None, &doc, "id")
        .and_then(|s| r.id(None, &s, SurveyId::new));
    let version = r.required_string(None, &doc, "version").unwrap_or_default();
    let default_language = r
        .required_string(None, &doc, "default-language")
        .and_then(|s| r.id(None, &s, LangTag::new));
    let target_percent = r.int(None, &doc, "target-percent");

    let meta = match r.table(None, &doc, "meta") {
        Some(m) => {
            r.unknown_keys(None, m, META_KEYS, "[meta]");
            SurveyMeta {
                agency: r.string(None, m, "agency").unwrap_or_default(),
                country: r.string(None, m, "country").unwrap_or_default(),
                instrument: r.string(None, m, "instrument").unwrap_or_default(),
                illustrative: r.bool(None, m, "illustrative", false),
                source: r.string(None, m, "source").unwrap_or_default(),
            }
        }
        None => SurveyMeta::default(),
    };

    let flow = match r.table(None, &doc, "flow") {
        Some(f) => {
            r.unknown_keys(None, f, FLOW_KEYS, "[flow]");
            let one_tap = r.bool(None, f, "one-tap", false);
            let reset_seconds = r.int(None, f, "one-tap-reset-seconds").unwrap_or(5);
            FlowOptions {
                welcome: r.bool(None, f, "welcome", !one_tap),
                language_choice: r.bool(None, f, "language-choice", !one_tap),
                anonymity: r.bool(None, f, "anonymity", !one_tap),
                review: r.bool(None, f, "review", !one_tap),
                one_tap: one_tap.then_some(OneTap { reset_seconds }),
            }
        }
        None => FlowOptions::default(),
    };

    let mut sections = Vec::new();
    let mut section_tables = r.tables(None, &doc, "section");
    if section_tables.is_empty() && !doc.contains_key("section") {
        r.problem(None, "the survey has no [[section]]".into());
    }
    for s in section_tables.drain(..) {
        r.unknown_keys(None, s, &["id", "question"], "a [[section]]");
        let Some(sid) = r
            .required_string(None, s, "id")
            .and_then(|v| r.id(None, &v, QuestionId::new))
        else {
            continue;
        };
        let mut questions = Vec::new();
        for q in r.tables(Some(sid.as_str()), s, "question") {
            match read_question(&mut r, q) {
                Some(q) => questions.push(q),
                None => {
                    if let Some(Value::String(id)) = q.get("id") {
                        unreadable.insert(id.clone());
                    }
                }
            }
        }
        sections.push(Section {
            id: sid,
            title: LocalizedText::default(),
            questions,
        });
    }

    Some(Survey {
        id: id?,
        version,
        default_language: default_language?,
        languages: BTreeSet::new(),
        title: LocalizedText::default(),
        meta,
        flow,
        target_percent,
        sections,
    })
}

fn read_question(r: &mut Reader<'_>, t: &Table) -> Option<Question> {
    let raw_id = r.required_string(None, t, "id")?;
    let id = r.id(None, &raw_id, QuestionId::new)?;
    let owner = Some(raw_id.as_str());
    let kind_name = r.required_string(owner, t, "kind")?;
    let (kind, kind_keys) = read_kind(r, owner, t, &kind_name)?;
    let mut allowed: Vec<&str> = COMMON_QUESTION_KEYS.to_vec();
    allowed.extend_from_slice(kind_keys);
    r.unknown_keys(owner, t, &allowed, &format!("a `{kind_name}` question"));

    let topic = r.string(owner, t, "topic").and_then(|name| {
        let topic = Topic::parse(&name);
        if topic.is_none() {
            let all: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
            r.problem(
                owner,
                format!("unknown topic `{name}`; use one of: {}", all.join(", ")),
            );
        }
        topic
    });
    let relevant = r
        .string(owner, t, "relevant")
        .and_then(|text| match parse_condition(&text) {
            Ok(c) => Some(c),
            Err(e) => {
                r.problem(owner, format!("`relevant`: {e}"));
                None
            }
        });
    let satisfied = match (t.get("satisfied"), t.get("satisfied-at-least")) {
        (Some(_), Some(_)) => {
            r.problem(
                owner,
                "give either `satisfied` or `satisfied-at-least`, not both".into(),
            );
            None
        }
        (Some(Value::Array(items)), None) => {
            let mut ids = Vec::new();
            for item in items {
                match item.as_str().map(ChoiceId::new) {
                    Some(Ok(c)) => ids.push(c),
                    Some(Err(e)) => r.problem(owner, format!("`satisfied`: {e}")),
                    None => r.problem(owner, "`satisfied` must list choice ids".into()),
                }
            }
            Some(Satisfied::Choices(ids))
        }
        (Some(_), None) => {
            r.problem(
                owner,
                "`satisfied` must be a list of choice ids, e.g. [\"yes\"]".into(),
            );
            None
        }
        (None, Some(_)) => r
            .int(owner, t, "satisfied-at-least")
            .map(Satisfied::AtLeast),
        (None, None) => None,
    };
    let measure = r
        .string(owner, t, "measure")
        .and_then(|m| match m.as_str() {
            "kto" => Some(Measure::Kto),
            "ces" => Some(Measure::Ces),
            "goal-completion" => Some(Measure::GoalCompletion),
            "overall" => Some(Measure::Overall),
            other => {
                r.problem(
                    owner,
                    format!("unknown measure `{other}`; use kto, ces, goal-completion or overall"),
                );
                None
            }
        });
    Some(Question {
        id,
        kind,
        topic,
        required: r.bool(owner, t, "required", false),
        relevant,
        prompt: LocalizedText::default(),
        hint: LocalizedText::default(),
        satisfied,
        measure,
        // Only a `number` question accepts the key (see `read_kind`); elsewhere it is reported.
        not_identifying: r.bool(owner, t, "not-identifying", false),
    })
}

const KINDS: &[&str] = &[
    "yes-no",
    "single-choice",
    "multiple-choice",
    "scale",
    "smiley",
    "three-level",
    "sentiment",
    "thumbs",
    "ranking",
    "free-text",
    "number",
    "info",
    "age-band",
    "sex",
    "nationality",
    "length-of-stay",
];

fn read_kind(
    r: &mut Reader<'_>,
    owner: Owner<'_>,
    t: &Table,
    name: &str,
) -> Option<(QuestionKind, &'static [&'static str])> {
    let kind = match name {
        "yes-no" => (QuestionKind::YesNo, &[][..]),
        "sentiment" => (QuestionKind::Sentiment, &[][..]),
        "thumbs" => (QuestionKind::Thumbs, &[][..]),
        "info" => (QuestionKind::Info, &[][..]),
        "age-band" => (QuestionKind::AgeBand, &[][..]),
        "sex" => (QuestionKind::Sex, &[][..]),
        "length-of-stay" => (QuestionKind::LengthOfStay, &[][..]),
        "single-choice" => (
            QuestionKind::SingleChoice {
                choices: read_choices(r, owner, t),
                likert: r.bool(owner, t, "likert", false),
            },
            &["choices", "likert"][..],
        ),
        "multiple-choice" => (
            QuestionKind::MultipleChoice {
                choices: read_choices(r, owner, t),
                min: r.int(owner, t, "min"),
                max: r.int(owner, t, "max"),
            },
            &["choices", "min", "max"][..],
        ),
        "ranking" => (
            QuestionKind::Ranking {
                choices: read_choices(r, owner, t),
            },
            &["choices"][..],
        ),
        "scale" => {
            let min = r.required_int(owner, t, "min");
            let max = r.required_int(owner, t, "max");
            (
                QuestionKind::Scale {
                    min: min?,
                    max: max?,
                    step: r.int(owner, t, "step").unwrap_or(1),
                    low: LocalizedText::default(),
                    high: LocalizedText::default(),
                },
                &["min", "max", "step"][..],
            )
        }
        "smiley" => (
            QuestionKind::Smiley {
                faces: r.required_int(owner, t, "faces")?,
            },
            &["faces"][..],
        ),
        "three-level" => {
            let levels = match r.required_string(owner, t, "levels")?.as_str() {
                "expectations" => ThreeLevelSet::Expectations,
                "effectiveness" => ThreeLevelSet::Effectiveness,
                other => {
                    r.problem(
                        owner,
                        format!("unknown levels `{other}`; use expectations or effectiveness"),
                    );
                    return None;
                }
            };
            (QuestionKind::ThreeLevel { levels }, &["levels"][..])
        }
        "free-text" => (
            QuestionKind::FreeText {
                min_length: r.int(owner, t, "min-length").unwrap_or(0),
                max_length: r.int(owner, t, "max-length").unwrap_or(1000),
            },
            &["min-length", "max-length"][..],
        ),
        "number" => {
            let min = r.required_int(owner, t, "min");
            let max = r.required_int(owner, t, "max");
            (
                QuestionKind::Number {
                    min: min?,
                    max: max?,
                    decimals: r.int(owner, t, "decimals").unwrap_or(0),
                },
                &["min", "max", "decimals", "not-identifying"][..],
            )
        }
        "nationality" => {
            let mut countries = Vec::new();
            match t.get("countries") {
                Some(Value::Array(items)) => {
                    for item in items {
                        match item.as_str().map(ChoiceId::new) {
                            Some(Ok(c)) => countries.push(c),
                            _ => r.problem(
                                owner,
                                format!(
                                    "`countries` entry `{item:?}` is not a lowercase country code"
                                ),
                            ),
                        }
                    }
                }
                _ => r.problem(
                    owner,
                    "`countries` must list ISO 3166-1 alpha-2 codes, e.g. [\"sy\", \"af\"]".into(),
                ),
            }
            (QuestionKind::Nationality { countries }, &["countries"][..])
        }
        other => {
            r.problem(
                owner,
                format!("unknown kind `{other}`; use one of: {}", KINDS.join(", ")),
            );
            return None;
        }
    };
    Some(kind)
}

/// `choices = ["a", "b", { id = "none", exclusive = true }, { id = "ok", score = 100 }]`
fn read_choices(r: &mut Reader<'_>, owner: Owner<'_>, t: &Table) -> Vec<Choice> {
    let Some(Value::Array(items)) = t.get("choices") else {
        r.problem(owner, "`choices` must be a list of choice ids".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let (id, exclusive, score) = match item {
            Value::String(s) => (Some(s.clone()), false, None),
            Value::Table(c) => {
                r.unknown_keys(owner, c, &["id", "exclusive", "score"], "a choice");
                (
                    r.required_string(owner, c, "id"),
                    r.bool(owner, c, "exclusive", false),
                    r.int(owner, c, "score"),
                )
            }
            other => {
                r.problem(
                    owner,
                    format!(
                        "a choice must be an id or a table, not {}",
                        other.type_str()
                    ),
                );
                continue;
            }
        };
        if let Some(id) = id.and_then(|s| r.id(owner, &s, ChoiceId::new)) {
            out.push(Choice {
                id,
                label: LocalizedText::default(),
                exclusive,
                score,
            });
        }
    }
    out
}
