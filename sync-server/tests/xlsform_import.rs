//! Importing XLSForm files built in the test: every supported type and column, header spellings,
//! partial translations and media.

mod xlsform_support;

use heard_core::canonical::Sha256;
use heard_core::condition::{CompareOp, Condition};
use heard_core::ids::{ChoiceId, LangTag, QuestionId, SurveyId};
use heard_core::media::{MediaItem, MediaKind, MediaOrigin, MediaTarget};
use heard_core::survey::{
    Choice, FlowOptions, Measure, OneTap, Question, QuestionKind, Satisfied, Section, Survey,
    SurveyMeta, Topic,
};
use heard_core::text::LocalizedText;
use heard_sync_server::xlsform::{
    export_xlsform, import_xlsform, ImportOptions, LanguageCoverage, MediaFolder,
};
use xlsform_support::{choices, import, settings, survey, xlsx};

fn t(pairs: &[(&str, &str)]) -> LocalizedText {
    let mut out = LocalizedText::default();
    for (l, v) in pairs {
        out.insert(LangTag::new(*l).expect("a valid tag"), *v);
    }
    out
}
fn q(s: &str) -> QuestionId {
    QuestionId::new(s).expect("a valid id")
}
fn c(s: &str) -> ChoiceId {
    ChoiceId::new(s).expect("a valid id")
}
fn lang(s: &str) -> LangTag {
    LangTag::new(s).expect("a valid tag")
}
fn choice(id: &str, en: &str, fr: &str) -> Choice {
    Choice {
        id: c(id),
        label: t(&[("en", en), ("fr", fr)]),
        exclusive: false,
        score: None,
    }
}
fn question(id: &str, kind: QuestionKind, en: &str, fr: &str) -> Question {
    Question {
        id: q(id),
        kind,
        topic: None,
        required: false,
        relevant: None,
        prompt: t(&[("en", en), ("fr", fr)]),
        hint: LocalizedText::default(),
        satisfied: None,
        measure: None,
        not_identifying: false,
    }
}

#[test]
fn every_supported_type_and_column_imports_into_the_model() {
    let header = vec![
        "type",
        "name",
        "label::English (en)",
        "label::French(fr)",
        "hint::English (en)",
        "hint::french",
        "required",
        "required_message",
        "relevant",
        "constraint",
        "constraint_message",
        "appearance",
        "parameters",
        "default",
        "heard_topic",
        "heard_satisfied",
        "heard_measure",
        "heard_kind",
        "heard_decimals",
        "heard_low::English (en)",
        "heard_low::French(fr)",
        "heard_high::English (en)",
        "heard_high::French(fr)",
    ];
    //            type                    name           en              fr               hint en     hint fr    req    req_msg        relevant                                              constraint                         c_msg       appear    params                  default topic      satisfied      measure    kind      dec  low en  low fr     high en high fr
    let rows = vec![
        vec!["begin group", "food", "Meals", "Repas"],
        vec![
            "select_one yn",
            "food_ok",
            "Food ok?",
            "Repas ok ?",
            "",
            "",
            "yes",
            "Please answer",
            "",
            "",
            "",
            "",
            "",
            "",
            "food",
            "yes",
            "",
            "yes-no",
        ],
        vec![
            "select_multiple reasons",
            "food_reasons",
            "Why?",
            "Pourquoi ?",
            "Choose",
            "Choisissez",
            "",
            "",
            "${food_ok} = 'no'",
            "count-selected(.) >= 1 and count-selected(.) <= 2",
            "At most 2",
            "",
            "",
            "",
            "food",
        ],
        vec![
            "select_one likert5",
            "staff",
            "Staff?",
            "Personnel ?",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "likert",
            "",
            "",
            "staff",
            "c4 c5",
        ],
        vec!["end group"],
        vec![
            "integer",
            "age_years",
            "Age",
            "Âge",
            "",
            "",
            "",
            "",
            "",
            ". >= 18 and . <= 99",
            "",
            "",
            "",
            "30",
        ],
        vec![
            "decimal",
            "hours",
            "Hours",
            "Heures",
            "",
            "",
            "",
            "",
            "",
            ". >= 0 and . < 24.5",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "1",
        ],
        vec![
            "text",
            "comment",
            "Comment",
            "Commentaire",
            "",
            "",
            "",
            "",
            "",
            "string-length(.) >= 2 and string-length(.) <= 500",
        ],
        vec!["note", "thanks", "Thanks", "Merci"],
        vec![
            "range",
            "overall",
            "Overall?",
            "Global ?",
            "",
            "",
            "no",
            "",
            "${age_years} >= 18 and not(selected(${food_reasons}, 'taste'))",
            "",
            "",
            "",
            "start=0 end=10 step=1",
            "",
            "overall",
            ">=7",
            "overall",
            "",
            "",
            "Bad",
            "Mauvais",
            "Good",
            "Bon",
        ],
        vec![
            "range",
            "mood",
            "Mood?",
            "Humeur ?",
            "",
            "",
            "",
            "",
            "${overall} != '' or ${comment} = ''",
            "",
            "",
            "",
            "start=1 end=5",
            "",
            "",
            ">=4",
            "",
            "smiley",
        ],
        vec!["rank prio", "priorities", "Rank", "Classez"],
    ];
    let choice_rows = vec![
        vec![
            "list_name",
            "name",
            "label::English (en)",
            "label::French(fr)",
            "heard_score",
            "heard_exclusive",
        ],
        vec!["yn", "yes", "Yes", "Oui"],
        vec!["yn", "no", "No", "Non"],
        vec!["reasons", "taste", "Taste", "Goût"],
        vec!["reasons", "too_little", "Too little", "Trop peu"],
        vec!["reasons", "none", "None", "Aucune", "", "yes"],
        vec!["likert5", "1", "Very bad", "Très mauvais", "0"],
        vec!["likert5", "2", "Bad", "Mauvais", "25"],
        vec!["likert5", "3", "Neutral", "Neutre", "50"],
        vec!["likert5", "4", "Good", "Bon", "75"],
        vec!["likert5", "5", "Very good", "Très bon", "100"],
        vec!["prio", "food", "Food", "Repas"],
        vec!["prio", "calm", "Calm", "Calme"],
    ];
    let settings_rows = vec![
        vec![
            "form_title::English (en)",
            "form_title::French(fr)",
            "form_id",
            "version",
            "default_language",
            "heard_target_percent",
            "heard_agency",
            "heard_country",
            "heard_instrument",
            "heard_illustrative",
            "heard_source",
            "heard_welcome",
            "heard_language_choice",
            "heard_anonymity",
            "heard_review",
            "heard_one_tap_reset_seconds",
        ],
        vec![
            "Life here",
            "La vie ici",
            "test_centre",
            "2026.2",
            "English (en)",
            "60",
            "Agency",
            "BE",
            "Instrument",
            "yes",
            "Source",
            "no",
            "no",
            "no",
            "no",
            "8",
        ],
    ];
    let form = import(&[
        survey(header, rows),
        ("choices", choice_rows),
        ("settings", settings_rows),
    ])
    .unwrap();

    let likert: Vec<Choice> = [
        ("c1", "Very bad", "Très mauvais", 0),
        ("c2", "Bad", "Mauvais", 25),
        ("c3", "Neutral", "Neutre", 50),
        ("c4", "Good", "Bon", 75),
        ("c5", "Very good", "Très bon", 100),
    ]
    .iter()
    .map(|(id, en, fr, s)| Choice {
        score: Some(*s),
        ..choice(id, en, fr)
    })
    .collect();
    let expected = Survey {
        id: SurveyId::new("test-centre").unwrap(),
        version: "2026.2".into(),
        default_language: lang("en"),
        languages: [lang("en"), lang("fr")].into(),
        title: t(&[("en", "Life here"), ("fr", "La vie ici")]),
        meta: SurveyMeta {
            agency: "Agency".into(),
            country: "BE".into(),
            instrument: "Instrument".into(),
            illustrative: true,
            source: "Source".into(),
        },
        flow: FlowOptions {
            welcome: false,
            language_choice: false,
            anonymity: false,
            review: false,
            one_tap: Some(OneTap { reset_seconds: 8 }),
        },
        target_percent: Some(60),
        sections: vec![
            Section {
                id: q("food"),
                title: t(&[("en", "Meals"), ("fr", "Repas")]),
                questions: vec![
                    Question {
                        required: true,
                        topic: Some(Topic::Food),
                        satisfied: Some(Satisfied::Choices(vec![c("yes")])),
                        ..question("food-ok", QuestionKind::YesNo, "Food ok?", "Repas ok ?")
                    },
                    Question {
                        topic: Some(Topic::Food),
                        relevant: Some(Condition::Is {
                            question: q("food-ok"),
                            choice: c("no"),
                        }),
                        hint: t(&[("en", "Choose"), ("fr", "Choisissez")]),
                        ..question(
                            "food-reasons",
                            QuestionKind::MultipleChoice {
                                choices: vec![
                                    choice("taste", "Taste", "Goût"),
                                    choice("too-little", "Too little", "Trop peu"),
                                    Choice {
                                        exclusive: true,
                                        ..choice("none", "None", "Aucune")
                                    },
                                ],
                                min: Some(1),
                                max: Some(2),
                            },
                            "Why?",
                            "Pourquoi ?",
                        )
                    },
                    Question {
                        topic: Some(Topic::Staff),
                        satisfied: Some(Satisfied::Choices(vec![c("c4"), c("c5")])),
                        ..question(
                            "staff",
                            QuestionKind::SingleChoice {
                                choices: likert,
                                likert: true,
                            },
                            "Staff?",
                            "Personnel ?",
                        )
                    },
                ],
            },
            Section {
                id: q("part-1"),
                title: LocalizedText::default(),
                questions: vec![
                    question(
                        "age-years",
                        QuestionKind::Number {
                            min: 18,
                            max: 99,
                            decimals: 0,
                        },
                        "Age",
                        "Âge",
                    ),
                    question(
                        "hours",
                        QuestionKind::Number {
                            min: 0,
                            max: 244,
                            decimals: 1,
                        },
                        "Hours",
                        "Heures",
                    ),
                    question(
                        "comment",
                        QuestionKind::FreeText {
                            min_length: 2,
                            max_length: 500,
                        },
                        "Comment",
                        "Commentaire",
                    ),
                    question("thanks", QuestionKind::Info, "Thanks", "Merci"),
                    Question {
                        topic: Some(Topic::Overall),
                        satisfied: Some(Satisfied::AtLeast(7)),
                        measure: Some(Measure::Overall),
                        relevant: Some(Condition::All(vec![
                            Condition::Compare {
                                question: q("age-years"),
                                op: CompareOp::Ge,
                                value: 18,
                            },
                            Condition::Not(Box::new(Condition::Is {
                                question: q("food-reasons"),
                                choice: c("taste"),
                            })),
                        ])),
                        ..question(
                            "overall",
                            QuestionKind::Scale {
                                min: 0,
                                max: 10,
                                step: 1,
                                low: t(&[("en", "Bad"), ("fr", "Mauvais")]),
                                high: t(&[("en", "Good"), ("fr", "Bon")]),
                            },
                            "Overall?",
                            "Global ?",
                        )
                    },
                    Question {
                        satisfied: Some(Satisfied::AtLeast(4)),
                        relevant: Some(Condition::Any(vec![
                            Condition::Answered(q("overall")),
                            Condition::Not(Box::new(Condition::Answered(q("comment")))),
                        ])),
                        ..question(
                            "mood",
                            QuestionKind::Smiley { faces: 5 },
                            "Mood?",
                            "Humeur ?",
                        )
                    },
                    question(
                        "priorities",
                        QuestionKind::Ranking {
                            choices: vec![
                                choice("food", "Food", "Repas"),
                                choice("calm", "Calm", "Calme"),
                            ],
                        },
                        "Rank",
                        "Classez",
                    ),
                ],
            },
        ],
    };
    assert_eq!(form.survey, expected);
    // One-tap mode makes the first question the tap: it is required and always shown (checked
    // by the core); the form passes, so the survey is valid.
    assert!(form.coverage.iter().all(LanguageCoverage::is_complete));
    let notes: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        [
            "sheet `survey`, row 3, column H (`required_message`): not imported: the app shows its own message, in the resident's language",
            "sheet `survey`, row 4, column K (`constraint_message`): not imported: the app shows its own message, in the resident's language",
            "sheet `survey`, row 7, column N (`default`): the default `30` is not imported: Heard never pre-fills an answer, so residents are not steered",
        ]
    );
}

#[test]
fn each_header_spelling_names_the_same_language() {
    for (header, default_language, tag) in [
        ("label::English (en)", "", "en"),
        ("label::English(en)", "", "en"),
        ("label::english", "", "en"),
        ("label::en", "", "en"),
        ("label", "English (en)", "en"),
        ("label", "French (fr)", "fr"),
        ("label", "", "en"),
        ("label::Dari (prs)", "Dari", "fa-AF"),
        ("label::Dari (fa-AF)", "", "fa-AF"),
        ("label::Kurdish (Sorani)", "ckb", "ckb"),
        ("label::Tigrinya (ti)", "Tigrinya", "ti"),
        ("label::العربية", "Arabic (ar)", "ar"),
        ("label::Lingala (ln)", "Lingala", "ln"),
    ] {
        let form = import(&[
            survey(
                vec!["type", "name", header],
                vec![vec!["text", "comment", "Hello"]],
            ),
            (
                "settings",
                vec![
                    vec!["form_title", "form_id", "version", "default_language"],
                    vec!["Title", "spelling", "1", default_language],
                ],
            ),
        ])
        .unwrap_or_else(|e| panic!("{header}: {e}"));
        let q = form.survey.questions().next().unwrap();
        assert_eq!(q.prompt, t(&[(tag, "Hello")]), "{header}");
        assert_eq!(form.survey.default_language, lang(tag), "{header}");
        assert_eq!(form.survey.languages, [lang(tag)].into(), "{header}");
    }
}

#[test]
fn partial_translations_are_reported_not_declared() {
    let form = import(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "label::French (fr)",
                "label::Arabic (ar)",
                "hint::Arabic (ar)",
            ],
            vec![
                vec![
                    "select_one yn",
                    "ok",
                    "OK?",
                    "D'accord ?",
                    "موافق؟",
                    "تلميح",
                ],
                vec!["text", "why", "Why?", "Pourquoi ?", ""],
            ],
        ),
        (
            "choices",
            vec![
                vec![
                    "list_name",
                    "name",
                    "label",
                    "label::French (fr)",
                    "label::Arabic (ar)",
                ],
                vec!["yn", "yes", "Yes", "Oui", "نعم"],
                vec!["yn", "no", "No", "Non", ""],
            ],
        ),
        (
            "settings",
            vec![
                vec![
                    "form_title",
                    "form_title::French (fr)",
                    "form_id",
                    "version",
                    "default_language",
                ],
                vec!["Title", "Titre", "partial", "1", "English (en)"],
            ],
        ),
    ])
    .unwrap();
    assert_eq!(form.survey.languages, [lang("en"), lang("fr")].into());
    assert_eq!(
        form.coverage,
        vec![
            LanguageCoverage {
                language: lang("ar"),
                present: 2,
                expected: 5,
                missing: vec![
                    "the title".into(),
                    "choice `no` of `ok`".into(),
                    "question `why`".into(),
                ],
            },
            LanguageCoverage {
                language: lang("en"),
                present: 5,
                expected: 5,
                missing: vec![]
            },
            LanguageCoverage {
                language: lang("fr"),
                present: 5,
                expected: 5,
                missing: vec![]
            },
        ]
    );
    // Arabic text is left out of the model until complete.
    let ok = form.survey.questions().next().unwrap();
    assert_eq!(ok.prompt, t(&[("en", "OK?"), ("fr", "D'accord ?")]));
    assert!(ok.hint.is_empty());
    assert_eq!(
        form.notes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["language `ar` is 40% translated (2 of 5 texts) and is left out until complete; missing: the title, choice `no` of `ok`, question `why`"]
    );
}

#[test]
fn media_columns_on_both_sheets_become_a_manifest() {
    let sheets = [
        survey(
            vec![
                "type",
                "name",
                "label",
                "label::Arabic (ar)",
                "audio",
                "audio::Arabic (ar)",
                "media::image",
                "media::audio::French (fr)",
                "label::French (fr)",
            ],
            vec![vec![
                "select_one yn",
                "ok",
                "OK?",
                "موافق؟",
                "ok-en.mp3",
                "ok-ar.ogg",
                "ok.png",
                "ok-fr.opus",
                "D'accord ?",
            ]],
        ),
        (
            "choices",
            vec![
                vec![
                    "list_name",
                    "name",
                    "label",
                    "label::Arabic (ar)",
                    "label::French (fr)",
                    "image",
                    "image::Arabic (ar)",
                ],
                vec!["yn", "yes", "Yes", "نعم", "Oui", "yes.svg", "yes-ar.svg"],
                vec!["yn", "no", "No", "لا", "Non"],
            ],
        ),
        settings_with_title_in(&["en", "ar", "fr"]),
    ];
    let files: [(&str, &[u8]); 6] = [
        ("ok-en.mp3", b"en sound"),
        ("ok-ar.ogg", b"ar sound"),
        ("ok-fr.opus", b"fr sound"),
        ("ok.png", b"picture"),
        ("yes.svg", b"<svg/>"),
        ("yes-ar.svg", b"<svg/>"),
    ];
    let folder: MediaFolder = files
        .iter()
        .map(|(n, b)| ((*n).to_owned(), b.to_vec()))
        .collect();
    let form = import_xlsform(
        &xlsx(&sheets),
        &ImportOptions {
            media: Some(&folder),
            fallback_id: None,
            ..Default::default()
        },
    )
    .unwrap();
    let item =
        |target: MediaTarget, kind, language: Option<&str>, bytes: &[u8], mime: &str| MediaItem {
            target,
            kind,
            language: language.map(lang),
            sha256: Sha256::of_bytes(bytes),
            bytes: bytes.len() as u64,
            mime: mime.into(),
            origin: MediaOrigin::Imported,
        };
    let question = MediaTarget::Question(q("ok"));
    let yes = MediaTarget::Choice {
        question: q("ok"),
        choice: c("yes"),
    };
    let mut expected = vec![
        item(
            question.clone(),
            MediaKind::Audio,
            Some("en"),
            b"en sound",
            "audio/mpeg",
        ),
        item(
            question.clone(),
            MediaKind::Audio,
            Some("ar"),
            b"ar sound",
            "audio/ogg",
        ),
        item(
            question.clone(),
            MediaKind::Audio,
            Some("fr"),
            b"fr sound",
            "audio/ogg",
        ),
        item(
            question,
            MediaKind::Pictogram,
            None,
            b"picture",
            "image/png",
        ),
        item(
            yes.clone(),
            MediaKind::Pictogram,
            None,
            b"<svg/>",
            "image/svg+xml",
        ),
        item(
            yes,
            MediaKind::Pictogram,
            Some("ar"),
            b"<svg/>",
            "image/svg+xml",
        ),
    ];
    expected.sort();
    assert_eq!(form.manifest.items, expected);
    assert_eq!(form.manifest.survey, Some(SurveyId::new("media").unwrap()));
    // Identical files are stored once.
    assert_eq!(form.media_files.len(), 5);
    assert!(form.unresolved_media.is_empty());

    // Without a media folder the names are checked, not hashed, and listed.
    let offline = import(&sheets).unwrap();
    assert!(offline.manifest.items.is_empty());
    assert_eq!(
        offline.unresolved_media,
        [
            "ok-en.mp3",
            "ok-ar.ogg",
            "ok-fr.opus",
            "ok.png",
            "yes.svg",
            "yes-ar.svg"
        ]
    );
}

fn settings_with_title_in(langs: &[&str]) -> (&'static str, Vec<Vec<&'static str>>) {
    let mut header = vec!["form_id", "version", "default_language"];
    let mut row = vec!["media", "1", "English (en)"];
    for l in langs {
        header.push(match *l {
            "en" => "form_title::English (en)",
            "ar" => "form_title::Arabic (ar)",
            _ => "form_title::French (fr)",
        });
        row.push("Title");
    }
    ("settings", vec![header, row])
}

#[test]
fn excel_numbers_booleans_and_odd_names_are_read() {
    let form = import(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "required",
                "relevant",
                "parameters",
            ],
            vec![
                vec!["select_one scale", "Q1", "Rate", "#b:true"],
                vec![
                    "text",
                    "Why_Not",
                    "Why?",
                    "FALSE",
                    "${Q1} = 1 or ${Q1} <= '2'",
                ],
            ],
        ),
        choices(vec![
            vec!["scale", "#n:1", "One"],
            vec!["scale", "#n:2", "Two"],
        ]),
        settings(),
    ]);
    // `${Q1} <= '2'` on a choice question is not a Heard condition: the error says so.
    let e = form.unwrap_err().to_string();
    assert_eq!(
        e,
        "the form has 1 problem(s):\n  sheet `survey`, row 3, column E (`relevant`): `${Q1} = 1 or ${Q1} <= '2'` cannot be a Heard condition: choices can only be compared with = or !="
    );
    let form = import(&[
        survey(
            vec!["type", "name", "label", "required", "relevant"],
            vec![
                vec!["select_one scale", "Q1", "Rate", "#b:true"],
                vec![
                    "text",
                    "Why_Not",
                    "Why?",
                    "FALSE",
                    "${Q1} = 1 or ${Q1} != '2'",
                ],
            ],
        ),
        choices(vec![
            vec!["scale", "#n:1", "One"],
            vec!["scale", "#n:2", "Two"],
        ]),
        settings(),
    ])
    .unwrap();
    let s = &form.survey;
    let q1 = s.question(&q("q1")).unwrap();
    assert!(q1.required);
    assert_eq!(q1.kind.choice_ids(), [c("c1"), c("c2")]);
    let why = s.question(&q("why-not")).unwrap();
    assert!(!why.required);
    assert_eq!(
        why.relevant,
        Some(Condition::Any(vec![
            Condition::Is {
                question: q("q1"),
                choice: c("c1")
            },
            Condition::Not(Box::new(Condition::Is {
                question: q("q1"),
                choice: c("c2")
            })),
        ]))
    );
    // Exporting with the recorded names gives the author's names back.
    let bytes = export_xlsform(s, None, Some(&form.names)).unwrap();
    let again = import_xlsform(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(again.survey, form.survey);
    assert_eq!(again.names, form.names);
    assert_eq!(form.names.field("q1"), "Q1");
    assert_eq!(form.names.choice("q1", "c1"), "1");
}

#[test]
fn a_form_without_default_language_takes_english_and_says_so() {
    let form = import(&[
        survey(
            vec!["type", "name", "label"],
            vec![vec!["note", "hello", "Hello"]],
        ),
        (
            "settings",
            vec![
                vec!["form_title", "form_id", "version"],
                vec!["T", "plain", "1"],
            ],
        ),
    ])
    .unwrap();
    assert_eq!(form.survey.default_language, lang("en"));
    assert_eq!(
        form.notes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["sheet `settings`: no `default_language` is set; the default language is taken to be `en`"]
    );
}

#[test]
fn a_form_without_settings_derives_id_title_and_version_with_warnings() {
    let bytes = xlsx(&[survey(
        vec!["type", "name", "label"],
        vec![vec!["note", "hello", "Hello"]],
    )]);
    let import = |bytes: &[u8]| {
        import_xlsform(
            bytes,
            &ImportOptions {
                media: None,
                fallback_id: Some("My_Form"),
                ..Default::default()
            },
        )
        .expect("pyxform derives title and version, and so does Heard")
    };
    let form = import(&bytes);
    assert_eq!(form.survey.id.as_str(), "my-form");
    let en = heard_core::ids::LangTag::new("en").expect("tag");
    assert_eq!(form.survey.title.get(&en), Some("My_Form"));
    // The version is the content hash: the same file gives the same version, another file another.
    assert!(
        form.survey.version.starts_with("sha256-"),
        "{}",
        form.survey.version
    );
    assert_eq!(import(&bytes).survey.version, form.survey.version);
    let other = xlsx(&[survey(
        vec!["type", "name", "label"],
        vec![vec!["note", "hello", "Hello!"]],
    )]);
    assert_ne!(import(&other).survey.version, form.survey.version);
    let notes: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("no `form_title` in the default language; the title is `My_Form`")),
        "{notes:#?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("no `version`; derived from the file's content hash")),
        "{notes:#?}"
    );
}

#[test]
fn heard_not_identifying_marks_a_number_and_survives_an_export() {
    let sheets = |mark_rating: &'static str| {
        [
            survey(
                vec!["type", "name", "label", "heard_not_identifying"],
                vec![
                    vec!["integer", "age", "Age?", ""],
                    vec!["integer", "rating", "Rating?", mark_rating],
                    vec!["decimal", "nights", "Nights?", "no"],
                ],
            ),
            settings(),
        ]
    };
    let form = import(&sheets("yes")).unwrap();
    let marked = |f: &heard_sync_server::xlsform::ImportedForm| {
        f.survey
            .questions()
            .filter(|q| q.not_identifying)
            .map(|q| q.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(marked(&form), ["rating"]);
    let bytes = export_xlsform(&form.survey, None, Some(&form.names)).unwrap();
    let again = import_xlsform(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(again.survey, form.survey);
    assert_eq!(marked(&again), ["rating"]);
    // Unmarked everywhere: the same survey as without the column.
    let plain = import(&sheets("")).unwrap();
    assert!(marked(&plain).is_empty());
    // Only numbers take it, and only as yes or no.
    let e = import(&sheets("sometimes")).unwrap_err().to_string();
    assert!(e.contains("`sometimes` is not yes or no"), "{e}");
    let e = import(&[
        survey(
            vec!["type", "name", "label", "heard_not_identifying"],
            vec![vec!["text", "comment", "Comment?", "yes"]],
        ),
        settings(),
    ])
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("`heard_not_identifying` does not apply to a text question; remove it"),
        "{e}"
    );
}

#[test]
fn a_derived_title_serves_every_language_so_none_is_left_out_for_it() {
    let bytes = xlsx(&[survey(
        vec!["type", "name", "label::English (en)", "label::Arabic (ar)"],
        vec![vec!["note", "hello", "Hello", "مرحبا"]],
    )]);
    let form = import_xlsform(
        &bytes,
        &ImportOptions {
            fallback_id: Some("tutorial_arabic"),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        form.survey.languages.contains(&lang("ar")),
        "{:?}",
        form.notes
    );
    assert_eq!(form.survey.title.get(&lang("ar")), Some("tutorial_arabic"));
    assert_eq!(form.survey.title.get(&lang("en")), Some("tutorial_arabic"));
}
