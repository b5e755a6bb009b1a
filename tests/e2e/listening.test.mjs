// End-to-end test of issue 11's bug "a resident listening to the survey got stuck on a required
// free-text question", in the browser kiosk: the core says a required free-text question is not
// required once audio was used (`heard_core::validate::is_required`); the screen once disabled
// Next all the same. A survey written here (one choice question, then a required free-text one)
// is given to a private kiosk with `--surveys` (its texts with `--locales`); staff choose it in
// the panel; a resident who reads is held on the free text until they write, a resident who
// chose Arabic by ear goes on without writing. Started by scripts/test-e2e-app (HEARD_BIN).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  withBrowser as launch, heading, button, radio, openStaffPanel, openKiosk, recordMissing, watchPlayback, playedMore,
} from './browser.mjs';
import { readFtl } from './ftl.mjs';
import { query } from './db.mjs';
import { startKiosk } from './kiosk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
const bin = process.env.HEARD_BIN;
assert.ok(bin, 'HEARD_BIN must be set (run scripts/test-e2e-app)');

const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const ar = readFtl(path.join(repo, 'locales/ar/app.ftl'));
const ti = readFtl(path.join(repo, 'locales/ti/app.ftl'));
// A fake microphone: staff record the prompts a language lacks to be listened to.
const withBrowser = (run) => launch(run, {
  extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'], timeout: 20_000,
});

const SURVEY_ID = 'e2e-listen-text';
// The format of assets/surveys/*.toml (see docs/authoring.md), as small as the bug allows.
const SURVEY_TOML = `# End-to-end test survey (tests/e2e/listening.test.mjs): a required free-text question.
id = "${SURVEY_ID}"
version = "2026.1"
default-language = "en"

[meta]
agency = "Heard"
country = "BE"
instrument = "End-to-end test: a required free-text question"
illustrative = true
source = "tests/e2e/listening.test.mjs"

[flow]
welcome = true
language-choice = true
anonymity = true
review = true

[[section]]
id = "meals"

[[section.question]]
id = "food-satisfied"
kind = "yes-no"
topic = "food"
required = true
satisfied = ["yes"]

[[section.question]]
id = "food-comment"
kind = "free-text"
required = true
max-length = 200
`;
const TEXTS = {
  en: `survey-title = Meals
section-meals = Meals
food-satisfied = Are you satisfied with the meals?
food-comment = Tell us about the meals.
`,
  ar: `survey-title = الوجبات
section-meals = الوجبات
food-satisfied = هل أنت راضٍ عن الوجبات؟
food-comment = أخبرنا عن الوجبات.
`,
  ti: `survey-title = መግቢ
section-meals = መግቢ
food-satisfied = ብመግቢ ዕጉባት ዲኹም?
food-comment = ብዛዕባ መግቢ ንገሩና።
`,
};
const question = (id, tag = 'ar') => TEXTS[tag].match(new RegExp(`^${id} = (.+)$`, 'm'))[1];

// The survey folder (`--surveys`) and its texts (`--locales`), in a fresh temporary folder.
function writeSurvey(dir) {
  const surveys = path.join(dir, 'surveys');
  fs.mkdirSync(surveys, { recursive: true });
  fs.writeFileSync(path.join(surveys, `${SURVEY_ID}.toml`), SURVEY_TOML);
  const locales = path.join(dir, 'locales');
  for (const [tag, text] of Object.entries(TEXTS)) {
    fs.mkdirSync(path.join(locales, tag, 'surveys'), { recursive: true });
    fs.writeFileSync(path.join(locales, tag, 'surveys', `${SURVEY_ID}.ftl`), text);
  }
  return ['--surveys', surveys, '--locales', locales];
}

// Waits until the control shows as chosen (the UI updates only after the answer is saved).
const checked = (page, locator) => locator.and(page.locator('[aria-checked="true"]')).waitFor();
const next = (page) => button(page, ar('nav-next'));

// Answers the choice question and goes on to the free-text one.
async function toFreeText(page) {
  await heading(page, question('food-satisfied')).waitFor();
  await radio(page, ar('choice-yes')).click();
  await checked(page, radio(page, ar('choice-yes')));
  await next(page).click();
  await heading(page, question('food-comment')).waitFor();
}

// The review, Send, the thank-you screen, then the kiosk resets itself to the language grid (8 s).
async function thanked(page, t = ar) {
  await heading(page, t('review-title')).waitFor();
  await button(page, t('review-send')).click();
  await heading(page, t('thanks-title')).waitFor();
  await heading(page, en('language-title')).waitFor({ timeout: 15_000 });
}

// Staff make the survey from the folder the active one.
async function chooseSurvey(page) {
  await openStaffPanel(page, en);
  const surveys = page.getByLabel(en('staff-survey'), { exact: true });
  await surveys.locator(`option[value="${SURVEY_ID}"]`).waitFor({ state: 'attached' });
  await surveys.selectOption(SURVEY_ID);
  await page.getByLabel(en('staff-facility'), { exact: true }).fill('be-e2e-centre');
  await button(page, en('staff-save')).click();
  await page.getByText(en('staff-saved'), { exact: true }).waitFor();
}

// Every audio element the app starts, through HTMLMediaElement: the URL it reads
// (`window.__heardAudioUrl`, set by the app's playlist script before play) and whether its
// `playing` and `ended` events fired. Installed after watchPlayback, whose patch it wraps.
async function watchSpoken(page) {
  await page.addInitScript(() => {
    window.__heardSpoken = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function spoken(...args) {
      const item = { url: window.__heardAudioUrl || this.src, playing: false, ended: false };
      window.__heardSpoken.push(item);
      this.addEventListener('playing', () => { item.playing = true; }, { once: true });
      this.addEventListener('ended', () => { item.ended = true; }, { once: true });
      return play.apply(this, args);
    };
  });
}

const spokenCount = (page) => page.evaluate(() => window.__heardSpoken.length);

// Waits, without a tap, until `n` more items than `from` were read to their end (their
// `ended` event fired); returns their URLs in order.
async function readThrough(page, from, n, what, timeout = 30_000) {
  try {
    await page.waitForFunction(([start, count]) => {
      const items = window.__heardSpoken.slice(start);
      return items.length >= count && items.slice(0, count).every((i) => i.playing && i.ended);
    }, [from, n], { timeout });
  } catch (e) {
    const seen = await page.evaluate((start) => window.__heardSpoken.slice(start), from);
    throw new Error(`${what}: ${n} items read to the end expected, got ${JSON.stringify(seen)}`);
  }
  return page.evaluate(([start, count]) => window.__heardSpoken.slice(start, start + count).map((i) => i.url), [from, n]);
}

// A resident by ear in `t`'s language: every screen from the welcome to the thank-you starts
// its audio by itself (HTMLMediaElement.play, counted by watchPlayback); taps only move on.
// From the anonymity text on, each screen's items are read to their end (watchSpoken): the
// "What is kept?" dialog's two lists, each question and its options, the review's title, each
// row (the question's recording again, then the answer's: the same URLs the question screens
// read, or "no answer") and Send, the Stop dialog, the thank-you.
async function listeningWalk(page, t, tag, speaker) {
  const plays = await page.evaluate(() => window.__heardPlayed.length);
  let at = await spokenCount(page);
  await button(page, speaker).click();
  await heading(page, t('welcome-title')).waitFor();
  await playedMore(page, plays);
  // The language's name, then the welcome's title, words and Start: read to the end first, so
  // each later screen's count holds only its own items.
  await readThrough(page, at, 4, 'the welcome');
  at = await spokenCount(page);
  await button(page, t('welcome-start')).click();
  await heading(page, t('anonymity-title')).waitFor();
  await readThrough(page, at, 2, 'the anonymity text and its button');
  at = await spokenCount(page);
  await button(page, t('kept-open')).click();
  await page.getByRole('dialog', { name: t('kept-title') }).waitFor();
  // The list being read is highlighted (only while it plays).
  await page.locator('.kept-list.speaking').first().waitFor({ timeout: 10_000 });
  if (tag === 'ar') await page.screenshot({ path: path.join(shots, 'listening-kept-ar.png') });
  const kept = await readThrough(page, at, 2, '"What is kept?": its two lists');
  assert.ok(kept.every((u) => u.startsWith('/recorded/')), `the lists as recorded: ${kept}`);
  assert.notEqual(kept[0], kept[1], 'two different lists');
  await button(page, t('kept-close')).click();
  at = await spokenCount(page);
  await button(page, t('anonymity-continue')).click();
  await heading(page, question('food-satisfied', tag)).waitFor();
  // The question, then "yes" and "no".
  const [q1, yes] = await readThrough(page, at, 3, 'the first question and its options');
  await radio(page, t('choice-yes')).click();
  await checked(page, radio(page, t('choice-yes')));
  at = await spokenCount(page);
  await button(page, t('nav-next')).click();
  await heading(page, question('food-comment', tag)).waitFor();
  const [q2] = await readThrough(page, at, 1, 'the free-text question');
  assert.equal(await button(page, t('nav-next')).isEnabled(), true, 'a listening resident is not held on free text');
  at = await spokenCount(page);
  await button(page, t('nav-next')).click();
  await heading(page, t('review-title')).waitFor();
  // The title, each row (its question, then its answer), then Send: no tap. The row being
  // read is highlighted.
  await page.locator('.review-row.speaking').first().waitFor({ timeout: 10_000 });
  if (tag === 'ar') await page.screenshot({ path: path.join(shots, 'listening-review-ar.png') });
  const review = await readThrough(page, at, 6, 'the review');
  assert.deepEqual(review.slice(1, 4), [q1, yes, q2], 'each row: the question, then the answer chosen');
  const own = [review[0], review[4], review[5]];
  assert.equal(new Set(own).size, 3, `title, "no answer" and Send, each its own: ${review}`);
  // The Stop dialog reads itself, choices included; continuing closes it.
  at = await spokenCount(page);
  await button(page, t('stop')).click();
  await page.getByRole('dialog', { name: t('stop-title') }).waitFor();
  await readThrough(page, at, 4, 'the Stop dialog');
  await button(page, t('stop-continue')).click();
  at = await spokenCount(page);
  await button(page, t('review-send')).click();
  await heading(page, t('thanks-title')).waitFor();
  const thanks = await readThrough(page, at, 2, 'the thank-you', 8_000);
  assert.notEqual(thanks[0], thanks[1], 'its title, then its words');
  await heading(page, en('language-title')).waitFor({ timeout: 15_000 });
}

test('a required free-text question holds a reading resident and lets a listening one finish', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-listen-'));
  const kiosk = startKiosk(bin, dir, writeSurvey(dir));
  try {
    const url = await kiosk.started;
    await withBrowser(async (page) => {
      await watchPlayback(page);
      await watchSpoken(page);
      await openKiosk(page, url, en);
      await heading(page, en('language-title')).waitFor();

      await chooseSurvey(page);
      await button(page, en('staff-start')).click();

      // A resident who reads Arabic: Next stays disabled on the required free text until they
      // write. They type (still in the field) and tap Next once: the answer is kept as they
      // type, so that tap is not spent leaving the field, and all they typed is saved.
      await button(page, 'العربية').click();
      await button(page, ar('welcome-start')).click();
      await button(page, ar('anonymity-continue')).click();
      await toFreeText(page);
      await next(page).and(page.locator('[disabled]')).waitFor();
      assert.equal(await next(page).isDisabled(), true, 'a reading resident must answer the required free text');
      const field = page.getByLabel(ar('text-label'), { exact: true });
      await field.pressSequentially('الطعام جيد');
      assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'still in the field');
      await next(page).click();
      await thanked(page);

      // Arabic by ear needs this survey's two questions recorded in Arabic (the app's own
      // prompts have a voice): until then the grid offers the call for help instead.
      assert.equal(await button(page, `العربية: ${ar('listen')}`).count(), 0, 'not offered by ear with silent questions');
      await openStaffPanel(page, en);
      // The two questions, the survey's title (recordable, though no screen reads it) and
      // "What is kept?"'s two lists (no synthetic drafts ship: the audio bundle goal).
      assert.equal(await recordMissing(page, en, 'ar'), 5, 'the two questions, the title and the two lists, nothing else');
      await button(page, en('staff-close')).click();
      // A resident who chooses Arabic by ear: every screen speaks by itself, and Next is
      // enabled on the required free text without a word typed.
      await listeningWalk(page, ar, 'ar', `العربية: ${ar('listen')}`);
    });
    const rows = query(kiosk.db, 'SELECT state, body FROM response');
    assert.equal(rows.length, 2, 'two responses are stored');
    const responses = rows.map((r) => ({ state: r.state, ...JSON.parse(r.body) }));
    const reader = responses.find((r) => !r['audio-used']);
    const listener = responses.find((r) => r['audio-used']);
    assert.ok(reader && listener, 'one response read, one heard');
    for (const r of [reader, listener]) {
      assert.equal(r.state, 'complete');
      assert.equal(r.status, 'complete');
      assert.equal(r.survey.id, SURVEY_ID);
      assert.equal(r.language, 'ar');
    }
    assert.deepEqual(reader.answers, { 'food-satisfied': { choice: 'yes' }, 'food-comment': { text: 'الطعام جيد' } });
    assert.deepEqual(listener.answers, { 'food-satisfied': { choice: 'yes' } }, 'no text was asked of the listener');
  } finally {
    await kiosk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Tigrinya: not offered by ear until staff record what is missing, then every screen speaks', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-listen-ti-'));
  const kiosk = startKiosk(bin, dir, writeSurvey(dir));
  try {
    const url = await kiosk.started;
    await withBrowser(async (page) => {
      await watchPlayback(page);
      await watchSpoken(page);
      await openKiosk(page, url, en);
      await chooseSurvey(page);
      await button(page, en('staff-close')).click();
      // No Tigrinya voice exists: the grid offers the call for help, never the speaker.
      await heading(page, en('language-title')).waitFor();
      assert.equal(await button(page, `ትግርኛ: ${ti('listen')}`).count(), 0, 'Tigrinya is not offered by ear');
      await button(page, `ትግርኛ: ${ti('ask-help')}`).waitFor();
      assert.equal(await page.evaluate(() => window.__heardPlayed.length), 0, 'nothing played');
      // Staff see per language how many prompts are missing, and record them.
      await openStaffPanel(page, en);
      const row = page.locator('.coverage[data-survey="' + SURVEY_ID + '"] tr[data-lang="ti"]');
      await page.locator('.coverage[data-survey="' + SURVEY_ID + '"] summary').click();
      const missing = Number((await row.locator('td.listen').textContent()).match(/\d+/)[0]);
      assert.ok(missing > 0, 'Tigrinya lacks prompts to be listened to');
      // The row's link chooses Tigrinya in the recording section.
      await row.getByRole('link', { name: en('staff-record-missing').replace('{ $language }', 'ትግርኛ') }).click();
      const recorded = await recordMissing(page, en, 'ti', { choose: false });
      assert.ok(recorded >= missing, `recorded ${recorded} of ${missing} missing`);
      await button(page, en('staff-close')).click();
      // Now Tigrinya by ear: every screen plays by itself.
      await listeningWalk(page, ti, 'ti', `ትግርኛ: ${ti('listen')}`);
    });
    const rows = query(kiosk.db, "SELECT body FROM response WHERE state = 'complete'");
    assert.equal(rows.length, 1);
    const response = JSON.parse(rows[0].body);
    assert.equal(response.language, 'ti');
    assert.equal(response['audio-used'], true);
  } finally {
    await kiosk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad file in the surveys folder stops the kiosk with a message naming it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-bad-survey-'));
  try {
    const args = writeSurvey(dir);
    const broken = path.join(dir, 'surveys', `${SURVEY_ID}.toml`);
    fs.writeFileSync(broken, SURVEY_TOML.replace('kind = "free-text"', 'kind = "free-txt"'));
    const kiosk = startKiosk(bin, dir, args);
    const { code } = await kiosk.exited;
    assert.equal(code, 1, `heard exits with an error:\n${kiosk.log()}`);
    assert.ok(kiosk.log().includes(broken), `the message names ${broken}:\n${kiosk.log()}`);
    assert.match(kiosk.log(), /free-txt/);
    assert.doesNotMatch(kiosk.log(), /panicked/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
