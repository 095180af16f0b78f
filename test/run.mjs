// `npm test`: type-check, lint, unit and integration tests, then the end-to-end tests in
// Debian's Chromium through the browser host. Ends with the plain line CI reads:
// "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium, ensureChromium } from './e2e/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, 'test-output');
fs.mkdirSync(output, { recursive: true });
const quick = process.argv.includes('--no-e2e');

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is not a test runner counts as one test: it passed or it failed. */
function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** Runs vitest projects and counts their tests from vitest's JSON report. */
function vitest(name, projects, env) {
  const report = path.join(output, `vitest-${name}.json`);
  fs.rmSync(report, { force: true });
  const args = ['vitest', 'run', '--config', 'test/vitest.config.ts', ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const ok = step(`${name} tests`, 'npx', args, env);
  if (!fs.existsSync(report)) {
    failed++;
    failures.push(`${name} tests (no report)`);
    return;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no tests to count, but it is a failure.
  const broken = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  failed += broken.length;
  if (!ok || json.numFailedTests || broken.length) failures.push(`${name} tests`);
}

check('type-check (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json']);
check('type-check (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json']);
check('lint', 'npx', ['eslint', '-c', '.eslint.config.js', '.']);
vitest('unit-integration', ['unit', 'integration', 'electron']);

if (!quick) {
  const chromium = findChromium() ?? ensureChromium();
  if (!chromium) {
    failed++;
    failures.push('e2e: no Chromium');
  } else if (step('build (electron-vite)', 'npm', ['run', 'build'])) {
    passed++;
    vitest('e2e', ['e2e'], { CHROMIUM_PATH: chromium });
    // Printed, and a failure under 80 % of lines (electron/main run against the test double).
    process.env.CHROMIUM_PATH = chromium;
    check('coverage of electron/main', 'node', ['test/coverage-main.mjs']);
  } else {
    failed++;
    failures.push('build');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
