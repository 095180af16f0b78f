import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles a TypeScript entry into an ES module a child `node` process can run. Written under
 * node_modules/.cache so the bundle resolves the project's native better-sqlite3. The file is
 * written beside its name and renamed into place, so a test file running in parallel never
 * loads a half-written bundle.
 */
export function bundleForNode(entry: string, name: string): string {
  const outfile = path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 's3-tests', `${name}.mjs`);
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (CommonJS ones cannot be bundled into an ES module).
    packages: 'external',
    outfile,
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(partial, result.outputFiles[0]!.contents);
  fs.renameSync(partial, outfile);
  return outfile;
}
