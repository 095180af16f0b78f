// Finds better_sqlite3.node built for Electron's ABI (node_modules holds Node's build, which
// tests and the browser host use). Pure: the caller passes app and process facts.
import { NATIVE_FILE, nativeBindingPath } from '../scripts/native-stamp.mjs';
import path from 'node:path';

export interface NativeBindingFacts {
  isPackaged: boolean;
  /** app.getAppPath(): the project root under `electron-vite preview`. */
  appPath: string;
  /** process.resourcesPath: packaged builds ship the binary as resources/native/better_sqlite3.node. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export function nativeBindingCandidates(f: NativeBindingFacts): string[] {
  if (f.isPackaged) return [path.join(f.resourcesPath, 'native', NATIVE_FILE)];
  return [nativeBindingPath(f.appPath, f.electronVersion, f.platform, f.arch)];
}

/** The first candidate that exists, or undefined (better-sqlite3 then loads Node's build and fails). */
export function findNativeBinding(f: NativeBindingFacts, exists: (file: string) => boolean): string | undefined {
  return nativeBindingCandidates(f).find(exists);
}
