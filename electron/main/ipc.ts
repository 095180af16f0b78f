// The IPC transport: one 'rpc' handle in, one 'event' send out. Types only from 'electron'
// (ipcMain is passed in), so the sender check and the never-throw rule are unit-testable.
import { randomUUID } from 'node:crypto';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { PlanEvent } from '../../shared/contract/channels';
import type { Reply } from '../../shared/contract/errors';
import type { Core } from '../core/dispatch';
import { isAllowedIpcSender } from './security';

export const RPC_CHANNEL = 'rpc';
export const EVENT_CHANNEL = 'event';

export interface RpcSender {
  /** URL of the frame that sent the message (event.senderFrame.url); null if it is gone. */
  frameUrl: string | null;
  /** Only the top frame may call: the app has no iframes, so a subframe is foreign. */
  isMainFrame: boolean;
  /** Whose undo history the call acts on: `window-<webContents id>` ('default' when unknown). */
  client?: string;
}

export interface RpcOptions {
  rendererOrigin: string;
  log?: (message: string, error?: unknown) => void;
  /** After a successful call (menu rebuild on app.setLanguage). */
  onReply?: (channel: string, reply: Reply<unknown>) => void;
  /** Every call's duration (the log keeps the slow ones). */
  onCall?: (channel: string, ms: number) => void;
  /** What the main process changes in a call's input before the core sees it (SaveGrants.guard). */
  guardInput?: (channel: string, input: unknown) => unknown;
}

/** The undo history a window's calls act on (per-window undo, one history per window). */
export const clientOf = (contents: Pick<WebContents, 'id'> | null | undefined): string => (contents ? `window-${contents.id}` : 'default');

/** Dispatches on behalf of a window: its calls, undo and redo act on its own history. */
export function dispatchAs(core: Pick<Core, 'dispatch'>, channel: string, input: unknown, client: string): Promise<Reply<unknown>> {
  return core.dispatch(channel, input, { client });
}

const internal = (): Reply<unknown> => ({ ok: false, error: { kind: 'internal', ref: randomUUID().slice(0, 8) } });

/** Checks the sender, then dispatches. Always resolves to an envelope, never rejects. */
export async function handleRpc(
  core: Pick<Core, 'dispatch'>,
  sender: RpcSender,
  channel: unknown,
  input: unknown,
  options: RpcOptions,
): Promise<Reply<unknown>> {
  const log = options.log ?? console.error;
  if (!sender.isMainFrame || !isAllowedIpcSender(sender.frameUrl, options.rendererOrigin)) {
    const reply = internal();
    log(`rpc refused from ${sender.frameUrl ?? '(no frame)'} (${reply.ok ? '' : JSON.stringify(reply.error)})`);
    return reply;
  }
  if (typeof channel !== 'string') return { ok: false, error: { kind: 'unknownChannel', channel: String(channel) } };
  try {
    const began = performance.now();
    const guarded = options.guardInput ? options.guardInput(channel, input) : input;
    const reply = await dispatchAs(core, channel, guarded, sender.client ?? 'default');
    options.onCall?.(channel, performance.now() - began);
    try {
      options.onReply?.(channel, reply);
    } catch (e) {
      log(`after ${channel}`, e);
    }
    return reply;
  } catch (e) {
    // The core promises envelopes; anything else still must not cross as an exception.
    const reply = internal();
    log(`rpc ${channel} threw (${reply.ok ? '' : JSON.stringify(reply.error)})`, e);
    return reply;
  }
}

export function senderOf(event: IpcMainInvokeEvent): RpcSender {
  const frame = event.senderFrame;
  // Each window has its own undo history, named by its web contents.
  return { frameUrl: frame?.url ?? null, isMainFrame: !!frame && frame.parent === null, client: clientOf(event.sender) };
}

export function registerIpc(ipcMain: IpcMain, core: Pick<Core, 'dispatch'>, options: RpcOptions): () => void {
  ipcMain.handle(RPC_CHANNEL, (event, channel: unknown, input: unknown) => handleRpc(core, senderOf(event), channel, input, options));
  return () => ipcMain.removeHandler(RPC_CHANNEL);
}

/** Core events to the renderer; a closed or crashed window is skipped, not an error. */
export function sendEvent(contents: WebContents | null | undefined, event: PlanEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
