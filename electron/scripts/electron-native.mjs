#!/usr/bin/env node
// Makes better-sqlite3 for Electron's ABI before `npm start` / `npm run dev`, without touching
// node_modules (tests and the browser host keep using Node's build there). Work happens in a
// temp copy of the package; the result lands in .electron-native/<electron>-<platform>-<arch>/.
//
//   node electron/scripts/electron-native.mjs [--force] [--arch <arch>]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NATIVE_FILE, nativeBindingPath } from './native-stamp.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const say = (message) => console.log(`[electron-native] ${message}`);
const { values: args } = parseArgs({
  options: { force: { type: 'boolean', default: false }, arch: { type: 'string', default: process.arch } },
});

function readVersion(pkg) {
  const file = path.join(root, 'node_modules', pkg, 'package.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  } catch {
    throw new Error(`${pkg} is not installed (${file} missing). Run "npm install" first.`);
  }
}

/** Runs a command with inherited output; true on exit code 0. */
function run(command, commandArgs, cwd) {
  say(`> ${command} ${commandArgs.join(' ')}`);
  // A `nodedir` npm setting (e.g. nodedir=/usr in ~/.npmrc) makes node-gyp build against the
  // local Node's headers instead of Electron's. npm re-exports it as npm_config_nodedir, which
  // beats node-gyp's command line; npm_package_config_node_gyp_nodedir beats that (node-gyp 10+).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'));
  env.npm_package_config_node_gyp_nodedir = '';
  const r = spawnSync(command, commandArgs, {
    cwd,
    stdio: 'inherit',
    env,
    // npx is npx.cmd on Windows, which needs a shell to start.
    shell: process.platform === 'win32' && command === 'npx',
  });
  if (r.error) say(`could not start ${command}: ${r.error.message}`);
  return r.status === 0;
}

/** Electron's module ABI (e.g. "139"), from node-abi which prebuild-install depends on; null if unknown. */
function electronAbi(electronVersion) {
  try {
    const require = createRequire(path.join(root, 'node_modules', 'prebuild-install', 'package.json'));
    return String(require('node-abi').getAbi(electronVersion, 'electron'));
  } catch {
    return null;
  }
}

/**
 * Whether a built binary is for the expected ABI: addons export node_register_module_v<ABI>.
 * A wrong ABI (Node's build) would only fail later, inside Electron, with a cryptic error.
 */
function abiMatches(file, expected) {
  if (!fs.existsSync(file)) return false;
  const found = [...fs.readFileSync(file).toString('latin1').matchAll(/node_register_module_v(\d+)/g)].map((m) => m[1]);
  if (!expected || found.length === 0) {
    say('could not verify the module ABI of the result; using it as is.');
    return true;
  }
  if (found.includes(expected)) return true;
  say(`the result is for module ABI ${found.join(', ')}, not Electron's ${expected}; discarding it.`);
  fs.rmSync(file, { force: true });
  return false;
}

function tryPrebuilt(pkgDir, electronVersion, arch) {
  const bin = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (!fs.existsSync(bin)) {
    say('prebuild-install is not installed; skipping the prebuilt download.');
    return false;
  }
  say(`downloading a prebuilt better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})...`);
  return run(
    process.execPath,
    [bin, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', process.platform, '--verbose'],
    pkgDir,
  );
}

function tryBuild(pkgDir, electronVersion, arch) {
  say('no prebuilt binary; building from source with node-gyp (needs Python and a C++ compiler)...');
  const gypArgs = ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
  // npm ships node-gyp: under `npm start` npm says where; else look beside npm; else npx fetches it.
  const npmRoot = process.platform === 'win32' ? path.dirname(process.execPath) : path.join(path.dirname(process.execPath), '..', 'lib');
  const candidates = [process.env.npm_config_node_gyp, path.join(npmRoot, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  const bundled = candidates.find((file) => file && fs.existsSync(file));
  if (bundled) return run(process.execPath, [bundled, ...gypArgs], pkgDir);
  return run('npx', ['--yes', 'node-gyp', ...gypArgs], pkgDir);
}

function main() {
  const electronVersion = readVersion('electron');
  const sqliteVersion = readVersion('better-sqlite3');
  const target = nativeBindingPath(root, electronVersion, process.platform, args.arch);
  const shown = path.relative(root, target);
  if (fs.existsSync(target) && !args.force) {
    say(`using ${shown}`);
    return 0;
  }
  say(`${shown} is missing: preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}.`);

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-electron-native-'));
  const pkgDir = path.join(temp, 'better-sqlite3');
  try {
    // Without build/: a stale Node build there must not be mistaken for the Electron one.
    const source = path.join(root, 'node_modules', 'better-sqlite3');
    fs.cpSync(source, pkgDir, {
      recursive: true,
      filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build',
    });
    const built = path.join(pkgDir, 'build', 'Release', NATIVE_FILE);
    const abi = electronAbi(electronVersion);
    const ok =
      (tryPrebuilt(pkgDir, electronVersion, args.arch) && abiMatches(built, abi)) ||
      (tryBuild(pkgDir, electronVersion, args.arch) && abiMatches(built, abi));
    if (!ok) {
      console.error(
        [
          '',
          `[electron-native] FAILED: could not get better-sqlite3 for Electron ${electronVersion}.`,
          '  The prebuilt download (GitHub releases) and the source build (electronjs.org headers) both failed.',
          '  Check the internet connection, or install build tools (Python 3 and a C++ compiler:',
          '  "xcode-select --install" on macOS, "build-essential" on Debian/Ubuntu, Visual Studio Build Tools on Windows),',
          '  then run: node electron/scripts/electron-native.mjs',
          '',
        ].join('\n'),
      );
      return 1;
    }
    // Copy then rename: an interrupted run never leaves a half-written binary behind the stamp.
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    say(`ready: ${shown}`);
    return 0;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`[electron-native] FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
