import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createCore, type Core } from '../../electron/core/dispatch';
import type { ChannelName, Input, PlanEvent, Result } from '../../shared/contract/channels';
import type { AppError } from '../../shared/contract/errors';

/** A fresh temporary folder; removed by the caller's cleanup. */
export const tempDir = (prefix = 's3-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export interface TestCore {
  core: Core;
  dir: string;
  events: PlanEvent[];
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<C>>;
  fails(channel: string, input: unknown): Promise<AppError>;
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
  return {
    core,
    dir,
    events,
    async call(channel, input) {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as never;
    },
    async fails(channel, input) {
      const reply = await core.dispatch(channel, input);
      if (reply.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return reply.error;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const planFields = { name: 'Testimaakunnan S3', region: 'Testimaakunta', periodStart: 2021, periodEnd: 2027 };
