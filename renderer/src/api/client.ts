import type { PlanEvent } from '../../../shared/contract/channels';
import type { Reply } from '../../../shared/contract/errors';
import type { Transport } from './api';

export { createApi, type Api, type Transport } from './api';

interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

/** Electron: the preload's one bridge. */
export function ipcTransport(bridge: Bridge): Transport {
  return {
    host: 'electron',
    invoke: (channel, input) => bridge.invoke(channel, input) as Promise<Reply<unknown>>,
    onEvent: (listener) => bridge.onEvent((e) => listener(e as PlanEvent)),
  };
}

/**
 * The browser host: POST /rpc/<channel> with the per-start token, events over SSE.
 * One EventSource for all listeners: each holds an HTTP connection open, and a browser
 * allows six per host (shared by every window of the app), after which requests wait.
 */
export function httpTransport(token: string, base = '', client = tabId()): Transport {
  const listeners = new Set<(event: PlanEvent) => void>();
  let source: EventSource | null = null;
  return {
    host: 'browser',
    invoke: async (channel, input) => {
      try {
        const res = await fetch(`${base}/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-s3-client': client },
          body: JSON.stringify(input ?? {}),
        });
        if (!res.ok) return { ok: false, error: { kind: 'internal', ref: `http-${res.status}` } };
        return (await res.json()) as Reply<unknown>;
      } catch {
        return { ok: false, error: { kind: 'internal', ref: 'offline' } };
      }
    },
    onEvent: (listener) => {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`${base}/events?token=${encodeURIComponent(token)}`);
        source.onmessage = (m) => {
          const event = JSON.parse(m.data as string) as PlanEvent;
          for (const l of [...listeners]) l(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

/**
 * This tab's name for the host: each tab has its own undo history. Kept for the tab's life
 * (a reload keeps it), in sessionStorage, which the browser keeps per tab.
 */
function tabId(): string {
  try {
    const known = sessionStorage.getItem('s3-client');
    if (known) return known;
    const id = crypto.randomUUID();
    sessionStorage.setItem('s3-client', id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

/**
 * Picks the transport for this page: the preload bridge if present, else the browser host.
 * Null in a browser without the host's token (an address typed or opened without it).
 */
export function detectTransport(): Transport | null {
  const bridge = (window as unknown as { s3?: Bridge }).s3;
  if (bridge) return ipcTransport(bridge);
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem('s3-token', fromHash);
  const token = fromHash ?? sessionStorage.getItem('s3-token');
  return token ? httpTransport(token) : null;
}
