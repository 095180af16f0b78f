import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles a TypeScript entry into an ES module a child `node` process can run. Written under
 * node_modules/.cache so the bundle resolves the project's native better-sqlite3.
 */
export function bundleForNode(entry: string, name: string): string {
  const outfile = path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 's3-tests', `${name}.mjs`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (CommonJS ones cannot be bundled into an ES module).
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
