// Set-up the end-to-end files share, done once per run before any of them (issue 15: no test
// waits longer than a minute, so slow set-up is not repeated per file or hidden in a hook):
// the PDF tools the report tests read with, and the large generated plan (40 sectors, 10,000
// stakeholders), written once and kept between runs while its generator is unchanged.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { sizes, writeGeneratedPlan } from '../bench/generate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The large generated plan; copy it before changing it (tests share it). */
    largePlan: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const pdfTools = ['pdfinfo', 'pdftotext', 'pdftoppm', 'qpdf'];

/** poppler-utils and qpdf: installed as root on Debian, else named in the message. */
function ensurePdfTools(): void {
  if (pdfTools.every(has)) return;
  const debian = fs.existsSync('/etc/os-release') && /ID(_LIKE)?=.*(debian|ubuntu)/.test(fs.readFileSync('/etc/os-release', 'utf8'));
  if (process.getuid?.() === 0 && debian) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils', 'qpdf'], { stdio: 'inherit', env });
  }
  const still = pdfTools.filter((t) => !has(t));
  if (still.length)
    throw new Error(`The PDF checks need ${still.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install poppler-utils qpdf; macOS: brew install poppler qpdf) and run the tests again.`);
}

/** The generator's and the schema's sources name the file: a change to either writes it again. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const migrations = path.join(root, 'electron', 'core', 'storage', 'migrations');
  const files = [path.join(root, 'test', 'bench', 'generate.ts'), ...fs.readdirSync(migrations).sort().map((f) => path.join(migrations, f))];
  for (const f of files) hash.update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

export function largePlanFile(): string {
  const dir = path.join(root, 'test-output', 'plans');
  const file = path.join(dir, `large-${sourceHash()}.s3plan`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (old.startsWith('large-')) fs.rmSync(path.join(dir, old), { force: true });
  // createPlanFile writes beside and renames: an interrupted run leaves no half plan here.
  writeGeneratedPlan(file, sizes.large);
  return file;
}

export default function setup(project: TestProject): void {
  ensurePdfTools();
  project.provide('largePlan', largePlanFile());
}
