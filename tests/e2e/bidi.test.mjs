// Right-to-left text with Latin inside (issue 20), in Chromium against a kiosk whose device
// language is Arabic (`heard --serve --lang ar`, started by scripts/test-e2e-languages, which
// passes HEARD_URL and HEARD_DB_FILE). The app isolates every inserted value (Fluent's FSI …
// PDI): an address keeps its own left-to-right order inside an Arabic sentence instead of
// showing as `//:https`. The visual order is measured with Range.getClientRects, and the same
// sentence without the marks is measured too, to show that the check tells the two apart.
// Also takes the screenshots of the screens whose words issue 20 changed, in Arabic, Persian
// and Sorani (docs/screenshots/asylum-words-*.png).
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser, heading, button, radio, openStaffPanel, openKiosk } from './browser.mjs';
import { readFtl } from './ftl.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const url = process.env.HEARD_URL;
const dbFile = process.env.HEARD_DB_FILE;
const shots = process.env.HEARD_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');
assert.ok(url && dbFile, 'HEARD_URL and HEARD_DB_FILE must be set (run scripts/test-e2e-languages)');

const app = (tag) => readFtl(path.join(repo, `locales/${tag}/app.ftl`));
const survey = (tag) => readFtl(path.join(repo, `locales/${tag}/surveys/be-fedasil.ftl`));
const ar = app('ar');
const SERVER = 'https://sync.example.org:8443/';

// The left edge (CSS px) of each part's first occurrence (or, with `last`, last occurrence)
// in the element's text, as laid out: one Range per part over the text node that holds it.
async function leftEdges(locator, parts) {
  return locator.evaluate((el, parts) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const out = {};
    for (const { key, text, last } of parts) {
      const node = nodes.find((n) => n.data.includes(text));
      if (!node) throw new Error(`no text ${JSON.stringify(text)} in ${JSON.stringify(el.textContent)}`);
      const at = last ? node.data.lastIndexOf(text) : node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      out[key] = range.getClientRects()[0].left;
    }
    return out;
  }, parts);
}

// A copy of the element, in the same place and direction, with the isolation marks removed:
// what the app showed before issue 20.
async function copyWithoutMarks(page, locator) {
  await locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.id = 'without-marks';
    copy.removeAttribute('role');
    copy.textContent = el.textContent.replace(/[\u2068\u2069]/g, '');
    el.after(copy);
  });
  return page.locator('#without-marks');
}

test('Arabic staff panel: an address with a port number keeps its order in right-to-left text', async () => {
  // An enrolment as the app stores it (settings), so the panel names the server.
  execFileSync('sqlite3', [dbFile,
    `INSERT INTO setting (key, value) VALUES ('sync-server', '${SERVER}'), ('sync-token', 'e2e-not-used')
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`]);
  await withBrowser(async (page) => {
    await openKiosk(page, url, ar);
    await heading(page, ar('language-title')).waitFor();
    await openStaffPanel(page, ar);
    const enrolled = page.locator('p.sync-enrolled');
    await enrolled.waitFor();
    const text = await enrolled.textContent();
    assert.ok(text.includes(`\u2068${SERVER}\u2069`), `the address is isolated: ${JSON.stringify(text)}`);
    assert.equal(await enrolled.evaluate((el) => getComputedStyle(el).direction), 'rtl');

    const parts = [
      { key: 'word', text: ar('sync-enrolled').split(' ')[0] },
      { key: 'scheme', text: 'https' },
      { key: 'port', text: '8443' },
      { key: 'slash', text: '/', last: true },
    ];
    const shown = await leftEdges(enrolled, parts);
    // Right to left: the Arabic word first, on the right; the address to its left, read left
    // to right inside: scheme, port, final slash.
    assert.ok(shown.word > shown.slash, `Arabic word right of the address: ${JSON.stringify(shown)}`);
    assert.ok(shown.scheme < shown.port && shown.port < shown.slash,
      `https … 8443 … / from left to right: ${JSON.stringify(shown)}`);

    // Without the marks the final slash jumps to the far left: the check tells them apart.
    const bare = await leftEdges(await copyWithoutMarks(page, enrolled), parts);
    assert.ok(bare.slash < bare.scheme, `without isolation the slash leads: ${JSON.stringify(bare)}`);
    await page.locator('#without-marks').evaluate((el) => el.remove());

    // A literal prefix in the error sentence is a value too (`{ $start }`).
    await page.locator('#sync-server').fill('ftp://sync.example.org');
    await page.locator('#sync-code').fill('ABCD-EFGH');
    await button(page, ar('sync-enrol')).click();
    const notice = page.locator('p.notice[role="status"]').filter({ hasText: 'https' });
    await notice.waitFor();
    const errorParts = [
      { key: 'scheme', text: 'https' },
      { key: 'colon', text: '://' },
      { key: 'word', text: ar('sync-error-address').split(' ')[0] },
    ];
    const error = await leftEdges(notice, errorParts);
    assert.ok(error.scheme < error.colon, `https before :// : ${JSON.stringify(error)}`);
    assert.ok(error.word > error.colon, `the sentence starts on the right: ${JSON.stringify(error)}`);
    const bareError = await leftEdges(await copyWithoutMarks(page, notice), errorParts);
    assert.ok(bareError.colon < bareError.scheme, `without isolation it reads //:https: ${JSON.stringify(bareError)}`);
    await page.locator('#without-marks').evaluate((el) => el.remove());

    fs.mkdirSync(shots, { recursive: true });
    await page.evaluate(() => document.fonts.ready);
    await page.locator('section[aria-labelledby="sync-title"]').screenshot({ path: path.join(shots, 'bidi-sync-ar.png') });
  });
});

// The screens whose words changed, as a resident sees them: the anonymity promise and the
// stop dialog (keep or delete) on their own; then a response a staff member reads out
// (`mode-interviewer`, which skips the welcome and anonymity screens), whose badge shows on the
// questions, up to the safety question.
async function answerUpToSafety(page, t, s) {
  for (const id of ['room-satisfied', 'sanitary-satisfied', 'food-satisfied', 'supervision-satisfied']) {
    await heading(page, s(id)).waitFor();
    await radio(page, t('choice-yes')).click();
    await radio(page, t('choice-yes')).and(page.locator('[aria-checked="true"]')).waitFor();
    await button(page, t('nav-next')).click();
  }
  await heading(page, s('safety-satisfied')).waitFor();
}

for (const [tag, autonym] of [['ar', 'العربية'], ['fa', 'فارسی'], ['ckb', 'کوردی']]) {
  test(`changed screens in ${tag} (screenshots)`, async () => {
    const t = app(tag);
    const s = survey(tag);
    await withBrowser(async (page) => {
      await openKiosk(page, url, ar);
      await heading(page, ar('language-title')).waitFor();
      await button(page, autonym).click();
      await button(page, t('welcome-start')).click();
      await heading(page, t('anonymity-title')).waitFor();
      await page.getByText(t('anonymity-body'), { exact: true }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(shots, `asylum-words-anonymity-${tag}.png`) });

      await button(page, t('stop')).click();
      await page.getByRole('dialog', { name: t('stop-title') }).waitFor();
      await button(page, t('stop-keep')).waitFor();
      await page.screenshot({ path: path.join(shots, `asylum-words-stop-${tag}.png`) });
      await button(page, t('stop-discard')).click();
      await heading(page, ar('language-title')).waitFor();

      // Read out by a staff member: the badge says so, in the resident's language.
      await openStaffPanel(page, ar);
      await radio(page, ar('mode-interviewer')).click();
      await button(page, ar('staff-start-entry')).click();
      await button(page, autonym).click();
      await answerUpToSafety(page, t, s);
      const badge = page.locator('.badge');
      assert.equal(await badge.textContent(), t('mode-interviewer'));
      // A number in a right-to-left sentence: "question 5 of 12" reads from the right, so the
      // word comes first (rightmost), then 5, then 12 (leftmost), each number isolated.
      const progress = page.locator('.progress-text');
      const progressText = await progress.textContent();
      assert.ok(progressText.includes('\u20685\u2069') && progressText.includes('\u206812\u2069'),
        `the numbers are isolated: ${JSON.stringify(progressText)}`);
      const order = await leftEdges(progress, [
        { key: 'word', text: t('progress').split(' ')[0] },
        { key: 'current', text: '5' },
        { key: 'total', text: '12' },
      ]);
      assert.ok(order.word > order.current && order.current > order.total,
        `${tag}: word, 5, 12 from right to left: ${JSON.stringify(order)}`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(shots, `asylum-words-safety-${tag}.png`) });
      await button(page, t('stop')).click();
      await button(page, t('stop-discard')).click();
      await heading(page, ar('staff-title')).waitFor();
    });
  });
}
