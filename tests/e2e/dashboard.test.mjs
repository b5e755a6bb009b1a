// End-to-end test of the coordinator dashboard (heard-sync-server /dashboard) in Chromium.
// Started by scripts/test-e2e-dashboard, which seeds a fresh SQLite database through the CLI
// (facilities, survey, coordinators, `demo seed`) and passes HEARD_URL and HEARD_DB_FILE.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser as launch } from './browser.mjs';

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

async function tableText(page, selector) {
  return page.locator(`${selector} tr`).evaluateAll((trs) =>
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
    await page.locator('a[href="/dashboard/surveys/be-fedasil"]').click();
    await page.locator('#overview').waitFor();

    // The plain-words sentence says what is left out, without saying how many.
    await page.getByText(SENTENCE).first().waitFor();

    // Figures: one row per released quarter (at least K complete responses), its responses
    // column equal to the complete responses in the rows; the small quarter is simply absent.
    const rows = await tableText(page, '#overview');
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

    // CSV: the same cells as the table, then the sentence; UTF-8 with a BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM');
    const csv = parseCsv(bytes.subarray(3).toString('utf8'));
    assert.deepEqual(csv.slice(0, rows.length), rows);
    assert.deepEqual(csv[rows.length], ['']);
    assert.ok(csv[rows.length + 1][0].startsWith(SENTENCE), csv[rows.length + 1][0]);
    assert.equal(csv.length, rows.length + 2);

    // Breakdown by age band: each released quarter split, groups of at least K, the withheld
    // rest of each quarter 0 or at least K; the total is the sum of the overview's rows.
    await page.goto(`${url}/dashboard/surveys/be-fedasil/breakdown?dimension=age-band`);
    await page.locator('#breakdown').waitFor();
    await page.getByText(SENTENCE).first().waitFor();
    const b = await tableText(page, '#breakdown');
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
      assert.deepEqual(await tableText(page, '#breakdown'), [['sex', 'responses'], ['total', '0']], q);
      const ov = await page.goto(`${url}/dashboard/surveys/be-fedasil?quarter=${q}`);
      assert.equal(ov.status(), 200, q);
      await page.getByText('No figures to show for this selection yet.').waitFor();
      assert.equal((await tableText(page, '#overview')).length, 1, `${q}: only the header`);
    }

    // Another facility: 403.
    const other = await page.goto(`${url}/dashboard/surveys/be-fedasil?facility=${OTHER}`);
    assert.equal(other.status(), 403);
    await page.getByText('you do not have access to this facility').waitFor();
  });
});

// Issue 18: the dashboard on a 360 px phone, a portrait tablet and a laptop. Every page reached
// from the home page: no sideways page scroll (tables scroll in their own box), the header's
// Sign out on screen, every control at least 44 px tall; and a favicon.
for (const viewport of [{ width: 360, height: 740 }, { width: 800, height: 1280 }, { width: 1280, height: 800 }]) {
  test(`dashboard at ${viewport.width}×${viewport.height}: fits, controls ≥ 44 px`, async () => {
    await launch(async (page) => {
      await signIn(page);
      const icon = await page.request.get(`${url}/favicon.ico`);
      assert.equal(icon.status(), 200);
      const links = await page.locator('a[href^="/dashboard"]').evaluateAll((as) =>
        [...new Set(as.map((a) => a.getAttribute('href')))].filter((h) => !/\.(csv|xlsx|pdf)|export/.test(h)));
      assert.ok(links.length > 2, `links from the home page: ${links}`);
      for (const href of ['/dashboard', ...links].slice(0, 14)) {
        await page.goto(`${url}${href}`);
        const fit = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth, view: window.innerWidth,
          // The outermost elements that reach past the right edge (named in a failure).
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => !el.closest('table') && el.getBoundingClientRect().right > window.innerWidth + 1
              && !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
            .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
          small: [...document.querySelectorAll('button, select, input:not([type=hidden]), header a')]
            .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
            .map((el) => `${el.tagName} ${el.textContent.trim() || el.name} ${Math.round(el.getBoundingClientRect().height)}px`),
        }));
        assert.ok(fit.page <= fit.view, `${href}: the page scrolls sideways (${fit.page} > ${fit.view}): ${fit.wide}`);
        assert.deepEqual(fit.small, [], `${href}: controls under 44 px`);
        const signOut = page.getByRole('button', { name: 'Sign out' });
        const box = await signOut.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, `${href}: Sign out on screen`);
        if (viewport.width === 360 && href === links.find((h) => /surveys\/[^/]+$/.test(h))) {
          await page.screenshot({ path: path.join(shots, 'dashboard-overview-360.png'), fullPage: true });
        }
      }
    }, { viewport, timeout: 15_000 });
  });
}
