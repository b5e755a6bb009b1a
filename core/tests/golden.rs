//! Golden tests: the canonical bytes and SHA-256 of a fixed survey and response are frozen in
//! `fixtures/golden/`. A change here changes every response's hash: only on purpose.
//! Regenerate with `HEARD_UPDATE_GOLDEN=1 cargo test -p heard-core --test golden`.

mod support;

use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, ServicePointCode};
use heard_core::media::{MediaItem, MediaKind, MediaManifest, MediaOrigin, MediaTarget};
use heard_core::response::{
    AdministrationMode, Answer, Answers, Response, ResponseId, ResponseStatus, SurveyRef,
};
use heard_core::survey::Survey;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden")
}

fn golden_survey() -> Survey {
    support::load_from(&dir().join("golden.toml"), &dir().join("locales"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn q(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}
fn c(s: &str) -> ChoiceId {
    ChoiceId::new(s).unwrap()
}

fn golden_response(survey: &Survey) -> Response {
    let mut answers = Answers::new();
    answers.insert(q("ok"), Answer::Choice(c("no")));
    answers.insert(q("why"), Answer::Choices(vec![c("amount"), c("taste")]));
    answers.insert(q("rate"), Answer::Point(6));
    answers.insert(q("share"), Answer::Point(75));
    answers.insert(q("face"), Answer::Point(4));
    answers.insert(q("level"), Answer::Choice(c("at")));
    answers.insert(q("mood"), Answer::Choice(c("neutral")));
    answers.insert(q("thumb"), Answer::Choice(c("up")));
    answers.insert(q("order"), Answer::Order(vec![c("kindness"), c("speed")]));
    answers.insert(q("pick"), Answer::Choice(c("good")));
    answers.insert(q("count"), Answer::Number(125));
    answers.insert(q("comment"), Answer::Text("Merci — شكرا".into()));
    answers.insert(q("age"), Answer::Choice(c("age-25-34")));
    answers.insert(q("nat"), Answer::Choice(c("sy")));
    Response {
        id: ResponseId::from_random_bytes([7; 16]),
        survey: SurveyRef {
            id: survey.id.clone(),
            version: survey.version_hash(),
        },
        language: LangTag::new("fr").unwrap(),
        mode: AdministrationMode::Assisted,
        audio_used: true,
        status: ResponseStatus::Complete,
        facility: FacilityCode::new("be-test-centre").unwrap(),
        service_point: Some(ServicePointCode::new("desk-1").unwrap()),
        period: "2026-11".parse().unwrap(),
        answers,
    }
}

fn check_golden(name: &str, bytes: &[u8]) {
    let json_path = dir().join(format!("{name}.canonical.json"));
    let hash_path = dir().join(format!("{name}.sha256"));
    let hash = Sha256::of_bytes(bytes).to_hex();
    if std::env::var_os("HEARD_UPDATE_GOLDEN").is_some() {
        std::fs::write(&json_path, bytes).unwrap();
        std::fs::write(&hash_path, format!("{hash}\n")).unwrap();
    }
    let frozen = std::fs::read(&json_path)
        .unwrap_or_else(|_| panic!("missing {json_path:?}; run with HEARD_UPDATE_GOLDEN=1 once"));
    assert_eq!(
        String::from_utf8_lossy(bytes),
        String::from_utf8_lossy(&frozen),
        "canonical bytes of {name} changed"
    );
    assert_eq!(
        hash,
        std::fs::read_to_string(&hash_path).unwrap().trim(),
        "hash of {name} changed"
    );
}

#[test]
fn survey_canonical_bytes_and_version_hash_are_frozen() {
    let survey = golden_survey();
    let bytes = to_canonical_json(&survey);
    check_golden("survey", &bytes);
    assert_eq!(survey.version_hash(), Sha256::of_bytes(&bytes));
}

#[test]
fn response_canonical_bytes_and_content_hash_are_frozen() {
    let survey = golden_survey();
    let response = golden_response(&survey);
    heard_core::validate::check_response(&survey, &response).unwrap();
    let bytes = to_canonical_json(&response);
    check_golden("response", &bytes);
    assert_eq!(response.content_hash(), Sha256::of_bytes(&bytes));
    // The canonical form reads back to the same response.
    let back: Response = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(back, response);
}

#[test]
fn the_canonical_form_has_no_time_finer_than_the_month_and_no_floats() {
    let survey = golden_survey();
    let text = String::from_utf8(to_canonical_json(&golden_response(&survey))).unwrap();
    assert!(text.contains("\"period\":\"2026-11\""));
    let bytes = text.as_bytes();
    let clock_like = bytes.windows(5).any(|w| {
        w[0].is_ascii_digit() && w[1].is_ascii_digit() && w[2] == b':' && w[3].is_ascii_digit()
    });
    assert!(!clock_like, "no clock time in a response: {text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    fn no_floats(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Number(n) => n.is_i64() || n.is_u64(),
            serde_json::Value::Array(a) => a.iter().all(no_floats),
            serde_json::Value::Object(o) => o.values().all(no_floats),
            _ => true,
        }
    }
    assert!(no_floats(&value));
}

#[test]
fn any_change_of_wording_changes_the_version_hash() {
    let survey = golden_survey();
    let mut reworded = survey.clone();
    reworded.sections[0].questions[0]
        .prompt
        .insert(LangTag::new("fr").unwrap(), "La nourriture est bonne ?");
    assert_ne!(survey.version_hash(), reworded.version_hash());
}

#[test]
fn not_identifying_is_absent_unless_set_and_setting_it_changes_the_version_hash() {
    let survey = golden_survey();
    let bytes = String::from_utf8(to_canonical_json(&survey)).unwrap();
    assert!(!bytes.contains("not-identifying"), "{bytes}");
    // Written out as false in the structure file: the same survey, the same hash.
    let toml = std::fs::read_to_string(dir().join("golden.toml")).unwrap();
    let with = |line: &str| {
        let text = toml.replace("id = \"count\"\n", &format!("id = \"count\"\n{line}\n"));
        assert_ne!(text, toml);
        let mut files = vec![("assets/surveys/golden.toml".to_owned(), text)];
        for tag in ["en", "fr"] {
            let ftl = dir().join(format!("locales/{tag}/surveys/golden.ftl"));
            files.push((
                format!("locales/{tag}/surveys/golden.ftl"),
                std::fs::read_to_string(ftl).unwrap(),
            ));
        }
        heard_core::authoring::SurveySources::from_files(files)
            .load("golden")
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let unset = with("not-identifying = false");
    assert_eq!(unset, survey);
    assert_eq!(unset.version_hash(), survey.version_hash());
    // Set: the survey's words are the same, its hash is not, and JSON keeps the mark.
    let marked = with("not-identifying = true");
    assert!(marked.question(&q("count")).unwrap().not_identifying);
    assert_ne!(marked.version_hash(), survey.version_hash());
    let json = to_canonical_json(&marked);
    assert!(String::from_utf8_lossy(&json).contains("\"not-identifying\":true"));
    let back: Survey = serde_json::from_slice(&json).unwrap();
    assert_eq!(back, marked);
    assert_eq!(back.version_hash(), marked.version_hash());
    // Older JSON without the key reads as unmarked.
    let old: Survey = serde_json::from_slice(&to_canonical_json(&survey)).unwrap();
    assert!(old.questions().all(|q| !q.not_identifying));
}

#[test]
fn not_identifying_is_refused_on_a_question_that_is_not_a_number() {
    let toml = std::fs::read_to_string(dir().join("golden.toml")).unwrap();
    let text = toml.replace("id = \"rate\"\n", "id = \"rate\"\nnot-identifying = true\n");
    assert_ne!(text, toml);
    let err = heard_core::authoring::SurveySources::from_files(vec![(
        "assets/surveys/golden.toml".to_owned(),
        text,
    )])
    .load("golden")
    .unwrap_err()
    .to_string();
    assert!(err.contains("unknown key `not-identifying`"), "{err}");
}

#[test]
fn changing_a_media_file_changes_the_manifest_hash_and_not_the_survey_version() {
    let survey = golden_survey();
    let version_before = survey.version_hash();
    let item = |bytes: &[u8], origin| MediaItem {
        target: MediaTarget::Question(q("ok")),
        kind: MediaKind::Audio,
        language: Some(LangTag::new("en").unwrap()),
        sha256: Sha256::of_bytes(bytes),
        bytes: bytes.len() as u64,
        mime: "audio/ogg".into(),
        origin,
    };
    let mut manifest = MediaManifest::new(Some(survey.id.clone()));
    manifest.put(item(
        b"synthetic prompt",
        MediaOrigin::Synthetic {
            voice: "espeak-ng en-gb".into(),
        },
    ));
    let before = manifest.hash();
    manifest.put(item(b"recorded by an interpreter", MediaOrigin::Recorded));
    assert_ne!(manifest.hash(), before);
    assert_eq!(survey.version_hash(), version_before);
}

#[test]
fn required_free_text_is_optional_for_a_resident_who_listens() {
    use heard_core::flow::{Screen, Session, SessionContext};
    use heard_core::response::AdministrationMode;
    let mut survey = golden_survey();
    for q in survey.sections[0].questions.iter_mut() {
        q.required = q.id.as_str() == "comment";
    }
    let survey = std::sync::Arc::new(survey);
    let start = |audio: bool| {
        let mut s = Session::new(
            survey.clone(),
            SessionContext {
                id: ResponseId::from_random_bytes([9; 16]),
                facility: FacilityCode::new("be-test").unwrap(),
                service_point: None,
                period: "2026-11".parse().unwrap(),
                mode: AdministrationMode::SelfCompleted,
                language: LangTag::new("en").unwrap(),
            },
        );
        if audio {
            s.mark_audio_used();
        }
        while !matches!(s.screen(), Screen::Question(q) if q.as_str() == "comment") {
            match s.screen() {
                Screen::Question(_) => {
                    s.next().unwrap();
                }
                Screen::Language => s.choose_language(LangTag::new("en").unwrap()).unwrap(),
                _ => s.proceed().unwrap(),
            }
        }
        s
    };
    // Reading: the comment is required.
    let mut reading = start(false);
    assert!(matches!(
        reading.next(),
        Err(heard_core::flow::FlowError::Required(_))
    ));
    // Listening: it may be skipped, and the complete response is valid.
    let mut listening = start(true);
    listening.next().unwrap();
    while !matches!(listening.screen(), Screen::Review) {
        listening.next().unwrap();
    }
    let response = listening.submit().unwrap();
    assert!(response.audio_used);
    assert!(!response.answers.contains_key(&q("comment")));
    heard_core::validate::check_response(&survey, &response).unwrap();
}
