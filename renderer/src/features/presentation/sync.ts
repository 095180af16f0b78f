import { useCallback, useEffect, useRef, useState } from 'react';

/** What every window of one presentation shows: the same slide, blank or not, public or not. */
export interface ShowState {
  index: number;
  blank: boolean;
  publicMode: boolean;
  /** When the presentation started (ms), for the presenter's timer. */
  startedAt: number;
  /** When the current slide came up (ms): time on this slide. */
  slideStartedAt: number;
  /** The session's length in minutes (0: no budget); each slide gets an equal share. */
  minutes: number;
}

type Message = { type: 'state'; state: ShowState } | { type: 'hello' };

/**
 * Keeps the windows of a presentation in step: the presenter's window (browser host:
 * window.open of ?role=presenter; Electron: the facilitator's window) and the audience's
 * (the projector). Same origin, so a BroadcastChannel; the last change wins.
 */
export function useShowState(workshopId: string): [ShowState, (change: Partial<ShowState> | ((s: ShowState) => Partial<ShowState>)) => void] {
  const [state, setState] = useState<ShowState>(() => ({ index: 0, blank: false, publicMode: false, startedAt: Date.now(), slideStartedAt: Date.now(), minutes: 0 }));
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`s3-present:${workshopId}`);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.type === 'hello') ch.postMessage({ type: 'state', state: current.current } satisfies Message);
      else setState(e.data.state);
    };
    ch.postMessage({ type: 'hello' } satisfies Message);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [workshopId]);

  const update = useCallback((change: Partial<ShowState> | ((s: ShowState) => Partial<ShowState>)) => {
    const prev = current.current;
    const next = { ...prev, ...(typeof change === 'function' ? change(prev) : change) };
    if (next.index !== prev.index) next.slideStartedAt = Date.now();
    current.current = next;
    setState(next);
    channel.current?.postMessage({ type: 'state', state: next } satisfies Message);
  }, []);
  return [state, update];
}
