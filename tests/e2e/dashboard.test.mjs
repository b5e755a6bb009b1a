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

// Complete responses per quarter of the own facility, counted from the raw rows (independently
// of the tallies the dashboard reads).
function completeByQuarter() {
  const rows = query(dbFile, `SELECT CAST(body AS TEXT) AS body FROM responses WHERE facility = '${OWN}'`);
  const out = {};
  for (const { body } of rows) {
    const r = JSON.parse(body);
    if (r.status !== 'complete') continue;
    const [y, m] = r.period.split('-').map(Number);
    const q = `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    out[q] = (out[q] ?? 0) + 1;
  }
  return out;
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

test('facility manager: overview, chart, breakdown with small groups hidden, CSV, 403 elsewhere', async () => {
  await withBrowser(async (page) => {
    await signIn(page);
    await page.locator('a[href="/dashboard/surveys/be-fedasil"]').click();
    await page.locator('#overview').waitFor();

    // Figures: the responses column equals the complete responses per quarter in the rows.
    const rows = await tableText(page, '#overview');
    const header = rows[0];
    assert.deepEqual(header.slice(0, 4), ['facility', 'quarter', 'responses', 'participation']);
    const expected = completeByQuarter();
    const body = rows.slice(1);
    assert.ok(body.length >= 2, 'one row per quarter with responses');
    for (const r of body) {
      assert.equal(r[0], OWN, 'a facility manager sees only the own facility');
      assert.equal(Number(r[2]), expected[r[1]], `responses in ${r[1]}`);
      for (const cell of r.slice(4)) assert.match(cell, /^(\d+(\.\d+)?%?|–|fewer than 5)$/);
    }
    assert.equal(body.length, Object.keys(expected).length);

    // Chart: one point per topic and quarter shown, and the target line.
    const points = await page.locator('svg.chart circle.point').count();
    assert.ok(points >= body.length, `chart points: ${points}`);
    assert.equal(await page.locator('svg.chart line.target').count(), 1);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'dashboard-overview.png'), fullPage: true });

    // CSV: the same cells as the table, UTF-8 with a BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM');
    const csv = parseCsv(bytes.subarray(3).toString('utf8'));
    assert.deepEqual(csv, rows);

    // Breakdown by age band: small groups shown as "fewer than 5", never a count below 5.
    await page.goto(`${url}/dashboard/surveys/be-fedasil/breakdown?dimension=age-band`);
    await page.locator('#breakdown').waitFor();
    const b = await tableText(page, '#breakdown');
    assert.ok(b.slice(1).some((r) => r[1] === 'fewer than 5'), 'a hidden group');
    for (const r of b.slice(1)) {
      assert.ok(r[1] === 'fewer than 5' || Number(r[1]) === 0 || Number(r[1]) >= 5, `group ${r[0]}: ${r[1]}`);
    }
    await page.screenshot({ path: path.join(shots, 'dashboard-breakdown.png'), fullPage: true });

    // A filter narrowing below k is refused with a message.
    const tiny = await page.goto(`${url}/dashboard/surveys/be-fedasil/breakdown?dimension=sex&quarter=2024-Q1`);
    assert.ok([200, 422].includes(tiny.status()));

    // Another facility: 403.
    const other = await page.goto(`${url}/dashboard/surveys/be-fedasil?facility=${OTHER}`);
    assert.equal(other.status(), 403);
    await page.getByText('you do not have access to this facility').waitFor();
  });
});
