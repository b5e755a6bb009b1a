//! The dashboard through the real router (`http::app`) on a real SQLite store: sign-in, roles,
//! CSRF, rate limit, participation flag, actions to tablets, exports.

mod dashboard_support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use dashboard_support::{csv_shows, store_with};
use heard_core::ids::FacilityCode;
use heard_core::period::Month;
use heard_core::report::disclosure::{left_out_sentence, K_DEFAULT, K_NATIONALITY};
use heard_core::response::{Answer, Response, ResponseStatus};
use heard_sync_server::builtin::{load_builtin, resolve_root};
use heard_sync_server::config::Limits;
use heard_sync_server::dashboard::auth::hash_password;
use heard_sync_server::dashboard::demo::seed;
use heard_sync_server::http::{app, AppState};
use heard_sync_server::secrets::{hash_secret, new_device_id, new_device_token};
use heard_sync_server::store::{Role, Store};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    router: axum::Router,
}

async fn fixture() -> Fixture {
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    let (dir, store) = store_with(&survey, &["centre-a", "centre-b"]).await;
    let store: Arc<dyn Store> = Arc::new(store);
    let a = FacilityCode::new("centre-a").unwrap();
    let months = vec![Month::new(2026, 1).unwrap(), Month::new(2026, 2).unwrap()];
    seed(store.as_ref(), &survey, &a, months, 60, 5)
        .await
        .unwrap();
    let hash = hash_password(PASSWORD).unwrap();
    store
        .add_coordinator("manager@example.org", &Role::Facility(a), &hash)
        .await
        .unwrap();
    store
        .add_coordinator("national@example.org", &Role::National, &hash)
        .await
        .unwrap();
    let router = app(AppState::new(Arc::clone(&store), Limits::default()));
    Fixture {
        _dir: dir,
        store,
        router,
    }
}

async fn send(
    router: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

fn form(path: &str, cookie: Option<&str>, body: &str) -> Request<Body> {
    let mut b =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("heard_session={c}"));
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, format!("heard_session={cookie}"))
        .body(Body::empty())
        .unwrap()
}

async fn sign_in(router: &axum::Router, email: &str) -> String {
    let body = format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        PASSWORD.replace(' ', "+")
    );
    let (status, headers, _) = send(router, form("/dashboard/login", None, &body)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("heard_session=")
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sign_in_roles_csrf_and_audit() {
    let f = fixture().await;
    // Wrong password: 401, and no cookie.
    let (status, headers, _) = send(
        &f.router,
        form(
            "/dashboard/login",
            None,
            "email=manager%40example.org&password=wrong-password-123",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.get(header::SET_COOKIE).is_none());

    let session = sign_in(&f.router, "manager@example.org").await;
    let (status, _, body) = send(&f.router, get("/dashboard/surveys/be-fedasil", &session)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().contains("centre-a"));
    // Another facility: 403; the response-level export is for national coordinators only.
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil?facility=centre-b", &session),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/responses.csv", &session),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // POST without the CSRF token: 403; with it: stored.
    let (status, _, _) = send(
        &f.router,
        form(
            "/dashboard/participation",
            Some(&session),
            "csrf=nope&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=10&invited=",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let csrf = heard_sync_server::dashboard::csrf::token(&session);
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/participation", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=10&invited=")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // 10 eligible but more complete responses in 2026-Q1: flagged.
    let (_, _, body) = send(&f.router, get("/dashboard/surveys/be-fedasil", &session)).await;
    assert!(String::from_utf8(body)
        .unwrap()
        .contains("Participation above 100%"));
    // Eligible and invited entered: participation and response rate, from the complete
    // responses the store counts for that quarter.
    let complete: u64 = f
        .store
        .quarter_summaries(&"be-fedasil".parse().unwrap())
        .await
        .unwrap()
        .iter()
        .filter(|(fac, q, _)| fac.as_str() == "centre-a" && q.to_string() == "2026-Q1")
        .map(|(_, _, s)| s.responses.complete)
        .sum();
    assert!(complete > 5, "{complete}");
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/participation", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&quarter=2026-Q1&eligible=200&invited=100")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?quarter=2026-Q1",
            &session,
        ),
    )
    .await;
    let csv = String::from_utf8(body).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| h.ends_with(name)).unwrap();
    // Shares as decimals with the page's digits: "12.5%" on the page is 0.125 in the CSV.
    let participation = format!("{:.1}%", complete as f64 * 100.0 / 200.0);
    let response_rate = format!("{:.1}%", complete as f64 * 100.0 / 100.0);
    assert!(
        csv_shows(row[col("participation")], &participation),
        "{} for {participation}",
        row[col("participation")]
    );
    assert!(
        csv_shows(row[col("response rate")], &response_rate),
        "{} for {response_rate}",
        row[col("response rate")]
    );
    assert!(!csv.contains('%') && !csv.contains('–'), "{csv}");

    // Audit log: the failed and the good sign-in.
    let log = f.store.audit_log(10).await.unwrap();
    assert!(log
        .iter()
        .any(|(_, who, what)| who == "manager@example.org" && what == "login"));
    assert!(log.iter().any(|(_, _, what)| what == "login failed"));
}

#[tokio::test]
async fn a_device_token_does_not_open_the_dashboard_but_reads_actions() {
    let f = fixture().await;
    let session = sign_in(&f.router, "manager@example.org").await;
    let csrf = heard_sync_server::dashboard::csrf::token(&session);
    let (status, _, _) = send(
        &f.router,
        form("/dashboard/actions", Some(&session), &format!("csrf={csrf}&facility=centre-a&survey=be-fedasil&topic=food&quarter=2026-Q1&language=en&text=More+vegetarian+meals")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let a = FacilityCode::new("centre-a").unwrap();
    let code = "ABCD2345";
    f.store
        .add_enrolment_code(hash_secret(code), &a, i64::MAX / 2)
        .await
        .unwrap();
    let token = new_device_token();
    f.store
        .redeem_enrolment_code(hash_secret(code), 0, new_device_id(), hash_secret(&token))
        .await
        .unwrap();
    let bearer = |path: &str| {
        Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap()
    };
    let (status, headers, _) = send(&f.router, bearer("/dashboard/surveys/be-fedasil")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/dashboard/login");
    let (status, _, body) = send(&f.router, bearer("/v1/actions")).await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["actions"][0]["text"], "More vegetarian meals");
    assert_eq!(json["actions"][0]["topic"], "food");
    assert_eq!(json["actions"][0]["language"], "en");
}

#[tokio::test]
async fn exports_csv_xlsx_and_response_level() {
    let f = fixture().await;
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, csv) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?dimension=sex",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with(&[0xef, 0xbb, 0xbf]));
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.trim_end()
            .ends_with(&format!("\"{}\"", left_out_sentence(K_DEFAULT))),
        "{csv}"
    );
    let (status, headers, xlsx) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/export.xlsx", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .contains("spreadsheetml"));
    assert!(xlsx.starts_with(b"PK"));
    let (status, _, rows) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil/responses.csv", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(rows).unwrap();
    assert!(text.lines().count() > 1);
    for line in text.lines().skip(1) {
        let period = line.split(',').nth(1).unwrap();
        assert!(
            period.parse::<heard_core::period::Quarter>().is_ok(),
            "{period}"
        );
    }
    let log = f.store.audit_log(10).await.unwrap();
    assert!(log
        .iter()
        .any(|(_, _, what)| what.starts_with("view responses.csv survey=be-fedasil")));
    // Five sign-in attempts a minute per account, then 429.
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = send(
            &f.router,
            form(
                "/dashboard/login",
                None,
                "email=x%40example.org&password=wrong-password-123",
            ),
        )
        .await
        .0;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn comments_are_masked_and_only_from_units_of_ten() {
    let f = fixture().await;
    // centre-b: one quarter of fewer than 10 complete responses, some of them with comments.
    let b = FacilityCode::new("centre-b").unwrap();
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    seed(
        f.store.as_ref(),
        &survey,
        &b,
        vec![Month::new(2026, 1).unwrap()],
        9,
        7,
    )
    .await
    .unwrap();
    let with_comments = stored(&f.store)
        .await
        .iter()
        .filter(|r| r.facility == b && r.status == ResponseStatus::Complete)
        .filter(|r| r.answers.values().any(|a| matches!(a, Answer::Text(_))))
        .count();
    assert!(with_comments > 0, "the small unit has comments");

    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/comments?facility=centre-a",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("[e-mail]"), "masked e-mail shown");
    assert!(!html.contains("ahmed@example.org"));
    assert!(!html.contains("470 12 34 56"));
    // centre-b's quarter has fewer than 10: not refused (a refusal would tell how few), just
    // no comments from it.
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/comments?facility=centre-b",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("No comments."), "{html}");
    assert!(!html.contains("<li>"), "a comment from a unit under 10");
    // Why, in plain words, with the page's header (and its Sign out) kept.
    assert!(html.contains("at least 10 complete responses"), "{html}");
    assert!(html.contains("Sign out"), "{html}");
    // The quarterly report without a quarter (linked before any has figures): a page that
    // names the quarters with figures, never a bare error.
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/report?facility=centre-b",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(
        html.contains("Sign out") && html.contains("quarterly report"),
        "{html}"
    );
}

/// Every stored response, parsed.
async fn stored(store: &Arc<dyn Store>) -> Vec<Response> {
    store
        .all_responses()
        .await
        .unwrap()
        .iter()
        .map(|b| serde_json::from_slice(b).unwrap())
        .collect()
}

/// The cells of the first HTML table with this id (tags stripped).
fn table_rows(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no table #{id}"));
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    table
        .split("<tr>")
        .skip(1)
        .map(|tr| {
            tr.split("<td")
                .skip(1)
                .map(|td| {
                    let inner = &td[td.find('>').unwrap() + 1..];
                    inner[..inner.find("</td>").unwrap()].trim().to_owned()
                })
                .collect::<Vec<String>>()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

#[tokio::test]
async fn a_small_unit_is_left_out_of_every_page_never_refused() {
    let f = fixture().await;
    // centre-b: 3 responses in 2026-Q1, beside centre-a's quarter of about 60.
    let b = FacilityCode::new("centre-b").unwrap();
    let survey = load_builtin(&resolve_root(None), "be-fedasil").unwrap();
    seed(
        f.store.as_ref(),
        &survey,
        &b,
        vec![Month::new(2026, 1).unwrap()],
        3,
        9,
    )
    .await
    .unwrap();
    let responses = stored(&f.store).await;
    let complete = |facility: &str| {
        responses
            .iter()
            .filter(|r| r.facility.as_str() == facility && r.status == ResponseStatus::Complete)
            .count()
    };
    let (in_a, in_b) = (complete("centre-a"), complete("centre-b"));
    assert!(in_a >= 10 && (1..5).contains(&in_b), "{in_a} {in_b}");
    let session = sign_in(&f.router, "national@example.org").await;
    let page = |path: &str| {
        let router = f.router.clone();
        let req = get(path, &session);
        async move {
            let (status, _, body) = send(&router, req).await;
            assert_eq!(status, StatusCode::OK, "refused: {status}");
            String::from_utf8(body).unwrap()
        }
    };
    let sentence = left_out_sentence(K_DEFAULT);

    // Overview of every facility: centre-a's row only; the page says what is left out.
    let html = page("/dashboard/surveys/be-fedasil").await;
    assert!(html.contains(&sentence), "overview without the sentence");
    assert!(html.contains("Groups under 5 are left out of these figures"));
    let rows = table_rows(&html, "overview");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][..3], ["centre-a", "2026-Q1", &in_a.to_string()]);
    assert!(rows.iter().flatten().all(|c| !c.contains("fewer than")));

    // Filtered to centre-b: not refused, nothing released.
    let html = page("/dashboard/surveys/be-fedasil?facility=centre-b").await;
    assert!(html.contains(&sentence));
    assert!(html.contains("No figures to show for this selection yet."));
    assert!(table_rows(&html, "overview").is_empty());

    // Breakdowns: groups of at least the dimension's k; the total is the sum of the released
    // units (centre-a's quarter alone), whatever the filter.
    for (dimension, k) in [("sex", K_DEFAULT), ("nationality", K_NATIONALITY)] {
        let html = page(&format!(
            "/dashboard/surveys/be-fedasil/breakdown?dimension={dimension}&quarter=2026-Q1"
        ))
        .await;
        assert!(html.contains(&left_out_sentence(k)), "{dimension}");
        // Pickers, not free text expecting codes: the facilities by name, the quarters with
        // figures (issue 18).
        assert!(
            html.contains("<select name=\"facility\">")
                && html.contains("<select name=\"quarter\">")
                && html.contains("<option value=\"2026-Q1\" selected>2026-Q1</option>")
                && !html.contains("<input name=\"facility\""),
            "{html}"
        );
        let rows = table_rows(&html, "breakdown");
        let (total, groups) = rows.split_last().unwrap();
        assert_eq!(total[..2], ["total", &in_a.to_string()], "{dimension}");
        let shown: usize = groups.iter().map(|r| r[1].parse::<usize>().unwrap()).sum();
        let withheld = in_a - shown;
        assert!(
            withheld == 0 || withheld >= 5,
            "{dimension}: {withheld} withheld"
        );
        for r in groups {
            assert!(r[1].parse::<u64>().unwrap() >= k, "{dimension}: {r:?}");
        }
        let html = page(&format!(
            "/dashboard/surveys/be-fedasil/breakdown?dimension={dimension}&facility=centre-b"
        ))
        .await;
        assert!(html.contains(&left_out_sentence(k)));
        // No group and no topic: nothing is released for that filter.
        assert_eq!(table_rows(&html, "breakdown"), [["total", "0"]]);
    }

    // The quarterly report and the CSV: the same, with the sentence.
    let html = page("/dashboard/surveys/be-fedasil/report?quarter=2026-Q1&facility=centre-b").await;
    assert!(html.contains(&sentence));
    assert!(html.contains("No figures to show for this selection."));
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?facility=centre-b",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8(body).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}facility,quarter,responses"));
    assert_eq!(lines[1], "", "a row for centre-b: {csv}");
    assert!(lines[2].contains("Groups under 5 are left out of these figures"));
}

#[tokio::test]
async fn quarterly_report_and_integrity_pages() {
    let f = fixture().await;
    let session = sign_in(&f.router, "manager@example.org").await;
    let (status, _, body) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/report?quarter=2026-Q1",
            &session,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("quarterly report 2026-Q1"));
    assert!(html.contains("<svg") && html.contains("@media print"));
    let (status, _, body) = send(&f.router, get("/dashboard/integrity", &session)).await;
    assert_eq!(status, StatusCode::OK);
    // The audit log is for national coordinators only.
    assert!(!String::from_utf8(body).unwrap().contains("Audit log"));
    let national = sign_in(&f.router, "national@example.org").await;
    let (_, _, body) = send(&f.router, get("/dashboard/integrity", &national)).await;
    assert!(String::from_utf8(body).unwrap().contains("Audit log"));
}

#[tokio::test]
async fn retention_deletes_old_rows_and_keeps_tallies() {
    let f = fixture().await;
    let before = f.store.tallies().await.unwrap();
    let rows = f.store.response_count().await.unwrap();
    let gone = f
        .store
        .delete_responses_before(Month::new(2026, 2).unwrap())
        .await
        .unwrap();
    assert!(gone > 0 && gone < rows, "{gone} of {rows}");
    assert_eq!(f.store.response_count().await.unwrap(), rows - gone);
    assert_eq!(f.store.tallies().await.unwrap(), before, "tallies stay");
    // The response-level export: no deleted row, the period as the quarter, no combination
    // below k.
    let session = sign_in(&f.router, "national@example.org").await;
    let text = response_level(&f.router, &session).await;
    let left = stored(&f.store)
        .await
        .iter()
        .filter(|r| r.status == ResponseStatus::Complete)
        .count();
    let mut combos: std::collections::BTreeMap<Vec<&str>, u64> = Default::default();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').take(9).collect();
        assert_eq!(fields[..2], ["centre-a", "2026-Q1"]);
        *combos.entry(fields).or_default() += 1;
    }
    assert!(combos.values().sum::<u64>() <= left as u64);
    assert!(combos.values().all(|n| *n >= 5), "{combos:?}");
}

async fn response_level(router: &axum::Router, session: &str) -> String {
    let (status, _, body) = send(
        router,
        get("/dashboard/surveys/be-fedasil/responses.csv", session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    String::from_utf8(body).unwrap()
}

/// After retention the tables still count every response (the tallies stay), so the export
/// must still agree with them: counting its rows per value gives the tables' figures, or the
/// unit is left out whole (`leave_out_thinned_units`). Re-planning from the rows left would
/// break this: "table minus export" for a group would be the deleted responses of that group,
/// which can be 1 to 4 people, and the table's answers minus the export's theirs.
#[tokio::test]
async fn after_retention_the_export_still_agrees_with_the_tables() {
    let f = fixture().await;
    f.store
        .delete_responses_before(Month::new(2026, 2).unwrap())
        .await
        .unwrap();
    let session = sign_in(&f.router, "national@example.org").await;
    let text = response_level(&f.router, &session).await;
    let (_, _, table) = send(
        &f.router,
        get(
            "/dashboard/surveys/be-fedasil/export.csv?dimension=sex&quarter=2026-Q1",
            &session,
        ),
    )
    .await;
    let table = String::from_utf8(table).unwrap();
    let released: std::collections::BTreeMap<&str, u64> = table
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| {
            let mut cells = l.split(',');
            Some((cells.next()?, cells.next()?.parse().ok()?))
        })
        .filter(|(label, _)| *label != "total")
        .collect();
    let mut exported: std::collections::BTreeMap<&str, u64> = Default::default();
    for line in text.lines().skip(1) {
        *exported.entry(line.split(',').nth(6).unwrap()).or_default() += 1;
    }
    if exported.is_empty() {
        return; // the unit left out whole
    }
    exported.remove("withheld");
    if exported.contains_key("any") {
        return; // the field given up whole
    }
    assert_eq!(exported, released, "export by sex against the table");
}

#[tokio::test]
async fn quarters_in_queries_follow_the_core_syntax() {
    let f = fixture().await;
    let session = sign_in(&f.router, "national@example.org").await;
    let (status, _, _) = send(
        &f.router,
        get("/dashboard/surveys/be-fedasil?quarter=2026-Q1", &session),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    for bad in ["2026-Q01", "2026-Q5", "26-Q1"] {
        let (status, _, body) = send(
            &f.router,
            get(
                &format!("/dashboard/surveys/be-fedasil?quarter={bad}"),
                &session,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            String::from_utf8(body)
                .unwrap()
                .contains("is not a quarter"),
            "{bad}"
        );
    }
}

#[tokio::test]
async fn session_cookies_are_secure_when_the_state_says_so() {
    let f = fixture().await;
    let secure =
        app(AppState::new(Arc::clone(&f.store), Limits::default()).with_secure_cookies(true));
    let body = format!(
        "email=national%40example.org&password={}",
        PASSWORD.replace(' ', "+")
    );
    for (router, expected) in [(&f.router, false), (&secure, true)] {
        let (status, headers, _) = send(router, form("/dashboard/login", None, &body)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        assert_eq!(cookie.contains("; Secure"), expected, "{cookie}");
        // HSTS goes with it: browsers reach this server over HTTPS only.
        assert_eq!(
            headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            expected
        );
    }
}
