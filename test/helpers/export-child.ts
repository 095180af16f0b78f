// A process that exports a chart's table through the real core to each path given, and prints
// one JSON line per path: the reply, and the files left in the path's folder. The trust suite
// runs it where the kernel gives real errors: in a user namespace without privileges (a folder
// it may not write to) or with a full or read-only disk mounted (rule-messages.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/dispatch';

const targets = process.argv.slice(2);
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 's3-export-child-'));
const core = createCore({ userDataDir: userData, documentsDir: userData, log: () => {} });
// About 400 KB of text: more than the full disk holds.
const rows = Array.from({ length: 4000 }, (_, i) => [`Rivi ${i} ${'x'.repeat(80)}`, i]);
for (const target of targets) {
  const reply = await core.dispatch('export.table', { path: target, format: 'csv', language: 'fi', title: 'Data', headers: ['Nimi', 'Arvo'], rows });
  fs.writeSync(1, `${JSON.stringify({ target, reply, left: fs.readdirSync(path.dirname(target)) })}\n`);
}
core.close();
fs.rmSync(userData, { recursive: true, force: true });
