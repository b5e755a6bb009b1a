//! Issue 12, "It must show": the scenario through the real router (`http::app`) on a
//! real SQLite store, read the way an insider with a dashboard account would read it.
//!
//! Survey `be-fedasil`; facility `fac-a` has 3 complete responses in 2026-Q1 and 20 in 2026-Q2,
//! `fac-b` and `fac-c` 31–40 per quarter. Every response carries a unique comment (a marker such
//! as `Q1-fac-a-marker-1`). A national coordinator and the manager of `fac-a` open every page
//! the dashboard has — overview, every breakdown dimension, the quarterly report, comments, the
//! CSV and XLSX exports of each, the response-level export (national only) — with every
//! facility and quarter filter they may use (none, one facility, 2025-Q4 with no responses,
//! 2026-Q1, 2026-Q2, and their combinations).
//!
//! Every response count the pages and files show becomes a statement "population P has n
//! responses", P being a set of (facility, quarter) units, narrowed by a breakdown group where
//! the row names one. The tests then check that:
//!
//! 1. the same population always has the same count, and every difference of two nested
//!    statements (and of one statement minus two disjoint ones nested in it) is 0 or at least
//!    k — in particular `fac-a` over all quarters shows exactly what `fac-a` in 2026-Q2 shows,
//!    on the overview, every breakdown and every export;
//! 2. no comment of the three 2026-Q1 responses of `fac-a` appears in any body;
//! 3. the response-level export has no row of `fac-a` in 2026-Q1, and as many rows per
//!    facility and quarter as the overview counts for that unit;
//! 4. every figure page says what was left out (`left_out_sentence`);
//! 5. asking for `fac-a` in 2026-Q1 directly answers 200 with nothing for it: the same page,
//!    word for word, as for a quarter without any response (2025-Q4).

mod dashboard_support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use dashboard_support::{assert_csv_shows, ingest, store_with};
use heard_core::ids::FacilityCode;
use heard_core::report::breakdown::Dimension;
use heard_core::report::disclosure::{left_out_sentence, K_COMMENTS, K_DEFAULT};
use heard_core::response::{AdministrationMode, Answer, Response};
use heard_core::survey::{QuestionKind, Survey};
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::store::{Role, Store};
use heard_test_support::surveys::{answer_for, complete, Visit};
use http_body_util::BodyExt;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";
const SURVEY: &str = "be-fedasil";
const FACILITIES: [&str; 3] = ["fac-a", "fac-b", "fac-c"];
/// The quarters a filter names: 2025-Q4 has no responses anywhere.
const QUARTERS: [&str; 3] = ["2025-Q4", "2026-Q1", "2026-Q2"];
const EMPTY_QUARTER: &str = "2025-Q4";
const SMALL_QUARTER: &str = "2026-Q1";
/// (facility, quarter, month, complete responses).
const UNITS: [(&str, &str, &str, usize); 6] = [
    ("fac-a", "2026-Q1", "2026-02", 3),
    ("fac-a", "2026-Q2", "2026-05", 20),
    ("fac-b", "2026-Q1", "2026-02", 34),
    ("fac-b", "2026-Q2", "2026-05", 37),
    ("fac-c", "2026-Q1", "2026-02", 31),
    ("fac-c", "2026-Q2", "2026-05", 40),
];
/// What every comment of the three small-unit responses starts with.
const SMALL_MARKER: &str = "Q1-fac-a-marker-";
const QUARTER_FILTERS: [Option<&str>; 4] =
    [None, Some("2025-Q4"), Some("2026-Q1"), Some("2026-Q2")];

fn marker(facility: &str, quarter: &str, i: usize) -> String {
    // "2026-Q1" → "Q1-fac-a-marker-1".
    format!("{}-{facility}-marker-{i}", &quarter[5..])
}

// ---------------------------------------------------------------------------------------------
// The fixture: store, responses, accounts, router.

struct Fixture {
    _dir: tempfile::TempDir,
    router: axum::Router,
    national: Viewer,
    manager: Viewer,
}

/// Who reads, and the facility filters that viewer may use.
#[derive(Clone)]
struct Viewer {
    name: &'static str,
    session: String,
    sees: &'static [&'static str],
    facility_filters: &'static [Option<&'static str>],
}

fn responses(survey: &Arc<Survey>) -> Vec<Response> {
    let languages = ["ar", "ar", "ar", "fr", "ti", "so", "ps", "uk", "en"];
    let modes = AdministrationMode::ALL;
    let mut out = Vec::new();
    let mut n = 0u64;
    for (facility, quarter, month, count) in UNITS {
        for i in 1..=count {
            n += 1;
            let s = n.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29) ^ n;
            let visit = Visit {
                facility,
                month,
                language: languages[(s >> 7) as usize % languages.len()],
                mode: modes[(s >> 13) as usize % modes.len()],
                ..Visit::default()
            };
            let comment = marker(facility, quarter, i);
            let mut step = 0u64;
            out.push(complete(survey, &visit, n, |q| {
                step += 1;
                match q.kind {
                    QuestionKind::FreeText { .. } => Some(Answer::Text(comment.clone())),
                    _ => answer_for(q, s.rotate_left((step * 5) as u32) ^ step),
                }
            }));
        }
    }
    out
}

async fn fixture() -> Fixture {
    let survey = load_builtin(&resolve_root(None), SURVEY).unwrap();
    let (dir, store) = store_with(&survey, &FACILITIES).await;
    let survey = Arc::new(survey);
    let all = responses(&survey);
    assert_eq!(all.len(), UNITS.iter().map(|u| u.3).sum::<usize>());
    ingest(&store, &survey, all).await;
    let store: Arc<dyn Store> = Arc::new(store);
    // The scenario holds in the store: complete responses per facility and quarter.
    let stored: BTreeMap<(String, String), u64> = store
        .quarter_summaries(&SURVEY.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .map(|(f, q, s)| ((f.to_string(), q.to_string()), s.responses.complete))
        .collect();
    let expected: BTreeMap<(String, String), u64> = UNITS
        .iter()
        .map(|(f, q, _, n)| (((*f).to_owned(), (*q).to_owned()), *n as u64))
        .collect();
    assert_eq!(stored, expected, "the scenario is not what the store holds");

    let hash = hash_password(PASSWORD).unwrap();
    store
        .add_coordinator(
            "manager@example.org",
            &Role::Facility(FacilityCode::new("fac-a").unwrap()),
            &hash,
        )
        .await
        .unwrap();
    store
        .add_coordinator("national@example.org", &Role::National, &hash)
        .await
        .unwrap();
    let router = app(AppState::new(Arc::clone(&store), Limits::default()));
    let national = Viewer {
        name: "national",
        session: sign_in(&router, "national@example.org").await,
        sees: &FACILITIES,
        facility_filters: &[None, Some("fac-a"), Some("fac-b"), Some("fac-c")],
    };
    let manager = Viewer {
        name: "manager of fac-a",
        session: sign_in(&router, "manager@example.org").await,
        sees: &["fac-a"],
        facility_filters: &[None, Some("fac-a")],
    };
    Fixture {
        _dir: dir,
        router,
        national,
        manager,
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP.

async fn send(router: &axum::Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    if let Some(cookie) = headers.get(header::SET_COOKIE) {
        // Sign-in: the cookie travels back in the body slot.
        return (status, cookie.as_bytes().to_vec());
    }
    (status, body)
}

async fn sign_in(router: &axum::Router, email: &str) -> String {
    let body = format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        PASSWORD.replace(' ', "+")
    );
    let req = Request::post("/dashboard/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let (status, cookie) = send(router, req).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "sign-in of {email}");
    String::from_utf8(cookie)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("heard_session=")
        .unwrap()
        .to_owned()
}

async fn fetch(f: &Fixture, v: &Viewer, path: &str) -> (StatusCode, Vec<u8>) {
    let req = Request::get(path)
        .header(header::COOKIE, format!("heard_session={}", v.session))
        .body(Body::empty())
        .unwrap();
    send(&f.router, req).await
}

/// The body of a page that must answer 200.
async fn ok(f: &Fixture, v: &Viewer, path: &str) -> Vec<u8> {
    let (status, body) = fetch(f, v, path).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{} GET {path}: {}",
        v.name,
        String::from_utf8_lossy(&body)
    );
    body
}

async fn ok_text(f: &Fixture, v: &Viewer, path: &str) -> String {
    String::from_utf8(ok(f, v, path).await).unwrap()
}

fn query(facility: Option<&str>, quarter: Option<&str>, dimension: Option<&str>) -> String {
    let parts: Vec<String> = [
        ("dimension", dimension),
        ("facility", facility),
        ("quarter", quarter),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
    .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn route(page: &str, q: &str) -> String {
    if page.is_empty() {
        format!("/dashboard/surveys/{SURVEY}{q}")
    } else {
        format!("/dashboard/surveys/{SURVEY}/{page}{q}")
    }
}

// ---------------------------------------------------------------------------------------------
// Reading what the attacker reads: HTML tables, CSV, XLSX, the report's rows.

/// Header first, then the rows, as text.
type Table = Vec<Vec<String>>;

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of an HTML fragment: tags dropped, entities read, the below-target mark removed.
fn cell_text(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out).replace('▼', "").trim().to_owned()
}

/// The table with this id (`<table id="…">`), header and body rows.
fn html_table(html: &str, id: &str) -> Table {
    let open = format!("<table id=\"{id}\"");
    let start = html
        .find(&open)
        .unwrap_or_else(|| panic!("no table #{id} in:\n{html}"));
    let end = start + html[start..].find("</table>").unwrap();
    let table = &html[start..end];
    let mut rows = Vec::new();
    for tr in table.split("<tr").skip(1) {
        let mut cells = Vec::new();
        let mut rest = tr;
        while let Some(i) = rest.find("<t") {
            let tag = &rest[i..];
            if !(tag.starts_with("<td") || tag.starts_with("<th")) {
                rest = &rest[i + 2..];
                continue;
            }
            let body_start = i + tag.find('>').unwrap() + 1;
            let close = rest[body_start..]
                .find("</t")
                .map(|j| body_start + j)
                .unwrap();
            cells.push(cell_text(&rest[body_start..close]));
            rest = &rest[close + 3..];
        }
        rows.push(cells);
    }
    rows
}

/// RFC 4180 records (the byte-order mark dropped).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// A cell as the page shows it: the apostrophe that keeps a spreadsheet from reading a formula
/// dropped.
fn unformula(s: &str) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => s.to_owned(),
    }
}

/// An aggregate CSV export: its table, and the note after the blank line.
fn csv_table(text: &str) -> (Table, String) {
    let records = csv_records(text);
    let blank = records
        .iter()
        .position(|r| r.len() == 1 && r[0].is_empty())
        .unwrap_or_else(|| panic!("no note after the table:\n{text}"));
    let table = records[..blank]
        .iter()
        .map(|r| r.iter().map(|c| unformula(c)).collect())
        .collect();
    let note = records[blank + 1..]
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(",");
    (table, note)
}

/// An aggregate XLSX export: the first sheet's table, and the note after the blank row.
fn xlsx_table(bytes: &[u8]) -> (Table, String) {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    other => panic!("a cell that is not text: {other:?}"),
                })
                .collect()
        })
        .collect();
    let blank = rows
        .iter()
        .position(|r| r.iter().all(String::is_empty))
        .expect("a blank row before the note");
    let note = rows[blank + 1..]
        .iter()
        .flatten()
        .filter(|c| !c.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(",");
    (rows[..blank].to_vec(), note)
}

/// The quarterly report's per-unit rows: (facility, quarter, responses).
fn report_rows(html: &str) -> Vec<(String, String, i64)> {
    let mut out = Vec::new();
    for (i, _) in html.match_indices("Responses: ") {
        let h2 = html[..i].rfind("<h2>").unwrap();
        let heading = cell_text(&html[h2..html[h2..].find("</h2>").unwrap() + h2]);
        let (facility, quarter) = heading
            .split_once(" — ")
            .unwrap_or_else(|| panic!("a report row under `{heading}`"));
        // The facility's code, then its name when it has another one.
        let facility = facility.split_whitespace().next().unwrap_or_default();
        let digits: String = html[i + "Responses: ".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        out.push((
            facility.to_owned(),
            quarter.to_owned(),
            digits.parse().unwrap(),
        ));
    }
    out
}

fn column(table: &Table, name: &str) -> usize {
    table[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column `{name}` in {:?}", table[0]))
}

// ---------------------------------------------------------------------------------------------
// Statements: populations (units as bits, maybe a breakdown group) and their counts.

fn bit(facility: &str, quarter: &str) -> u16 {
    let f = FACILITIES
        .iter()
        .position(|x| *x == facility)
        .unwrap_or_else(|| panic!("unknown facility `{facility}`"));
    let q = QUARTERS
        .iter()
        .position(|x| *x == quarter)
        .unwrap_or_else(|| panic!("unexpected quarter `{quarter}`"));
    1 << (f * QUARTERS.len() + q)
}

/// The units a view covers.
fn view_pop(v: &Viewer, facility: Option<&str>, quarter: Option<&str>) -> u16 {
    let facilities: Vec<&str> = facility.map_or_else(|| v.sees.to_vec(), |f| vec![f]);
    let quarters: Vec<&str> = quarter.map_or_else(|| QUARTERS.to_vec(), |q| vec![q]);
    let mut pop = 0;
    for f in &facilities {
        for q in &quarters {
            pop |= bit(f, q);
        }
    }
    pop
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    pop: u16,
    /// (dimension, group label); `None`: everyone in the units.
    group: Option<(Dimension, String)>,
}

#[derive(Default)]
struct Statements {
    by_key: BTreeMap<Key, Vec<(i64, String)>>,
}

impl Statements {
    fn add(&mut self, pop: u16, group: Option<(Dimension, String)>, count: i64, source: String) {
        self.by_key
            .entry(Key { pop, group })
            .or_default()
            .push((count, source));
    }

    fn count(&self, pop: u16, group: Option<(Dimension, String)>) -> Option<i64> {
        self.by_key.get(&Key { pop, group }).map(|v| v[0].0)
    }
}

fn k_of(group: &Option<(Dimension, String)>) -> i64 {
    group.as_ref().map_or(K_DEFAULT, |(d, _)| d.k()) as i64
}

/// Every member of `inner` is in `outer`, whatever the data.
fn within(inner: &Key, outer: &Key) -> bool {
    inner.pop & !outer.pop == 0 && (outer.group.is_none() || outer.group == inner.group)
}

/// No one is in both, whatever the data.
fn disjoint(a: &Key, b: &Key) -> bool {
    a.pop & b.pop == 0
        || matches!((&a.group, &b.group), (Some((da, la)), Some((db, lb))) if da == db && la != lb)
}

/// A difference that claims 1 to k−1 respondents, or fewer than none.
fn singles_out(d: i64, k: i64) -> bool {
    d < 0 || (1..k).contains(&d)
}

/// What the attacker found, and how many differences were tried.
#[derive(Default)]
struct Attack {
    found: Vec<String>,
    pairs: usize,
    triples: usize,
}

/// Everything the attacker can subtract: the same population read twice, pairs of nested
/// statements, and a statement minus two disjoint statements nested in it.
fn attack(st: &Statements) -> Attack {
    let mut out = Attack::default();
    for (key, seen) in &st.by_key {
        if seen.iter().any(|(n, _)| *n != seen[0].0) {
            out.found
                .push(format!("{key:?} read with different counts: {seen:?}"));
        }
    }
    let items: Vec<(&Key, i64, &str)> = st
        .by_key
        .iter()
        .map(|(k, v)| (k, v[0].0, v[0].1.as_str()))
        .collect();
    for (a, na, sa) in &items {
        let k = k_of(&a.group);
        let inner: Vec<&(&Key, i64, &str)> = items
            .iter()
            .filter(|(b, _, _)| b != a && within(b, a))
            .collect();
        for (i, (b, nb, sb)) in inner.iter().enumerate() {
            out.pairs += 1;
            let d = na - nb;
            if singles_out(d, k) {
                out.found.push(format!("[{sa}] {na} − [{sb}] {nb} = {d}"));
            }
            for (c, nc, sc) in &inner[i + 1..] {
                if disjoint(b, c) {
                    out.triples += 1;
                    let d = na - nb - nc;
                    if singles_out(d, k) {
                        out.found
                            .push(format!("[{sa}] {na} − [{sb}] {nb} − [{sc}] {nc} = {d}"));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_attack_finds_what_a_per_page_dashboard_would_give_away() {
    let fac_a = bit("fac-a", "2025-Q4") | bit("fac-a", "2026-Q1") | bit("fac-a", "2026-Q2");
    // A total over everything: fac-a over all quarters 23, in 2026-Q2 20.
    let mut st = Statements::default();
    st.add(fac_a, None, 23, "fac-a all quarters".into());
    st.add(bit("fac-a", "2026-Q2"), None, 20, "fac-a 2026-Q2".into());
    assert_eq!(attack(&st).found.len(), 1);
    // National 2026-Q1 with fac-a counted, minus fac-b and fac-c.
    let mut st = Statements::default();
    let q1 = bit("fac-a", "2026-Q1") | bit("fac-b", "2026-Q1") | bit("fac-c", "2026-Q1");
    st.add(q1, None, 68, "national".into());
    st.add(bit("fac-b", "2026-Q1"), None, 34, "fac-b".into());
    st.add(bit("fac-c", "2026-Q1"), None, 31, "fac-c".into());
    let a = attack(&st);
    assert_eq!(
        (a.found.len(), a.pairs, a.triples),
        (1, 2, 1),
        "{:?}",
        a.found
    );
    // A group: 3 of one sex left out of the page's groups but not of its total.
    let mut st = Statements::default();
    let sex = |l: &str| Some((Dimension::Sex, l.to_owned()));
    st.add(q1, None, 65, "total".into());
    st.add(q1, sex("female"), 30, "female".into());
    st.add(q1, sex("male"), 32, "male".into());
    assert_eq!(attack(&st).found.len(), 1);
    // The same units read with two counts.
    st.add(q1, None, 62, "another page".into());
    assert!(attack(&st).found[0].contains("different counts"));
}

// ---------------------------------------------------------------------------------------------
// Reading every figure page of one viewer.

/// The tables a viewer read, by (page, facility filter, quarter filter); page is `overview`,
/// a dimension, or `report`.
type Seen = BTreeMap<(String, Option<&'static str>, Option<&'static str>), Table>;

async fn read_figures(f: &Fixture, v: &Viewer, st: &mut Statements) -> Seen {
    let mut seen = Seen::new();
    let sentence = left_out_sentence(K_DEFAULT);
    for &fac in v.facility_filters {
        for q in QUARTER_FILTERS {
            let pop = view_pop(v, fac, q);
            let at = |page: &str| format!("{} {page} facility={fac:?} quarter={q:?}", v.name);

            // Overview, and its CSV and XLSX.
            let path = route("", &query(fac, q, None));
            let html = ok_text(f, v, &path).await;
            assert!(
                html.contains(&sentence),
                "{}: no left-out sentence",
                at("overview")
            );
            let table = html_table(&html, "overview");
            let (fc, qc, nc) = (
                column(&table, "facility"),
                column(&table, "quarter"),
                column(&table, "responses"),
            );
            let mut total = 0;
            for row in &table[1..] {
                let unit = bit(&row[fc], &row[qc]);
                assert_eq!(unit & !pop, 0, "{}: a row outside the view", at("overview"));
                let n: i64 = row[nc].parse().unwrap();
                st.add(unit, None, n, format!("{} row {}", at("overview"), row[fc]));
                total += n;
            }
            st.add(pop, None, total, format!("{} sum of rows", at("overview")));
            let csv = ok_text(f, v, &route("export.csv", &query(fac, q, None))).await;
            let (csv_t, note) = csv_table(&csv);
            assert_csv_shows(&csv_t, &table, &format!("{}: CSV ≠ page", at("overview")));
            assert_eq!(note, sentence, "{}: CSV note", at("overview"));
            let xlsx = ok(f, v, &route("export.xlsx", &query(fac, q, None))).await;
            let (xlsx_t, note) = xlsx_table(&xlsx);
            assert_eq!(xlsx_t, table, "{}: XLSX ≠ page", at("overview"));
            assert_eq!(note, sentence, "{}: XLSX note", at("overview"));
            seen.insert(("overview".into(), fac, q), table);

            // Every breakdown, and its CSV and XLSX.
            for d in Dimension::ALL {
                let name = format!("breakdown {}", d.as_str());
                let q_str = query(fac, q, Some(d.as_str()));
                let html = ok_text(f, v, &route("breakdown", &q_str)).await;
                assert!(
                    html.contains(&left_out_sentence(d.k())),
                    "{}: no left-out sentence",
                    at(&name)
                );
                let table = html_table(&html, "breakdown");
                assert_eq!(table[0][0], d.as_str());
                let nc = column(&table, "responses");
                let (total_row, groups) = table[1..].split_last().unwrap();
                assert_eq!(total_row[0], "total", "{}: total row last", at(&name));
                let total: i64 = total_row[nc].parse().unwrap();
                st.add(pop, None, total, format!("{} total", at(&name)));
                let mut shown = 0;
                for row in groups {
                    let n: i64 = row[nc].parse().unwrap();
                    st.add(
                        pop,
                        Some((*d, row[0].clone())),
                        n,
                        format!("{} row {}", at(&name), row[0]),
                    );
                    shown += n;
                }
                // What the page withholds (total minus its groups) is itself a group.
                assert!(
                    !singles_out(total - shown, d.k() as i64),
                    "{}: total {total} − groups {shown}",
                    at(&name)
                );
                let csv = ok_text(f, v, &route("export.csv", &q_str)).await;
                let (csv_t, note) = csv_table(&csv);
                assert_csv_shows(&csv_t, &table, &format!("{}: CSV ≠ page", at(&name)));
                assert_eq!(note, left_out_sentence(d.k()), "{}: CSV note", at(&name));
                let xlsx = ok(f, v, &route("export.xlsx", &q_str)).await;
                let (xlsx_t, note) = xlsx_table(&xlsx);
                assert_eq!(xlsx_t, table, "{}: XLSX ≠ page", at(&name));
                assert_eq!(note, left_out_sentence(d.k()), "{}: XLSX note", at(&name));
                seen.insert((d.as_str().into(), fac, q), table);
            }

            // The quarterly report (it needs a quarter).
            if let Some(quarter) = q {
                let html = ok_text(f, v, &route("report", &query(fac, q, None))).await;
                assert!(
                    html.contains(&sentence),
                    "{}: no left-out sentence",
                    at("report")
                );
                let mut total = 0;
                let mut table: Table = vec![vec!["facility".into(), "responses".into()]];
                for (facility, row_q, n) in report_rows(&html) {
                    assert_eq!(row_q, quarter, "{}", at("report"));
                    let unit = bit(&facility, &row_q);
                    assert_eq!(unit & !pop, 0, "{}: a row outside the view", at("report"));
                    st.add(unit, None, n, format!("{} row {facility}", at("report")));
                    table.push(vec![facility, n.to_string()]);
                    total += n;
                }
                st.add(pop, None, total, format!("{} sum of rows", at("report")));
                seen.insert(("report".into(), fac, q), table);
            }
        }
    }
    seen
}

fn pages() -> Vec<String> {
    std::iter::once("overview")
        .chain(Dimension::ALL.iter().map(|d| d.as_str()))
        .map(str::to_owned)
        .collect()
}

/// A breakdown's groups as label → responses (total row included as `total`).
fn groups(table: &Table) -> BTreeMap<String, i64> {
    let nc = column(table, "responses");
    table[1..]
        .iter()
        .map(|r| (r[0].clone(), r[nc].parse().unwrap()))
        .collect()
}

#[tokio::test]
async fn the_three_q1_responses_of_fac_a_are_pinned_by_no_difference_of_figures() {
    let f = fixture().await;
    let mut st = Statements::default();
    let national = read_figures(&f, &f.national, &mut st).await;
    let manager = read_figures(&f, &f.manager, &mut st).await;

    // The manager's own facility: fac-a over all quarters is exactly fac-a in 2026-Q2, on the
    // overview and every breakdown (the exports were checked equal to the pages).
    for page in pages() {
        for (who, seen, fac) in [
            ("national", &national, Some("fac-a")),
            ("manager", &manager, Some("fac-a")),
            ("manager", &manager, None),
        ] {
            let all = &seen[&(page.clone(), fac, None)];
            let q2 = &seen[&(page.clone(), fac, Some("2026-Q2"))];
            assert_eq!(
                all, q2,
                "{who} {page} facility={fac:?}: all quarters ≠ 2026-Q2, so the difference \
                 shows 2026-Q1"
            );
        }
        // Facility managers see what national coordinators see of their facility.
        for q in QUARTER_FILTERS {
            let key = (page.clone(), Some("fac-a"), q);
            assert_eq!(manager[&key], national[&key], "{page} {q:?}");
            assert_eq!(
                manager[&(page.clone(), None, q)],
                national[&key],
                "{page} {q:?}"
            );
        }
    }
    let fac_a_all = view_pop(&f.national, Some("fac-a"), None);
    let fac_a_q2 = bit("fac-a", "2026-Q2");
    assert_eq!(st.count(fac_a_all, None), Some(20));
    assert_eq!(st.count(fac_a_q2, None), Some(20));
    assert_eq!(st.count(bit("fac-a", SMALL_QUARTER), None), Some(0));

    // National minus fac-b and fac-c: nothing of fac-a in 2026-Q1, on every page and group.
    for page in pages() {
        let nat = &national[&(page.clone(), None, Some(SMALL_QUARTER))];
        let b = &national[&(page.clone(), Some("fac-b"), Some(SMALL_QUARTER))];
        let c = &national[&(page.clone(), Some("fac-c"), Some(SMALL_QUARTER))];
        if page == "overview" {
            let facilities: BTreeSet<&str> = nat[1..].iter().map(|r| r[0].as_str()).collect();
            assert!(!facilities.contains("fac-a"), "{nat:?}");
            assert_eq!(nat[1..].len(), b[1..].len() + c[1..].len());
            continue;
        }
        let (gn, gb, gc) = (groups(nat), groups(b), groups(c));
        let labels: BTreeSet<&String> = gn.keys().chain(gb.keys()).chain(gc.keys()).collect();
        for l in labels {
            let get = |g: &BTreeMap<String, i64>| g.get(l).copied().unwrap_or(0);
            assert_eq!(
                get(&gn) - get(&gb) - get(&gc),
                0,
                "breakdown {page} 2026-Q1 group {l}: national {} − fac-b {} − fac-c {}",
                get(&gn),
                get(&gb),
                get(&gc)
            );
        }
    }
    // Over all quarters, national minus fac-b and fac-c is fac-a's released 2026-Q2 alone.
    let nat = st.count(view_pop(&f.national, None, None), None).unwrap();
    let b = st
        .count(view_pop(&f.national, Some("fac-b"), None), None)
        .unwrap();
    let c = st
        .count(view_pop(&f.national, Some("fac-c"), None), None)
        .unwrap();
    assert_eq!(nat - b - c, 20, "national {nat} − fac-b {b} − fac-c {c}");

    let statements = st.by_key.len();
    assert!(
        statements > 100,
        "only {statements} distinct statements read"
    );
    let a = attack(&st);
    assert!(
        a.found.is_empty(),
        "{} differences single someone out, e.g.:\n{}",
        a.found.len(),
        a.found
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    eprintln!(
        "{statements} statements, {} nested pairs, {} triples tried",
        a.pairs, a.triples
    );
    assert!(
        a.pairs > 300 && a.triples > 3_000,
        "{} {}",
        a.pairs,
        a.triples
    );
}

#[tokio::test]
async fn no_comment_of_the_small_unit_appears_anywhere() {
    let f = fixture().await;
    let mut bodies = 0;
    for v in [&f.national, &f.manager] {
        for &fac in v.facility_filters {
            for q in QUARTER_FILTERS {
                let pop = view_pop(v, fac, q);
                let path = route("comments", &query(fac, q, None));
                let html = ok_text(&f, v, &path).await;
                bodies += 1;
                assert!(
                    !html.contains(SMALL_MARKER),
                    "{} GET {path} shows a comment of fac-a in 2026-Q1",
                    v.name
                );
                // Whole units of at least K_COMMENTS, each with all its comments, or nothing.
                for (facility, quarter, _, count) in UNITS {
                    let shown = (1..=count)
                        .filter(|i| {
                            html.contains(&format!("<li>{}</li>", marker(facility, quarter, *i)))
                        })
                        .count();
                    let expected =
                        if bit(facility, quarter) & pop != 0 && count as u64 >= K_COMMENTS {
                            count
                        } else {
                            0
                        };
                    assert_eq!(
                        shown, expected,
                        "{} GET {path}: {shown} comments of {facility} {quarter}",
                        v.name
                    );
                }
                // Aggregate exports never carry free text.
                for d in
                    std::iter::once(None).chain(Dimension::ALL.iter().map(|d| Some(d.as_str())))
                {
                    let q_str = query(fac, q, d);
                    let csv = ok_text(&f, v, &route("export.csv", &q_str)).await;
                    assert!(!csv.contains("marker"), "{} export.csv{q_str}", v.name);
                    let xlsx = ok(&f, v, &route("export.xlsx", &q_str)).await;
                    let (table, note) = xlsx_table(&xlsx);
                    assert!(
                        !table.iter().flatten().any(|c| c.contains("marker"))
                            && !note.contains("marker"),
                        "{} export.xlsx{q_str}",
                        v.name
                    );
                    bodies += 2;
                }
            }
        }
    }
    for fac in f.national.facility_filters {
        let path = route("responses.csv", &query(*fac, None, None));
        let text = ok_text(&f, &f.national, &path).await;
        assert!(!text.contains("marker"), "GET {path} carries a comment");
        bodies += 1;
    }
    // The control: comments of large units do show, so the markers are readable at all.
    let html = ok_text(&f, &f.manager, &route("comments", "")).await;
    assert!(html.contains("<li>Q2-fac-a-marker-1</li>"), "{html}");
    assert!(bodies > 100, "{bodies}");
}

#[tokio::test]
async fn the_response_level_export_has_only_released_units_in_full() {
    let f = fixture().await;
    // The overview's count per unit, as the national coordinator reads it.
    let html = ok_text(&f, &f.national, &route("", "")).await;
    let table = html_table(&html, "overview");
    let (fc, qc, nc) = (
        column(&table, "facility"),
        column(&table, "quarter"),
        column(&table, "responses"),
    );
    let overview: BTreeMap<(String, String), usize> = table[1..]
        .iter()
        .map(|r| ((r[fc].clone(), r[qc].clone()), r[nc].parse().unwrap()))
        .collect();
    assert!(!overview.contains_key(&("fac-a".into(), SMALL_QUARTER.into())));
    assert_eq!(overview.len(), 5, "{overview:?}");
    // Each released unit's breakdowns: (unit, dimension) → label → responses.
    let mut tables: BTreeMap<((String, String), Dimension), BTreeMap<String, i64>> =
        BTreeMap::new();
    for unit in overview.keys() {
        for d in Dimension::ALL {
            let q = query(Some(&unit.0), Some(&unit.1), Some(d.as_str()));
            let html = ok_text(&f, &f.national, &route("breakdown", &q)).await;
            tables.insert((unit.clone(), *d), groups(&html_table(&html, "breakdown")));
        }
    }
    let dimension_of = [
        ("language", Dimension::Language),
        ("mode", Dimension::Assistance),
        ("audio", Dimension::AudioUse),
        ("age band", Dimension::AgeBand),
        ("sex", Dimension::Sex),
        ("nationality", Dimension::NationalityGroup),
    ];
    let mut fields_compared = 0;

    for fac in f.national.facility_filters {
        let path = route("responses.csv", &query(*fac, None, None));
        let text = ok_text(&f, &f.national, &path).await;
        let records = csv_records(&text);
        let header = &records[0];
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (fcol, pcol) = (col("facility"), col("period"));
        let mut rows: BTreeMap<(String, String), usize> = BTreeMap::new();
        for r in &records[1..] {
            assert_eq!(r.len(), header.len(), "GET {path}: a ragged row {r:?}");
            *rows.entry((r[fcol].clone(), r[pcol].clone())).or_default() += 1;
        }
        assert!(
            !rows.contains_key(&("fac-a".into(), SMALL_QUARTER.into())),
            "GET {path}: rows of fac-a in 2026-Q1: {rows:?}"
        );
        for (facility, period) in rows.keys() {
            assert!(
                fac.is_none_or(|x| x == facility),
                "GET {path}: a row of {facility}"
            );
            assert!(
                period.parse::<heard_core::period::Quarter>().is_ok(),
                "GET {path}: period `{period}` is not a quarter"
            );
        }
        let expected: BTreeMap<(String, String), usize> = overview
            .iter()
            .filter(|((facility, _), _)| fac.is_none_or(|x| x == facility))
            .map(|(k, n)| (k.clone(), *n))
            .collect();
        assert_eq!(
            rows, expected,
            "GET {path}: rows per facility and quarter ≠ the overview's counts"
        );
        // Counting rows per value of a field gives the unit's breakdown by that field: the
        // released groups, and "withheld" for what the breakdown withholds (0 or at least k),
        // unless the whole field is "any" in the unit.
        for unit in rows.keys() {
            for (name, d) in dimension_of {
                let c = col(name);
                let mut values: BTreeMap<String, i64> = BTreeMap::new();
                for r in records[1..]
                    .iter()
                    .filter(|r| (&r[fcol], &r[pcol]) == (&unit.0, &unit.1))
                {
                    *values.entry(r[c].clone()).or_default() += 1;
                }
                if values.contains_key("any") {
                    assert_eq!(values.len(), 1, "GET {path} {unit:?} {name}: {values:?}");
                    continue;
                }
                let mut table = tables[&(unit.clone(), d)].clone();
                let total = table.remove("total").unwrap();
                let withheld = total - table.values().sum::<i64>();
                if withheld > 0 {
                    table.insert("withheld".into(), withheld);
                }
                assert_eq!(
                    values,
                    table,
                    "GET {path} {unit:?} {name}: rows per value ≠ breakdown by {}",
                    d.as_str()
                );
                assert!(!singles_out(withheld, d.k() as i64));
                fields_compared += 1;
            }
        }
    }
    assert!(fields_compared > 0, "every field of every unit is `any`");
}

/// The body of one page for a quarter, with the quarter's name replaced, so two quarters'
/// pages compare word for word (an XLSX as its cells: the file records when it was written).
async fn normalized(
    f: &Fixture,
    v: &Viewer,
    page: &str,
    fac: Option<&str>,
    d: Option<&str>,
    q: &str,
) -> String {
    let path = route(page, &query(fac, Some(q), d));
    let (status, body) = fetch(f, v, &path).await;
    assert_eq!(status, StatusCode::OK, "{} GET {path}: a refusal", v.name);
    let text = if page == "export.xlsx" {
        let (table, note) = xlsx_table(&body);
        format!("{table:?}\n{note}")
    } else {
        String::from_utf8(body).unwrap()
    };
    // The filter forms' placeholder is "2026-Q1" whatever was asked: not a figure.
    text.replace("placeholder=\"2026-Q1\"", "placeholder")
        .replace(q, "QUARTER")
}

#[tokio::test]
async fn asking_for_fac_a_in_2026_q1_looks_like_asking_for_an_empty_quarter() {
    let f = fixture().await;
    let mut compared = 0;
    for (v, fac) in [
        (&f.national, Some("fac-a")),
        (&f.manager, Some("fac-a")),
        (&f.manager, None),
    ] {
        let mut views: Vec<(&str, Option<&str>)> = vec![
            ("", None),
            ("report", None),
            ("comments", None),
            ("export.csv", None),
            ("export.xlsx", None),
        ];
        for d in Dimension::ALL {
            views.push(("breakdown", Some(d.as_str())));
            views.push(("export.csv", Some(d.as_str())));
            views.push(("export.xlsx", Some(d.as_str())));
        }
        for (page, d) in views {
            let small = normalized(&f, v, page, fac, d, SMALL_QUARTER).await;
            let empty = normalized(&f, v, page, fac, d, EMPTY_QUARTER).await;
            assert_eq!(
                small, empty,
                "{} {page} {d:?} facility={fac:?}: 2026-Q1 differs from a quarter without \
                 responses",
                v.name
            );
            compared += 1;
            assert!(!small.contains(SMALL_MARKER));
        }
        // And what the page shows is nothing at all.
        let q_str = query(fac, Some(SMALL_QUARTER), None);
        let html = ok_text(&f, v, &route("", &q_str)).await;
        assert_eq!(html_table(&html, "overview").len(), 1, "overview rows");
        assert!(html.contains("No figures to show for this selection yet."));
        let html = ok_text(&f, v, &route("report", &q_str)).await;
        assert!(report_rows(&html).is_empty());
        assert!(html.contains("No figures to show for this selection."));
        let html = ok_text(&f, v, &route("comments", &q_str)).await;
        assert!(html.contains("No comments."));
        for d in Dimension::ALL {
            let q_str = query(fac, Some(SMALL_QUARTER), Some(d.as_str()));
            let html = ok_text(&f, v, &route("breakdown", &q_str)).await;
            let table = html_table(&html, "breakdown");
            assert_eq!(table.len(), 2, "{} {}: {table:?}", v.name, d.as_str());
            assert_eq!(table[1][0], "total");
            assert_eq!(table[1][column(&table, "responses")], "0");
        }
    }
    assert_eq!(compared, 3 * (5 + 3 * Dimension::ALL.len()));
    // The manager asking for another facility is refused (403), whatever the quarter: that
    // says nothing about fac-a.
    for q in QUARTER_FILTERS {
        let path = route("", &query(Some("fac-b"), q, None));
        assert_eq!(fetch(&f, &f.manager, &path).await.0, StatusCode::FORBIDDEN);
    }
    assert_eq!(
        fetch(&f, &f.manager, &route("responses.csv", "")).await.0,
        StatusCode::FORBIDDEN
    );
}
