// End-to-end test of the offline web build (issue 14): the web app built by scripts/build-web,
// served at /app/ by the real sync server on 127.0.0.1 (a secure context for Chromium), on a
// tablet-sized Chromium whose profile outlives it. Started by scripts/test-e2e-web, which passes
// HEARD_SYNC_SERVER (the binary), HEARD_WEB_APP (the built app), HEARD_SERVER_DIR (database and
// secret, facility and survey set up), HEARD_CODE (an enrolment code) and HEARD_PORT.
// The steps follow issue 14's list; step 7 is the database the browser deleted.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heading, button, radio, checkbox, completeSetup, openStaffPanel } from './browser.mjs';
import { readFtl } from './ftl.mjs';
import { query } from './db.mjs';
import { startTablet, exportTabletDb, rewriteTabletDb, opfsFiles, removeProfile } from './tablet.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const { HEARD_SYNC_SERVER: serverBin, HEARD_WEB_APP: webApp, HEARD_SERVER_DIR: serverDir,
  HEARD_CODE: code, HEARD_PORT: port } = process.env;
assert.ok(serverBin && webApp && serverDir && code && port, 'run scripts/test-e2e-web');
const origin = `http://127.0.0.1:${port}`;
const appUrl = `${origin}/app/`;
const serverDb = path.join(serverDir, 'server.sqlite3');

const en = readFtl(path.join(repo, 'locales/en/app.ftl'));
const ar = readFtl(path.join(repo, 'locales/ar/app.ftl'));
const survey = readFtl(path.join(repo, 'locales/ar/surveys/be-fedasil.ftl'));
const checked = (page, locator) => locator.and(page.locator('[aria-checked="true"]')).waitFor();

function startServer() {
  const child = spawn(serverBin, ['serve', '--listen', `127.0.0.1:${port}`, '--web-app', webApp], {
    env: { ...process.env, DATABASE_URL: serverDb, HEARD_SECRET_FILE: path.join(serverDir, 'server.secret') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sync server did not start:\n${log}`)), 30_000);
    const read = (chunk) => { log += chunk; if (log.includes('listening on')) { clearTimeout(timer); resolve(); } };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((c) => { clearTimeout(timer); reject(new Error(`sync server exited ${c}:\n${log}`)); });
  });
  started.catch(() => {});
  return { started, async stop() { child.kill('SIGTERM'); await exited; } };
}

async function answer(page, id, act) {
  await heading(page, survey(id)).waitFor();
  await act();
  await button(page, ar('nav-next')).click();
}

// Language first (the grid is the resting screen), then the welcome and Start in Arabic.
async function startInArabic(page) {
  await button(page, 'العربية').click();
  await heading(page, ar('welcome-title')).waitFor();
  await button(page, ar('welcome-start')).click();
  await heading(page, ar('anonymity-title')).waitFor();
  await button(page, ar('anonymity-continue')).click();
}

// At least `n` Arabic recordings were fetched (all from the service worker's cache, offline).
async function expectSpoken(page, spoken, n) {
  const deadline = Date.now() + 10_000;
  while (spoken.length < n && Date.now() < deadline) await page.waitForTimeout(100);
  assert.ok(spoken.length >= n, `expected ${n} recordings played, got ${spoken.length}`);
}

// The app is on screen: setup (a new tablet) or the welcome screen.
async function appOpen(page) {
  await heading(page, en('setup-title')).or(heading(page, en('language-title'))).waitFor();
}

const tabletRows = (profile, sql) => {
  const file = exportTabletDb(profile);
  assert.ok(file, 'the tablet database is in the profile\'s OPFS files');
  return query(file, sql);
};

test('the web build works offline, survives a killed browser and syncs once back online', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-web-'));
  let server = startServer();
  await server.started;
  let tablet = await startTablet(profile);
  try {
    // 1. First start online: setup, enrolment with a printed code; the sync downloads the
    // assigned survey (and its media) into the tablet's database.
    let { page } = tablet;
    await page.goto(appUrl);
    await appOpen(page);
    await completeSetup(page, en);
    await openStaffPanel(page, en);
    const address = page.getByLabel(en('sync-server-url'), { exact: true });
    assert.equal(await address.inputValue(), origin, 'the enrolment screen proposes the page\'s origin');
    await page.getByLabel(en('sync-code'), { exact: true }).fill(code);
    await button(page, en('sync-enrol')).click();
    await page.getByText(en('sync-enrol-ok'), { exact: true }).waitFor({ timeout: 30_000 });
    await button(page, en('sync-now')).click();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // The built-in Arabic recordings are stored by the service worker, every one of them.
    const arabic = fs.readdirSync(path.join(webApp, 'audio', 'ar')).length;
    const cachedArabic = await page.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const name = (await caches.keys()).find((k) => k.startsWith('heard-'));
        if (name) {
          const keys = await (await caches.open(name)).keys();
          const n = keys.filter((r) => r.url.includes('/audio/ar/')).length;
          if (n > 0) return n;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return 0;
    });
    assert.ok(arabic > 0);
    assert.equal(cachedArabic, arabic, 'every Arabic recording is in the service worker\'s cache');
    // Give the sync its round trip (downloads are committed by the store worker).
    await page.waitForTimeout(3_000);
    await button(page, en('staff-start')).click();
    await heading(page, en('language-title')).waitFor();

    // 2. The server stops and the network goes away; the app reloads from the service worker.
    await server.stop();
    await tablet.context.setOffline(true);
    await page.reload();
    await heading(page, en('language-title')).waitFor();
    // The resident chooses Arabic by ear: from that tap on, every screen speaks, with the
    // recordings coming from the service worker's cache (no network).
    const spoken = [];
    page.on('response', (r) => { if (r.url().includes('/audio/ar/')) spoken.push(r.status()); });
    await button(page, `العربية: ${ar('listen')}`).click();
    await heading(page, ar('welcome-title')).waitFor();
    await expectSpoken(page, spoken, 1);
    await button(page, ar('welcome-start')).click();
    await heading(page, ar('anonymity-title')).waitFor();
    await button(page, ar('anonymity-continue')).click();
    await answer(page, 'room-satisfied', async () => {
      await expectSpoken(page, spoken, 2);
      // A survey is open: the screen is kept on.
      await page.waitForFunction(() => window.heardWeb.screenLock === 'held', null, { timeout: 5_000 });
      await radio(page, ar('choice-yes')).click();
    });
    await answer(page, 'sanitary-satisfied', () => radio(page, ar('choice-yes')).click());
    for (const id of ['food-satisfied', 'supervision-satisfied', 'safety-satisfied', 'well-being-satisfied']) {
      await answer(page, id, () => radio(page, ar('choice-yes')).click());
    }
    await answer(page, 'overall-rating', () => radio(page, '8 من 10').click());
    await answer(page, 'comment', async () => {}); // a listener is not asked to write
    await answer(page, 'age', () => radio(page, ar('choice-age-25-34')).click());
    await answer(page, 'sex', () => radio(page, ar('choice-female')).click());
    await answer(page, 'nationality', () => radio(page, ar('country-sy')).click());
    await answer(page, 'stay', () => radio(page, ar('choice-months-6-12')).click());
    await heading(page, ar('review-title')).waitFor();
    // Recordings repeated on later screens (yes, no) come from the media cache, unseen here.
    assert.ok(spoken.length >= 5, `the screens were read aloud (${spoken.length} recordings)`);
    assert.ok(spoken.every((status) => status === 200), `every recording came from the cache: ${spoken}`);
    await button(page, ar('review-send')).click();
    await heading(page, ar('thanks-title')).waitFor();
    await heading(page, en('language-title')).waitFor({ timeout: 20_000 });
    // Back at the welcome screen the screen may dim again.
    await page.waitForFunction(() => window.heardWeb.screenLock === 'released', null, { timeout: 5_000 });

    // 3. A second resident answers three questions; the browser is killed mid-survey.
    await startInArabic(page);
    await answer(page, 'room-satisfied', () => radio(page, ar('choice-no')).click());
    await answer(page, 'room-reasons', async () => {
      await checkbox(page, survey('room-reasons.choice-crowded')).click();
      await checked(page, checkbox(page, survey('room-reasons.choice-crowded')));
    });
    await answer(page, 'sanitary-satisfied', () => radio(page, ar('choice-no')).click());
    await heading(page, survey('sanitary-reasons')).waitFor();
    await tablet.kill();

    tablet = await startTablet(profile);
    page = tablet.page;
    await tablet.context.setOffline(true);
    await page.goto(appUrl);
    await heading(page, en('language-title')).waitFor();

    // 4. A third resident writes a comment, then stops and deletes their answers. (Choice ids
    // are in the stored survey itself; the comment is theirs alone.)
    const MARKER = 'zebra-lantern-4417';
    const opfsHolds = (needle) => opfsFiles(profile).some((f) => fs.readFileSync(f).includes(Buffer.from(needle)));
    await startInArabic(page);
    for (const id of ['room-satisfied', 'sanitary-satisfied', 'food-satisfied', 'supervision-satisfied',
      'safety-satisfied', 'well-being-satisfied']) {
      await answer(page, id, () => radio(page, ar('choice-yes')).click());
    }
    await answer(page, 'overall-rating', () => radio(page, '3 من 10').click());
    await answer(page, 'comment', () => page.getByLabel(ar('text-label'), { exact: true }).fill(MARKER));
    await heading(page, survey('age')).waitFor();
    assert.ok(opfsHolds(MARKER), 'the comment is in the OPFS files while the survey is open');
    await button(page, ar('stop')).click();
    await page.getByRole('dialog', { name: ar('stop-title') }).waitFor();
    await button(page, ar('stop-discard')).click();
    await heading(page, en('language-title')).waitFor();

    // 5. A second tab never opens the database and says why.
    const second = await tablet.context.newPage();
    await second.goto(appUrl);
    await second.getByRole('heading', { name: 'Heard is already open' }).waitFor();
    await second.close();
    await tablet.close();

    const rows = tabletRows(profile, 'SELECT state, body FROM response ORDER BY state');
    assert.deepEqual(rows.map((r) => r.state), ['abandoned', 'complete']);
    const abandoned = JSON.parse(rows[0].body);
    assert.deepEqual(Object.keys(abandoned.answers).sort(), ['room-reasons', 'room-satisfied', 'sanitary-satisfied']);
    assert.equal(abandoned.status, 'abandoned');
    const surveys = tabletRows(profile, 'SELECT id FROM downloaded_survey');
    assert.deepEqual(surveys.map((s) => s.id), ['be-fedasil'], 'the assigned survey is stored');
    assert.ok(!opfsHolds(MARKER), 'the deleted comment must not remain in any OPFS file');

    // 5c. A newer build opens a database an older one left (what a redeployed build meets):
    // the latest migration is undone in the OPFS file, and the next start must migrate it
    // again, keeping every response (checked after the sync, in 6).
    const latest = tabletRows(profile, 'PRAGMA user_version')[0].user_version;
    assert.equal(latest, 7, 'this step undoes migration 7 (app/store/schema.rs): update it with a new migration');
    rewriteTabletDb(profile, (file) => execFileSync('sqlite3', [file,
      'ALTER TABLE response DROP COLUMN server; ALTER TABLE response DROP COLUMN bound_facility; '
      + 'ALTER TABLE set_aside DROP COLUMN day; PRAGMA user_version = 6;']));
    assert.equal(tabletRows(profile, 'PRAGMA user_version')[0].user_version, 6);
    assert.equal(tabletRows(profile, 'SELECT count(*) AS n FROM response')[0].n, 2);

    // 6. Back online: Sync now sends the two finished responses, once each.
    server = startServer();
    await server.started;
    tablet = await startTablet(profile);
    page = tablet.page;
    await page.goto(appUrl);
    await heading(page, en('language-title')).waitFor();
    await openStaffPanel(page, en);
    await button(page, en('sync-now')).click();
    const deadline = Date.now() + 30_000;
    let sent = [];
    while (Date.now() < deadline) {
      sent = query(serverDb, 'SELECT hex(id) AS id FROM responses');
      if (sent.length >= 2) break;
      await page.waitForTimeout(500);
    }
    await button(page, en('sync-now')).click();
    await page.waitForTimeout(2_000);
    sent = query(serverDb, 'SELECT hex(id) AS id FROM responses');
    assert.equal(sent.length, 2, 'the complete and the abandoned response, once each');
    assert.equal(new Set(sent.map((r) => r.id)).size, 2);

    // 5b. A new build is deployed while a resident is mid-survey: it waits, and takes over
    // only once the welcome screen is back with nothing in progress.
    await button(page, en('staff-start')).click();
    await heading(page, en('language-title')).waitFor();
    const oldCache = (await page.evaluate(() => caches.keys())).find((k) => k.startsWith('heard-'));
    await startInArabic(page);
    await heading(page, survey('room-satisfied')).waitFor();
    const sw = path.join(webApp, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const BUILD = '([^']*)'/, "const BUILD = '$1-redeployed'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null,
      null, { timeout: 30_000, polling: 250 });
    await page.waitForTimeout(2_500); // the page checks every second: it must not take over now
    await heading(page, survey('room-satisfied')).waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.length > 0), true);
    await button(page, ar('stop')).click();
    await page.getByRole('dialog', { name: ar('stop-title') }).waitFor();
    await button(page, ar('stop-discard')).click();
    await heading(page, en('language-title')).waitFor();
    await page.waitForFunction(async (old) => !(await caches.keys()).includes(old), oldCache,
      { timeout: 30_000, polling: 250 });
    await heading(page, en('language-title')).waitFor();
    const names = await page.evaluate(() => caches.keys());
    assert.ok(names.some((k) => k.endsWith('-redeployed')), `the new build took over: ${names}`);

    // 7. The browser deletes the database (storage cleared or evicted): the tablet opens at
    // setup and tells staff what happened and what to do.
    await tablet.close();
    // (5c's database was migrated back to the latest schema by the app's start.)
    assert.equal(tabletRows(profile, 'PRAGMA user_version')[0].user_version, latest);
    const columns = tabletRows(profile, 'SELECT name FROM pragma_table_info(\'response\')').map((c) => c.name);
    assert.ok(columns.includes('server') && columns.includes('bound_facility'), `migrated: ${columns}`);
    fs.rmSync(path.join(profile, 'Default', 'File System'), { recursive: true, force: true });
    tablet = await startTablet(profile);
    page = tablet.page;
    await page.goto(appUrl);
    await heading(page, en('setup-title')).waitFor();
    await page.getByRole('alert').filter({ hasText: en('setup-storage-lost') }).waitFor();
  } catch (e) {
    // What the tablet showed when it failed, for whoever reads the log.
    const shot = path.join(os.tmpdir(), 'heard-web-failure.png');
    await tablet.page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    const text = await tablet.page.locator('body').innerText().catch(() => '');
    console.error(`screen at the failure (${shot}):\n${text.slice(0, 2000)}`);
    throw e;
  } finally {
    await tablet.close().catch(() => {});
    await server.stop().catch(() => {});
    await removeProfile(profile);
  }
});

// A tablet opening the app over plain http:// from another machine gets no service worker, no
// OPFS and no persistent storage: the page says so in plain words and never starts the app.
test('over plain http from another machine the app says it needs a secure connection', async (t) => {
  const address = Object.values(os.networkInterfaces()).flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  if (!address) {
    t.skip('no non-loopback address on this machine');
    return;
  }
  const http = await import('node:http');
  // The built files as any static server would send them (the page's check is the browser's).
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(webApp, path.normalize(rel));
    if (!file.startsWith(webApp) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : 'text/html';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, address, resolve));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-web-insecure-'));
  const tablet = await startTablet(profile);
  try {
    const { page } = tablet;
    await page.goto(`http://${address}:${server.address().port}/`);
    await page.getByRole('heading', { name: 'Heard needs a secure connection' }).waitFor();
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await heading(page, en('setup-title')).count(), 0, 'the app did not start');
  } finally {
    await tablet.close();
    server.close();
    await removeProfile(profile);
  }
});
