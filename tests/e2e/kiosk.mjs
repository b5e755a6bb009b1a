// Starts a private `heard --serve` for one test: its own database in `dir`, extra arguments
// (e.g. `--surveys DIR --locales DIR`), on a free port. `bin` is the binary the e2e script built
// (HEARD_BIN). Resolves once the kiosk prints its URL; rejects with its log if it exits first.
import { spawn } from 'node:child_process';
import path from 'node:path';

const URL_LINE = /http:\/\/127\.0\.0\.1:\d+\//;

export function startKiosk(bin, dir, args = []) {
  const db = path.join(dir, 'heard.sqlite3');
  const child = spawn(bin, ['--serve', '127.0.0.1:0', '--db', db, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`heard --serve did not start in 30 s:\n${log}`)), 30_000);
    const read = (chunk) => {
      log += chunk;
      const url = log.match(URL_LINE);
      if (url) {
        clearTimeout(timer);
        resolve(url[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`heard --serve exited (${code ?? signal}):\n${log}`));
    });
  });
  started.catch(() => {}); // a caller waiting for the exit instead is not an unhandled rejection
  return {
    db,
    started,
    exited,
    log: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
