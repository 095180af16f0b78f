// The layer rules of .eslint.config.js reject each kind of leak: a probe file with one
// forbidden import is written where a newcomer might write it, ESLint (its Node API, the
// project's config) lints it, and the probe is removed. Allowed imports are probed too, so a
// rule that rejected everything (or a probe that failed to parse) would not pass.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const RULE = 'layers/allowed-imports';

interface Probe {
  /** What a reader sees in the test name. */
  hole: string;
  /** The folder the probe is written to, from the repo root. */
  dir: string;
  source: string;
}

const rejected: Probe[] = [
  { hole: 'the renderer imports bare fs', dir: 'renderer/src/features', source: "import fs from 'fs';\nexport const x = fs;" },
  { hole: 'the renderer imports node:path', dir: 'renderer/src', source: "import path from 'node:path';\nexport const x = path;" },
  { hole: 'the renderer imports electron', dir: 'renderer/src/api', source: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;" },
  { hole: 'the renderer imports the core', dir: 'renderer/src/store', source: "export { createCore } from '../../../electron/core/dispatch';" },
  { hole: 'the renderer imports papaparse', dir: 'renderer/src/features', source: "import Papa from 'papaparse';\nexport const x = Papa;" },
  { hole: 'shared imports papaparse', dir: 'shared/domain/import', source: "import Papa from 'papaparse';\nexport const x = Papa;" },
  { hole: 'shared imports exceljs (dynamically)', dir: 'shared/domain', source: "export const x = () => import('exceljs');" },
  { hole: 'shared imports better-sqlite3 (require)', dir: 'shared', source: "export const x = require('better-sqlite3');" },
  { hole: 'shared imports node:fs', dir: 'shared/schemas', source: "import fs from 'node:fs';\nexport const x = fs;" },
  { hole: 'shared imports react', dir: 'shared/domain', source: "import { useState } from 'react';\nexport const x = useState;" },
  { hole: 'shared imports renderer code', dir: 'shared/report', source: "export * from '../../renderer/src/features/report/use-report-data';" },
  { hole: 'electron/main imports renderer code', dir: 'electron/main', source: "export { ReportScreen } from '../../renderer/src/features/report/ReportScreen';" },
  { hole: 'the browser host imports electron/main', dir: 'electron/browser-host', source: "export { appOrigin } from '../main/security';" },
  { hole: 'the browser host imports electron', dir: 'electron/browser-host', source: "import { app } from 'electron';\nexport const x = app;" },
  { hole: 'the core imports electron', dir: 'electron/core/handlers', source: "import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;" },
  { hole: 'the core imports electron/main', dir: 'electron/core', source: "export { showSave } from '../main/dialogs';" },
  { hole: 'the core imports the browser host', dir: 'electron/core/storage', source: "export { MAX_BODY } from '../../browser-host/server';" },
  { hole: 'the preload imports shared', dir: 'electron/preload', source: "export { channels } from '../../shared/contract/channels';" },
  { hole: 'the file belongs to no layer', dir: 'docs-probe', source: 'export const x = 1;' },
  { hole: 'the core imports a file in no layer', dir: 'electron/core', source: "export * from '../../.ci/probe';" },
];

const allowed: Probe[] = [
  { hole: 'the core imports papaparse and node:fs', dir: 'electron/core/import', source: "import Papa from 'papaparse';\nimport fs from 'node:fs';\nexport const x = [Papa, fs];" },
  { hole: 'electron/main imports electron and the core', dir: 'electron/main', source: "import { app } from 'electron';\nimport type { Core } from '../core/dispatch';\nexport const x = app;\nexport type X = Core;" },
  { hole: 'the browser host imports shared and node:http', dir: 'electron/browser-host', source: "import http from 'node:http';\nimport { contentSecurityPolicy } from '../../shared/security/content';\nexport const x = [http, contentSecurityPolicy];" },
  { hole: 'the renderer imports shared and react', dir: 'renderer/src/features', source: "import { useState } from 'react';\nimport { formatCount } from '../../../shared/domain/format';\nexport const x = [useState, formatCount];" },
  { hole: 'shared imports zod and shared', dir: 'shared/report', source: "import { z } from 'zod';\nimport { IdSchema } from '../schemas/common';\nexport const x = z.array(IdSchema);" },
];

const probePath = (p: Probe, i: number, kind: string) => path.join(root, p.dir, `__layers-probe-${kind}-${process.pid}-${i}.ts`);
const messages = new Map<string, ESLint.LintResult['messages']>();
const written: string[] = [];

beforeAll(async () => {
  const probes = [...rejected.map((p, i) => [probePath(p, i, 'no'), p] as const), ...allowed.map((p, i) => [probePath(p, i, 'ok'), p] as const)];
  try {
    for (const [file, p] of probes) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${p.source}\n`);
      written.push(file);
    }
    const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, '.eslint.config.js') });
    for (const result of await eslint.lintFiles(written)) messages.set(result.filePath, result.messages);
  } finally {
    for (const file of written) fs.rmSync(file, { force: true });
    fs.rmSync(path.join(root, 'docs-probe'), { recursive: true, force: true });
  }
}, 60_000);

afterAll(() => {
  for (const file of written) expect(fs.existsSync(file), `${file} was left behind`).toBe(false);
});

describe('layer rules', () => {
  it.each(rejected.map((p, i) => [p.hole, p, i] as const))('reject a probe where %s', (_hole, p, i) => {
    const found = messages.get(probePath(p, i, 'no')) ?? [];
    expect(found.some((m) => m.fatal)).toBe(false);
    expect(found.filter((m) => m.ruleId === RULE && m.severity === 2)).toHaveLength(1);
  });

  it.each(allowed.map((p, i) => [p.hole, p, i] as const))('accept a probe where %s', (_hole, p, i) => {
    expect(messages.get(probePath(p, i, 'ok'))).toEqual([]);
  });
});
