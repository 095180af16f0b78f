import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * The app's own temporary files beside a plan or a Save As target: `.<name>.<uuid>.tmp`. A copy
 * is written there and renamed over the target once checked, so a crash leaves at most such a
 * file, never a half-written plan. They are removed when that plan is next opened or saved.
 */
export const tempBeside = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const tempPattern = (target: string) => new RegExp(`^\\.${escape(path.basename(target))}\\.${uuid}\\.tmp$`);

/** When this process started (worker threads share it): files older than this are no one's work in progress here. */
const processStartMs = () => Date.now() - process.uptime() * 1000;

/**
 * Removes temporary files of the app's own naming for `target` left by a crash: only regular
 * files matching the pattern exactly and last written before this process started (a temp file
 * of a Save As running now in another window of this process is younger). Returns the names removed.
 */
export function removeStrayTemps(target: string): string[] {
  const dir = path.dirname(target);
  const pattern = tempPattern(target);
  const start = processStartMs();
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const full = path.join(dir, name);
    try {
      const stat = fs.lstatSync(full);
      if (!stat.isFile() || stat.mtimeMs >= start) continue;
      fs.unlinkSync(full);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove (permissions): leave it.
    }
  }
  return removed;
}

/** Writes a file's data to disk before it is renamed into place (a rename is only as durable as what it names). */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in `dir` durable (where the platform can sync a folder). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; its renames are durable by themselves.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Copies `source` byte for byte into a new temp file beside `target`, synced; returns the temp path. */
export function copyBeside(source: string, target: string): string {
  const temp = tempBeside(target);
  fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
  syncFile(temp);
  return temp;
}
