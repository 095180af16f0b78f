// A core in a worker thread (see threaded-core.ts): the writer runs the whole core; the reader
// only queries, on a read-only connection to the plan the writer holds.
import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../dispatch';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

const init = workerData as WorkerInit;
const port = parentPort!;
const cancel = new Int32Array(init.cancel);
const post = (message: FromWorker) => port.postMessage(message);
let current = 0;

const core = createCore({
  userDataDir: init.userDataDir,
  documentsDir: init.documentsDir,
  ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}),
  emit: (event) => post({ type: 'event', event }),
  log: (message, error) => post({ type: 'log', message, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  // A long command (an import's write) asks between chunks; the host sets the id it cancels.
  cancelled: () => current !== 0 && Atomics.load(cancel, 0) === current,
});

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    core.close();
    core.context.attachReadOnly(null);
    // With nothing left listening, the thread ends on its own once its last messages are out.
    port.removeAllListeners('message');
    port.unref();
    return;
  }
  if (message.type === 'changed') {
    core.context.tablesChanged(message.tables);
    return;
  }
  if (message.type === 'attach') {
    try {
      core.context.attachReadOnly(message.path);
      post({ type: 'reply', id: message.id, reply: { ok: true, value: null } });
    } catch (e) {
      post({ type: 'log', message: `reader could not open ${message.path}`, error: String(e) });
      post({ type: 'reply', id: message.id, reply: { ok: false, error: { kind: 'internal', ref: 'reader' } } });
    }
    return;
  }
  const { id, channel, input, meta } = message;
  // A command runs synchronously inside dispatch(), so while it runs `current` names it; async
  // calls (reading an import) are cancelled through their own import.cancel instead.
  current = id;
  const pending = core.dispatch(channel, input, meta);
  current = 0;
  void pending.then((reply) => post({ type: 'reply', id, reply }));
});
