import { execFileSync } from 'node:child_process';

/** Median of `reps` timings of fn, in milliseconds (after one warm-up run). */
export function median(reps: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function medianAsync(reps: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * Times SQL in Debian's sqlite3 shell with its own timer (.timer on), so process start-up is
 * not counted: the sum of "Run Time: real" of the statements, median of `reps` runs.
 */
export function sqliteShell(file: string, statements: string[], reps: number): number {
  const script = ['.timer on', '.output /dev/null', ...statements.map((s) => s.trim().replace(/;?$/, ';'))].join('\n');
  const runs: number[] = [];
  for (let i = 0; i < reps + 1; i++) {
    const out = execFileSync('sqlite3', ['-readonly', file], { input: script, encoding: 'utf8' });
    const total = [...out.matchAll(/Run Time: real ([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]) * 1000, 0);
    if (i > 0) runs.push(total); // the first run warms the page cache
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

export function hasSqliteShell(): boolean {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
