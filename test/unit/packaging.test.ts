// The installers' configuration as electron-builder resolves and validates it, the files it
// points at, and the fuses its afterPack hook flips in a packed binary.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { nativeBindingCandidates } from '../../electron/main/native-binding';
import { nativeBindingPath } from '../../electron/scripts/native-stamp.mjs';
import { afterPack, fuseConfig } from '../../electron/scripts/fuses.mjs';
import pkg from '../../package.json';
import type * as Fuses from '@electron/fuses';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, configPath: string | null, fromOptions: null): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof Fuses;
const electronVersion = (require('electron/package.json') as { version: string }).version;

const config = await getConfig(root, null, null);

describe('electron-builder configuration', () => {
  it('is found, resolved and valid against electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ appId: 'fi.s3planner.desktop', productName: pkg.productName, electronVersion });
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.scripts.dist).toBe('node electron/scripts/electron-native.mjs && npm run build && electron-builder --publish never');
  }, 60_000);

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('associates .s3plan files with the app, with a document icon for each platform', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 's3plan', mimeType: 'application/x-s3plan', role: 'Editor', icon: 's3plan' })]);
    const icons = path.join(root, config.directories.buildResources);
    // ICNS: 'icns' magic and a 1024 px PNG (ic10); ICO: type 1 with a 256 px entry (written as 0).
    for (const name of ['s3plan', 'icon']) {
      const icns = fs.readFileSync(path.join(icons, `${name}.icns`));
      expect(icns.subarray(0, 4).toString()).toBe('icns');
      expect(icns.includes(Buffer.from('ic10'))).toBe(true);
      const ico = fs.readFileSync(path.join(icons, `${name}.ico`));
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
      const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
      expect(widths).toContain(256);
      expect(widths).toContain(16);
    }
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
    expect(fs.existsSync(path.join(root, config.mac.icon))).toBe(true);
    for (const size of [16, 32, 48, 256, 512]) {
      const png = fs.readFileSync(path.join(root, config.linux.icon, `${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('ships better-sqlite3 built for Electron outside the asar, where the main process looks for it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!node_modules/better-sqlite3/{build,deps,src}/**']));
    const [resource] = config.extraResources as { from: string; to: string }[];
    // The same file electron-native.mjs writes, with electron-builder's ${platform} and ${arch}.
    const from = resource!.from.replace('${platform}', process.platform).replace('${arch}', process.arch);
    expect(path.resolve(root, from)).toBe(nativeBindingPath(root, electronVersion, process.platform, process.arch));
    const packaged = nativeBindingCandidates({ isPackaged: true, appPath: '', resourcesPath: '/opt/S3 Planner/resources', electronVersion, platform: 'linux', arch: 'x64' });
    expect(packaged).toEqual([path.join('/opt/S3 Planner/resources', resource!.to)]);
  });
});

/** A stand-in Electron binary: some bytes, the fuse sentinel, wire version 1, and every fuse on. */
function fakeBinary(file: string, fuses = 9) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF…electron…'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, fuses]), Buffer.alloc(fuses, '1'), Buffer.from('…rest')]));
}

describe('fuses (afterPack)', () => {
  it.each([
    ['linux', (dir: string) => path.join(dir, 's3-planner')],
    ['win32', (dir: string) => path.join(dir, 'S3 Planner.exe')],
    ['darwin', (dir: string) => path.join(dir, 'S3 Planner.app', 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework')],
  ] as const)('%s: no Node mode, no NODE_OPTIONS, no inspector; asar integrity checked and the app only from the asar', async (platform, binaryIn) => {
    const dir = tempDir('s3-fuses-');
    const binary = binaryIn(dir);
    fakeBinary(binary);
    // The hook electron-builder resolved from the config file (its own copy of fuses.mjs).
    expect(config.afterPack.toString()).toBe(afterPack.toString());
    await config.afterPack({ appOutDir: dir, electronPlatformName: platform, arch: 1, packager: { appInfo: { productFilename: 'S3 Planner' }, executableName: 's3-planner' } });
    // @electron/fuses finds the framework inside an .app itself.
    const wire = (await getCurrentFuseWire(platform === 'darwin' ? path.join(dir, 'S3 Planner.app') : binary)) as unknown as Record<number, number>;
    const on = 49;
    const off = 48;
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
    // A fuse this version of @electron/fuses does not know keeps Electron's own setting.
    expect(wire[8]).toBe(on);
    expect(Object.keys(fuseConfig).filter((k) => k !== 'version')).toHaveLength(8);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
