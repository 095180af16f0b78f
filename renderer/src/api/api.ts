import type { ChannelName, Input, PlanEvent, Result } from '../../../shared/contract/channels';
import type { Reply } from '../../../shared/contract/errors';

// The renderer's one way to the core, free of the DOM so the store and cache run in tests on
// Node; the transports that need the browser (IPC bridge, HTTP) are in client.ts.
/** How the renderer reaches the core; the UI never knows which one it has. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Reply<unknown>>;
  onEvent(listener: (event: PlanEvent) => void): () => void;
  /** 'electron' has native menus and dialogs; 'browser' draws its own. */
  host: 'electron' | 'browser';
}

export interface Api {
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Reply<Result<C>>>;
  onEvent(listener: (event: PlanEvent) => void): () => void;
  host: Transport['host'];
}

export function createApi(transport: Transport): Api {
  return {
    call: (channel, input) => transport.invoke(channel, input) as never,
    onEvent: (listener) => transport.onEvent(listener),
    host: transport.host,
  };
}
