import { Worker } from 'node:worker_threads';
import { channels, isChannelName, type ChannelName } from '../../../shared/contract/channels';
import { AppFailure, type AppError, type Reply } from '../../../shared/contract/errors';
import type { CallMeta, Core, CreateCoreOptions } from '../dispatch';
import { toIssues } from '../dispatch';
import type { Handler } from '../handlers/types';
import type { FromWorker, Role, ToWorker, WorkerInit } from './protocol';

/**
 * The core off the host's thread. The host (Electron's main process, the browser host's HTTP
 * server) only relays: a writer worker runs every command, session and history call in order;
 * a reader worker answers queries of the plan's rows on its own read-only connection, so a
 * screen gets its data while a long command (a 50,000-row import) writes. A long command can be
 * cancelled before it commits (import.cancel reaches it through shared memory, since its thread
 * is busy). Host handlers (native dialogs) run here, on the host's thread.
 */
export interface ThreadedCoreOptions extends Omit<CreateCoreOptions, 'checkReplies' | 'cancelled'> {
  /** The bundled worker entry (electron/core/worker/entry.ts). */
  workerPath: string;
}

export interface ThreadedCore extends Omit<Core, 'context' | 'close'> {
  /** Closes the plan and ends both threads. */
  close(): Promise<void>;
  /** Settles when no call is waiting for a thread (tests use it instead of guessing a delay). */
  idle(): Promise<void>;
}

/** Queries that depend on the writer's session, not only on the plan's rows. */
const writerQueries = new Set<string>(['plan.current']);

const goesToReader = (name: string): boolean => {
  if (!isChannelName(name) || writerQueries.has(name)) return false;
  const ch = channels[name];
  return ch.kind === 'query' && ch.reads !== undefined;
};

const internal = (ref: string): Reply<unknown> => ({ ok: false, error: { kind: 'internal', ref } satisfies AppError });

export function createThreadedCore(options: ThreadedCoreOptions): ThreadedCore {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancel = new Int32Array(cancelBuffer);
  let nextId = 1;
  let closed = false;
  let closing: Promise<void> | null = null;
  const inflight = new Set<Promise<unknown>>();

  interface Pending {
    channel: string;
    input: unknown;
    resolve: (reply: Reply<unknown>) => void;
  }

  function spawn(role: Role) {
    const init: WorkerInit = {
      role,
      userDataDir: options.userDataDir,
      documentsDir: options.documentsDir,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      cancel: cancelBuffer,
    };
    const worker = new Worker(options.workerPath, { workerData: init, name: `s3-core-${role}` });
    const pending = new Map<number, Pending>();
    const send = (message: Extract<ToWorker, { id: number }>, channel: string, input: unknown) => {
      const sent = new Promise<Reply<unknown>>((resolve) => {
        if (closed) return resolve(internal('closed'));
        pending.set(message.id, { channel, input, resolve });
        worker.postMessage(message);
      });
      inflight.add(sent);
      void sent.finally(() => inflight.delete(sent));
      return sent;
    };
    const failAll = (why: string) => {
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(internal(why));
      }
    };
    worker.on('error', (e) => {
      log(`core ${role} thread failed`, e);
      failAll(`${role}-failed`);
    });
    worker.on('exit', (code) => {
      if (!closed) log(`core ${role} thread exited (${code})`);
      failAll(`${role}-exited`);
    });
    return { worker, pending, send };
  }

  const writer = spawn('writer');
  const reader = spawn('reader');
  /** The reader follows the writer's plan; queries wait for it to get there. */
  let readerPlan: string | null = null;
  let readerReady: Promise<unknown> = Promise.resolve();
  const attach = (path: string | null) => {
    readerPlan = path;
    readerReady = readerReady.then(() => reader.send({ type: 'attach', id: nextId++, path }, 'attach', path));
  };

  writer.worker.on('message', (message: FromWorker) => {
    if (message.type === 'reply') {
      const p = writer.pending.get(message.id);
      writer.pending.delete(message.id);
      if (Atomics.load(cancel, 0) === message.id) Atomics.store(cancel, 0, 0);
      p?.resolve(message.reply);
    } else if (message.type === 'event') {
      // Before the reply that caused it (one worker's messages keep their order).
      if (message.event.name === 'plan.opened') attach(message.event.path);
      if (message.event.name === 'plan.closed') attach(null);
      // The reader drops what it kept of the tables written before any window refetches them.
      if (message.event.name === 'plan.changed') reader.worker.postMessage({ type: 'changed', tables: message.event.tables } satisfies ToWorker);
      options.emit?.(message.event);
    } else log(message.message, message.error);
  });
  reader.worker.on('message', (message: FromWorker) => {
    if (message.type === 'reply') {
      const p = reader.pending.get(message.id);
      reader.pending.delete(message.id);
      p?.resolve(message.reply);
    } else if (message.type === 'log') log(message.message, message.error);
  });

  /** import.cancel for the write now running: the writer's thread is busy, so shared memory tells it. */
  function cancelRunning(input: unknown) {
    const importId = (input as { id?: unknown } | null)?.id;
    const [oldest] = writer.pending;
    if (oldest && oldest[1].channel === 'import.run' && (oldest[1].input as { id?: unknown } | null)?.id === importId) Atomics.store(cancel, 0, oldest[0]);
  }

  async function dispatch(channel: string, input: unknown, meta: CallMeta = {}): Promise<Reply<unknown>> {
    const host = isChannelName(channel) ? (options.hostHandlers?.[channel] as Handler<ChannelName> | undefined) : undefined;
    if (host && isChannelName(channel)) {
      const parsed = channels[channel].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: { kind: 'validation', issues: toIssues(parsed.error) } };
      try {
        return { ok: true, value: await host(undefined as never, parsed.data as never) };
      } catch (e) {
        // A refusal with its own words (an export over a plan, a full disk), not an internal error.
        if (e instanceof AppFailure) return { ok: false, error: e.error };
        const ref = Math.random().toString(16).slice(2, 10);
        log(`internal error ${ref} on ${channel}`, e);
        return internal(ref);
      }
    }
    if (channel === 'import.cancel') cancelRunning(input);
    if (goesToReader(channel) && readerPlan !== null) {
      await readerReady;
      if (readerPlan !== null) return reader.send({ type: 'call', id: nextId++, channel, input, meta }, channel, input);
    }
    return writer.send({ type: 'call', id: nextId++, channel, input, meta }, channel, input);
  }

  async function shutDown(): Promise<void> {
    await Promise.allSettled([...inflight]);
    closed = true;
    // Each thread closes its connections and ends by itself; terminate() only if it does not.
    await Promise.all(
      [writer.worker, reader.worker].map(
        (worker) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 10_000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.postMessage({ type: 'close' } satisfies ToWorker);
          }),
      ),
    );
  }

  return {
    dispatch,
    idle: async () => {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
    // One close, however often asked: every caller waits for the threads to end.
    close: () => (closing ??= shutDown()),
  };
}
