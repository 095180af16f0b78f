// Rule "messages that name the problem" (issue 13), the part about files and typed values:
// an export to a folder the user may not write to, to a read-only disk, to a full disk or to a
// folder that does not exist each comes back as its own error (not `internal`, not a generic
// "could not be read or written") with words in English and Finnish, and leaves no partial or
// temporary file. A typed value that is not one ("abc" in a measurement, "12,3456" in an amount)
// says what to enter, with an example written the UI language's way.
//
// The disk errors are the kernel's own: the export runs in a child process in a user namespace,
// as an unprivileged user over a folder it may not write to, or with a 16 KB disk and a read-only
// disk mounted (tmpfs). Where user namespaces are not allowed those cases are skipped (and say so).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../renderer/src/errors/describe';
import { readErrors } from '../../../renderer/src/errors/read-problem';
import { actionFields } from '../../../renderer/src/features/actions/action-fields';
import { kindsOf } from '../../../renderer/src/components/editor/fields';
import type { FieldKinds } from '../../../shared/domain/reading';
import { bundleForNode } from '../../helpers/bundle';
import { tempDir, testCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';

const actionKinds = kindsOf(actionFields);
const en = translator('en');
const fi = translator('fi');
const generic = [en('errors.file.io', { file: 'x' }), en('errors.internal', { ref: 'x' })];

let dir: string;
let child: string;
beforeAll(() => {
  dir = tempDir('s3-messages-');
  child = bundleForNode(path.join(import.meta.dirname, '..', '..', 'helpers', 'export-child.ts'), 'export-child');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Whether this machine lets a process make a user (and mount) namespace. */
const namespaces = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;

interface ChildResult {
  target: string;
  reply: { ok: false; error: AppError } | { ok: true };
  left: string[];
}
const parse = (out: string): ChildResult[] => out.trim().split('\n').map((l) => JSON.parse(l) as ChildResult);

/** The error's words: its own message in both languages, naming the file, not a generic one. */
function words(error: AppError, file: string): { en: string; fi: string } {
  const text = { en: describeError(en, error).message, fi: describeError(fi, error).message };
  expect(text.en).toContain(file);
  expect(text.fi).toContain(file);
  expect(text.en).not.toBe(text.fi);
  expect(generic).not.toContain(text.en);
  expect(text.en).not.toMatch(/files\.problem/);
  return text;
}

describe('an export that cannot be written', () => {
  it.skipIf(!namespaces)('to a folder the user may not write to says so', () => {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(locked, 0o555);
    const target = path.join(locked, 'coverage.csv');
    // Mapped to an ordinary user with no privileges (root would write anyway).
    const out = execFileSync('unshare', ['--user', '--map-user=1000', '--map-group=1000', process.execPath, child, target], { encoding: 'utf8' });
    const [r] = parse(out);
    expect(r!.reply).toEqual({ ok: false, error: { kind: 'file', reason: 'folderReadOnly', file: 'coverage.csv', detail: 'EACCES' } });
    expect(r!.left).toEqual([]);
    const text = words((r!.reply as { error: AppError }).error, 'coverage.csv');
    expect(text.en).toMatch(/cannot be written to/);
    expect(text.fi).toMatch(/ei voi kirjoittaa/);
  });

  it.skipIf(!namespaces)('to a full disk or a read-only disk says which, and leaves no partial file', () => {
    const full = path.join(dir, 'full');
    const readOnly = path.join(dir, 'read-only');
    fs.mkdirSync(full);
    fs.mkdirSync(readOnly);
    const script = 'mount -t tmpfs -o size=16k tmpfs "$1" && mount -t tmpfs -o ro tmpfs "$2" && shift 2 && exec "$@"';
    const out = execFileSync(
      'unshare',
      ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', full, readOnly, process.execPath, child, path.join(full, 'rahoitus.csv'), path.join(readOnly, 'kattavuus.csv')],
      { encoding: 'utf8' },
    );
    const [disk, ro] = parse(out);
    expect(disk!.reply).toEqual({ ok: false, error: { kind: 'file', reason: 'diskFull', file: 'rahoitus.csv', detail: 'ENOSPC' } });
    expect(disk!.left).toEqual([]);
    expect(words((disk!.reply as { error: AppError }).error, 'rahoitus.csv').en).toMatch(/disk is full/);
    expect(ro!.reply).toEqual({ ok: false, error: { kind: 'file', reason: 'folderReadOnly', file: 'kattavuus.csv', detail: 'EROFS' } });
    expect(ro!.left).toEqual([]);
  });

  it('to a folder that does not exist says so', async () => {
    const t = testCore();
    try {
      const error = await t.fails('export.table', { path: path.join(t.dir, 'no such folder', 'x.csv'), format: 'csv', language: 'en', headers: ['a'], rows: [['b']] });
      expect(error).toEqual({ kind: 'file', reason: 'folderNotFound', file: 'x.csv', detail: 'ENOENT' });
      expect(words(error, 'x.csv').en).toMatch(/does not exist/);
      const folder = path.join(t.dir, 'a folder.csv');
      fs.mkdirSync(folder);
      const isFolder = await t.fails('export.table', { path: folder, format: 'csv', language: 'en', headers: ['a'], rows: [['b']], overwrite: true });
      expect(isFolder).toEqual({ kind: 'file', reason: 'notRegularFile', file: 'a folder.csv', detail: 'directory' });
      expect(words(isFolder, 'a folder.csv').en).toMatch(/is a folder/);
    } finally {
      t.close();
    }
  });
});

describe('a typed value that is not one', () => {
  /** The measurement form's fields (renderer/src/features/indicators/IndicatorsScreen.tsx). */
  const measurementKinds: FieldKinds = { value: 'decimal', measuredOn: 'date' };
  const problems = (lng: 'en' | 'fi', values: Record<string, unknown>, kinds: FieldKinds) => readErrors(lng === 'en' ? en : fi, values, kinds, lng).errors;

  it('in a measurement says to enter a number or a date, with an example', () => {
    expect(problems('en', { value: 'abc', measuredOn: 'yesterday' }, measurementKinds)).toEqual({
      value: 'Enter a number, for example 12.5.',
      measuredOn: expect.stringMatching(/^Enter a date, for example .*2027/),
    });
    expect(problems('fi', { value: 'abc', measuredOn: 'eilen' }, measurementKinds)).toEqual({
      value: 'Anna luku, esimerkiksi 12,5.',
      measuredOn: expect.stringMatching(/^Anna päivämäärä, esimerkiksi 31\.12\.2027/),
    });
  });

  it('in a year says to enter four digits, e.g. 2027; in a whole number, e.g. 1,500', () => {
    const kinds: FieldKinds = { targetYear: 'year', count: 'integer' };
    expect(problems('en', { targetYear: '27', count: 'abc' }, kinds)).toEqual({ targetYear: 'Enter a year with four digits, for example 2027.', count: 'Enter a whole number, for example 1,500.' });
    expect(problems('fi', { targetYear: 'abc', count: '1,5' }, kinds)).toEqual({ targetYear: 'Anna vuosi neljällä numerolla, esimerkiksi 2027.', count: expect.stringMatching(/^Anna kokonaisluku, esimerkiksi 1\s500\.$/) });
  });

  it('in an amount says to enter euros with an example, or asks which of two readings was meant', () => {
    const line = (plannedCents: string) => ({ fundingLines: [{ plannedCents, committedCents: '0', spentCents: '0' }] });
    expect(problems('en', line('12,3456'), actionKinds)).toEqual({ 'fundingLines.0.plannedCents': 'Enter an amount in euros, for example €1,250.50.' });
    expect(problems('fi', line('abc'), actionKinds)['fundingLines.0.plannedCents']).toMatch(/^Anna summa euroina, esimerkiksi 1\s250,50\s€\.$/);
    // "12,345" in the Finnish UI is not 12.345 €: the field asks instead of guessing.
    expect(problems('fi', line('12,345'), actionKinds)['fundingLines.0.plannedCents']).toMatch(/12\s345\s€/);
  });
});
