//! An insider with nothing but the dashboard and its exports tries to single out a small group.
//!
//! The attacker issues every query the dashboard allows — overview (also the quarterly report
//! and trend), every breakdown dimension, comments, the response-level export — for every
//! facility filter (one facility: a facility manager or a national coordinator; all: national)
//! and every quarter filter, on small random data sets (1–12 responses per facility and
//! quarter, rare nationalities and languages). Every released figure becomes a statement
//! "population P has these counts", P defined by the filters (facilities, quarters, and the
//! group labels of the dimensions a row or export combination names). Counts are the exact
//! counts behind every percentage and mean (a stronger attacker than one multiplying rounded
//! percentages by n).
//!
//! The attacker then subtracts statements whose populations are nested by definition, in pairs
//! (P1 − P2) and triples (P1 − P2 − P3, P2 and P3 disjoint), and statements about the same
//! population from different pages. Success: a difference that claims 1 to k−1 respondents, or
//! 1 to k−1 answers to a question, or answers attributed to nobody; or a comment in the
//! difference of two comment lists whose populations differ by fewer than `K_COMMENTS`
//! respondents. The attacker must never succeed against Heard's model, and must succeed
//! against a naive per-page model (cells under k hidden on each page, totals exact) on the
//! same kind of data, so this test can fail.

mod support;

use heard_core::report::breakdown::{breakdown, Dimension};
use heard_core::report::disclosure::{K_COMMENTS, K_DEFAULT};
use heard_core::report::generalize::{plan_export, QuasiIdentifiers, WITHHELD};
use heard_core::report::overview::overview;
use heard_core::report::release::{comment_units, unit_summaries, Selection, Unit};
use heard_core::report::{Cell, Summary, Tallies};
use heard_core::response::{AdministrationMode, Answer, Response};
use heard_core::survey::{QuestionKind, Survey};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use support::{complete, Visit};

const FACILITIES: [&str; 3] = ["fac-a", "fac-b", "fac-c"];
const MONTHS: [&str; 2] = ["2026-02", "2026-05"];
const QUARTERS: [&str; 2] = ["2026-Q1", "2026-Q2"];
/// The fields a population can be narrowed by, besides facility and quarter.
const FIELDS: [&str; 7] = [
    "age-band",
    "sex",
    "nationality",
    "language",
    "assistance",
    "audio",
    "stay",
];

struct Person {
    facility: String,
    quarter: String,
    labels: BTreeMap<&'static str, String>,
    response: Response,
    comment: Option<String>,
}

/// A population, by definition (what the attacker knows of it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Pop {
    facilities: BTreeSet<String>,
    quarters: BTreeSet<String>,
    /// Field → the labels it may have; absent = any.
    fields: BTreeMap<&'static str, BTreeSet<String>>,
}

impl Pop {
    fn new(facilities: &BTreeSet<String>, quarters: &BTreeSet<String>) -> Pop {
        Pop {
            facilities: facilities.clone(),
            quarters: quarters.clone(),
            fields: BTreeMap::new(),
        }
    }
    fn with(mut self, field: &'static str, labels: BTreeSet<String>) -> Pop {
        self.fields.insert(field, labels);
        self
    }
    /// Every member of `self` is a member of `outer`, whatever the data.
    fn within(&self, outer: &Pop) -> bool {
        self.facilities.is_subset(&outer.facilities)
            && self.quarters.is_subset(&outer.quarters)
            && outer
                .fields
                .iter()
                .all(|(f, l)| self.fields.get(f).is_some_and(|mine| mine.is_subset(l)))
    }
    /// No one can be in both, whatever the data.
    fn disjoint(&self, other: &Pop) -> bool {
        self.facilities.is_disjoint(&other.facilities)
            || self.quarters.is_disjoint(&other.quarters)
            || self.fields.iter().any(|(f, l)| {
                other
                    .fields
                    .get(f)
                    .is_some_and(|theirs| l.is_disjoint(theirs))
            })
    }
    fn holds(&self, p: &Person) -> bool {
        self.facilities.contains(&p.facility)
            && self.quarters.contains(&p.quarter)
            && self.fields.iter().all(|(f, l)| l.contains(&p.labels[f]))
    }
}

/// Counts a statement gives: responses, and (from tables) per scored question its n and each
/// value's count, on a fixed index so differences are cheap.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Figures {
    count: i64,
    /// `None` for export rows: a row-level file shows each row's answers by design.
    answers: Option<Vec<i64>>,
}

struct Index {
    /// (question, None = n | Some(value)).
    keys: Vec<(String, Option<String>)>,
}

impl Index {
    fn new(survey: &Survey) -> Index {
        let mut keys = Vec::new();
        for q in survey.questions().filter(|q| q.is_scored()) {
            keys.push((q.id.to_string(), None));
            let values: Vec<String> = match q.kind.points() {
                Some(points) => points.iter().map(ToString::to_string).collect(),
                None => q
                    .kind
                    .choice_ids()
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            };
            keys.extend(values.into_iter().map(|v| (q.id.to_string(), Some(v))));
        }
        Index { keys }
    }
    fn figures(&self, s: &Summary) -> Figures {
        let answers = self
            .keys
            .iter()
            .map(|(q, v)| {
                let counts = s.answers.iter().find(|(id, _)| id.as_str() == q);
                counts.map_or(0, |(_, c)| match v {
                    None => c.n as i64,
                    Some(v) => c.count(v) as i64,
                })
            })
            .collect();
        Figures {
            count: s.responses.complete as i64,
            answers: Some(answers),
        }
    }
    fn is_n(&self, i: usize) -> bool {
        self.keys[i].1.is_none()
    }
}

#[derive(Debug, Clone)]
struct Statement {
    pop: Pop,
    figures: Figures,
    page: String,
}

#[derive(Debug, Clone)]
struct CommentList {
    pop: Pop,
    comments: BTreeSet<String>,
}

#[derive(Default)]
struct Release {
    statements: Vec<Statement>,
    comments: Vec<CommentList>,
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn quarter_of(q: &str) -> heard_core::period::Quarter {
    q.parse().unwrap()
}

/// Every facility filter (one facility, or all) and quarter filter (one, or all).
fn selections() -> Vec<(BTreeSet<String>, BTreeSet<String>, Option<&'static str>)> {
    let mut out = Vec::new();
    let mut fac_filters: Vec<BTreeSet<String>> = FACILITIES.iter().map(|f| set(&[f])).collect();
    fac_filters.push(set(&FACILITIES));
    for facilities in fac_filters {
        for q in QUARTERS.iter().map(Some).chain([None]) {
            let quarters = q.map_or_else(|| set(&QUARTERS), |q| set(&[q]));
            out.push((facilities.clone(), quarters, q.copied()));
        }
    }
    out
}

fn selection_of(facilities: &BTreeSet<String>, quarter: Option<&str>) -> Selection {
    Selection {
        facilities: facilities
            .iter()
            .map(|f| heard_core::ids::FacilityCode::new(f).unwrap())
            .collect(),
        quarter: quarter.map(quarter_of),
    }
}

fn tallies_of<'a>(survey: &Survey, people: impl Iterator<Item = &'a Person>) -> Tallies {
    let mut t = Tallies::default();
    for p in people {
        t.add(survey, &p.response);
    }
    t
}

fn export_field(qi: &QuasiIdentifiers, field: &str) -> String {
    match field {
        "language" => qi.language.clone(),
        "assistance" => qi.mode.clone(),
        "audio" => qi.audio_used.clone(),
        "age-band" => qi.age_band.clone(),
        "sex" => qi.sex.clone(),
        "nationality" => qi.nationality.clone(),
        _ => qi.length_of_stay.clone(),
    }
}

/// The labels a field takes anywhere in the data set (what "withheld" is the rest of).
fn universe(people: &[Person]) -> BTreeMap<&'static str, BTreeSet<String>> {
    let mut out: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
    for p in people {
        for (f, l) in &p.labels {
            out.entry(f).or_default().insert(l.clone());
        }
    }
    out
}

/// What Heard releases, through the core functions the server calls.
fn heard_release(survey: &Survey, people: &[Person], index: &Index) -> Release {
    let mut release = Release::default();
    let tallies = tallies_of(survey, people.iter());
    let units = unit_summaries(&tallies);
    let all_quarters = set(&QUARTERS);
    for (facilities, quarters, quarter) in selections() {
        let selection = selection_of(&facilities, quarter);
        let pop = Pop::new(&facilities, &quarters);
        let o = overview(survey, &units, &selection, &BTreeMap::new());
        for row in &o.rows {
            release.statements.push(Statement {
                pop: Pop::new(
                    &set(&[row.facility.as_str()]),
                    &set(&[&row.quarter.to_string()]),
                ),
                figures: index.figures(&row.released),
                page: "overview row".into(),
            });
        }
        for (q, pooled) in &o.quarter_totals {
            release.statements.push(Statement {
                pop: Pop::new(&facilities, &set(&[&q.to_string()])),
                figures: index.figures(&pooled.released),
                page: "overview quarter total".into(),
            });
        }
        release.statements.push(Statement {
            pop: pop.clone(),
            figures: index.figures(&o.total.released),
            page: "overview total".into(),
        });
        let selected = tallies_of(
            survey,
            people
                .iter()
                .filter(|p| facilities.contains(&p.facility) && quarters.contains(&p.quarter)),
        );
        for d in Dimension::ALL {
            let b = breakdown(survey, &selected, *d);
            for row in &b.rows {
                release.statements.push(Statement {
                    pop: pop.clone().with(d.as_str(), set(&[&row.label])),
                    figures: index.figures(&row.released),
                    page: format!("breakdown {}", d.as_str()),
                });
            }
            release.statements.push(Statement {
                pop: pop.clone(),
                figures: index.figures(&b.total.released),
                page: format!("breakdown {} total", d.as_str()),
            });
        }
        let shown = comment_units(&units, &selection);
        release.comments.push(CommentList {
            pop: pop.clone(),
            comments: people
                .iter()
                .filter(|p| {
                    shown.contains(&Unit {
                        facility: p.response.facility.clone(),
                        quarter: p.response.period.quarter(),
                    })
                })
                .filter_map(|p| p.comment.clone())
                .collect(),
        });
        // The response-level export has no quarter filter.
        if quarter.is_none() {
            let chosen: Vec<&Person> = people
                .iter()
                .filter(|p| facilities.contains(&p.facility))
                .collect();
            let cells = tallies_of(survey, chosen.iter().copied());
            let plan = plan_export(
                cells.responses.iter().map(|(c, s)| (c, s.complete)),
                K_DEFAULT,
            );
            let rows: Vec<(QuasiIdentifiers, &Person)> = chosen
                .iter()
                .filter_map(|p| Some((plan.apply(&Cell::of(survey, &p.response))?, *p)))
                .collect();
            release
                .statements
                .extend(export_statements(&rows, &universe(people), &all_quarters));
        }
    }
    release
}

/// Counting export rows per unit, per unit and field value, and per full combination.
fn export_statements(
    rows: &[(QuasiIdentifiers, &Person)],
    universe: &BTreeMap<&'static str, BTreeSet<String>>,
    _all_quarters: &BTreeSet<String>,
) -> Vec<Statement> {
    let mut by_unit: BTreeMap<(String, String), Vec<&QuasiIdentifiers>> = BTreeMap::new();
    for (qi, _) in rows {
        by_unit
            .entry((qi.facility.clone(), qi.period.clone()))
            .or_default()
            .push(qi);
    }
    let mut out = Vec::new();
    for ((facility, quarter), qis) in by_unit {
        let unit = Pop::new(&set(&[&facility]), &set(&[&quarter]));
        // Per field: the labels the file shows in this unit, and so what `withheld` stands for.
        let shown: BTreeMap<&str, BTreeSet<String>> = FIELDS
            .iter()
            .map(|f| {
                let labels = qis
                    .iter()
                    .map(|qi| export_field(qi, f))
                    .filter(|v| v != WITHHELD && v != "any")
                    .collect();
                (*f, labels)
            })
            .collect();
        let labels_of = |field: &'static str, value: &str| -> Option<BTreeSet<String>> {
            match value {
                "any" => None,
                v if v == WITHHELD => Some(
                    universe
                        .get(field)
                        .cloned()
                        .unwrap_or_default()
                        .difference(&shown[field])
                        .cloned()
                        .collect(),
                ),
                v => Some(set(&[v])),
            }
        };
        let mut counts: BTreeMap<Pop, i64> = BTreeMap::new();
        for qi in &qis {
            // The populations this row counts in (once each).
            let mut pops = BTreeSet::from([unit.clone()]);
            let mut combo = unit.clone();
            for f in FIELDS {
                if let Some(l) = labels_of(f, &export_field(qi, f)) {
                    pops.insert(unit.clone().with(f, l.clone()));
                    combo = combo.with(f, l);
                }
            }
            pops.insert(combo);
            for pop in pops {
                *counts.entry(pop).or_default() += 1;
            }
        }
        out.extend(counts.into_iter().map(|(pop, count)| Statement {
            pop,
            figures: Figures {
                count,
                answers: None,
            },
            page: "response-level export".into(),
        }));
    }
    out
}

/// The naive model: each page hides its own cells under k and shows exact totals.
fn naive_release(survey: &Survey, people: &[Person], index: &Index) -> Release {
    let mut release = Release::default();
    for (facilities, quarters, _) in selections() {
        let pop = Pop::new(&facilities, &quarters);
        let chosen: Vec<&Person> = people
            .iter()
            .filter(|p| facilities.contains(&p.facility) && quarters.contains(&p.quarter))
            .collect();
        let all = tallies_of(survey, chosen.iter().copied()).summarize(|_| true);
        release.statements.push(Statement {
            pop: pop.clone(),
            figures: index.figures(&all),
            page: "naive total".into(),
        });
        for (f, q) in facilities
            .iter()
            .flat_map(|f| quarters.iter().map(move |q| (f, q)))
        {
            let unit = tallies_of(
                survey,
                chosen
                    .iter()
                    .copied()
                    .filter(|p| &p.facility == f && &p.quarter == q),
            )
            .summarize(|_| true);
            if unit.responses.complete >= K_DEFAULT {
                release.statements.push(Statement {
                    pop: Pop::new(&set(&[f]), &set(&[q])),
                    figures: index.figures(&unit),
                    page: "naive row".into(),
                });
            }
        }
        for d in Dimension::ALL {
            let field = d.as_str();
            let labels: BTreeSet<&String> = chosen.iter().map(|p| &p.labels[field]).collect();
            for label in labels {
                let group = tallies_of(
                    survey,
                    chosen.iter().copied().filter(|p| &p.labels[field] == label),
                )
                .summarize(|_| true);
                if group.responses.complete >= d.k() {
                    release.statements.push(Statement {
                        pop: pop.clone().with(field, set(&[label])),
                        figures: index.figures(&group),
                        page: format!("naive breakdown {}", d.as_str()),
                    });
                }
            }
        }
        if chosen.len() as u64 >= K_COMMENTS {
            release.comments.push(CommentList {
                pop,
                comments: chosen.iter().filter_map(|p| p.comment.clone()).collect(),
            });
        }
    }
    release
}

/// How the attacker succeeded, if it did.
fn attack(people: &[Person], release: &Release, index: &Index, k: i64) -> Option<String> {
    // One statement per distinct (population, figures).
    let mut seen = BTreeSet::new();
    let statements: Vec<&Statement> = release
        .statements
        .iter()
        .filter(|s| seen.insert((s.pop.clone(), s.figures.clone())))
        .collect();
    let claims_small = |d: &Figures| -> bool {
        if (1..k).contains(&d.count) {
            return true;
        }
        if let Some(a) = &d.answers {
            for (i, v) in a.iter().enumerate() {
                if index.is_n(i) && (1..k).contains(v) {
                    return true;
                }
                if d.count == 0
                    && *v != 0
                    && a.iter().enumerate().all(|(j, n)| !index.is_n(j) || *n == 0)
                {
                    return true;
                }
            }
        }
        false
    };
    let minus = |a: &Figures, b: &Figures| -> Figures {
        Figures {
            count: a.count - b.count,
            answers: match (&a.answers, &b.answers) {
                (Some(x), Some(y)) => Some(x.iter().zip(y).map(|(x, y)| x - y).collect()),
                _ => None,
            },
        }
    };
    let truth = |p: &Pop, minus: &[&Pop]| -> usize {
        people
            .iter()
            .filter(|x| p.holds(x) && minus.iter().all(|m| !m.holds(x)))
            .count()
    };
    for (i, s1) in statements.iter().enumerate() {
        let children: Vec<&&Statement> = statements
            .iter()
            .filter(|s2| s2.pop != s1.pop && s2.pop.within(&s1.pop))
            .collect();
        for s2 in statements.iter().skip(i + 1).filter(|s2| s2.pop == s1.pop) {
            let d = minus(&s1.figures, &s2.figures);
            let d = if d.count < 0 {
                minus(&s2.figures, &s1.figures)
            } else {
                d
            };
            if claims_small(&d) {
                return Some(format!(
                    "{} and {} differ on the same population {:?}: {:?}",
                    s1.page, s2.page, s1.pop, d
                ));
            }
        }
        for (j, s2) in children.iter().enumerate() {
            let d = minus(&s1.figures, &s2.figures);
            if claims_small(&d) {
                return Some(format!(
                    "{} {:?} minus {} {:?}: {:?} (truly {} people)",
                    s1.page,
                    s1.pop,
                    s2.page,
                    s2.pop,
                    d,
                    truth(&s1.pop, &[&s2.pop])
                ));
            }
            for s3 in children.iter().skip(j + 1) {
                if !s2.pop.disjoint(&s3.pop) {
                    continue;
                }
                let d = minus(&d, &s3.figures);
                if claims_small(&d) {
                    return Some(format!(
                        "{} {:?} ({}) minus {} {:?} ({}) minus {} {:?} ({}): {:?} (truly {} people)",
                        s1.page,
                        s1.pop,
                        s1.figures.count,
                        s2.page,
                        s2.pop,
                        s2.figures.count,
                        s3.page,
                        s3.pop,
                        s3.figures.count,
                        d,
                        truth(&s1.pop, &[&s2.pop, &s3.pop])
                    ));
                }
            }
        }
    }
    for c1 in &release.comments {
        for c2 in release
            .comments
            .iter()
            .filter(|c2| c2.pop != c1.pop && c2.pop.within(&c1.pop))
        {
            let extra: Vec<&String> = c1.comments.difference(&c2.comments).collect();
            let behind = truth(&c1.pop, &[&c2.pop]);
            if !extra.is_empty() && (behind as u64) < K_COMMENTS {
                return Some(format!(
                    "comments {:?} minus {:?} leave {extra:?}, written by {behind} people",
                    c1.pop, c2.pop
                ));
            }
        }
    }
    None
}

fn flagship() -> Arc<Survey> {
    Arc::new(support::load_builtin("be-fedasil"))
}

/// `counts[facility][quarter]` responses, answers and demographics drawn from `seed`.
fn people(survey: &Arc<Survey>, counts: &[[usize; 2]; 3], seed: u64) -> Vec<Person> {
    let languages = ["ar", "ar", "ar", "fr", "ti", "so", "ps", "uk"];
    let modes = [
        AdministrationMode::SelfCompleted,
        AdministrationMode::SelfCompleted,
        AdministrationMode::ALL[1],
    ];
    let mut out = Vec::new();
    let mut n = 0u64;
    for (fi, per_quarter) in counts.iter().enumerate() {
        for (qi, count) in per_quarter.iter().enumerate() {
            for _ in 0..*count {
                n += 1;
                let s = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(n.wrapping_mul(1442695040888963407));
                let visit = Visit {
                    facility: FACILITIES[fi],
                    month: MONTHS[qi],
                    language: languages[(s >> 7) as usize % languages.len()],
                    mode: modes[(s >> 13) as usize % modes.len()],
                    ..Visit::default()
                };
                let comment = format!("comment of respondent {n}");
                let mut step = 0u64;
                let response = complete(
                    survey,
                    &visit,
                    n.wrapping_add(seed.wrapping_mul(1000)),
                    |q| {
                        step += 1;
                        match &q.kind {
                            QuestionKind::FreeText { .. } => Some(Answer::Text(comment.clone())),
                            _ => support::answer_for(q, s.rotate_left(step as u32 * 5) ^ step),
                        }
                    },
                );
                let cell = Cell::of(survey, &response);
                let mut labels: BTreeMap<&'static str, String> = Dimension::ALL
                    .iter()
                    .map(|d| (d.as_str(), d.label(&cell)))
                    .collect();
                labels.insert(
                    "stay",
                    cell.group
                        .length_of_stay
                        .as_ref()
                        .map_or_else(|| "not-answered".to_owned(), ToString::to_string),
                );
                let wrote = response
                    .answers
                    .values()
                    .any(|a| matches!(a, Answer::Text(_)));
                out.push(Person {
                    facility: FACILITIES[fi].to_owned(),
                    quarter: QUARTERS[qi].to_owned(),
                    labels,
                    response,
                    comment: wrote.then_some(comment),
                });
            }
        }
    }
    out
}

/// The scenario: fac-a has 3 responses in Q1 and 20 in Q2, the others 30–40.
#[test]
fn the_three_of_a_quiet_quarter_stay_hidden_and_a_naive_model_gives_them_away() {
    let survey = flagship();
    let index = Index::new(&survey);
    let people = people(&survey, &[[3, 20], [30, 35], [40, 32]], 7);
    let naive = attack(
        &people,
        &naive_release(&survey, &people, &index),
        &index,
        K_DEFAULT as i64,
    );
    assert!(
        naive.is_some(),
        "the naive model must be attackable, or this test proves nothing"
    );
    let heard = heard_release(&survey, &people, &index);
    assert!(heard.statements.len() > 100, "the attacker saw too little");
    if let Some(how) = attack(&people, &heard, &index, K_DEFAULT as i64) {
        panic!("Heard's releases single out a small group: {how}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn no_combination_of_releases_singles_out_a_small_group(
        counts in prop::array::uniform3(prop::array::uniform2(1usize..=12)),
        seed in any::<u64>(),
    ) {
        let survey = flagship();
        let index = Index::new(&survey);
        let people = people(&survey, &counts, seed);
        let heard = heard_release(&survey, &people, &index);
        let how = attack(&people, &heard, &index, K_DEFAULT as i64);
        prop_assert!(how.is_none(), "{}", how.unwrap_or_default());
    }
}

/// Over several small random data sets, the naive model falls to the same attacker.
#[test]
fn the_naive_model_falls_on_small_random_data() {
    let survey = flagship();
    let index = Index::new(&survey);
    let mut fallen = 0;
    for seed in 0..6u64 {
        let counts = [
            [1 + (seed as usize * 5) % 12, 1 + (seed as usize * 7) % 12],
            [1 + (seed as usize * 3) % 12, 12],
            [4, 1 + (seed as usize * 11) % 12],
        ];
        let people = people(&survey, &counts, seed);
        if attack(
            &people,
            &naive_release(&survey, &people, &index),
            &index,
            K_DEFAULT as i64,
        )
        .is_some()
        {
            fallen += 1;
        }
    }
    assert!(
        fallen >= 5,
        "the naive model fell on only {fallen} of 6 data sets"
    );
}
