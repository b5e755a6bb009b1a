//! XLSForm `range` with a step other than 1 (`start=0 end=100 step=25`): a Heard scale of those
//! points only, that survives export and import, and whose off-step answers are refused.

mod xlsform_support;

use heard_core::ids::QuestionId;
use heard_core::response::Answer;
use heard_core::survey::QuestionKind;
use heard_core::validate::check_answer;
use heard_sync_server::xlsform::{export_xlsform, import_xlsform, ImportOptions};
use xlsform_support::{import, settings, survey};

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
