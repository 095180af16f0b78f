// `npm run bench [-- --generate] [-- --quick]`: bundles the TypeScript benchmark with esbuild
// (a devDependency) and runs it in this Node process's stead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');
// First paint and PDF export need the built renderer (a clean clone has none).
if (!process.argv.includes('--no-browser') && !fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
  console.log('Building the app for the browser figures (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const outfile = path.join(root, 'node_modules', '.cache', 's3-bench', 'main.mjs');
buildSync({
  entryPoints: [path.join(import.meta.dirname, 'main.ts'), path.join(import.meta.dirname, 'memory-child.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules (CommonJS ones cannot be bundled into an ES module).
  packages: 'external',
  outdir: path.dirname(outfile),
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  // Bundled code resolves import.meta.dirname to the bundle; give it the sources' folder.
  define: { 'import.meta.dirname': JSON.stringify(import.meta.dirname) },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
