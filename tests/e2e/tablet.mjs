// A tablet for the web build's test: Debian's Chromium started by hand on a profile folder that
// outlives it (so the test can kill it with SIGKILL and start a new one on the same profile),
// driven over CDP by playwright-core; and the tablet's database read from that profile's files.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--touch-events=enabled'];

export async function startTablet(profile) {
  const child = spawn('/usr/bin/chromium', [...FLAGS, `--user-data-dir=${profile}`,
    '--remote-debugging-port=0', '--window-size=1280,800', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const ws = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${log}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`chromium exited ${code}:\n${log}`)); });
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  page.setDefaultTimeout(15_000);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    browser, context, page,
    // The whole browser process, as when a tablet's battery dies or the OS kills it.
    async kill() { child.kill('SIGKILL'); await exited; },
    async close() { await browser.close().catch(() => {}); child.kill('SIGTERM'); await exited; },
  };
}

// Every file of the profile's origin private file system (OPFS): Chromium keeps it as plain
// files under "File System" (the HTTP and service-worker caches, which hold the app's own wasm
// with every survey's words, are elsewhere).
export function opfsFiles(profile) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(p);
    }
  };
  walk(path.join(profile, 'Default', 'File System'));
  return out;
}

// The tablet's database: the OPFS pool file whose header names it (sqlite-wasm-vfs' sahpool
// keeps a 4096-byte header with the file's name before the SQLite bytes). Written to a temporary
// file for the sqlite3 tool; null when there is none.
export function exportTabletDb(profile, name = 'heard.sqlite3') {
  const header = Buffer.from(`${name}\0`);
  for (const file of opfsFiles(profile)) {
    const bytes = fs.readFileSync(file);
    if (bytes.length > 4096 && bytes.subarray(0, header.length).equals(header)) {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heard-opfs-')), name);
      fs.writeFileSync(out, bytes.subarray(4096));
      return out;
    }
  }
  return null;
}

// Changes the tablet's database in place while the browser is closed, as an older build of the
// app would have left it: `change(file)` edits an exported copy (with the sqlite3 tool), which
// then goes back into the same OPFS pool file behind the same 4096-byte header.
export function rewriteTabletDb(profile, change, name = 'heard.sqlite3') {
  const header = Buffer.from(`${name}\0`);
  for (const file of opfsFiles(profile)) {
    const bytes = fs.readFileSync(file);
    if (bytes.length > 4096 && bytes.subarray(0, header.length).equals(header)) {
      const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heard-opfs-')), name);
      fs.writeFileSync(copy, bytes.subarray(4096));
      change(copy);
      fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 4096), fs.readFileSync(copy)]));
      return;
    }
  }
  throw new Error(`no OPFS file holds ${name}`);
}

// Removes a profile once Chromium's last helper processes have let go of it (they may still
// write for a moment after the browser exits); a leftover temporary folder is not a failure.
export async function removeProfile(profile) {
  for (let i = 0; i < 25; i++) {
    try {
      fs.rmSync(profile, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  console.warn(`could not remove ${profile}`);
}
