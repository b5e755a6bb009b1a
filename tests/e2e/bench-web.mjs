// scripts/bench-web: the web build's figures, on this machine, in Chromium against the web app
// served by the sync server on 127.0.0.1 (HEARD_URL). Prints one line per figure with its goal;
// exits non-zero when a goal is missed (unless HEARD_BENCH_REPORT_ONLY=1).
//  1. answer → durable commit inside the store worker vs a plain SQLite insert + commit through
//     the same OPFS VFS in the same worker, alternately (median ratio, goal ≤ 1.3);
//  2. tap → next screen in the page (median);
//  3. transferred size of the app (compressed wasm + JS + CSS, no audio or fonts), goal ≤ 3 MB;
//  4. navigation → welcome screen from the service worker's cache, no network, goal ≤ 1.5 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { heading, button, completeSetup } from './browser.mjs';
import { readFtl } from './ftl.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const { HEARD_URL: url, HEARD_WEB_APP: webApp } = process.env;
const quick = process.argv.includes('--quick');
const rounds = quick ? 30 : 200;
const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const misses = [];
const report = (name, value, unit, goal, ok) => {
  console.log(`${name}: ${value.toFixed(unit === 'MB' ? 2 : 1)} ${unit} (goal ${goal})${ok ? '' : '  MISSED'}`);
  if (!ok) misses.push(name);
};

// 3. Transferred size: what a tablet downloads for the app itself, compressed (gzip -9 as a
// server or proxy would send it; the service worker then keeps it).
let bytes = 0;
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!['audio', 'fonts', 'icons'].includes(e.name)) walk(p); }
    else if (/\.(wasm|js|css|html|webmanifest)$/.test(e.name)) bytes += zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length;
  }
};
walk(webApp);
report('app transferred size (gzip)', bytes / 1e6, 'MB', '≤ 3 MB', bytes <= 3e6);

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-bench-web-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, hasTouch: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await heading(page, en('setup-title')).or(heading(page, en('language-title'))).waitFor();
  if (await heading(page, en('setup-title')).isVisible()) await completeSetup(page, en);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // 1. In the store worker.
  const result = await page.evaluate((n) => new Promise((resolve) => {
    const channel = new BroadcastChannel('heard-bench');
    channel.onmessage = (e) => { if (e.data.answer_ms || e.data.error) { channel.close(); resolve(e.data); } };
    channel.postMessage({ rounds: n });
  }), rounds);
  if (result.error) throw new Error(`bench in the store worker: ${result.error}`);
  const answer = median(result.answer_ms);
  const plain = median(result.plain_ms);
  console.log(`answer → durable commit (worker): median ${answer.toFixed(2)} ms; plain insert + commit: median ${plain.toFixed(2)} ms; ${rounds} rounds each`);
  report('answer commit / plain commit (medians)', answer / plain, '×', '≤ 1.3×', answer / plain <= 1.3);

  // 2. Tap → next screen in the page: a language on the grid, then its welcome screen.
  const taps = [];
  for (let i = 0; i < (quick ? 5 : 20); i++) {
    const t0 = Date.now();
    await button(page, 'English').click();
    await heading(page, en('language-title')).waitFor({ state: 'detached' });
    taps.push(Date.now() - t0);
    await page.reload();
    await heading(page, en('language-title')).waitFor();
  }
  console.log(`tap → next screen: median ${median(taps).toFixed(0)} ms (${taps.length} taps)`);

  // 4. Navigation → welcome screen from the cache, offline.
  await context.setOffline(true);
  const loads = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const t0 = Date.now();
    await page.goto(url);
    await heading(page, en('language-title')).waitFor();
    loads.push(Date.now() - t0);
  }
  const load = median(loads) / 1000;
  report('navigation → welcome screen, offline (median)', load, 's', '≤ 1.5 s', load <= 1.5);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
if (misses.length && process.argv.includes('--strict')) {
  console.error(`goals missed: ${misses.join(', ')}`);
  process.exit(1);
}
