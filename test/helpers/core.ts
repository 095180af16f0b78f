import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createCore, type Core } from '../../electron/core/dispatch';
import type { ChannelName, Input, PlanEvent, Result } from '../../shared/contract/channels';
import type { AppError, Reply } from '../../shared/contract/errors';

/** A fresh temporary folder; removed by the caller's cleanup. */
export const tempDir = (prefix = 's3-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Calls as one window (client): its own undo history. */
export interface Window {
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<C>>;
  fails(channel: string, input: unknown): Promise<AppError>;
  reply(channel: string, input: unknown): Promise<Reply<unknown>>;
}

export interface TestCore extends Window {
  core: Core;
  dir: string;
  events: PlanEvent[];
  /** The same core as another window or tab. */
  window(client: string): Window;
  close(): void;
}

/** A real core over real files in a temp folder, checking every reply against the contract. */
export function testCore(): TestCore {
  const dir = tempDir();
  const events: PlanEvent[] = [];
  const core = createCore({
    userDataDir: path.join(dir, 'user-data'),
    documentsDir: path.join(dir, 'documents'),
    emit: (e) => events.push(e),
    checkReplies: true,
    log: () => {},
  });
  const window = (client?: string): Window => ({
    reply: (channel, input) => core.dispatch(channel, input, client ? { client } : {}),
    async call(channel, input) {
      const reply = await core.dispatch(channel, input, client ? { client } : {});
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as never;
    },
    async fails(channel, input) {
      const reply = await core.dispatch(channel, input, client ? { client } : {});
      if (reply.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return reply.error;
    },
  });
  return {
    core,
    dir,
    events,
    ...window(),
    window,
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const planFields = { name: 'Testimaakunnan S3', region: 'Testimaakunta', periodStart: 2021, periodEnd: 2027 };

/**
 * A test core with a new plan holding one sector: where the file tests start from. With
 * `folder`, the plan is made in a folder of that name of its own below the test's folder (so a
 * snapshot of it sees only the plan and what the app writes beside it).
 */
export async function coreWithPlan(options: { folder?: string; file?: string; sector?: string } = {}) {
  const t = testCore();
  const folder = options.folder ? path.join(t.dir, options.folder) : t.dir;
  if (options.folder) fs.mkdirSync(folder);
  const plan = (await t.call('plan.create', { path: path.join(folder, options.file ?? 'plan.s3plan'), fields: planFields })).path;
  await t.call('sector.create', { name: options.sector ?? 'Biotalous' });
  return { t, folder, plan };
}

/** Scribbles over every page of a SQLite file after the first: the header still says what it was, the rest is damage. */
export function scribblePages(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let i = pageSize; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  fs.writeFileSync(file, bytes);
}
