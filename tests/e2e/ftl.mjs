// Reads simple Fluent messages (`id = text`, `    .attr = text`) so the test can look for the
// exact words a resident sees, from the same files the app embeds. Multi-line selectors are
// skipped (the test does not need them).
import fs from 'node:fs';

export function readFtl(path) {
  const messages = new Map();
  let current = null;
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const message = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
    const attribute = line.match(/^\s+\.([a-z][a-z0-9-]*) = (.+)$/);
    if (message) {
      current = message[1];
      messages.set(current, message[2].trim());
    } else if (attribute && current) {
      messages.set(`${current}.${attribute[1]}`, attribute[2].trim());
    } else if (!line.startsWith(' ')) {
      current = null;
    }
  }
  return (id) => {
    if (!messages.has(id)) throw new Error(`${path}: no message ${id}`);
    return messages.get(id);
  };
}
