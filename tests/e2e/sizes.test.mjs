// Issue 18: a first-time user at three sizes (1280×800 with touch, 800×1280, a 360×740 phone),
// on the screens a resident meets, in Arabic: the language grid, the welcome, a question, the
// Stop dialog, the review, and the Tigrinya call for help. On each: no sideways page scroll, no
// two interactive hit areas overlapping, every control at least 48 px and named, and no Latin
// letters in what an Arabic screen shows or names (the staff button, marked lang="en", aside).
// Screenshots go to docs/screenshots/sizes-<screen>-<width>.png. Started by scripts/test-e2e-app
// (HEARD_BIN): each size gets its own fresh kiosk.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser, heading, button, radio, openKiosk } from './browser.mjs';
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

const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 }, touch: true },
  { name: '800', viewport: { width: 800, height: 1280 }, touch: false },
  { name: '360', viewport: { width: 360, height: 740 }, touch: true },
];

// What the page offers, measured in the page: interactive elements outside inert subtrees.
function measure() {
  const interactive = [...document.querySelectorAll('button, a[href], input, select, textarea, [role=radio], [role=checkbox]')]
    .filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  const name = (el) => (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.title || '').trim();
  const boxes = interactive.map((el) => ({ el, r: el.getBoundingClientRect(), name: name(el) }));
  const overlaps = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]; const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) overlaps.push(`${a.name} × ${b.name} (${Math.round(w)}×${Math.round(h)})`);
    }
  }
  const arabic = document.querySelector('.app[lang="ar"]');
  const latin = [];
  if (arabic) {
    const walker = document.createTreeWalker(arabic, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.parentElement;
      if (owner.closest('[inert], [lang]:not([lang="ar"]), style, svg')) continue;
      if (/[A-Za-z]/.test(n.textContent)) latin.push(n.textContent.trim());
    }
    for (const b of boxes) {
      if (b.el.closest('[lang]:not([lang="ar"])')) continue;
      if (/[A-Za-z]/.test(b.name)) latin.push(`name: ${b.name}`);
    }
  }
  return {
    page: document.documentElement.scrollWidth,
    view: window.innerWidth,
    overlaps,
    small: boxes.filter((b) => b.r.width < 48 || b.r.height < 48).map((b) => `${b.name} ${Math.round(b.r.width)}×${Math.round(b.r.height)}`),
    unnamed: boxes.filter((b) => !b.name).map((b) => b.el.outerHTML.slice(0, 80)),
    latin,
  };
}

async function check(page, size, screen) {
  await page.evaluate(() => document.fonts.ready);
  const m = await page.evaluate(measure);
  assert.ok(m.page <= m.view, `${screen} at ${size.name}: the page scrolls sideways (${m.page} > ${m.view})`);
  assert.deepEqual(m.overlaps, [], `${screen} at ${size.name}: overlapping hit areas`);
  assert.deepEqual(m.small, [], `${screen} at ${size.name}: controls under 48 px`);
  assert.deepEqual(m.unnamed, [], `${screen} at ${size.name}: controls without a name`);
  assert.deepEqual(m.latin, [], `${screen} at ${size.name}: Latin letters on an Arabic screen`);
  await page.screenshot({ path: path.join(shots, `sizes-${screen}-${size.name}.png`) });
}

for (const size of SIZES) {
  test(`resident screens at ${size.viewport.width}×${size.viewport.height}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-sizes-'));
    const kiosk = startKiosk(bin, dir);
    fs.mkdirSync(shots, { recursive: true });
    try {
      const url = await kiosk.started;
      await withBrowser(async (page) => {
        await openKiosk(page, url, en);
        await heading(page, en('language-title')).waitFor();
        await check(page, size, 'language-grid');

        await button(page, 'العربية').click();
        await heading(page, ar('welcome-title')).waitFor();
        await check(page, size, 'welcome-ar');
        await button(page, ar('welcome-start')).click();
        await heading(page, ar('anonymity-title')).waitFor();
        await check(page, size, 'anonymity-ar');
        // "What is kept?": a modal dialog whose lists scroll inside it, Close always in reach.
        await button(page, ar('kept-open')).click();
        await page.getByRole('dialog', { name: ar('kept-title') }).waitFor();
        await check(page, size, 'kept-ar');
        await button(page, ar('kept-close')).click();
        await button(page, ar('anonymity-continue')).click();
        await heading(page, survey('room-satisfied')).waitFor();
        await check(page, size, 'question-ar');

        await button(page, ar('stop')).click();
        await page.getByRole('dialog', { name: ar('stop-title') }).waitFor();
        await check(page, size, 'stop-ar');
        await button(page, ar('stop-continue')).click();

        // Yes to every topic, 8 of 10, nothing else: the review.
        for (let i = 0; i < 20; i += 1) {
          if (await heading(page, ar('review-title')).count()) break;
          const yes = radio(page, ar('choice-yes'));
          if (await yes.count()) {
            await yes.click();
            await yes.and(page.locator('[aria-checked="true"]')).waitFor();
          }
          const eight = radio(page, '8 من 10');
          if (await eight.count()) {
            await eight.click();
            await eight.and(page.locator('[aria-checked="true"]')).waitFor();
          }
          await button(page, ar('nav-next')).click();
          await page.waitForTimeout(150);
        }
        await heading(page, ar('review-title')).waitFor();
        await check(page, size, 'review-ar');

        // Stop and delete: the first screen says so; then the Tigrinya call for help.
        await button(page, ar('stop')).click();
        await button(page, ar('stop-discard')).click();
        await page.getByRole('status').filter({ hasText: ar('stop-deleted') }).waitFor();
        await check(page, size, 'deleted-ar');
        await button(page, `ትግርኛ: ${ti('ask-help')}`).click();
        await page.getByRole('status').filter({ hasText: ti('help-called') }).waitFor();
        await check(page, size, 'help-called-ti');
      }, { viewport: size.viewport, extraArgs: size.touch ? ['--touch-events=enabled'] : [], timeout: 15_000 });
    } finally {
      await kiosk.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
