// A process that writes to a plan through the real core until it is killed. It prints
// "ack <name>" only after the core has replied ok, i.e. after the commit returned.
import fs from 'node:fs';
import { createCore } from '../../electron/core/dispatch';

const [planPath, userData] = process.argv.slice(2) as [string, string];
const core = createCore({ userDataDir: userData, documentsDir: userData, log: () => {} });
const opened = await core.dispatch('plan.open', { path: planPath });
if (!opened.ok) {
  fs.writeSync(2, JSON.stringify(opened.error));
  process.exit(2);
}
fs.writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  const name = `${process.pid}-${i}`;
  const reply = await core.dispatch('sector.create', { name, description: 'x'.repeat(i % 5000) });
  if (!reply.ok) {
    fs.writeSync(2, JSON.stringify(reply.error));
    process.exit(3);
  }
  fs.writeSync(1, `ack ${name}\n`);
}
