// `npm run coverage:main`: line coverage of electron/main by the tests that run the main
// process against the test double of 'electron' (test/electron/, and test/e2e/electron-main
// with its pages in Chromium unless --no-e2e). Prints each file and fails under 80 % of lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const MIN_LINES = 80;
const e2e = !process.argv.includes('--no-e2e');
const dir = path.join(root, 'test-output', 'coverage-main');
fs.rmSync(dir, { recursive: true, force: true });

const args = ['vitest', 'run', '--config', 'test/vitest.config.ts', '--project', 'electron', ...(e2e ? ['--project', 'e2e'] : []),
  '--coverage.enabled', '--reporter=dot', 'test/electron/', ...(e2e ? ['test/e2e/electron-main'] : [])];
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
const summaryFile = path.join(dir, 'coverage-summary.json');
if (!fs.existsSync(summaryFile)) {
  console.error('No coverage summary was written.');
  process.exit(1);
}
const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
const lines = summary.total.lines.pct;
console.log(`\nelectron/main line coverage: ${lines.toFixed(1)} % (${summary.total.lines.covered}/${summary.total.lines.total} lines${e2e ? '' : ', without the Chromium tests'})`);
if (run.status !== 0) process.exit(run.status ?? 1);
if (lines < MIN_LINES) {
  console.error(`Below ${MIN_LINES} %.`);
  process.exit(1);
}
