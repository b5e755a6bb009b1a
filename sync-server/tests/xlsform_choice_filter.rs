//! `choice_filter` on one earlier select_one (a cascade) is expanded into one question per
//! answer, each offering its own choices and asked only after that answer; conditions naming the
//! filtered question hold for whichever expansion was asked. Other filters are errors naming the
//! row.

mod xlsform_support;

use heard_core::condition::Condition;
use heard_core::ids::{ChoiceId, QuestionId};
use heard_core::response::{Answer, Answers};
use heard_core::survey::Survey;
use xlsform_support::{errors, import, settings, survey, Sheet};

fn q(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}

fn pick(c: &str) -> Answer {
    Answer::Choice(ChoiceId::new(c).unwrap())
}

fn cascade(filter_on_city: &'static str) -> Vec<Sheet<'static>> {
    vec![
        survey(
            vec!["type", "name", "label", "choice_filter", "relevant"],
            vec![
                vec!["select_one states", "state", "State?"],
                vec!["select_one counties", "county", "County?", "cf = ${state}"],
                vec!["select_one cities", "city", "City?", filter_on_city],
                vec!["text", "why_king", "Why King?", "", "${county} = 'king'"],
            ],
        ),
        (
            "choices",
            vec![
                vec!["list_name", "name", "label", "cf"],
                vec!["states", "texas", "Texas"],
                vec!["states", "washington", "Washington"],
                vec!["states", "oregon", "Oregon"],
                vec!["counties", "king", "King", "washington"],
                vec!["counties", "pierce", "Pierce", "washington"],
                vec!["counties", "cameron", "Cameron", "texas"],
                vec!["counties", "hidalgo", "Hidalgo", "texas"],
                vec!["cities", "seattle", "Seattle", "king"],
                vec!["cities", "redmond", "Redmond", "king"],
                vec!["cities", "tacoma", "Tacoma", "pierce"],
                vec!["cities", "puyallup", "Puyallup", "pierce"],
                vec!["cities", "brownsville", "Brownsville", "cameron"],
            ],
        ),
        settings(),
    ]
}

fn choices_of(s: &Survey, id: &str) -> Vec<String> {
    s.question(&q(id))
        .unwrap_or_else(|| panic!("no question {id}"))
        .kind
        .choice_ids()
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn asked(s: &Survey, answers: &Answers) -> Vec<String> {
    s.questions()
        .filter(|x| x.relevant.as_ref().is_none_or(|c| c.holds(answers, s)))
        .map(|x| x.id.to_string())
        .collect()
}

#[test]
fn a_cascade_becomes_one_question_per_answer_asked_only_after_it() {
    let form = import(&cascade("${county} = cf")).expect("a cascade imports");
    let s = &form.survey;
    let ids: Vec<String> = s.questions().map(|x| x.id.to_string()).collect();
    assert_eq!(
        ids,
        [
            "state",
            "county-texas",
            "county-washington",
            "city-king",
            "city-pierce",
            "why-king"
        ]
    );
    assert_eq!(choices_of(s, "county-texas"), ["cameron", "hidalgo"]);
    assert_eq!(choices_of(s, "county-washington"), ["king", "pierce"]);
    assert_eq!(choices_of(s, "city-king"), ["seattle", "redmond"]);

    // Washington, then King: only the questions that apply are asked.
    let mut a = Answers::new();
    a.insert(q("state"), pick("washington"));
    assert_eq!(asked(s, &a), ["state", "county-washington"]);
    a.insert(q("county-washington"), pick("king"));
    assert_eq!(
        asked(s, &a),
        ["state", "county-washington", "city-king", "why-king"]
    );
    // Texas: its counties; no city question (Cameron has one city, Hidalgo none).
    let mut t = Answers::new();
    t.insert(q("state"), pick("texas"));
    t.insert(q("county-texas"), pick("cameron"));
    assert_eq!(asked(s, &t), ["state", "county-texas"]);
    // The condition on `county` now reads any of its expansions.
    assert_eq!(
        s.question(&q("why-king")).unwrap().relevant,
        Some(Condition::Any(vec![Condition::Is {
            question: q("county-washington"),
            choice: ChoiceId::new("king").unwrap(),
        }]))
    );

    // Each expansion is named in a warning, and what is not asked says why; the filter column
    // is read, so it is not reported as ignored.
    let warnings: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    assert!(warnings.contains(&"sheet `survey`, row 3, column D (`choice_filter`): `county` is asked as one question per answer to `state` (`cf = ${state}`): county_texas, county_washington; not asked after: oregon (0 choice(s)) (fewer than two choices)".to_owned()), "{warnings:#?}");
    assert!(warnings.contains(&"sheet `survey`, row 4, column D (`choice_filter`): `city` is asked as one question per answer to `county` (`${county} = cf`): city_king, city_pierce; not asked after: cameron (1 choice(s)), hidalgo (0 choice(s)) (fewer than two choices)".to_owned()), "{warnings:#?}");
    assert!(
        !warnings.iter().any(|w| w.contains("(`cf`)")),
        "{warnings:#?}"
    );
    // Exports keep the workbook's names.
    assert_eq!(form.names.field("city-king"), "city_king");
}

#[test]
fn filters_that_cannot_be_expanded_are_errors_naming_the_row() {
    for (filter, why) in [
        ("cf = ${state} and cf = ${county}", "`cf = ${state} and cf = ${county}` cannot be expanded: Heard expands only a filter on one earlier select_one: `column = ${question}`, with `column` a column of the choices sheet"),
        ("cf = ${why_king}", "`cf = ${why_king}` cannot be expanded: `${why_king}` must name an earlier select_one with its own choice list"),
        ("region = ${county}", "`region = ${county}` cannot be expanded: the choices sheet has no column `region`"),
        ("cf != ${county}", "`cf != ${county}` cannot be expanded: Heard expands only a filter on one earlier select_one: `column = ${question}`, with `column` a column of the choices sheet"),
    ] {
        assert_eq!(
            errors(&cascade(filter)),
            [format!("sheet `survey`, row 4, column D (`choice_filter`): {why}")],
            "{filter}"
        );
    }
}

#[test]
fn repeated_choice_names_need_the_setting_and_a_filter_that_separates_them() {
    let sheets = |settings_row: Vec<&'static str>, filter: &'static str| {
        vec![
            survey(
                vec!["type", "name", "label", "choice_filter"],
                vec![
                    vec!["select_one states", "state", "State?"],
                    vec!["select_one counties", "county", "County?", filter],
                ],
            ),
            (
                "choices",
                vec![
                    vec!["list_name", "name", "label", "cf"],
                    vec!["states", "texas", "Texas"],
                    vec!["states", "washington", "Washington"],
                    vec!["counties", "king", "King", "washington"],
                    vec!["counties", "pierce", "Pierce", "washington"],
                    vec!["counties", "king", "King", "texas"],
                    vec!["counties", "cameron", "Cameron", "texas"],
                ],
            ),
            (
                "settings",
                vec![
                    vec![
                        "form_title",
                        "form_id",
                        "version",
                        "allow_choice_duplicates",
                    ],
                    settings_row,
                ],
            ),
        ]
    };
    // pyxform's setting, and a filter that puts each `king` in its own question: imports.
    let form = import(&sheets(vec!["T", "t", "1", "yes"], "cf = ${state}")).unwrap();
    assert_eq!(
        choices_of(&form.survey, "county-texas"),
        ["king", "cameron"]
    );
    assert_eq!(
        choices_of(&form.survey, "county-washington"),
        ["king", "pierce"]
    );
    // Without the setting, the repeated name is an error naming its row.
    assert_eq!(
        errors(&sheets(vec!["T", "t", "1", "no"], "cf = ${state}")),
        ["sheet `choices`, row 6, column B (`name`): list `counties` already has the choice `king` (row 4); choice names must differ within a list"]
    );
    // With the setting but no filter, one question would offer `king` twice: refused.
    let e = errors(&sheets(vec!["T", "t", "1", "yes"], ""));
    assert!(
        e.iter().any(|m| m.contains("county") && m.contains("king")),
        "{e:?}"
    );
}
