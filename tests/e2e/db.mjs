// Looks into the app's SQLite file from outside, read-only, with the sqlite3 command-line tool.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function query(dbPath, sql) {
  const out = execFileSync('sqlite3', ['-readonly', '-json', dbPath, sql], { encoding: 'utf8' });
  return out.trim() === '' ? [] : JSON.parse(out);
}

// Every byte the database keeps on disk: the main file and its write-ahead log.
export function rawBytes(dbPath) {
  const parts = [dbPath, `${dbPath}-wal`].filter((p) => fs.existsSync(p)).map((p) => fs.readFileSync(p));
  return Buffer.concat(parts);
}
