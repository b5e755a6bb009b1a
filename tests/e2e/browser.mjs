// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, with the flags
// this environment needs, a fresh profile per run, and lookups by accessible role and name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Runs `run(page)` in a new browser with an empty profile, removed afterwards.
export async function withBrowser(run, {
  extraArgs = [], viewport = { width: 1024, height: 700 }, timeout = 10_000, acceptDownloads = false,
} = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads,
    viewport,
    args: [...FLAGS, ...extraArgs],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    await run(page);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export const heading = (page, name) => page.getByRole('heading', { name, exact: true });
export const button = (page, name) => page.getByRole('button', { name, exact: true });
export const radio = (page, name) => page.getByRole('radio', { name, exact: true });
export const checkbox = (page, name) => page.getByRole('checkbox', { name, exact: true });

// The staff PIN the tests choose at first-run setup (a new tablet has no PIN).
export const STAFF_PIN = '739154';

// First-run setup as staff do it: the PIN twice, then Save; the language grid follows (the
// first resident screen: the welcome comes after it, in the chosen language).
export async function completeSetup(page, en, pin = STAFF_PIN) {
  await page.getByLabel(en('setup-pin'), { exact: true }).fill(pin);
  await page.getByLabel(en('setup-pin-again'), { exact: true }).fill(pin);
  await button(page, en('setup-save')).click();
  await heading(page, en('language-title')).waitFor();
}

// Opens the kiosk at `url`; a new tablet first shows setup, which is completed with `pin`.
export async function openKiosk(page, url, en, pin = STAFF_PIN) {
  await page.goto(url);
  const setup = heading(page, en('setup-title'));
  await setup.or(heading(page, en('language-title'))).waitFor();
  if (await setup.isVisible()) await completeSetup(page, en, pin);
}

// Chooses a language by its written name, then Start on the welcome that follows in it.
export async function chooseAndStart(page, name, t) {
  await button(page, name).click();
  await heading(page, t('welcome-title')).waitFor();
  await button(page, t('welcome-start')).click();
}

// Records every item of the staff panel's recording list still missing in `tag`, each with
// the fake microphone (Chromium's --use-fake-device-for-media-stream); the panel is open.
// `choose: false` when the language is already chosen (e.g. by the coverage table's link).
// Returns how many were recorded.
export async function recordMissing(page, en, tag, { choose = true } = {}) {
  if (choose) await page.getByLabel(en('staff-language'), { exact: true }).selectOption(tag);
  await page.locator(`.recording-text[lang="${tag}"]`).waitFor();
  const items = page.getByLabel(en('staff-record-item'), { exact: true });
  const missing = `(${en('staff-audio-missing')})`;
  const left = () => items.locator('option', { hasText: missing }).count();
  let recorded = 0;
  for (let n = await left(); n > 0; n = await left()) {
    const value = await items.locator('option', { hasText: missing }).first().getAttribute('value');
    await items.selectOption(value);
    await button(page, en('staff-record')).click();
    await button(page, en('staff-record-stop')).waitFor();
    await page.waitForTimeout(900);
    await button(page, en('staff-record-stop')).click();
    await button(page, en('staff-record-keep')).click();
    await page.waitForFunction(([text, before]) => [...document.querySelectorAll('#recording-item option')]
      .filter((o) => o.textContent.includes(text)).length < before, [missing, n]);
    recorded += 1;
  }
  return recorded;
}

// Records in `window.__heardPlayed` every URL an audio element starts to play
// (HTMLMediaElement.play), from the page's first script on.
export async function watchPlayback(page) {
  await page.addInitScript(() => {
    window.__heardPlayed = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function patched(...args) {
      window.__heardPlayed.push(this.src || window.__heardAudioUrl || '');
      return play.apply(this, args);
    };
  });
}

// Waits until more than `count` plays were started; returns the new count.
export async function playedMore(page, count, timeout = 15_000) {
  await page.waitForFunction((n) => (window.__heardPlayed || []).length > n, count, { timeout });
  return page.evaluate(() => window.__heardPlayed.length);
}

// Holds the staff corner for 2 s, as staff do: the PIN prompt opens.
export async function pressStaffCorner(page, en) {
  const corner = button(page, en('staff-corner'));
  const box = await corner.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(2_300);
  await page.mouse.up();
  await page.getByLabel(en('pin-label'), { exact: true }).waitFor();
}

// Opens the kiosk's staff panel as staff do: a 2 s press on the corner, then the PIN.
// `en` looks up the English UI text (the staff prompts follow the device language).
export async function openStaffPanel(page, en, pin = STAFF_PIN) {
  await pressStaffCorner(page, en);
  await page.getByLabel(en('pin-label'), { exact: true }).fill(pin);
  await button(page, en('pin-submit')).click();
  await heading(page, en('staff-title')).waitFor();
}
