// `npm run serve`: the whole app in a normal browser, no Electron binary needed.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'user-data': { type: 'string', default: path.join(os.homedir(), '.config', 's3-planner', 'browser-host') },
    documents: { type: 'string', default: path.join(os.homedir(), 'Documents') },
    renderer: { type: 'string', default: path.join(import.meta.dirname, '..', 'renderer') },
  },
});

const host = await startBrowserHost({
  port: Number(values.port),
  userDataDir: values['user-data'],
  documentsDir: values.documents,
  rendererDir: values.renderer,
  workerPath: path.join(import.meta.dirname, 'core-worker.js'),
});
console.log(`S3 Planner is running. Open this address in Chromium or another browser:\n\n  ${host.url}\n`);
console.log('Plans are files on this machine; Open and Save As take paths here. Ctrl+C stops.');
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
