import { randomUUID } from 'node:crypto';
import { channels, isChannelName, type ChannelName } from '../../shared/contract/channels';
import { AppFailure, type AppError, type Reply } from '../../shared/contract/errors';
import { toIssues } from '../../shared/contract/issues';
import { CoreContext, type CoreOptions } from './context';
import { handlers } from './handlers';
import type { Handler, HandlerTable } from './handlers/types';
import { HistoryRefused, type RecordedStep } from './storage/undo';
import { diskProblemOf } from './storage/file-errors';

/** One translation of zod issues for every host (shared/contract/issues.ts). */
export { toIssues };

/** SQLite constraint failures that slip past the schemas are still the user's input, not a crash. */
function constraintError(e: unknown): AppError | null {
  const code = (e as { code?: string })?.code ?? '';
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  return { kind: 'validation', issues: [{ path: '', code: 'constraint', params: { constraint: code } }] };
}

/** Who is calling: the window or tab (each has its own undo history). */
export interface CallMeta {
  client?: string;
}

export const DEFAULT_CLIENT = 'default';

export interface Core {
  dispatch(channel: string, input: unknown, meta?: CallMeta): Promise<Reply<unknown>>;
  context: CoreContext;
  close(): void;
}

export interface CreateCoreOptions extends CoreOptions {
  /** Validate every reply against the contract's result schema too (tests turn this on). */
  checkReplies?: boolean;
  /** Host-specific handlers (Electron's native dialogs) that replace the core's defaults. */
  hostHandlers?: Partial<HandlerTable>;
}

/**
 * The only entry both transports call: validate input → run handler → reply envelope.
 * Never throws. A command's reads and writes are one transaction; an invalid request or a
 * failing handler changes nothing.
 */
export function createCore(options: CreateCoreOptions): Core {
  const ctx = new CoreContext(options);

  async function run(name: ChannelName, input: unknown, client: string): Promise<Reply<unknown>> {
    const ch = channels[name];
    const parsed = ch.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { kind: 'validation', issues: toIssues(parsed.error) } };
    const handler = (options.hostHandlers?.[name] ?? handlers[name]) as Handler<ChannelName>;
    ctx.client = client;
    try {
      let value: unknown;
      if (ch.kind === 'command') {
        const db = ctx.db();
        const history = ctx.history();
        ctx.assertWritable();
        ctx.stepLabel = null;
        let step: RecordedStep | null = null;
        value = db.transaction(() => {
          const mark = history.mark();
          const result = handler(ctx, parsed.data as never);
          step = history.record(client, ctx.stepLabel ?? name, mark);
          return result;
        })();
        const recorded = step as RecordedStep | null;
        // A command that changed nothing says so: no step, no event.
        if (recorded) ctx.emit({ name: 'plan.changed', channel: name, client, tables: recorded.tables });
        if (options.checkReplies) ch.output.parse(value);
        return { ok: true, value, step: recorded ? { id: recorded.id, label: recorded.label } : null };
      } else if (ch.kind === 'history') {
        ctx.assertWritable();
        ctx.replayed = null;
        try {
          value = handler(ctx, parsed.data as never);
        } finally {
          const replayed = ctx.replayed as RecordedStep | null;
          if (replayed) ctx.emit({ name: 'plan.changed', channel: name, client, tables: replayed.tables });
        }
      } else {
        // Session handlers may be async (a native dialog); queries and commands are not.
        value = await handler(ctx, parsed.data as never);
      }
      if (options.checkReplies) ch.output.parse(value);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppFailure) return { ok: false, error: e.error };
      if (e instanceof HistoryRefused) return { ok: false, error: { kind: 'undoRefused', ...e.refusal } };
      const constraint = constraintError(e);
      if (constraint) return { ok: false, error: constraint };
      // The disk or another program, not a bug: a locked file, a full disk, a file gone from under us.
      const problem = diskProblemOf(e);
      if (problem) {
        ctx.log(`file problem ${problem} on ${name}`, e);
        return { ok: false, error: { kind: 'file', reason: problem, file: ctx.plan?.path ?? '' } };
      }
      const ref = randomUUID().slice(0, 8);
      ctx.log(`internal error ${ref} on ${name}`, e);
      return { ok: false, error: { kind: 'internal', ref } };
    }
  }

  return {
    context: ctx,
    // better-sqlite3 is synchronous, so calls run one at a time in arrival order.
    dispatch: async (name, input, meta) =>
      isChannelName(name) ? run(name, input, meta?.client || DEFAULT_CLIENT) : { ok: false, error: { kind: 'unknownChannel', channel: name } },
    close: () => ctx.setPlan(null),
  };
}
