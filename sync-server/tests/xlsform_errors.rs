//! Invalid input: each problem is reported with its sheet, row and column and what to do, all
//! of them at once, never a panic and never a silent drop.

mod xlsform_support;

use heard_sync_server::xlsform::{import_xlsform, ImportError, ImportOptions};
use xlsform_support::{choices, errors, settings, survey, warnings, xlsx};

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
            vec!["type", "name", "label", "relevant"],
            vec![
                vec!["geopoint", "where", "Where?"],
                vec!["begin repeat", "kids", "Children"],
                vec!["text", "kid", "Kid"],
                vec!["end repeat"],
                vec!["calculate", "total", ""],
                vec!["deviceid", "device", ""],
                vec!["select_one_from_file places.csv", "place", "Place"],
                vec!["select_one yn or_other", "ok", "OK?"],
                vec!["date", "when", "When?"],
                vec!["image", "photo", "Photo"],
                vec!["barometer", "x", "X"],
                vec!["text", "fine", "Fine"],
                vec!["text", "where_else", "Where else?", "${where} != ''"],
            ],
        ),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ]);
    // Metadata and an unused calculation are left out with a warning; what Heard never asks is
    // an error until --skip-unsupported; the rest cannot run as written.
    assert_eq!(
        e,
        [
            "sheet `survey`, row 2, column A (`type`): type `geopoint` is not supported: Heard never records a location (residents answer anonymously); remove the row (or import with --skip-unsupported to leave this row out)",
            "sheet `survey`, row 3, column A (`type`): repeats are not supported: Heard asks each resident each question once; write the repeated questions out one by one (or import with --skip-unsupported to leave the whole repeat out)",
            "sheet `survey`, row 8, column A (`type`): type `select_one_from_file` is not supported: choices from external files are not supported; copy the choices into the `choices` sheet and use select_one or select_multiple",
            "sheet `survey`, row 9, column A (`type`): `select_one … or_other` is not supported; add an `other` choice to the list (and a text question shown when it is chosen)",
            "sheet `survey`, row 10, column A (`type`): type `date` is not supported: dates and times are not asked (an exact date can identify a resident); use select_one with periods instead (or import with --skip-unsupported to leave this row out)",
            "sheet `survey`, row 11, column A (`type`): type `image` is not supported: Heard collects no recordings, pictures or files from residents; to show media with a question use the `audio` and `image` columns (or import with --skip-unsupported to leave this row out)",
            "sheet `survey`, row 12, column A (`type`): unknown type `barometer`; Heard supports select_one, select_multiple, rank, integer, decimal, text, note, range, begin group, end group",
        ]
    );
}

#[test]
fn skip_unsupported_drops_what_heard_never_asks_and_what_depends_on_it() {
    let bytes = xlsx(&[
        survey(
            vec!["type", "name", "label", "relevant"],
            vec![
                vec!["start", "start", ""],
                vec!["geopoint", "where", "Where?"],
                vec!["begin repeat", "kids", "Children"],
                vec!["text", "kid", "Kid"],
                vec!["end repeat"],
                vec!["calculate", "total", ""],
                vec!["text", "fine", "Fine"],
                vec!["text", "where_else", "Where else?", "${where} != ''"],
                vec!["text", "why", "Why?", "${where_else} != ''"],
            ],
        ),
        settings(),
    ]);
    let form = import_xlsform(
        &bytes,
        &ImportOptions {
            skip_unsupported: true,
            ..Default::default()
        },
    )
    .expect("imports with --skip-unsupported");
    let ids: Vec<String> = form.survey.questions().map(|q| q.id.to_string()).collect();
    assert_eq!(ids, ["fine"]);
    let warnings: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
    for expected in [
        "metadata rows left out (Heard records no device, time or person data): start",
        "sheet `survey`, row 3: `where` left out (--skip-unsupported): type `geopoint` is not supported",
        "sheet `survey`, row 4: `kids` left out (--skip-unsupported): repeats are not supported",
        "sheet `survey`, row 5: `kid` left out (--skip-unsupported): inside the repeat on row 4",
        "sheet `survey`, row 7: the calculation `total` is used by no question and is left out",
        "sheet `survey`, row 9: `where_else` left out (--skip-unsupported): its condition uses `where`, which was left out",
        "sheet `survey`, row 10: `why` left out (--skip-unsupported): its condition uses `where_else`, which was left out",
    ] {
        assert!(
            warnings.iter().any(|w| w.starts_with(expected)),
            "no warning `{expected}` in {warnings:#?}"
        );
    }
}

#[test]
fn a_calculation_that_a_question_uses_is_an_error_naming_its_users() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label", "relevant", "calculation"],
            vec![
                vec!["integer", "n", "N"],
                vec!["calculate", "double", "", "", "${n} * 2"],
                vec!["text", "t", "T ${double}", "${n} > 1"],
                vec!["text", "u", "U", "${double} > 4"],
            ],
        ),
        settings(),
    ]);
    assert_eq!(
        e,
        ["sheet `survey`, row 3, column A (`type`): the calculation `double` is used by row(s) 4, 5; Heard stores only residents' answers and computes nothing, so those rows cannot run as written"]
    );
}

#[test]
fn unknown_columns_are_ignored_with_one_warning_each_but_unexpandable_choice_filters_are_errors() {
    let sheets = [
        survey(
            vec![
                "type",
                "name",
                "label",
                "choice_filter",
                "video",
                "bind::odk:length",
                "colour",
            ],
            vec![
                vec!["select_one yn", "ok", "OK?", "region = 'x'", "", "", ""],
                vec!["text", "why", "Why?", "", "clip.mp4", "3", "red"],
                vec!["text", "more", "More?", "", "", "4", "blue"],
                // Empty cells in such columns are fine.
                vec!["text", "still", "Still?"],
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
    ];
    assert_eq!(
        errors(&sheets),
        ["sheet `survey`, row 2, column D (`choice_filter`): `region = 'x'` cannot be expanded: Heard expands only a filter on one earlier select_one: `column = ${question}`, with `column` a column of the choices sheet"]
    );
    // Without the choice filter the form imports; each ignored column is one warning.
    let mut without = sheets.clone();
    for row in without[0].1.iter_mut() {
        if row.len() > 3 {
            row[3] = if row[3] == "choice_filter" {
                "note_to_self"
            } else {
                ""
            };
        }
    }
    let warnings = warnings(&without);
    assert_eq!(
        warnings,
        [
            "sheet `survey`, column E (`video`): ignored (1 filled cell(s), first on row 3): Heard shows only `audio` and `image` media; remove this column's values; remove the column or leave it empty",
            "sheet `survey`, column F (`bind::odk:length`): ignored (2 filled cell(s), first on row 3): raw XForm attributes are not supported; remove the column or leave it empty",
            "sheet `survey`, column G (`colour`): ignored (2 filled cell(s), first on row 3): Heard does not read the column `colour` on the `survey` sheet; remove it or leave it empty (see docs/xlsform.md for the columns Heard reads)",
            "sheet `choices`, column D (`region`): ignored (1 filled cell(s), first on row 2): Heard does not read the column `region` on the `choices` sheet; remove it or leave it empty (see docs/xlsform.md for the columns Heard reads)",
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
            "sheet `survey`, column G (`name::French (fr)`): `name` cannot be translated; remove `::French (fr)`",
        ]
    );
    // A language Heard cannot place is skipped with a warning naming the column.
    let w = warnings(&[
        survey(
            vec![
                "type",
                "name",
                "label",
                "label::Klingon",
                "hint::Elvish (elv!)",
            ],
            vec![vec!["text", "why", "Why?", "Qatlh?", "elvish"]],
        ),
        settings(),
    ]);
    assert_eq!(
        w,
        [
            "sheet `survey`, column D (`label::Klingon`): ignored (1 filled cell(s), first on row 2): unknown language `Klingon`; add its code in parentheses, e.g. `Klingon (xx)`; the column is skipped",
            "sheet `survey`, column E (`hint::Elvish (elv!)`): ignored (1 filled cell(s), first on row 2): `elv!` in `Elvish (elv!)` is not a language code; write a BCP 47 tag such as `en`, `fa-AF` or `ckb`; the column is skipped",
        ]
    );
}

#[test]
fn range_parameters_need_whole_numbers_and_a_step_that_reaches_the_end() {
    assert_eq!(
        one_row(vec!["type", "name", "label", "parameters"], vec!["range", "r", "Rate", "start=0 end=10 step=0"]),
        ["sheet `survey`, row 2, column D (`parameters`): step=0: the step must be a whole number of at least 1"]
    );
    assert_eq!(
        one_row(vec!["type", "name", "label", "parameters"], vec!["range", "r", "Rate", "start=0 end=10 step=3"]),
        ["sheet `survey`, row 2: `r`: a scale of 0..10 in steps of 3 does not reach 10; make max - min a multiple of the step"]
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
            "sheet `survey`, row 7, column D (`relevant`): `today() > 3` cannot be a Heard condition: cannot compare this; Heard reads ${q} = 'choice', ${q} != 'choice', selected(${q}, 'choice'), ${q} >= 7, ${q} != ${other}, count-selected(${q}) >= 2, ${q} != '' and string-length(${q}) > 0, joined with and, or, not() and parentheses",
            "sheet `survey`, row 8, column D (`relevant`): `. = 'x'` cannot be a Heard condition: cannot compare this; Heard reads ${q} = 'choice', ${q} != 'choice', selected(${q}, 'choice'), ${q} >= 7, ${q} != ${other}, count-selected(${q}) >= 2, ${q} != '' and string-length(${q}) > 0, joined with and, or, not() and parentheses",
        ]
    );
}

#[test]
fn names_that_cannot_become_heard_ids_get_a_hashed_slug_and_collisions_are_errors() {
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
            "sheet `survey`, row 4, column B (`name`): the name `Food-OK` becomes the Heard id `food-ok`, like `food_ok` on row 3; names must differ",
            "sheet `survey`, row 5: this row has no `name`; every question and group needs one",
            "sheet `choices`, row 5, column B (`name`): list `yn` already has the choice `yes` (row 2); choice names must differ within a list",
        ]
    );
}

#[test]
fn ids_keep_valid_names_and_hash_the_others_whatever_the_row_order() {
    let rows = vec![
        vec!["text", "food_ok", "A"],
        vec!["text", "_id", "B"],
        vec!["select_one region", "Region:Name", "C"],
    ];
    let list = vec![
        vec!["region", "greater accra", "Greater Accra"],
        vec!["region", "geflüchteteflüchtlinge", "Geflüchtete"],
        vec!["region", "north", "North"],
    ];
    let import = |rows: Vec<Vec<&'static str>>, list: Vec<Vec<&'static str>>| {
        let bytes = xlsx(&[
            survey(vec!["type", "name", "label"], rows),
            choices(list),
            settings(),
        ]);
        import_xlsform(&bytes, &ImportOptions::default()).expect("imports")
    };
    let form = import(rows.clone(), list.clone());
    let ids: Vec<String> = form.survey.questions().map(|q| q.id.to_string()).collect();
    assert_eq!(ids[0], "food-ok", "a valid name keeps its id");
    assert!(
        ids[1].starts_with("id-") && ids[1].len() == "id-".len() + 6,
        "{}",
        ids[1]
    );
    assert!(ids[2].starts_with("region-name-"), "{}", ids[2]);
    // The original names are what an export writes.
    assert_eq!(
        form.names.fields.get(&ids[1]).map(String::as_str),
        Some("_id")
    );
    assert_eq!(
        form.names.fields.get(&ids[2]).map(String::as_str),
        Some("Region:Name")
    );
    let originals: Vec<&str> = form.names.choices.values().map(String::as_str).collect();
    assert!(originals.contains(&"greater accra") && originals.contains(&"geflüchteteflüchtlinge"));
    // Reversed rows give the same ids.
    let mut rev_rows = rows;
    rev_rows.reverse();
    let mut rev_list = list;
    rev_list.reverse();
    let again = import(rev_rows, rev_list);
    let mut a: Vec<String> = form.survey.questions().map(|q| q.id.to_string()).collect();
    let mut b: Vec<String> = again.survey.questions().map(|q| q.id.to_string()).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    let mut ca: Vec<_> = form
        .names
        .choices
        .iter()
        .map(|((_, c), o)| (c.clone(), o.clone()))
        .collect();
    let mut cb: Vec<_> = again
        .names
        .choices
        .iter()
        .map(|((_, c), o)| (c.clone(), o.clone()))
        .collect();
    ca.sort();
    cb.sort();
    assert_eq!(ca, cb);
}

#[test]
fn groups_must_be_closed() {
    let e = errors(&[
        survey(
            vec!["type", "name", "label"],
            vec![
                vec!["begin group", "outer", "Outer"],
                vec!["text", "a", "A"],
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
            "sheet `survey`, row 5, column A (`type`): `end group` without a `begin group` above it",
            "sheet `survey`, row 6, column A (`type`): this group is never closed; add an `end group` row",
        ]
    );
}

#[test]
fn group_properties_pass_to_members_and_inner_groups_are_flattened() {
    let bytes = xlsx(&[
        survey(
            vec!["type", "name", "label", "relevant", "required", "hint"],
            vec![
                vec!["select_one yn", "consent", "Consent?"],
                vec![
                    "begin group",
                    "outer",
                    "Outer",
                    "${consent} = 'yes'",
                    "yes",
                    "Read carefully",
                ],
                vec!["text", "a", "A", "", "", ""],
                vec!["begin group", "inner", "Inner part", "${a} != ''"],
                vec!["text", "b", "B", "", "no"],
                vec!["end group"],
                vec!["end group"],
            ],
        ),
        choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", "No"]]),
        settings(),
    ]);
    let form = import_xlsform(&bytes, &ImportOptions::default()).expect("imports");
    let outer = form
        .survey
        .sections
        .iter()
        .find(|s| s.id.as_str() == "outer")
        .expect("outer section");
    let ids: Vec<&str> = outer.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["outer-hint", "a", "inner-group", "b"]);
    let q = |id: &str| {
        outer
            .questions
            .iter()
            .find(|q| q.id.as_str() == id)
            .expect("question")
    };
    assert!(
        q("a").required,
        "`required` on the group applies to its members"
    );
    assert!(!q("b").required, "a member's own `required` wins");
    assert_eq!(
        q("a").relevant.as_ref().map(ToString::to_string).as_deref(),
        Some("consent = yes")
    );
    assert_eq!(
        q("b").relevant.as_ref().map(ToString::to_string).as_deref(),
        Some("(consent = yes) and (answered(a))")
    );
    assert!(form.notes.iter().any(|n| n
        .to_string()
        .contains("the group `inner` inside the group opened on row 3 is flattened")));
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
            "sheet `survey`, row 3, column C (`label`): `ok`: the label is missing in the default language `en`",
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
            ..Default::default()
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
        "the form has 5 problem(s):
  sheet `survey`, row 2, column A (`type`): type `geotrace` is not supported: Heard never records a location (residents answer anonymously); remove the row (or import with --skip-unsupported to leave this row out)
  sheet `survey`, row 3, column D (`required`): `${x} > 1` is not yes or no; Heard does not support conditional `required`
  sheet `survey`, row 4: `info`: an information screen cannot be required
  sheet `settings`, row 2, column C (`default_language`): unknown language `Klingon`; add its code in parentheses, e.g. `Klingon (xx)`
  sheet `settings`, row 2, column D (`heard_target_percent`): `120` is not a percentage between 0 and 100"
    );
}

#[test]
fn the_command_exits_0_on_warnings_and_not_with_strict_or_errors() {
    let dir = std::env::temp_dir().join(format!("heard-xlsform-exit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let write = |name: &str, rows: Vec<Vec<&'static str>>| {
        let path = dir.join(name);
        let sheets = [
            survey(vec!["type", "name", "label", "colour"], rows),
            settings(),
        ];
        std::fs::write(&path, xlsx(&sheets)).expect("write form");
        path
    };
    let warned = write(
        "warned.xlsx",
        vec![
            vec!["text", "why", "Why?", "red"],
            vec!["start", "start", "", ""],
        ],
    );
    let unsupported = write(
        "unsupported.xlsx",
        vec![
            vec!["text", "why", "Why?"],
            vec!["geopoint", "where", "Where?"],
        ],
    );
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
            .arg("survey")
            .args(args)
            .output()
            .expect("the binary runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let path = |p: &std::path::Path| p.display().to_string();
    let (ok, text) = run(&["check", &path(&warned)]);
    assert!(ok, "warnings alone exit 0: {text}");
    assert!(
        text.contains("warning: sheet `survey`, column D (`colour`): ignored"),
        "{text}"
    );
    assert!(text.contains("warning: metadata rows left out"), "{text}");
    let (ok, text) = run(&["check", "--strict", &path(&warned)]);
    assert!(!ok, "--strict fails on warnings: {text}");
    assert!(
        text.contains("--strict: 2 warning(s) count as errors"),
        "{text}"
    );
    let (ok, text) = run(&["check", &path(&unsupported)]);
    assert!(
        !ok,
        "a question Heard never asks fails without the option: {text}"
    );
    assert!(
        text.contains("row 3, column A (`type`): type `geopoint` is not supported"),
        "{text}"
    );
    let (ok, text) = run(&["check", "--skip-unsupported", &path(&unsupported)]);
    assert!(ok, "{text}");
    assert!(
        text.contains("`where` left out (--skip-unsupported)"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn importing_a_survey_again_prints_the_changes_and_a_relabelled_choice_needs_force() {
    let dir = std::env::temp_dir().join(format!("heard-xlsform-reimport-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = dir.join("server.sqlite3");
    let form = |name: &str, version: &'static str, no_label: &'static str, extra: bool| {
        let mut rows = vec![vec!["select_one yn", "ok", "OK?"]];
        if extra {
            rows.push(vec!["text", "why", "Why?"]);
        }
        let path = dir.join(name);
        let sheets = [
            survey(vec!["type", "name", "label"], rows),
            choices(vec![vec!["yn", "yes", "Yes"], vec!["yn", "no", no_label]]),
            (
                "settings",
                vec![
                    vec!["form_title", "form_id", "version", "default_language"],
                    vec!["Test", "test_form", version, "English (en)"],
                ],
            ),
        ];
        std::fs::write(&path, xlsx(&sheets)).expect("write form");
        path.display().to_string()
    };
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard-sync-server"))
            .arg("--database")
            .arg(&db)
            .arg("survey")
            .args(args)
            .output()
            .expect("the binary runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let first = form("v1.xlsx", "1", "No", false);
    let (ok, text) = run(&["import", &first]);
    assert!(ok, "{text}");
    assert!(
        !text.contains("changed:"),
        "a new survey has no changes: {text}"
    );
    // A new question is a change, printed, and stored.
    let second = form("v2.xlsx", "2", "No", true);
    let (ok, text) = run(&["import", &second]);
    assert!(ok, "{text}");
    assert!(text.contains("changed: question `why` added"), "{text}");
    // The choice `no` now means something else: refused without --force.
    let third = form("v3.xlsx", "3", "Not at all sure", true);
    let (ok, text) = run(&["import", &third]);
    assert!(!ok, "{text}");
    assert!(
        text.contains(
            "changed: question `ok`: choice `no` was \"No\" and is now \"Not at all sure\""
        ),
        "{text}"
    );
    assert!(text.contains("pass --force"), "{text}");
    let (ok, text) = run(&["import", "--force", &third]);
    assert!(ok, "{text}");
    assert!(text.contains("stored survey test-form edition"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
