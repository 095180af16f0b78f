// The one narrow bridge between the sandboxed renderer and the main process: invoke a
// contract channel, and subscribe to plan events. No Node or Electron object crosses.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const INVOKE = 'rpc';
const EVENT = 'event';

contextBridge.exposeInMainWorld('s3', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE, channel, input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(EVENT, wrapped);
    return () => ipcRenderer.removeListener(EVENT, wrapped);
  },
});
