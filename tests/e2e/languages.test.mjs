// End-to-end test of languages and audio-first mode in the browser kiosk (`heard --serve`),
// driven by accessible roles and names. Started by scripts/test-e2e-languages, which passes
// HEARD_URL (the running kiosk) and HEARD_DB_FILE (its database).
//
// Audio is unlocked the way a resident unlocks it: by tapping a language's speaker icon (a real
// user gesture); no autoplay flag is given to Chromium. The fake microphone flags let staff
// record a prompt.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser as launch, heading, button, radio, openStaffPanel, openKiosk } from './browser.mjs';

// A fake microphone: staff record a prompt in the second test.
const withBrowser = (run) => launch(run, { extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
import { readFtl } from './ftl.mjs';
import { query } from './db.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const url = process.env.HEARD_URL;
const dbFile = process.env.HEARD_DB_FILE;
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
assert.ok(url && dbFile, 'HEARD_URL and HEARD_DB_FILE must be set (run scripts/test-e2e-languages)');

const app = (tag) => readFtl(path.join(repo, `locales/${tag}/app.ftl`));
const survey = (tag) => readFtl(path.join(repo, `locales/${tag}/surveys/be-fedasil.ftl`));
const en = app('en');
const ar = app('ar');
const ti = app('ti');
const uk = app('uk');

// The shipped audio of a question: /audio/<tag>/<first 16 hex of its sha256>.opus.
function shippedAudioUrl(tag, question) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'assets/audio/manifests/be-fedasil.json'), 'utf8'));
  const item = manifest.items.find((i) => i.target.question === question && i.language === tag && i.kind === 'audio');
  assert.ok(item, `be-fedasil has audio for ${question} in ${tag}`);
  return `/audio/${tag}/${item.sha256.slice(0, 16)}.opus`;
}


// The app root's language and direction.
async function pageDirection(page) {
  return page.locator('.app').first().evaluate((el) => ({ lang: el.lang, dir: el.dir, css: getComputedStyle(el).direction }));
}

// Waits until the page's audio element plays `urlPart` with time advancing; returns its state.
async function waitForPlaying(page, urlPart) {
  await page.waitForFunction((part) => {
    const a = window.__heardAudio;
    return a && window.__heardAudioUrl && window.__heardAudioUrl.includes(part) && !a.paused && a.currentTime > 0;
  }, urlPart, { timeout: 15_000 });
  return page.evaluate(() => ({ url: window.__heardAudioUrl, paused: window.__heardAudio.paused, time: window.__heardAudio.currentTime }));
}

async function shoot(page, name) {
  fs.mkdirSync(shots, { recursive: true });
  // Fonts are served by the kiosk: wait until every face in use has loaded (no fallback boxes).
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(shots, name) });
}

test('Tigrinya, then Arabic by ear: direction, autoplay of the first question, highlighting', async () => {
  await withBrowser(async (page) => {
    await openKiosk(page, url, en);
    // Language first: the grid is the first screen.
    await heading(page, en('language-title')).waitFor();
    await button(page, 'ትግርኛ').waitFor();
    await shoot(page, 'language-grid.png');

    // Tigrinya by its name (reading mode): the welcome in Tigrinya, left to right, Ethiopic.
    await button(page, 'ትግርኛ').click();
    await heading(page, ti('welcome-title')).waitFor();
    await shoot(page, 'welcome-ti.png');
    await button(page, ti('welcome-start')).click();
    await heading(page, ti('anonymity-title')).waitFor();
    assert.deepEqual(await pageDirection(page), { lang: 'ti', dir: 'ltr', css: 'ltr' });
    await button(page, ti('anonymity-continue')).click();
    await heading(page, survey('ti')('room-satisfied')).waitFor();
    await shoot(page, 'languages-question-ti.png');
    // Back to the grid.
    await button(page, ti('nav-back')).click();
    await heading(page, ti('anonymity-title')).waitFor();
    await button(page, ti('nav-back')).click();
    await heading(page, ti('welcome-title')).waitFor();
    await button(page, ti('nav-back')).click();
    await heading(page, ti('language-title')).waitFor();

    // Arabic by its speaker icon: right to left, audio-first; the welcome speaks by itself.
    await button(page, `العربية: ${ar('listen')}`).click();
    await heading(page, ar('welcome-title')).waitFor();
    await waitForPlaying(page, '/audio/ar/');
    await button(page, ar('welcome-start')).click();
    await heading(page, ar('anonymity-title')).waitFor();
    assert.deepEqual(await pageDirection(page), { lang: 'ar', dir: 'rtl', css: 'rtl' });
    await button(page, ar('anonymity-continue')).click();
    await heading(page, survey('ar')('room-satisfied')).waitFor();
    // No Listen tap: the question starts by itself, its own recording.
    const playing = await waitForPlaying(page, shippedAudioUrl('ar', 'room-satisfied'));
    assert.equal(playing.paused, false);
    assert.ok(playing.time > 0, 'time advances');
    // While it plays, the question is marked; then each choice in turn.
    const yes = radio(page, ar('choice-yes'));
    await yes.and(page.locator('.speaking')).waitFor({ timeout: 20_000 });
    await shoot(page, 'languages-question-ar.png');
    await radio(page, ar('choice-no')).and(page.locator('.speaking')).waitFor({ timeout: 20_000 });
    await yes.click();
    await yes.and(page.locator('[aria-checked="true"]')).waitFor();
    // The big replay button reads the screen again.
    await button(page, ar('replay')).click();
    await waitForPlaying(page, shippedAudioUrl('ar', 'room-satisfied'));

    const rows = query(dbFile, "SELECT body FROM response WHERE state = 'in-progress'");
    assert.equal(rows.length, 1);
    const response = JSON.parse(rows[0].body);
    assert.equal(response.language, 'ar');
    assert.equal(response['audio-used'], true, 'the response records that audio was used');

    // Delete it and answer once more in Ukrainian, for the screenshot.
    await button(page, ar('stop')).click();
    await button(page, ar('stop-discard')).click();
    await button(page, 'Українська').click();
    await button(page, uk('welcome-start')).click();
    await button(page, uk('anonymity-continue')).click();
    await heading(page, survey('uk')('room-satisfied')).waitFor();
    assert.deepEqual(await pageDirection(page), { lang: 'uk', dir: 'ltr', css: 'ltr' });
    await shoot(page, 'languages-question-uk.png');
  });
});

test('Tigrinya is never offered by ear without audio: the help pictogram calls staff; a recorded question plays', async () => {
  await withBrowser(async (page) => {
    await openKiosk(page, url, en);
    await heading(page, en('language-title')).waitFor();
    // No speaker for Tigrinya (no voice, no recordings): the call for help, named in Tigrinya.
    assert.equal(await button(page, `ትግርኛ: ${ti('listen')}`).count(), 0, 'Tigrinya is not offered by ear');
    await button(page, `ትግርኛ: ${ti('ask-help')}`).click();
    // The resident sees, in Tigrinya, that someone is coming; the welcome follows in Tigrinya.
    const called = page.getByRole('status').filter({ hasText: ti('help-called') });
    await called.waitFor();
    await heading(page, ti('welcome-title')).waitFor();
    await shoot(page, 'help-called-ti.png');
    // Staff see it on the corner and in the panel.
    await page.locator('.staff-corner.needs-help').waitFor();

    await openStaffPanel(page, en);
    const notice = page.getByRole('alert').filter({ hasText: 'ትግርኛ' });
    await notice.waitFor();
    await shoot(page, 'staff-assistance.png');
    await button(page, en('staff-dismiss')).click();
    await notice.waitFor({ state: 'detached' });

    // Record the first question of be-fedasil in Tigrinya with the (fake) microphone.
    await page.getByLabel(en('staff-language'), { exact: true }).selectOption('ti');
    const prompt = survey('ti')('room-satisfied');
    const items = page.getByLabel(en('staff-record-item'), { exact: true });
    await items.locator('option', { hasText: prompt }).waitFor({ state: 'attached' });
    const value = await items.locator('option', { hasText: prompt }).getAttribute('value');
    await items.selectOption(value);
    await page.locator('.recording-text', { hasText: prompt }).waitFor();
    await button(page, en('staff-record')).click();
    await button(page, en('staff-record-stop')).waitFor();
    await page.waitForTimeout(1_500);
    await button(page, en('staff-record-stop')).click();
    await button(page, en('listen')).click();
    await waitForPlaying(page, 'draft');
    await button(page, en('staff-record-keep')).click();
    await page.getByText(en('staff-record-kept'), { exact: true }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.recordings').screenshot({ path: path.join(shots, 'staff-recordings.png') });

    const stored = query(dbFile, 'SELECT sha256, survey, target, language, mime, length(bytes) AS size, uploaded FROM recorded_media');
    assert.equal(stored.length, 1, 'one recording is stored');
    const [rec] = stored;
    assert.equal(rec.survey, 'be-fedasil');
    assert.deepEqual(JSON.parse(rec.target), { question: 'room-satisfied' });
    assert.equal(rec.language, 'ti');
    assert.match(rec.mime, /^audio\/(webm|ogg)$/);
    assert.ok(rec.size > 1_000, `a real take (${rec.size} bytes)`);
    assert.equal(rec.uploaded, 0, 'waiting for upload');

    // From now on it plays: a resident reading Tigrinya hears the recording on Listen. (By
    // ear needs every prompt of the path: tests/e2e/listening.test.mjs records them all.)
    await button(page, en('staff-close')).click();
    await button(page, 'ትግርኛ').click();
    await button(page, ti('welcome-start')).click();
    await button(page, ti('anonymity-continue')).click();
    await heading(page, prompt).waitFor();
    const served = page.waitForResponse((r) => r.url().includes(`/recorded/${rec.sha256}`));
    await button(page, ti('listen')).click();
    const response = await served;
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], rec.mime);
    const playing = await waitForPlaying(page, `/recorded/${rec.sha256}`);
    assert.ok(playing.time > 0);
  });
});
