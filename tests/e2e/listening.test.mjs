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
import { withBrowser, heading, button, radio, openStaffPanel, openKiosk } from './browser.mjs';
import { readFtl } from './ftl.mjs';
import { query } from './db.mjs';
import { startKiosk } from './kiosk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = process.env.HEARD_BIN;
assert.ok(bin, 'HEARD_BIN must be set (run scripts/test-e2e-app)');

const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const ar = readFtl(path.join(repo, 'locales/ar/app.ftl'));

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
anonymity = false
review = false

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
};
const question = (id) => TEXTS.ar.match(new RegExp(`^${id} = (.+)$`, 'm'))[1];

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

// The thank-you screen, then the kiosk resets itself to the welcome screen (8 s).
async function thanked(page) {
  await heading(page, ar('thanks-title')).waitFor();
  await heading(page, en('welcome-title')).waitFor({ timeout: 15_000 });
}

test('a required free-text question holds a reading resident and lets a listening one finish', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-listen-'));
  const kiosk = startKiosk(bin, dir, writeSurvey(dir));
  try {
    const url = await kiosk.started;
    await withBrowser(async (page) => {
      await openKiosk(page, url, en);
      await heading(page, en('welcome-title')).waitFor();

      // Staff make the survey from the folder the active one.
      await openStaffPanel(page, en);
      const surveys = page.getByLabel(en('staff-survey'), { exact: true });
      await surveys.locator(`option[value="${SURVEY_ID}"]`).waitFor({ state: 'attached' });
      await surveys.selectOption(SURVEY_ID);
      await page.getByLabel(en('staff-facility'), { exact: true }).fill('be-e2e-centre');
      await button(page, en('staff-save')).click();
      await page.getByText(en('staff-saved'), { exact: true }).waitFor();
      await button(page, en('staff-start')).click();

      // A resident who reads Arabic: Next stays disabled on the required free text until they
      // write. They type (still in the field) and tap Next once: the answer is kept as they
      // type, so that tap is not spent leaving the field, and all they typed is saved.
      await button(page, en('welcome-start')).click();
      await button(page, 'العربية').click();
      await toFreeText(page);
      await next(page).and(page.locator('[disabled]')).waitFor();
      assert.equal(await next(page).isDisabled(), true, 'a reading resident must answer the required free text');
      const field = page.getByLabel(ar('text-label'), { exact: true });
      await field.pressSequentially('الطعام جيد');
      assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'still in the field');
      await next(page).click();
      await thanked(page);

      // A resident who chooses Arabic by ear: Next is enabled on the same question without a
      // word typed, and the survey finishes.
      await button(page, en('welcome-start')).click();
      await button(page, `العربية: ${ar('listen')}`).click();
      await toFreeText(page);
      assert.equal(await page.getByLabel(ar('text-label'), { exact: true }).inputValue(), '');
      assert.equal(await next(page).isEnabled(), true, 'a listening resident is not held on free text');
      await next(page).click();
      await thanked(page);
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
