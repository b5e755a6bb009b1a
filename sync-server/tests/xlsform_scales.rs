//! Scales from XLSForm: a `range` with a step other than 1 (`start=0 end=100 step=25`) is a Heard
//! scale of those points only, and a select_one with `appearance` `likert` is a one-choice
//! question the tablet shows as a scale; both survive export and import.

mod xlsform_support;

use heard_core::ids::QuestionId;
use heard_core::response::Answer;
use heard_core::survey::QuestionKind;
use heard_core::validate::check_answer;
use heard_sync_server::xlsform::{export_xlsform, import_xlsform, ImportOptions};
use xlsform_support::{choices, import, settings, survey, warnings};

#[test]
fn a_range_with_a_step_is_a_scale_of_those_points_and_survives_an_export() {
    let form = import(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "parameters",
                "heard_low",
                "heard_high",
            ],
            vec![vec![
                "range",
                "share",
                "How much of the time?",
                "start=0 end=100 step=25",
                "Never",
                "Always",
            ]],
        ),
        settings(),
    ])
    .expect("a stepped range imports");
    let q = form
        .survey
        .question(&QuestionId::new("share").unwrap())
        .unwrap();
    assert!(matches!(
        q.kind,
        QuestionKind::Scale {
            min: 0,
            max: 100,
            step: 25,
            ..
        }
    ));
    assert_eq!(q.kind.points(), Some(vec![0, 25, 50, 75, 100]));
    check_answer(q, &Answer::Point(50)).unwrap();
    assert_eq!(
        check_answer(q, &Answer::Point(60)).unwrap_err().code(),
        "off_step"
    );

    let bytes = export_xlsform(&form.survey, None, Some(&form.names)).unwrap();
    let again = import_xlsform(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(again.survey, form.survey);
}

#[test]
fn a_likert_select_one_is_shown_as_a_scale_and_keeps_its_choice_values() {
    let sheets = [
        survey(
            vec!["type", "name", "label", "appearance"],
            vec![
                vec![
                    "select_one agree",
                    "fair",
                    "The staff treat me fairly",
                    "likert",
                ],
                vec!["select_one agree", "safe", "I feel safe here", ""],
            ],
        ),
        choices(vec![
            vec!["agree", "1", "Disagree"],
            vec!["agree", "2", "Neither"],
            vec!["agree", "3", "Agree"],
        ]),
        settings(),
    ];
    // `likert` is read, not ignored: no warning about the appearance column.
    assert!(
        warnings(&sheets).iter().all(|w| !w.contains("appearance")),
        "{:?}",
        warnings(&sheets)
    );
    let form = import(&sheets).unwrap();
    let kind = |id: &str| {
        form.survey
            .question(&QuestionId::new(id).unwrap())
            .unwrap()
            .kind
            .clone()
    };
    assert!(
        matches!(kind("fair"), QuestionKind::SingleChoice { likert: true, ref choices } if choices.len() == 3)
    );
    assert!(matches!(
        kind("safe"),
        QuestionKind::SingleChoice { likert: false, .. }
    ));
    // The workbook's values stay what exports write.
    assert_eq!(form.names.choice("fair", "c1"), "1");

    let bytes = export_xlsform(&form.survey, None, Some(&form.names)).unwrap();
    let again = import_xlsform(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(again.survey, form.survey);
}
