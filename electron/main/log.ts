// The app's log: electron-log's file transport (its Node entry, so the same code runs in the
// main process, the browser host and tests) writing to <user data>/logs/main.log. What goes in:
// start-up, plan open/close, internal errors with the reference the user is shown, and calls
// slower than SLOW_CALL_MS with their channel and duration. Rotated by size, three old files kept.
import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';

export const LOG_FILE = 'main.log';
export const MAX_LOG_BYTES = 1024 * 1024;
export const KEPT_LOGS = 3;
/** A call through IPC taking longer than this is logged (channel and duration). */
export const SLOW_CALL_MS = 100;

export interface AppLog {
  file: string;
  dir: string;
  info(message: string): void;
  warn(message: string): void;
  /** An error and its stack; `message` carries the reference when there is one. */
  error(message: string, error?: unknown): void;
  /** Calls and how long they took: only the slow ones are written. */
  call(channel: string, ms: number): void;
}

export const logDirOf = (userDataDir: string) => path.join(userDataDir, 'logs');

/** main.log → main.1.log → main.2.log → main.3.log; the oldest is dropped. */
export function rotate(file: string, kept = KEPT_LOGS): void {
  const { dir, name, ext } = path.parse(file);
  const nth = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fs.rmSync(nth(kept), { force: true });
  for (let n = kept - 1; n >= 1; n--) if (fs.existsSync(nth(n))) fs.renameSync(nth(n), nth(n + 1));
  fs.renameSync(file, nth(1));
}

let instances = 0;

export function createLog(userDataDir: string, options: { console?: boolean } = {}): AppLog {
  const dir = logDirOf(userDataDir);
  const file = path.join(dir, LOG_FILE);
  // Its own logger per call (tests start several apps in one process).
  const logger = electronLog.create({ logId: `s3-${process.pid}-${++instances}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.file.archiveLogFn = (old) => rotate(old.toString());
  logger.transports.console.level = options.console === false ? false : 'warn';
  return {
    file,
    dir,
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message, error) => (error === undefined ? logger.error(message) : logger.error(message, error)),
    call: (channel, ms) => {
      if (ms > SLOW_CALL_MS) logger.warn(`slow call ${channel} took ${Math.round(ms)} ms`);
    },
  };
}
