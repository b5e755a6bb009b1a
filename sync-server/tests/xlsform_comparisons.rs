//! `${a} != ${b}`: XLSForm comparisons of two answers become the core's `CompareAnswers`, hold
//! on real answers as XPath would, survive an export, and are refused between answers that cannot
//! be compared.

mod xlsform_support;

use heard_core::condition::{CompareOp, Condition};
use heard_core::ids::{ChoiceId, QuestionId};
use heard_core::response::{Answer, Answers};
use heard_sync_server::xlsform::{export_xlsform, import_xlsform, ImportOptions};
use xlsform_support::{choices, errors, import, settings, survey};

fn q(s: &str) -> QuestionId {
    QuestionId::new(s).unwrap()
}

fn form_sheets() -> Vec<xlsform_support::Sheet<'static>> {
    vec![
        survey(
            vec!["type", "name", "label", "relevant", "heard_decimals"],
            vec![
                vec!["integer", "adults", "Adults in the room?"],
                vec!["decimal", "kids", "Children?", "", "1"],
                vec![
                    "text",
                    "crowded",
                    "Too many children?",
                    "${kids} > ${adults}",
                ],
                vec!["select_one place", "born", "Where were you born?"],
                vec!["select_one place", "lives", "Where do you live?"],
                vec!["text", "moved", "Why did you move?", "${born} != ${lives}"],
            ],
        ),
        choices(vec![
            vec!["place", "north", "North"],
            vec!["place", "south", "South"],
        ]),
        settings(),
    ]
}

#[test]
fn two_answers_compared_become_one_core_condition_that_holds_as_xpath_would() {
    let form = import(&form_sheets()).expect("comparisons of two answers import");
    let s = &form.survey;
    let crowded = s.question(&q("crowded")).unwrap().relevant.clone();
    assert_eq!(
        crowded,
        Some(Condition::CompareAnswers {
            left: q("kids"),
            op: CompareOp::Gt,
            right: q("adults"),
        })
    );
    let moved = s.question(&q("moved")).unwrap().relevant.clone().unwrap();
    assert_eq!(moved.to_string(), "born != answer(lives)");

    // kids is a decimal stored in tenths: 2.5 children against 2 adults is more, 2.0 is not.
    let mut a = Answers::new();
    assert!(
        !crowded.as_ref().unwrap().holds(&a, s),
        "false until answered"
    );
    a.insert(q("adults"), Answer::Number(2));
    a.insert(q("kids"), Answer::Number(25));
    assert!(crowded.as_ref().unwrap().holds(&a, s));
    a.insert(q("kids"), Answer::Number(20));
    assert!(!crowded.as_ref().unwrap().holds(&a, s));

    let place = |c: &str| Answer::Choice(ChoiceId::new(c).unwrap());
    a.insert(q("born"), place("north"));
    assert!(!moved.holds(&a, s), "false while one side is unanswered");
    a.insert(q("lives"), place("north"));
    assert!(!moved.holds(&a, s));
    a.insert(q("lives"), place("south"));
    assert!(moved.holds(&a, s));
}

#[test]
fn a_comparison_of_two_answers_survives_export_and_import() {
    let form = import(&form_sheets()).unwrap();
    let bytes = export_xlsform(&form.survey, None, Some(&form.names)).unwrap();
    let again = import_xlsform(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(again.survey, form.survey);
}

#[test]
fn answers_that_cannot_be_compared_are_refused_with_the_row() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label", "relevant"],
            vec![
                vec!["integer", "n", "N?"],
                vec!["select_one yn", "ok", "OK?"],
                vec!["select_one yn", "sure", "Sure?"],
                vec!["text", "t", "T?"],
                vec!["text", "a", "A?", "${n} = ${ok}"],
                vec!["text", "b", "B?", "${ok} < ${sure}"],
                vec!["text", "c", "C?", "${t} != ${n}"],
            ],
        ),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 6, column D (`relevant`): `${n} = ${ok}` cannot be a Heard condition: `${n}` and `${ok}` cannot be compared with `=`: Heard compares two one-choice answers with = or !=, or two numbers or scales",
            "sheet `survey`, row 7, column D (`relevant`): `${ok} < ${sure}` cannot be a Heard condition: `${ok}` and `${sure}` cannot be compared with `<`: Heard compares two one-choice answers with = or !=, or two numbers or scales",
            "sheet `survey`, row 8, column D (`relevant`): `${t} != ${n}` cannot be a Heard condition: `${t}` and `${n}` cannot be compared with `!=`: Heard compares two one-choice answers with = or !=, or two numbers or scales",
        ]
    );
}
