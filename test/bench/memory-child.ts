// A fresh process standing in for Electron's main process: the core with a plan open, after
// the Dashboard and the stakeholder list have been served once. Prints its resident memory.
import os from 'node:os';
import { createCore } from '../../electron/core/dispatch';

const file = process.argv[2]!;
const before = process.memoryUsage().rss;
const core = createCore({ userDataDir: os.tmpdir(), documentsDir: os.tmpdir(), log: () => {} });
const opened = await core.dispatch('plan.open', { path: file });
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
await core.dispatch('dashboard.get', { filters: {} });
await core.dispatch('stakeholder.list', {});
globalThis.gc?.();
process.stdout.write(JSON.stringify({ before, after: process.memoryUsage().rss }));
core.close();
