// Issue 18: a first-time user at three sizes (1280×800 with touch, 800×1280, a 360×740 phone),
// on every screen a resident and staff meet: first-run setup, the language grid, in Arabic the
// welcome, the anonymity text and "What is kept?", every question, the Stop dialog, the review,
// the thank-you and the deletion notice; the Tigrinya call for help and a Tigrinya survey read on
// screen; staff's PIN prompt (and a wrong PIN), the panel with every section, coverage tables
// open, a recording in progress and ready to keep, a failed enrolment. On each (a11y.mjs): no
// sideways page scroll, no two interactive hit areas overlapping, every control at least 48 px
// and named, no English in what an Arabic or Tigrinya screen shows or names (the staff button,
// marked with the device language, aside), and no serious or critical axe-core violation. The
// test finds everything by role and accessible name. Screenshots go to
// docs/screenshots/sizes-<screen>-<width>.png. Started by scripts/test-e2e-app (HEARD_BIN): each
// size gets its own fresh kiosk.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  withBrowser, heading, button, radio, openKiosk, pressStaffCorner, STAFF_PIN,
} from './browser.mjs';
import { assertScreen } from './a11y.mjs';
import { readFtl } from './ftl.mjs';
import { startKiosk } from './kiosk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = process.env.HEARD_BIN;
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
assert.ok(bin, 'HEARD_BIN must be set (run scripts/test-e2e-app)');
const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const ar = readFtl(path.join(repo, 'locales/ar/app.ftl'));
const ti = readFtl(path.join(repo, 'locales/ti/app.ftl'));
const survey = readFtl(path.join(repo, 'locales/ar/surveys/be-fedasil.ftl'));
const tiSurvey = readFtl(path.join(repo, 'locales/ti/surveys/be-fedasil.ftl'));
// Staff record a prompt with Chromium's fake microphone.
const FAKE_MICROPHONE = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 }, touch: true },
  { name: '800', viewport: { width: 800, height: 1280 }, touch: false },
  { name: '360', viewport: { width: 360, height: 740 }, touch: true },
];

// The kiosk's controls: what a finger presses (a disclosure's summary too).
const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=radio], [role=checkbox]';

// Every check of issue 18 on the screen shown (a11y.mjs: overflow, overlaps, ≥ 48 px, names,
// English on an Arabic or Tigrinya screen, axe-core); `shot`: also saved as
// docs/screenshots/sizes-<shot>-<width>.png.
async function check(page, size, screen, { lang = null, shot = true } = {}) {
  await assertScreen(page, `${screen} at ${size.name}`, { lang, min: 48, controls: CONTROLS });
  if (shot) await page.screenshot({ path: path.join(shots, `sizes-${screen}-${size.name}.png`) });
}

// Presses `name` and waits until it reads as checked.
async function choose(page, name) {
  await radio(page, name).click();
  await page.getByRole('radio', { name, exact: true, checked: true }).waitFor();
}

// Answers every question until the review: yes to every topic, 8 of 10, the first choice of
// anything else offered; each question screen is checked (`lang`), the first one saved.
async function answerToReview(page, size, t, lang) {
  for (let i = 0; i < 30; i += 1) {
    if (await heading(page, t('review-title')).count()) return;
    await check(page, size, `question-${lang}`, { lang, shot: i === 0 });
    if (await radio(page, t('choice-yes')).count()) await choose(page, t('choice-yes'));
    const eight = lang === 'ar' ? '8 من 10' : null;
    if (eight && await radio(page, eight).count()) await choose(page, eight);
    await button(page, t('nav-next')).click();
    await page.waitForTimeout(150);
  }
  await heading(page, t('review-title')).waitFor();
}

// The first-run setup, the resident's path in Arabic to the thank-you, a stop-and-delete, the
// Tigrinya call for help and a Tigrinya survey read on screen.
async function residentScreens(page, size, url) {
  await page.goto(url);
  await heading(page, en('setup-title')).waitFor();
  await check(page, size, 'setup', { shot: false });
  await openKiosk(page, url, en);
  await heading(page, en('language-title')).waitFor();
  await check(page, size, 'language-grid');

  await button(page, 'العربية').click();
  await heading(page, ar('welcome-title')).waitFor();
  await check(page, size, 'welcome-ar', { lang: 'ar' });
  await button(page, ar('welcome-start')).click();
  await heading(page, ar('anonymity-title')).waitFor();
  await check(page, size, 'anonymity-ar', { lang: 'ar' });
  // "What is kept?": a modal dialog whose lists scroll inside it, Close always in reach.
  await button(page, ar('kept-open')).click();
  await page.getByRole('dialog', { name: ar('kept-title') }).waitFor();
  await check(page, size, 'kept-ar', { lang: 'ar' });
  await button(page, ar('kept-close')).click();
  await button(page, ar('anonymity-continue')).click();
  await heading(page, survey('room-satisfied')).waitFor();

  await button(page, ar('stop')).click();
  await page.getByRole('dialog', { name: ar('stop-title') }).waitFor();
  await check(page, size, 'stop-ar', { lang: 'ar' });
  await button(page, ar('stop-continue')).click();

  await answerToReview(page, size, ar, 'ar');
  await check(page, size, 'review-ar', { lang: 'ar' });
  await button(page, ar('review-send')).click();
  await heading(page, ar('thanks-title')).waitFor();
  await check(page, size, 'thanks-ar', { lang: 'ar' });
  await button(page, ar('thanks-done')).click();
  await heading(page, en('language-title')).waitFor();

  // Stop and delete: the first screen says so; then the Tigrinya call for help.
  await button(page, 'العربية').click();
  await button(page, ar('welcome-start')).click();
  await heading(page, ar('anonymity-title')).waitFor();
  await button(page, ar('stop')).click();
  await button(page, ar('stop-discard')).click();
  await page.getByRole('status').filter({ hasText: ar('stop-deleted') }).waitFor();
  await check(page, size, 'deleted-ar');
  await button(page, `ትግርኛ: ${ti('ask-help')}`).click();
  await page.getByRole('status').filter({ hasText: ti('help-called') }).waitFor();
  // The call for help leads to the Tigrinya welcome, read on screen: then the anonymity text,
  // a question, Stop.
  await heading(page, ti('welcome-title')).waitFor();
  await check(page, size, 'help-called-ti', { lang: 'ti' });
  await button(page, ti('welcome-start')).click();
  await heading(page, ti('anonymity-title')).waitFor();
  await check(page, size, 'anonymity-ti', { lang: 'ti', shot: false });
  await button(page, ti('anonymity-continue')).click();
  await heading(page, tiSurvey('room-satisfied')).waitFor();
  await check(page, size, 'question-ti', { lang: 'ti' });
  await button(page, ti('stop')).click();
  await page.getByRole('dialog', { name: ti('stop-title') }).waitFor();
  await check(page, size, 'stop-ti', { lang: 'ti', shot: false });
  await button(page, ti('stop-discard')).click();
  await heading(page, en('language-title')).waitFor();
}

// Staff screens, in the device language: the PIN prompt (and a wrong PIN), the panel with
// every section, each coverage table open, a recording taken and ready to keep, an enrolment
// that fails with its message.
async function staffScreens(page, size) {
  await pressStaffCorner(page, en);
  await check(page, size, 'staff-pin');
  await page.getByLabel(en('pin-label'), { exact: true }).fill('000000');
  await button(page, en('pin-submit')).click();
  await page.getByRole('alert').waitFor();
  await check(page, size, 'staff-pin-wrong', { shot: false });
  await page.getByLabel(en('pin-label'), { exact: true }).fill(STAFF_PIN);
  await button(page, en('pin-submit')).click();
  await heading(page, en('staff-title')).waitFor();
  await check(page, size, 'staff-panel');

  // Coverage: every survey's table open at once.
  const coverage = page.getByRole('region', { name: en('staff-coverage') });
  for (const summary of await coverage.getByRole('group').all()) {
    if (!(await summary.evaluate((d) => d.open))) await summary.locator('summary').click();
  }
  await check(page, size, 'staff-coverage', { shot: false });

  // A recording with the fake microphone: Stop while recording, then Listen and Keep.
  const recordings = page.getByRole('region', { name: en('staff-recordings') });
  await recordings.getByRole('button', { name: en('staff-record'), exact: true }).click();
  await button(page, en('staff-record-stop')).waitFor();
  await check(page, size, 'staff-recording', { shot: false });
  await page.waitForTimeout(600);
  await button(page, en('staff-record-stop')).click();
  await button(page, en('staff-record-keep')).waitFor();
  await check(page, size, 'staff-recording-ready', { shot: false });
  await button(page, en('staff-record-keep')).click();
  await page.getByRole('status').filter({ hasText: en('staff-record-kept') }).waitFor();

  // Enrolment to a server that is not there: the message says so.
  await page.getByLabel(en('sync-server-url'), { exact: true }).fill('http://127.0.0.1:9');
  await page.getByLabel(en('sync-code'), { exact: true }).fill('ABCD-EFGH');
  await button(page, en('sync-enrol')).click();
  await page.getByRole('region', { name: en('sync-title') }).getByRole('status')
    .filter({ hasNotText: en('sync-enrolling') }).waitFor();
  await check(page, size, 'staff-enrol-failed', { shot: false });
  await button(page, en('staff-close')).click();
  await heading(page, en('language-title')).waitFor();
}

for (const size of SIZES) {
  test(`resident and staff screens at ${size.viewport.width}×${size.viewport.height}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-sizes-'));
    const kiosk = startKiosk(bin, dir);
    fs.mkdirSync(shots, { recursive: true });
    try {
      const url = await kiosk.started;
      await withBrowser(async (page) => {
        await residentScreens(page, size, url);
        await staffScreens(page, size);
      }, {
        viewport: size.viewport,
        extraArgs: [...(size.touch ? ['--touch-events=enabled'] : []), ...FAKE_MICROPHONE],
        timeout: 15_000,
      });
    } finally {
      await kiosk.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
