import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingCandidates, findNativeBinding } from '../../electron/main/native-binding';
import { planFilesFromArgv, withPlanExtension } from '../../electron/main/plan-files';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MIN_HEIGHT,
  MIN_WIDTH,
  backgroundColors,
  windowOptions,
} from '../../electron/main/window-options';

const base = { preloadPath: '/p/index.cjs', theme: 'light' as const };

describe('windowOptions', () => {
  it('uses a default size on first start and never starts below the minimum', () => {
    const o = windowOptions({ ...base, saved: null });
    expect([o.width, o.height]).toEqual([DEFAULT_WIDTH, DEFAULT_HEIGHT]);
    expect([o.minWidth, o.minHeight]).toEqual([MIN_WIDTH, MIN_HEIGHT]);
  });

  it('restores the saved size, clamped to the minimum and the work area', () => {
    expect(windowOptions({ ...base, saved: { width: 1000, height: 700, maximized: false } })).toMatchObject({ width: 1000, height: 700 });
    expect(windowOptions({ ...base, saved: { width: 10, height: -5, maximized: false } })).toMatchObject({ width: MIN_WIDTH, height: DEFAULT_HEIGHT });
    expect(windowOptions({ ...base, saved: { width: 120, height: 90, maximized: false } })).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
    const big = windowOptions({ ...base, saved: { width: 5000, height: 3000, maximized: true }, workArea: { width: 1920, height: 1040 } });
    expect(big).toMatchObject({ width: 1920, height: 1040 });
    expect(windowOptions({ ...base, saved: { width: Number.NaN, height: 900.6, maximized: false } })).toMatchObject({ width: DEFAULT_WIDTH, height: 901 });
  });

  it('paints the theme background and waits for the first frame', () => {
    expect(windowOptions({ ...base, theme: 'dark', saved: null }).backgroundColor).toBe(backgroundColors.dark);
    expect(windowOptions({ ...base, saved: null }).backgroundColor).toBe(backgroundColors.light);
    expect(windowOptions({ ...base, saved: null }).show).toBe(false);
  });

  it('spellchecks, and enables DevTools only in dev', () => {
    expect(windowOptions({ ...base, saved: null, platform: 'darwin' }).webPreferences?.spellcheck).toBe(true);
    expect(windowOptions({ ...base, saved: null, platform: 'win32' }).webPreferences?.spellcheck).toBe(true);
    // No dictionary downloads: the app is offline.
    expect(windowOptions({ ...base, saved: null, platform: 'linux' }).webPreferences?.spellcheck).toBe(false);
    expect(windowOptions({ ...base, saved: null, dev: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('plan files from the OS', () => {
  it('takes .s3plan arguments, resolved against the working directory', () => {
    const cwd = path.resolve('/home/u');
    expect(planFilesFromArgv(['/opt/s3/s3-planner', '--no-sandbox', 'a.S3PLAN', 'notes.txt', '/x/b.s3plan'], cwd)).toEqual([
      path.join(cwd, 'a.S3PLAN'),
      path.resolve('/x/b.s3plan'),
    ]);
    expect(planFilesFromArgv(['electron', '.'], cwd)).toEqual([]);
  });

  it('appends the extension a save dialog left off', () => {
    expect(withPlanExtension('/d/plan')).toBe('/d/plan.s3plan');
    expect(withPlanExtension('/d/Plan.S3plan')).toBe('/d/Plan.S3plan');
  });
});

describe('native binding location', () => {
  const facts = { appPath: '/proj', resourcesPath: '/app/resources', electronVersion: '38.8.6', platform: 'linux', arch: 'x64' };

  it('uses the stamped .electron-native build unpackaged and resources/native when packaged', () => {
    expect(nativeBindingCandidates({ ...facts, isPackaged: false })).toEqual([
      path.join('/proj', '.electron-native', '38.8.6-linux-x64', 'better_sqlite3.node'),
    ]);
    expect(nativeBindingCandidates({ ...facts, isPackaged: true })).toEqual([path.join('/app/resources', 'native', 'better_sqlite3.node')]);
  });

  it('returns undefined when the build is missing', () => {
    expect(findNativeBinding({ ...facts, isPackaged: false }, () => false)).toBeUndefined();
  });
});
