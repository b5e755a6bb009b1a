//! Properties of the XLSForm import over generated forms (issue 17): whatever the rows, it
//! never panics and every error says where it is; ids never depend on row order, distinct
//! names give distinct ids, and the original names are kept for exports.

mod xlsform_support;

use heard_sync_server::xlsform::{import_xlsform, ImportOptions};
use proptest::prelude::*;
use std::collections::BTreeMap;
use xlsform_support::xlsx;

const TYPES: &[&str] = &[
    "text",
    "integer",
    "decimal",
    "note",
    "select_one yn",
    "select_multiple yn",
    "range",
    "begin group",
    "end group",
    "begin repeat",
    "end repeat",
    "calculate",
    "start",
    "geopoint",
    "date",
    "image",
    "barcode",
    "select_one missing",
    "select one yn",
    "select_one yn or_other",
    "acknowledge",
    "",
    "begin_group",
    "end_group",
    "phone",
];
const NAMES: &[&str] = &[
    "a",
    "b",
    "food_ok",
    "Food_OK",
    "_id",
    "greater accra",
    "geflüchtete",
    "q:1",
    "1st",
    "x__y",
    "",
    "ünïcödé",
    "a.b",
    "الاسم",
    "c",
    "group",
];
const RELEVANT: &[&str] = &[
    "",
    "${a} = 'yes'",
    "${b} != ''",
    "selected(${c}, 'no')",
    "${a} = ’yes’",
    "${missing} > 1",
    "${a} + 1 > 2",
    "(${a} = 'yes') and (${b} >= 3)",
    "${start} != ''",
    "${c} = 'yes'",
    "${a} != ${b}",
    "regex(., 'x')",
];

fn row() -> impl Strategy<Value = (usize, usize, usize, bool, usize)> {
    (
        0..TYPES.len(),
        0..NAMES.len(),
        0..RELEVANT.len(),
        any::<bool>(),
        0..4usize,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_form_imports_or_fails_with_located_errors_and_never_panics(
        rows in prop::collection::vec(row(), 0..24),
        skip in any::<bool>(),
        extra_column in any::<bool>(),
    ) {
        let mut header = vec!["type", "name", "label", "relevant", "required"];
        if extra_column {
            header.push("priority");
        }
        let mut sheet = vec![header];
        for (t, n, r, required, label) in &rows {
            let mut cells = vec![
                TYPES[*t],
                NAMES[*n],
                ["Label", "", "لماذا؟", "Label ${a}"][*label],
                RELEVANT[*r],
                if *required { "yes" } else { "" },
            ];
            if extra_column {
                cells.push("high");
            }
            sheet.push(cells);
        }
        let bytes = xlsx(&[
            ("survey", sheet),
            ("choices", vec![
                vec!["list_name", "name", "label"],
                vec!["yn", "yes", "Yes"],
                vec!["yn", "no", "No"],
            ]),
            ("settings", vec![vec!["form_id"], vec!["prop_form"]]),
        ]);
        let result = std::panic::catch_unwind(|| {
            import_xlsform(&bytes, &ImportOptions { skip_unsupported: skip, ..Default::default() })
        });
        let result = result.expect("the import never panics");
        match result {
            Ok(form) => {
                // A form that imports passes the core's own check (the importer asked it).
                let check = heard_core::survey::check_survey(&form.survey);
                prop_assert!(check.is_empty(), "{check:?}");
                prop_assert!(!form.survey.version.is_empty());
            }
            Err(e) => {
                prop_assert!(!e.problems().is_empty(), "refused without a problem: {e}");
                for p in e.problems() {
                    prop_assert!(p.at.is_some(), "an error without a place: {p}");
                }
            }
        }
    }

    #[test]
    fn choice_ids_do_not_depend_on_row_order_and_keep_the_original_names(
        names in prop::collection::btree_set("[a-zA-Z0-9 _:.äöüé-]{1,12}", 2..10),
        seed in any::<u64>(),
    ) {
        let names: Vec<String> = names.into_iter().filter(|n| !n.trim().is_empty()).collect();
        prop_assume!(names.len() >= 2);
        let import = |order: &[String]| {
            let mut choices = vec![vec!["list_name", "name", "label"]];
            for n in order {
                choices.push(vec!["l", n.as_str(), "Label"]);
            }
            let bytes = xlsx(&[
                ("survey", vec![vec!["type", "name", "label"], vec!["select_one l", "q", "Q?"]]),
                ("choices", choices),
                ("settings", vec![vec!["form_id", "version"], vec!["prop_form", "1"]]),
            ]);
            import_xlsform(&bytes, &ImportOptions::default())
        };
        let mut shuffled = names.clone();
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        match (import(&names), import(&shuffled)) {
            (Ok(a), Ok(b)) => {
                let ids = |f: &heard_sync_server::xlsform::ImportedForm| -> BTreeMap<String, String> {
                    let q = f.survey.questions().next().expect("one question");
                    q.kind.choice_ids().iter().map(|c| {
                        let original = f.names.choices.get(&("q".to_owned(), c.to_string()))
                            .cloned()
                            .unwrap_or_else(|| c.as_str().replace('-', "_"));
                        (original, c.to_string())
                    }).collect()
                };
                let (ia, ib) = (ids(&a), ids(&b));
                prop_assert_eq!(&ia, &ib);
                // Every original name is kept, each with its own id.
                let trimmed: std::collections::BTreeSet<String> = names.iter().map(|n| n.trim().to_owned()).collect();
                prop_assert_eq!(ia.keys().cloned().collect::<std::collections::BTreeSet<_>>(), trimmed);
                let distinct: std::collections::BTreeSet<&String> = ia.values().collect();
                prop_assert_eq!(distinct.len(), ia.len());
            }
            (Err(a), Err(b)) => {
                // Only names that are the same id in two spellings (`A` and `a`) collide.
                prop_assert!(a.problems().iter().all(|p| p.message.contains("already has the choice")), "{a}");
                prop_assert_eq!(a.problems().len(), b.problems().len());
            }
            (a, b) => prop_assert!(false, "row order changed the outcome: {:?} / {:?}", a.is_ok(), b.is_ok()),
        }
    }
}
