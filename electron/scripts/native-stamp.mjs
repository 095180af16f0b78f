// Where the Electron-ABI build of better-sqlite3 lives. Shared by electron-native.mjs (which
// makes it) and the main process (which passes it as nativeBinding), so the two cannot drift.
import path from 'node:path';

export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

/** e.g. ".electron-native/38.8.6-linux-x64/better_sqlite3.node" under the project root. */
export function nativeBindingPath(root, electronVersion, platform, arch) {
  return path.join(root, NATIVE_DIR, `${electronVersion}-${platform}-${arch}`, NATIVE_FILE);
}
