//! Invalid input: each problem is reported with its sheet, row and column and what to do, all
//! of them at once, never a panic and never a silent drop.

mod xlsform_support;

use heard_sync_server::xlsform::{import_xlsform, ImportError, ImportOptions};
use xlsform_support::{choices, errors, settings, survey, xlsx};

fn one_row(header: Vec<&'static str>, row: Vec<&'static str>) -> Vec<String> {
    errors(&[
        survey(header, vec![row]),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ])
}

#[test]
fn bytes_that_are_not_a_workbook() {
    let e = import_xlsform(b"type,name,label\ntext,a,A\n", &ImportOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "this is not an XLSForm .xlsx file: it is not a zip archive; save the form as .xlsx (Excel Workbook)"
    );
    let e = import_xlsform(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0], &ImportOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "this is not an XLSForm .xlsx file: it looks like an old .xls file; save it as .xlsx (Excel Workbook)"
    );
    assert_eq!(
        import_xlsform(b"", &ImportOptions::default()).unwrap_err(),
        ImportError::NotXlsx(
            "it is not a zip archive; save the form as .xlsx (Excel Workbook)".into()
        )
    );
}

#[test]
fn a_damaged_workbook() {
    let mut bytes = xlsx(&[
        survey(vec!["type", "name", "label"], vec![vec!["text", "a", "A"]]),
        settings(),
    ]);
    bytes.truncate(bytes.len() / 2);
    let e = import_xlsform(&bytes, &ImportOptions::default()).unwrap_err();
    assert!(matches!(e, ImportError::NotXlsx(_)), "{e:?}");
    assert!(
        e.to_string()
            .starts_with("this is not an XLSForm .xlsx file: the workbook cannot be opened: "),
        "{e}"
    );
    // Any truncation: an error, never a panic.
    let whole = xlsx(&[
        survey(vec!["type", "name", "label"], vec![vec!["text", "a", "A"]]),
        settings(),
    ]);
    for cut in (0..whole.len()).step_by(97) {
        assert!(import_xlsform(&whole[..cut], &ImportOptions::default()).is_err());
    }
}

#[test]
fn a_workbook_without_a_survey_sheet() {
    assert_eq!(
        errors(&[settings()]),
        ["the workbook has no `survey` sheet; an XLSForm needs the sheets `survey`, `choices` (for select questions) and `settings`"]
    );
}

#[test]
fn unsupported_types_say_why_and_what_to_do() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label"],
            vec![
                vec!["geopoint", "where", "Where?"],
                vec!["begin repeat", "kids", "Children"],
                vec!["calculate", "total", ""],
                vec!["deviceid", "device", ""],
                vec!["select_one_from_file places.csv", "place", "Place"],
                vec!["select_one yn or_other", "ok", "OK?"],
                vec!["date", "when", "When?"],
                vec!["image", "photo", "Photo"],
                vec!["barometer", "x", "X"],
                vec!["text", "fine", "Fine"],
            ],
        ),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column A (`type`): type `geopoint` is not supported: Heard never records a location (residents answer anonymously); remove the row",
            "sheet `survey`, row 3, column A (`type`): repeats are not supported: Heard asks each resident each question once; write the repeated questions out one by one",
            "sheet `survey`, row 4, column A (`type`): type `calculate` is not supported: calculations are not supported; Heard stores only the residents' answers; remove the row",
            "sheet `survey`, row 5, column A (`type`): type `deviceid` is not supported: Heard records no device, time or person data with an answer (anonymity); remove the row",
            "sheet `survey`, row 6, column A (`type`): type `select_one_from_file` is not supported: choices from external files are not supported; copy the choices into the `choices` sheet and use select_one or select_multiple",
            "sheet `survey`, row 7, column A (`type`): `select_one … or_other` is not supported; add an `other` choice to the list (and a text question shown when it is chosen)",
            "sheet `survey`, row 8, column A (`type`): type `date` is not supported: dates and times are not asked (an exact date can identify a resident); use select_one with periods instead",
            "sheet `survey`, row 9, column A (`type`): type `image` is not supported: Heard collects no recordings, pictures or files from residents; to show media with a question use the `audio` and `image` columns",
            "sheet `survey`, row 10, column A (`type`): unknown type `barometer`; Heard supports select_one, select_multiple, rank, integer, decimal, text, note, range, begin group, end group",
        ]
    );
}

#[test]
fn unsupported_columns_with_values_are_errors() {
    let e = errors(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "choice_filter",
                "calculation",
                "video",
                "bind::odk:length",
                "colour",
            ],
            vec![
                vec!["select_one yn", "ok", "OK?", "region = 'x'", "", "", "", ""],
                vec!["text", "why", "Why?", "", "1 + 1", "clip.mp4", "3", "red"],
                // Empty cells in such columns are fine.
                vec!["text", "more", "More?"],
            ],
        ),
        (
            "choices",
            vec![
                vec!["list_name", "name", "label", "region"],
                vec!["yn", "yes", "Yes", "north"],
                vec!["yn", "no", "No"],
            ],
        ),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column D (`choice_filter`): choice filters are not supported; give the question its own choice list; remove the column or leave it empty",
            "sheet `survey`, row 3, column E (`calculation`): calculations are not supported; Heard stores only the residents' answers; remove the column or leave it empty",
            "sheet `survey`, row 3, column F (`video`): Heard shows only `audio` and `image` media; remove this column's values; remove the column or leave it empty",
            "sheet `survey`, row 3, column G (`bind::odk:length`): raw XForm attributes are not supported; remove the column or leave it empty",
            "sheet `survey`, row 3, column H (`colour`): Heard does not read the column `colour` on the `survey` sheet; remove it or leave it empty (see docs/xlsform.md for the columns Heard reads)",
            "sheet `choices`, row 2, column D (`region`): Heard does not read the column `region` on the `choices` sheet; remove it or leave it empty (see docs/xlsform.md for the columns Heard reads)",
        ]
    );
}

#[test]
fn headers_in_unknown_languages_or_given_twice() {
    let e = errors(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "label::English (en)",
                "label::Klingon",
                "hint::Elvish (elv!)",
                "name::French (fr)",
            ],
            vec![vec!["text", "why", "Why?", "Why?"]],
        ),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, column D (`label::English (en)`): this column repeats column C (`label`); keep one of them",
            "sheet `survey`, column E (`label::Klingon`): unknown language `Klingon`; add its code in parentheses, e.g. `Klingon (xx)`",
            "sheet `survey`, column F (`hint::Elvish (elv!)`): `elv!` in `Elvish (elv!)` is not a language code; write a BCP 47 tag such as `en`, `fa-AF` or `ckb`",
            "sheet `survey`, column G (`name::French (fr)`): `name` cannot be translated; remove `::French (fr)`",
        ]
    );
}

#[test]
fn range_parameters_heard_uses_whole_steps_only() {
    assert_eq!(
        one_row(vec!["type", "name", "label", "parameters"], vec!["range", "r", "Rate", "start=0 end=10 step=2"]),
        ["sheet `survey`, row 2, column D (`parameters`): step=2: a Heard scale offers every whole point from start to end; use step=1"]
    );
    assert_eq!(
        one_row(vec!["type", "name", "label", "parameters"], vec!["range", "r", "Rate", "start=0.5 end=10 tick=1"]),
        [
            "sheet `survey`, row 2, column D (`parameters`): `start=0.5`: Heard scales use whole numbers",
            "sheet `survey`, row 2, column D (`parameters`): unknown range parameter `tick`; use start, end and step",
        ]
    );
}

#[test]
fn constraints_that_heard_cannot_express() {
    let header = vec!["type", "name", "label", "constraint"];
    assert_eq!(
        one_row(header.clone(), vec!["integer", "n", "N", "regex(., '^[0-9]+$')"]),
        ["sheet `survey`, row 2, column D (`constraint`): `regex(., '^[0-9]+$')` cannot be expressed in Heard: only comparisons joined with `and` can be limits; Heard reads `. >= 1 and . <= 10` (integer, decimal), `string-length(.) <= 500` (text) and `count-selected(.) <= 3` (select_multiple)"]
    );
    assert_eq!(
        one_row(header.clone(), vec!["integer", "n", "N", ". > 0 or . < -5"]),
        ["sheet `survey`, row 2, column D (`constraint`): `. > 0 or . < -5` cannot be expressed in Heard: `or` cannot be a limit; Heard reads `. >= 1 and . <= 10` (integer, decimal), `string-length(.) <= 500` (text) and `count-selected(.) <= 3` (select_multiple)"]
    );
    assert_eq!(
        one_row(header.clone(), vec!["text", "t", "T", ". <= 5"]),
        ["sheet `survey`, row 2, column D (`constraint`): `.` does not apply to this question; Heard reads `. >= 1 and . <= 10` (integer, decimal), `string-length(.) <= 500` (text) and `count-selected(.) <= 3` (select_multiple)"]
    );
    assert_eq!(
        one_row(header.clone(), vec!["integer", "n", "N", ". <= 2.5"]),
        ["sheet `survey`, row 2, column D (`constraint`): `2.5` has more than 0 decimal(s); set `heard_decimals` or round the limit"]
    );
    assert_eq!(
        one_row(header, vec!["select_one yn", "ok", "OK?", ". != 'no'"]),
        ["sheet `survey`, row 2, column D (`constraint`): `constraint` does not apply to a select_one question; remove it"]
    );
}

#[test]
fn relevance_that_heard_cannot_express() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label", "relevant"],
            vec![
                vec!["select_multiple yn", "many", "Many?"],
                vec!["text", "a", "A", "${nobody} = 'yes'"],
                vec!["text", "b", "B", "${many} = 'yes'"],
                vec!["text", "c", "C", "${a} + 1 > 2"],
                vec!["text", "d", "D", "${a} = 'x'"],
                vec!["text", "e", "E", "today() > 3"],
                vec!["text", "f", "F", ". = 'x'"],
            ],
        ),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 3, column D (`relevant`): `${nobody} = 'yes'` cannot be a Heard condition: `${nobody}` names no question of this form",
            "sheet `survey`, row 4, column D (`relevant`): `${many} = 'yes'` cannot be a Heard condition: `${many}` allows several choices; write selected(${many}, 'yes')",
            "sheet `survey`, row 5, column D (`relevant`): cannot read `${a} + 1 > 2`: arithmetic (`+`) is not supported",
            "sheet `survey`, row 6, column D (`relevant`): `${a} = 'x'` cannot be a Heard condition: `${a}` has no choices or numbers; a condition can only ask whether it is answered (`${a} != ''`)",
            "sheet `survey`, row 7, column D (`relevant`): `today() > 3` cannot be a Heard condition: cannot compare this; Heard reads ${q} = 'choice', ${q} != 'choice', selected(${q}, 'choice'), ${q} >= 7, count-selected(${q}) >= 2, ${q} != '' and string-length(${q}) > 0, joined with and, or, not() and parentheses",
            "sheet `survey`, row 8, column D (`relevant`): `. = 'x'` cannot be a Heard condition: cannot compare this; Heard reads ${q} = 'choice', ${q} != 'choice', selected(${q}, 'choice'), ${q} >= 7, count-selected(${q}) >= 2, ${q} != '' and string-length(${q}) > 0, joined with and, or, not() and parentheses",
        ]
    );
}

#[test]
fn names_that_cannot_become_heard_ids_or_collide() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label"],
            vec![
                vec!["text", "_private", "A"],
                vec!["text", "food_ok", "B"],
                vec!["text", "Food-OK", "C"],
                vec!["text", "", "D"],
                vec!["select_one yn", "ok", "OK?"],
            ],
        ),
        choices(vec![
            vec!["yn", "yes", "Yes"],
            vec!["yn", "no", "No"],
            vec!["yn", "n.a.", "N/A"],
            vec!["yn", "Yes", "Yes again"],
        ]),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column B (`name`): the name `_private` cannot become a Heard id; use letters, digits and single underscores, starting with a letter (e.g. `food_ok`)",
            "sheet `survey`, row 4, column B (`name`): the name `Food-OK` becomes the Heard id `food-ok`, like `food_ok` on row 3; names must differ",
            "sheet `survey`, row 5: this row has no `name`; every question and group needs one",
            "sheet `choices`, row 4, column B (`name`): the choice name `n.a.` cannot become a Heard id; use letters, digits and single underscores (e.g. `too_noisy` or `1`)",
            "sheet `choices`, row 5, column B (`name`): list `yn` already has the choice `yes` (row 2); choice names must differ within a list",
        ]
    );
}

#[test]
fn groups_must_be_one_level_and_closed() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label", "relevant"],
            vec![
                vec!["begin group", "outer", "Outer", "${a} != ''"],
                vec!["begin group", "inner", "Inner"],
                vec!["text", "a", "A"],
                vec!["end group"],
                vec!["end group"],
                vec!["end group"],
                vec!["begin group", "open", "Open"],
                vec!["text", "b", "B"],
            ],
        ),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column D (`relevant`): `relevant` on a begin group is not supported; put it on each question of the group",
            "sheet `survey`, row 3, column A (`type`): a group inside a group (opened on row 2) is not supported: Heard sections are one level deep; end the outer group first",
            "sheet `survey`, row 7, column A (`type`): `end group` without a `begin group` above it",
            "sheet `survey`, row 8, column A (`type`): this group is never closed; add an `end group` row",
        ]
    );
}

#[test]
fn missing_lists_labels_and_wrong_heard_columns() {
    let e = errors(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "heard_kind",
                "heard_topic",
                "heard_satisfied",
                "heard_measure",
                "parameters",
            ],
            vec![
                vec!["select_one colours", "colour", "Colour?"],
                vec!["select_one yn", "ok", "", "yes-no", "kitchen", "yes"],
                vec!["select_one abc", "abc", "ABC?", "yes-no"],
                vec![
                    "range",
                    "r",
                    "Rate",
                    "",
                    "",
                    ">=11",
                    "kto",
                    "start=0 end=10",
                ],
                vec!["select_one yn", "plain", "Plain?", "", "", "yes"],
                vec!["text", "t", "T", "", "", "", "nps"],
            ],
        ),
        choices(vec![
            vec!["yn", "yes", "Yes"],
            vec!["yn", "no", "No"],
            vec!["abc", "a", "A"],
            vec!["abc", "b", "B"],
        ]),
        settings(),
    ]);
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column A (`type`): the choice list `colours` is not on the `choices` sheet",
            "sheet `survey`, row 3: `ok`: the label is missing in the default language `en`",
            "sheet `survey`, row 3, column E (`heard_topic`): unknown topic `kitchen`; use one of: accommodation, sanitation, food, medical-care, staff, supervision, safety, well-being, information, activities, education, legal-aid, customer-service, waiting-time, outcome, effort, overall",
            "sheet `survey`, row 4, column D (`heard_kind`): heard_kind `yes-no` needs the list `abc` to hold exactly the choices yes, no (it holds a, b)",
            "sheet `survey`, row 5: `r`: `heard_satisfied` >= 11 is outside the scale 0..10",
            "sheet `survey`, row 6: `plain`: `heard_satisfied` is set, but this kind of question is not scored",
            "sheet `survey`, row 7, column G (`heard_measure`): unknown measure `nps`; use kto, ces, goal_completion or overall",
        ]
    );
}

#[test]
fn media_that_is_missing_or_of_the_wrong_kind() {
    let sheets = [
        survey(
            vec!["type", "name", "label", "audio", "image", "video"],
            vec![
                vec!["text", "a", "A", "a.mp3", "a.mp3"],
                vec!["text", "b", "B", "b.docx", "", ""],
                vec!["begin group", "g", "G", "g.mp3"],
                vec!["end group"],
            ],
        ),
        settings(),
    ];
    let folder = [("b.docx".to_owned(), b"doc".to_vec())].into();
    let e = import_xlsform(
        &xlsx(&sheets),
        &ImportOptions {
            media: Some(&folder),
            fallback_id: None,
        },
    )
    .unwrap_err();
    assert_eq!(
        e.problems().iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "sheet `survey`, row 2, column D (`audio`): the media file `a.mp3` is not in the media folder",
            "sheet `survey`, row 2, column E (`image`): `a.mp3` is a sound, but this is an `image` column",
            "sheet `survey`, row 3, column D (`audio`): `b.docx` is not a media file Heard plays or shows (audio: mp3, ogg, opus, wav, m4a, aac, flac, webm; images: png, jpg, svg, webp, gif)",
            "sheet `survey`, row 4, column D (`audio`): `audio` on a begin group is not supported; put it on each question of the group",
        ]
    );
}

#[test]
fn every_problem_is_collected_in_one_pass() {
    let e = import_xlsform(
        &xlsx(&[
            survey(
                vec!["type", "name", "label", "required"],
                vec![
                    vec!["geotrace", "path", "Path"],
                    vec!["integer", "n", "N", "${x} > 1"],
                    vec!["note", "info", "Info", "yes"],
                ],
            ),
            (
                "settings",
                vec![
                    vec![
                        "form_id",
                        "version",
                        "default_language",
                        "heard_target_percent",
                    ],
                    vec!["Bad Id", "1", "Klingon", "120"],
                ],
            ),
        ]),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the form has 7 problem(s):
  sheet `survey`, row 2, column A (`type`): type `geotrace` is not supported: Heard never records a location (residents answer anonymously); remove the row
  sheet `survey`, row 3, column D (`required`): `${x} > 1` is not yes or no; Heard does not support conditional `required`
  sheet `survey`, row 4: `info`: an information screen cannot be required
  sheet `settings`: the survey title is missing in the default language `en` (set `form_title`)
  sheet `settings`, row 2, column A (`form_id`): the name `Bad Id` cannot become a Heard id; use letters, digits and single underscores, starting with a letter (e.g. `food_ok`)
  sheet `settings`, row 2, column C (`default_language`): unknown language `Klingon`; add its code in parentheses, e.g. `Klingon (xx)`
  sheet `settings`, row 2, column D (`heard_target_percent`): `120` is not a percentage between 0 and 100"
    );
}
