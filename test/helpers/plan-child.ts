// Another process with its own core (a second app, or a colleague's on a shared drive): runs the
// calls given as JSON, prints each reply as one JSON line, then either closes its plan and ends,
// or (with "hold") keeps the plan open, printing "holding", until its stdin closes.
import fs from 'node:fs';
import { createCore } from '../../electron/core/dispatch';

const [userData, callsJson, hold] = process.argv.slice(2) as [string, string, string | undefined];
const core = createCore({ userDataDir: userData, documentsDir: userData, log: () => {} });
for (const [channel, input] of JSON.parse(callsJson) as [string, unknown][]) {
  fs.writeSync(1, `${JSON.stringify(await core.dispatch(channel, input))}\n`);
}
if (hold === 'hold') {
  fs.writeSync(1, 'holding\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    core.close();
    process.exit(0);
  });
} else {
  core.close();
}
