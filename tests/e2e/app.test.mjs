// End-to-end test of the browser kiosk (`heard --serve`), driven as a new user would: by the
// accessible roles and names on screen, never by CSS classes. Started by scripts/test-e2e-app,
// which passes HEARD_URL (the running kiosk) and HEARD_DB_FILE (its database).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser, heading, button, radio, checkbox, openStaffPanel, openKiosk } from './browser.mjs';
import { readFtl } from './ftl.mjs';
import { query, rawBytes } from './db.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const url = process.env.HEARD_URL;
const dbFile = process.env.HEARD_DB_FILE;
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
assert.ok(url && dbFile, 'HEARD_URL and HEARD_DB_FILE must be set (run scripts/test-e2e-app)');

const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const ar = readFtl(path.join(repo, 'locales/ar/app.ftl'));
const survey = readFtl(path.join(repo, 'locales/ar/surveys/be-fedasil.ftl'));


// Waits until the control shows as chosen (the UI updates only after the answer is saved).
const checked = (page, locator) => locator.and(page.locator('[aria-checked="true"]')).waitFor();

// The question on screen is `id`; answer it with `act`, then go on.
async function answer(page, id, act) {
  await heading(page, survey(id)).waitFor();
  await act();
  await button(page, ar('nav-next')).click();
}

// "What is kept?" on the anonymity screen: a modal dialog listing, in Arabic, each field a
// response stores (the core's list, one line per field of the response type) and what is never
// stored; the screen behind it is inert until it closes.
const KEPT_LINES = ['answers', 'period', 'facility', 'service-point', 'language', 'mode', 'audio-used',
  'status', 'survey', 'id'].map((k) => `kept-${k}`);
const NEVER_LINES = ['name', 'device', 'time', 'helper', 'voice'].map((k) => `kept-never-${k}`);

async function whatIsKept(page, shot = null) {
  await button(page, ar('kept-open')).click();
  const dialog = page.getByRole('dialog', { name: ar('kept-title') });
  await dialog.waitFor();
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  const items = async (name) => dialog.getByRole('list', { name, exact: true }).getByRole('listitem').allTextContents();
  assert.deepEqual(await items(ar('kept-list-title')), KEPT_LINES.map(ar), 'every stored field, in Arabic');
  assert.deepEqual(await items(ar('kept-never-title')), NEVER_LINES.map(ar), 'what is never stored, in Arabic');
  assert.equal(await page.getByText(ar('anonymity-body'), { exact: true })
    .evaluate((el) => el.closest('[inert]') !== null), true, 'the anonymity screen behind is inert');
  if (shot) await page.screenshot({ path: path.join(shots, shot) });
  await button(page, ar('kept-close')).click();
  await dialog.waitFor({ state: 'detached' });
}

async function startInArabic(page, shot = null, keptShot = undefined) {
  // Language first: the welcome follows in Arabic, its Start with an icon.
  await button(page, 'العربية').click();
  await heading(page, ar('welcome-title')).waitFor();
  if (shot) await page.screenshot({ path: path.join(shots, shot) });
  await button(page, ar('welcome-start')).click();
  await heading(page, ar('anonymity-title')).waitFor();
  const root = page.locator('[lang="ar"][dir="rtl"]').first();
  assert.equal(await root.count(), 1, 'the app root is right-to-left in Arabic');
  if (keptShot !== undefined) await whatIsKept(page, keptShot);
  await button(page, ar('anonymity-continue')).click();
}

const EXPECTED = {
  'room-satisfied': { choice: 'yes' },
  'sanitary-satisfied': { choice: 'no' },
  'sanitary-reasons': { choices: ['no-hot-water', 'not-clean'] },
  'food-satisfied': { choice: 'yes' },
  'supervision-satisfied': { choice: 'yes' },
  'safety-satisfied': { choice: 'yes' },
  'well-being-satisfied': { choice: 'yes' },
  'overall-rating': { point: 8 },
  comment: { text: 'الطعام جيد والموظفون لطفاء' },
  age: { choice: 'age-25-34' },
  sex: { choice: 'female' },
  nationality: { choice: 'sy' },
  stay: { choice: 'months-6-12' },
};

test('a resident completes be-fedasil in Arabic with staff assistance', async () => {
  await withBrowser(async (page) => {
    await openKiosk(page, url, en);
    await heading(page, en('language-title')).waitFor();
    fs.mkdirSync(shots, { recursive: true });

    await openStaffPanel(page, en);
    await page.getByLabel(en('staff-service-point'), { exact: true }).fill('desk-1');
    await page.getByLabel(en('staff-facility'), { exact: true }).fill('be-e2e-centre');
    await button(page, en('staff-save')).click();
    await page.getByText(en('staff-saved'), { exact: true }).waitFor();
    await radio(page, en('mode-assisted')).click();
    await checked(page, radio(page, en('mode-assisted')));
    await page.screenshot({ path: path.join(shots, 'staff-panel.png'), fullPage: true });
    await button(page, en('staff-start')).click();

    // The resident sees a small neutral badge for the mode.
    await page.getByText(en('mode-assisted'), { exact: true }).waitFor();
    await startInArabic(page, 'welcome.png');
    await page.getByText(ar('mode-assisted'), { exact: true }).waitFor();

    await answer(page, 'room-satisfied', async () => {
      // The question is read aloud on request: the browser fetches the Arabic recording.
      const fetched = page.waitForResponse((r) => r.url().includes('/audio/ar/'));
      await button(page, ar('listen')).click();
      const audio = await fetched;
      assert.equal(audio.status(), 200);
      assert.equal(audio.headers()['content-type'], 'audio/ogg');
      await radio(page, ar('choice-yes')).click();
    });
    await answer(page, 'sanitary-satisfied', () => radio(page, ar('choice-no')).click());
    await answer(page, 'sanitary-reasons', async () => {
      await checkbox(page, survey('sanitary-reasons.choice-not-clean')).click();
      await checkbox(page, survey('sanitary-reasons.choice-no-hot-water')).click();
      await checked(page, checkbox(page, survey('sanitary-reasons.choice-no-hot-water')));
    });
    for (const id of ['food-satisfied', 'supervision-satisfied', 'safety-satisfied', 'well-being-satisfied']) {
      await answer(page, id, () => radio(page, ar('choice-yes')).click());
    }
    await answer(page, 'overall-rating', async () => {
      await radio(page, '8 من 10').click();
      await page.screenshot({ path: path.join(shots, 'question-ar.png') });
    });
    await answer(page, 'comment', () =>
      page.getByLabel(ar('text-label'), { exact: true }).fill(EXPECTED.comment.text));
    await answer(page, 'age', () => radio(page, ar('choice-age-25-34')).click());
    await answer(page, 'sex', () => radio(page, ar('choice-female')).click());
    await answer(page, 'nationality', () => radio(page, ar('country-sy')).click());
    await answer(page, 'stay', () => radio(page, ar('choice-months-6-12')).click());

    await heading(page, ar('review-title')).waitFor();
    await page.getByText(EXPECTED.comment.text, { exact: true }).waitFor();
    await button(page, ar('review-send')).click();
    await heading(page, ar('thanks-title')).waitFor();
    // The kiosk resets by itself after the thank-you (8 s), back to the device language.
    await heading(page, en('language-title')).waitFor({ timeout: 15_000 });
    assert.equal(await heading(page, ar('thanks-title')).count(), 0);
    // Assisted applies to one response only.
    assert.equal(await page.getByText(en('mode-assisted'), { exact: true }).count(), 0);
  });

  const rows = query(dbFile, 'SELECT id, state, period, body FROM response');
  assert.equal(rows.length, 1, 'exactly one response is stored');
  const [row] = rows;
  assert.equal(row.state, 'complete');
  const response = JSON.parse(row.body);
  assert.equal(response.mode, 'assisted');
  assert.equal(response.language, 'ar');
  assert.equal(response.status, 'complete');
  assert.equal(response.survey.id, 'be-fedasil');
  assert.equal(response['audio-used'], true, 'the response records that audio was used');
  assert.equal(response['service-point'], 'desk-1');
  assert.equal(response.facility, 'be-e2e-centre');
  assert.deepEqual(response.answers, EXPECTED);
  // No time finer than the month: the period is YYYY-MM, and nothing else looks like a time.
  assert.match(row.period, /^\d{4}-\d{2}$/);
  assert.equal(response.period, row.period);
  assert.deepEqual(Object.keys(response).sort(),
    ['answers', 'audio-used', 'facility', 'id', 'language', 'mode', 'period', 'service-point', 'status', 'survey']);
  assert.doesNotMatch(row.body, /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/);
  // A set-aside response carries the server's day it was set aside (the sync's day, never when
  // it was answered), only so that it is deleted 30 days later; nothing else has a time.
  for (const [table, allowed] of [['response', []], ['set_aside', ['day']]]) {
    const columns = query(dbFile, `SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name);
    assert.deepEqual(columns.filter((c) => /time|date|created|updated|day/i.test(c)), allowed, `${table}: no other time column`);
  }
});

test('a resident stops midway and discards: no trace of the answers remains', async () => {
  let inProgressId = null;
  await withBrowser(async (page) => {
    await openKiosk(page, url, en);
    await heading(page, en('language-title')).waitFor();
    await startInArabic(page, null, 'what-is-kept.png');
    await answer(page, 'room-satisfied', () => radio(page, ar('choice-no')).click());
    await answer(page, 'room-reasons', async () => {
      await checkbox(page, survey('room-reasons.choice-crowded')).click();
      await checkbox(page, survey('room-reasons.choice-cold-or-hot')).click();
    });
    await answer(page, 'sanitary-satisfied', () => radio(page, ar('choice-yes')).click());
    await heading(page, survey('food-satisfied')).waitFor();
    await radio(page, ar('choice-no')).click();
    await button(page, ar('nav-next')).click();
    await heading(page, survey('food-reasons')).waitFor();
    await checkbox(page, survey('food-reasons.choice-cannot-cook')).click();
    await checked(page, checkbox(page, survey('food-reasons.choice-cannot-cook')));

    // The answers so far are saved (so the test below proves they were really deleted).
    const saved = query(dbFile, "SELECT id, body FROM response WHERE state = 'in-progress'");
    assert.equal(saved.length, 1, 'the response in progress is saved after every answer');
    assert.match(saved[0].body, /cold-or-hot/);
    assert.match(saved[0].body, /cannot-cook/);
    inProgressId = saved[0].id;

    await button(page, ar('stop')).click();
    await page.getByRole('dialog', { name: ar('stop-title') }).waitFor();
    // Modal for everyone: the question behind the dialog is out of reach (inert).
    const dialog = page.getByRole('dialog', { name: ar('stop-title') });
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    assert.equal(await page.getByText(survey('food-reasons'), { exact: true })
      .evaluate((el) => el.closest('[inert]') !== null), true, 'the question behind the dialog is inert');
    await button(page, ar('stop-discard')).click();
    await heading(page, en('language-title')).waitFor();
    // The first screen says, in Arabic, that the answers were deleted.
    const deleted = page.getByRole('status').filter({ hasText: ar('stop-deleted') });
    await deleted.waitFor();
    assert.equal(await deleted.getAttribute('lang'), 'ar');
  });

  const rows = query(dbFile, 'SELECT id, state FROM response');
  assert.deepEqual(rows.map((r) => r.state), ['complete'], 'only the first, complete response remains');
  const bytes = rawBytes(dbFile);
  for (const trace of [inProgressId, 'cold-or-hot', 'crowded', 'cannot-cook']) {
    assert.equal(bytes.indexOf(Buffer.from(trace)), -1, `"${trace}" must not remain in the database files`);
  }
});

