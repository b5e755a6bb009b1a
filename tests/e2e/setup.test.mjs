// Issue 15 in Chromium against a private `heard --serve` (HEARD_BIN), new database each test:
// a new tablet opens in first-run setup (no resident screen, no default PIN), weak PINs are
// refused in plain words, the PIN set opens the panel; wrong PINs lock the prompt for 5
// minutes, then 10 (the lock doubles); and a page from another origin cannot open the kiosk's
// websocket while the kiosk's own page can.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withBrowser, heading, button, completeSetup, pressStaffCorner, openStaffPanel, STAFF_PIN } from './browser.mjs';
import { readFtl } from './ftl.mjs';
import { query } from './db.mjs';
import { startKiosk } from './kiosk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const shots = path.join(repo, 'docs/screenshots');
const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const bin = process.env.HEARD_BIN;
if (!bin) throw new Error('HEARD_BIN is not set: run scripts/test-e2e-app');

async function withKiosk(name, run) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heard-e2e-${name}-`));
  const kiosk = startKiosk(bin, dir);
  try {
    const url = await kiosk.started;
    await run(url, kiosk);
  } finally {
    await kiosk.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const alert = (page) => page.getByRole('alert');

async function trySetup(page, pin, again = pin) {
  await page.getByLabel(en('setup-pin'), { exact: true }).fill(pin);
  await page.getByLabel(en('setup-pin-again'), { exact: true }).fill(again);
  await button(page, en('setup-save')).click();
}

async function tryPin(page, pin) {
  await page.getByLabel(en('pin-label'), { exact: true }).fill(pin);
  await button(page, en('pin-submit')).click();
}

// Fluent isolates every inserted value (FSI … PDI, issue 20): the numbers arrive wrapped.
const iso = (value) => `\u2068${value}\u2069`;

test('a new tablet opens in setup, refuses weak PINs, and the PIN chosen opens the panel', async () => {
  await withKiosk('setup', async (url, kiosk) => {
    await withBrowser(async (page) => {
      await page.goto(url);
      await heading(page, en('setup-title')).waitFor();
      assert.equal(await heading(page, en('language-title')).count(), 0, 'no resident screen before setup');
      assert.deepEqual(query(kiosk.db, "SELECT key FROM setting WHERE key = 'pin-hash'"), [], 'no PIN yet');

      for (const [pin, again, message] of [
        ['2580', '2580', 'pin-rule-digits'],
        ['123456', '123456', 'pin-rule-common'],
        ['234567', '234567', 'pin-rule-sequence'],
        ['121212', '121212', 'pin-rule-common'],
        ['454545', '454545', 'pin-rule-sequence'],
        ['482916', '482917', 'pin-mismatch'],
      ]) {
        await trySetup(page, pin, again);
        await alert(page).filter({ hasText: en(message) }).waitFor();
        await heading(page, en('setup-title')).waitFor();
      }
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'setup.png') });
      assert.deepEqual(query(kiosk.db, "SELECT key FROM setting WHERE key = 'pin-hash'"), [], 'nothing weak kept');

      // Holding the staff corner before setup opens no PIN prompt: setup stays.
      const corner = button(page, en('staff-corner'));
      const box = await corner.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.waitForTimeout(2_300);
      await page.mouse.up();
      await page.waitForTimeout(300);
      assert.equal(await page.getByLabel(en('pin-label'), { exact: true }).count(), 0);
      await heading(page, en('setup-title')).waitFor();

      await completeSetup(page, en);
      const [{ value }] = query(kiosk.db, "SELECT value FROM setting WHERE key = 'pin-hash'");
      assert.match(value, /^pbkdf2-sha256\$100000\$/);
      assert.ok(!value.includes(STAFF_PIN), 'stored hashed');
    });
    // Another browser (or a reload) finds the tablet set up: the language grid, no setup.
    await withBrowser(async (page) => {
      await page.goto(url);
      await heading(page, en('language-title')).waitFor();
      assert.equal(await heading(page, en('setup-title')).count(), 0);
      await openStaffPanel(page, en);
    });
  });
});

test('wrong PINs lock the prompt for 5 minutes, then 10, even for the right PIN', async () => {
  await withKiosk('lockout', async (url, kiosk) => {
    await withBrowser(async (page) => {
      await page.goto(url);
      await heading(page, en('setup-title')).waitFor();
      await completeSetup(page, en);
      await pressStaffCorner(page, en);
      // The PIN field has the focus: staff type at once (issue 18).
      const field = page.getByLabel(en('pin-label'), { exact: true });
      await page.waitForFunction(() => document.activeElement?.id === 'pin');
      assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'the PIN field is focused');
      for (const left of [4, 3, 2]) {
        await tryPin(page, '000000');
        await alert(page).filter({ hasText: `Wrong PIN. ${iso(left)} tries left.` }).waitFor();
      }
      await tryPin(page, '000000');
      await alert(page).filter({ hasText: `Wrong PIN. ${iso(1)} try left.` }).waitFor();
      await tryPin(page, '000000');
      await alert(page).filter({ hasText: `Too many wrong tries. Try again in ${iso(5)} minutes.` }).waitFor();
      await tryPin(page, STAFF_PIN);
      await alert(page).filter({ hasText: /Too many wrong tries\. Try again in \u2068[45]\u2069 minutes?\./ }).waitFor();
      assert.equal(await heading(page, en('staff-title')).count(), 0, 'the right PIN does not open a locked prompt');
      await page.screenshot({ path: path.join(shots, 'pin-locked.png') });

      // Five minutes pass (the lock's end moved into the past in the tablet's store).
      execFileSync('sqlite3', [kiosk.db, "UPDATE setting SET value = '0' WHERE key = 'pin-locked-until'"]);
      for (let i = 0; i < 4; i += 1) await tryPin(page, '000000');
      await alert(page).filter({ hasText: `Wrong PIN. ${iso(1)} try left.` }).waitFor();
      await tryPin(page, '000000');
      await alert(page).filter({ hasText: `Too many wrong tries. Try again in ${iso(10)} minutes.` }).waitFor();
    });
  });
});

test('a page from another origin cannot open the kiosk websocket; the kiosk page can', async () => {
  await withKiosk('origin', async (url) => {
    const ws = `${url.replace('http://', 'ws://')}ws`;
    // The attacker's page, served from another port (another origin) on the same machine.
    const attacker = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><title>elsewhere</title>');
    });
    await new Promise((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const elsewhere = `http://127.0.0.1:${attacker.address().port}/`;
    const tryOpen = (target) => new Promise((resolve) => {
      const socket = new WebSocket(target);
      socket.onopen = () => { socket.close(); resolve('open'); };
      socket.onerror = () => resolve('refused');
    });
    try {
      await withBrowser(async (page) => {
        await page.goto(elsewhere);
        assert.equal(await page.evaluate(tryOpen, ws), 'refused', 'another origin is refused');
        await page.goto(url);
        await heading(page, en('setup-title')).waitFor();
        assert.equal(await page.evaluate(tryOpen, ws), 'open', 'the kiosk page itself connects');
      });
    } finally {
      attacker.close();
    }
  });
});
