// End-to-end test of the coordinator dashboard (heard-sync-server /dashboard) in Chromium.
// Started by scripts/test-e2e-dashboard, which seeds a fresh SQLite database through the CLI
// (facilities, survey, coordinators, `demo seed`) and passes HEARD_URL and HEARD_DB_FILE.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser as launch } from './browser.mjs';
import { assertScreen } from './a11y.mjs';

const withBrowser = (run) => launch(run, { viewport: { width: 1280, height: 900 }, timeout: 15_000, acceptDownloads: true });
import { query } from './db.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const url = process.env.HEARD_URL?.replace(/\/$/, '');
const dbFile = process.env.HEARD_DB_FILE;
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
assert.ok(url && dbFile, 'HEARD_URL and HEARD_DB_FILE must be set (run scripts/test-e2e-dashboard)');
const MANAGER = { email: 'manager@example.org', password: 'correct horse battery staple' };
const OWN = 'be-test';
const OTHER = 'be-other';

async function signIn(page) {
  await page.goto(`${url}/dashboard`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail').fill(MANAGER.email);
  await page.getByLabel('Password').fill(MANAGER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Surveys' }).waitFor();
}

const K = 5;
const SENTENCE = `Groups under ${K} are left out of these figures`;

// The own facility's complete responses per quarter, read from the raw rows (independently of
// the tallies the dashboard reads).
function completeRows() {
  const rows = query(dbFile, `SELECT CAST(body AS TEXT) AS body FROM responses WHERE facility = '${OWN}'`);
  const out = {};
  for (const { body } of rows) {
    const r = JSON.parse(body);
    if (r.status !== 'complete') continue;
    const [y, m] = r.period.split('-').map(Number);
    const q = `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    (out[q] ??= []).push(r);
  }
  return out;
}

const count = (byQuarter) => Object.fromEntries(Object.entries(byQuarter).map(([q, rs]) => [q, rs.length]));

// The publication model, from the raw rows: a quarter is released with at least K complete
// responses; within it a group with at least K, withholding the smallest released groups while
// the unit's withheld rest is between 1 and K - 1.
function releasedGroups(rows, label) {
  const sizes = {};
  for (const r of rows) sizes[label(r)] = (sizes[label(r)] ?? 0) + 1;
  const kept = Object.entries(sizes).filter(([, n]) => n >= K)
    .sort(([a, n], [b, m]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  let released = kept.reduce((s, [, n]) => s + n, 0);
  let next = 0;
  while (rows.length > released && rows.length - released < K && next < kept.length) {
    released -= kept[next][1];
    next += 1;
  }
  return Object.fromEntries(kept.slice(next));
}

const TITLE = 'Your life in the centre';
const overviewTable = (page) => page.getByRole('table', { name: 'By facility and quarter' });
const breakdownTable = (page, dimension) => page.getByRole('table', { name: `${TITLE} — by ${dimension}` });

// The rows of a table (found by its accessible name), header first, as the page shows them.
async function tableText(table) {
  return table.getByRole('row').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(' ▼', '').trim())));
}

function parseCsv(text) {
  return text.trim().split('\r\n').map((line) => {
    const cells = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (ch === '"') quoted = false; else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    return cells;
  });
}

// Whether a CSV cell holds what the page cell shows: a percentage as its decimal share with the
// same digits and two more decimals ("54.3%" ↔ "0.543"), the dash of a missing value as an
// empty cell, anything else as shown.
function csvShows(csv, page) {
  if (page === '–') return csv === '';
  if (!page.endsWith('%')) return csv === page;
  const decimals = (t) => (t.split('.')[1] ?? '').length;
  const percent = page.slice(0, -1);
  return /^\d+(\.\d+)?$/.test(csv) && decimals(csv) === decimals(percent) + 2
    && Math.abs(Number(csv) * 100 - Number(percent)) < 1e-9 * Math.max(1, Number(percent));
}

test('a device token never opens the dashboard', async () => {
  const res = await fetch(`${url}/dashboard`, {
    redirect: 'manual',
    headers: { Authorization: 'Bearer hd_0000000000000000000000000000000000000000000' },
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/dashboard/login');
});

test('facility manager: overview, chart, breakdown of released units only, CSV, 403 elsewhere', async () => {
  await withBrowser(async (page) => {
    await signIn(page);
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await overviewTable(page).waitFor();

    // The plain-words sentence says what is left out, without saying how many.
    await page.getByText(SENTENCE).first().waitFor();

    // Figures: one row per released quarter (at least K complete responses), its responses
    // column equal to the complete responses in the rows; the small quarter is simply absent.
    const rows = await tableText(overviewTable(page));
    const header = rows[0];
    assert.deepEqual(header.slice(0, 4), ['facility', 'quarter', 'responses', 'participation']);
    const byQuarter = completeRows();
    const all = count(byQuarter);
    const released = Object.fromEntries(Object.entries(all).filter(([, n]) => n >= K));
    const small = Object.keys(all).filter((q) => all[q] < K);
    assert.ok(small.length >= 1, `a quarter with 1 to ${K - 1} complete responses: ${JSON.stringify(all)}`);
    const body = rows.slice(1);
    assert.ok(body.length >= 2, 'one row per released quarter');
    for (const r of body) {
      assert.equal(r[0], OWN, 'a facility manager sees only the own facility');
      assert.equal(Number(r[2]), released[r[1]], `responses in ${r[1]}`);
      for (const cell of r.slice(4)) assert.match(cell, /^(\d+(\.\d+)?%?|–)$/);
    }
    assert.deepEqual(body.map((r) => r[1]).sort(), Object.keys(released).sort());
    for (const q of small) assert.ok(!body.some((r) => r[1] === q), `the small quarter ${q} is shown`);

    // Chart: one point per topic and quarter shown, and the target line.
    const points = await page.locator('svg.chart circle.point').count();
    assert.ok(points >= body.length, `chart points: ${points}`);
    assert.equal(await page.locator('svg.chart line.target').count(), 1);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'dashboard-overview.png'), fullPage: true });

    // CSV: the same cells as the table, numbers as numbers (a share as a decimal with the
    // page's digits, "54.3%" ↔ 0.543; a missing value empty, not "–"), then the sentence; UTF-8
    // with a BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM');
    const csv = parseCsv(bytes.subarray(3).toString('utf8'));
    assert.deepEqual(csv[0], rows[0], 'CSV header');
    assert.equal(csv.slice(1, rows.length).length, rows.length - 1, 'CSV rows');
    rows.slice(1).forEach((row, r) => {
      assert.equal(csv[r + 1].length, row.length, `CSV row ${r + 1}`);
      row.forEach((cell, c) => assert.ok(csvShows(csv[r + 1][c], cell), `CSV row ${r + 1}: ${csv[r + 1][c]} for ${cell}`));
    });
    assert.ok(rows.slice(1).flat().some((c) => c.endsWith('%')), 'a share to compare');
    assert.ok(!csv.slice(1, rows.length).flat().some((c) => /%|–/.test(c)), 'no % nor – in the CSV');
    assert.deepEqual(csv[rows.length], ['']);
    assert.ok(csv[rows.length + 1][0].startsWith(SENTENCE), csv[rows.length + 1][0]);
    assert.equal(csv.length, rows.length + 2);

    // Breakdown by age band: each released quarter split, groups of at least K, the withheld
    // rest of each quarter 0 or at least K; the total is the sum of the overview's rows.
    await page.goto(`${url}/dashboard/surveys/be-fedasil/breakdown?dimension=age-band`);
    await breakdownTable(page, 'age-band').waitFor();
    await page.getByText(SENTENCE).first().waitFor();
    const b = await tableText(breakdownTable(page, 'age-band'));
    const groups = b.slice(1, -1);
    const total = b[b.length - 1];
    const sum = (ns) => ns.reduce((s, n) => s + n, 0);
    assert.equal(total[0], 'total');
    assert.equal(Number(total[1]), sum(body.map((r) => Number(r[2]))), 'total = sum of the overview rows');
    const age = (r) => r.answers.age?.choice ?? 'not-answered';
    const expected = {};
    for (const q of Object.keys(released)) {
      for (const [label, n] of Object.entries(releasedGroups(byQuarter[q], age))) {
        expected[label] = (expected[label] ?? 0) + n;
      }
    }
    assert.deepEqual(Object.fromEntries(groups.map((r) => [r[0], Number(r[1])])), expected);
    for (const r of groups) assert.ok(Number(r[1]) >= K, `group ${r[0]}: ${r[1]}`);
    const withheld = Number(total[1]) - sum(groups.map((r) => Number(r[1])));
    assert.ok(withheld === 0 || withheld >= K, `withheld ${withheld}`);
    const raw = new Set(Object.keys(released).flatMap((q) => byQuarter[q].map(age)));
    assert.ok(raw.size > groups.length, 'a small age group is withheld');
    await page.screenshot({ path: path.join(shots, 'dashboard-breakdown.png'), fullPage: true });

    // A filter selecting few responses is not refused (a refusal would tell that 1 to 4
    // answered): the small quarter, and a quarter with none, release nothing.
    for (const q of [...small, '2024-Q1']) {
      const res = await page.goto(`${url}/dashboard/surveys/be-fedasil/breakdown?dimension=sex&quarter=${q}`);
      assert.equal(res.status(), 200, q);
      await page.getByText(SENTENCE).first().waitFor();
      assert.deepEqual(await tableText(breakdownTable(page, 'sex')), [['sex', 'responses'], ['total', '0']], q);
      const ov = await page.goto(`${url}/dashboard/surveys/be-fedasil?quarter=${q}`);
      assert.equal(ov.status(), 200, q);
      await page.getByText('No figures to show for this selection yet.').waitFor();
      assert.equal((await tableText(overviewTable(page))).length, 1, `${q}: only the header`);
    }

    // Another facility: 403.
    const other = await page.goto(`${url}/dashboard/surveys/be-fedasil?facility=${OTHER}`);
    assert.equal(other.status(), 403);
    await page.getByText('you do not have access to this facility').waitFor();
  });
});

// Issue 18: the dashboard on a 360 px phone, a portrait tablet and a laptop. The sign-in page,
// then every page reached by following links from the home page (two steps deep: the survey's
// overview, its breakdowns, comments and reports, integrity, recordings, password), and the
// pages that explain why nothing is shown or refuse: on each (a11y.mjs) no sideways page scroll
// (tables scroll in their own box), no two links or controls overlapping, buttons, fields and
// header links at least 44 px tall, every control named, no serious or critical axe-core
// violation; the header's Sign out on screen; and a favicon.
const DASHBOARD_CONTROLS = 'a[href], button, select, input:not([type=hidden]), textarea, summary, audio';
const DASHBOARD_SIZED = 'button, select, input:not([type=hidden]), textarea, header a, ul.links a';

async function checkDashboard(page, what) {
  await assertScreen(page, what, { lang: null, min: 44, heightOnly: true, controls: DASHBOARD_CONTROLS, sized: DASHBOARD_SIZED });
}

// The dashboard pages a page links to (hrefs read from its links, by role): downloads left out.
async function pageLinks(page) {
  const links = await page.getByRole('link').evaluateAll((as) => as
    .filter((a) => !a.hasAttribute('download'))
    .map((a) => a.getAttribute('href')));
  return links.filter((h) => h?.startsWith('/dashboard') && !/\.(csv|xlsx|pdf)(\?|$)/.test(h));
}

for (const viewport of [{ width: 360, height: 740 }, { width: 800, height: 1280 }, { width: 1280, height: 800 }]) {
  test(`dashboard at ${viewport.width}×${viewport.height}: fits, controls ≥ 44 px, named, no axe-core violation`, async () => {
    await launch(async (page) => {
      await page.goto(`${url}/dashboard`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await checkDashboard(page, `sign-in at ${viewport.width}`);
      await signIn(page);
      const icon = await page.request.get(`${url}/favicon.ico`);
      assert.equal(icon.status(), 200);

      const seen = new Set();
      let next = ['/dashboard'];
      for (let depth = 0; depth < 3 && next.length; depth += 1) {
        const found = [];
        for (const href of next) {
          if (seen.has(href)) continue;
          seen.add(href);
          await page.goto(`${url}${href}`);
          await checkDashboard(page, `${href} at ${viewport.width}`);
          const signOut = page.getByRole('button', { name: 'Sign out' });
          const box = await signOut.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, `${href}: Sign out on screen`);
          if (viewport.width === 360 && /surveys\/[^/?]+(\?.*)?$/.test(href) && !seen.has('shot')) {
            seen.add('shot');
            await page.screenshot({ path: path.join(shots, 'dashboard-overview-360.png'), fullPage: true });
          }
          found.push(...(await pageLinks(page)));
        }
        next = [...new Set(found)];
      }
      for (const page_ of ['/surveys/be-fedasil', '/surveys/be-fedasil/breakdown?dimension=language',
        '/integrity', '/recordings', '/password', '/surveys/be-fedasil/comments']) {
        assert.ok([...seen].some((h) => h.startsWith(`/dashboard${page_}`)), `${page_} reached from the home page: ${[...seen]}`);
      }
      // What explains: comments and a report before there is anything to show keep the header
      // with Sign out. What refuses: another facility (403), a page that does not exist (404).
      for (const href of ['/dashboard/surveys/be-fedasil/comments?quarter=2026-Q3',
        '/dashboard/surveys/be-fedasil/report?quarter=2024-Q1']) {
        await page.goto(`${url}${href}`);
        await checkDashboard(page, `${href} at ${viewport.width}`);
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
      }
      for (const href of [`/dashboard/surveys/be-fedasil?facility=${OTHER}`, '/dashboard/surveys/no-such-survey']) {
        await page.goto(`${url}${href}`);
        await page.getByRole('heading', { name: 'Problem' }).waitFor();
        await checkDashboard(page, `${href} at ${viewport.width}`);
      }
    }, { viewport, timeout: 15_000 });
  });
}
