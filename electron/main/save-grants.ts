// Which files an export may replace. The native Save dialog asks the user before they choose
// an existing file (showOverwriteConfirmation); the renderer then asks the core to write with
// `overwrite: true`. The main process does not take the renderer's word for it: `overwrite`
// passes only for a path its own dialog returned, once. Anything else is written with
// `overwrite: false` (the core answers `exists` rather than replace a file nobody confirmed).
// Plans are refused by the core whatever `overwrite` says (electron/core/export/target.ts).
import path from 'node:path';

const exportChannels = new Set(['export.list', 'export.table', 'export.image']);

export class SaveGrants {
  private readonly granted = new Set<string>();

  /** The user chose `file` in the Save dialog (and confirmed replacing it, if it exists). */
  grant(file: string): void {
    this.granted.add(path.resolve(file));
  }

  /** The call's input, with `overwrite: true` kept only for a path the dialog granted (used up). */
  guard(channel: string, input: unknown): unknown {
    if (!exportChannels.has(channel) || typeof input !== 'object' || input === null) return input;
    const call = input as { path?: unknown; overwrite?: unknown };
    if (call.overwrite !== true) return input;
    const file = typeof call.path === 'string' ? path.resolve(call.path.trim()) : null;
    if (file !== null && this.granted.delete(file)) return input;
    return { ...call, overwrite: false };
  }
}
