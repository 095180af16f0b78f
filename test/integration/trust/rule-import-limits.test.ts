// Rule "reading a file has limits" (issue 13): the import reads only ordinary files, at most
// IMPORT_MAX_BYTES (50 MB, stated in README and in the message). A FIFO (which would block the
// read for ever), a device (/dev/zero never ends: it grew the process to 3.5 GB), a folder, or a
// big sparse file is refused at once with a message in English and Finnish that says why, and
// the plan is unchanged. None of these tests can hang: the core never opens them for reading.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, type AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../renderer/src/errors/describe';
import type { TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { expectRefused, planCore } from '../handlers/helpers';

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

const en = translator('en');
const fi = translator('fi');

/** import.open of `file`: refused with nothing changed; returns the error and its words. */
async function refused(file: string): Promise<{ error: AppError; en: string; fi: string }> {
  const error = await expectRefused(t, 'import.open', { id: randomUUID(), path: file, target: 'stakeholders' });
  const words = { en: describeError(en, error).message, fi: describeError(fi, error).message };
  expect(words.en).toContain(path.basename(file));
  expect(words.fi).toContain(path.basename(file));
  expect(words.en).not.toBe(words.fi);
  expect(words.en).not.toMatch(/files\.problem|unexpected/);
  return { error, ...words };
}

describe('an import', () => {
  it('refuses a FIFO without blocking on it', async () => {
    const fifo = path.join(t.dir, 'stakeholders.csv');
    execFileSync('mkfifo', [fifo]);
    const { error, en: text } = await refused(fifo);
    expect(error).toEqual({ kind: 'file', reason: 'notRegularFile', file: 'stakeholders.csv', detail: 'fifo' });
    expect(text).toMatch(/not an ordinary file/);
  });

  it('refuses a device, directly or through a link named like a spreadsheet', async () => {
    expect((await refused('/dev/zero')).error).toMatchObject({ reason: 'notRegularFile', detail: 'device' });
    const link = path.join(t.dir, 'data.xlsx');
    fs.symlinkSync('/dev/zero', link);
    const { error, fi: text } = await refused(link);
    expect(error).toEqual({ kind: 'file', reason: 'notRegularFile', file: 'data.xlsx', detail: 'device' });
    expect(text).toMatch(/laite/);
  });

  it('refuses a folder', async () => {
    const folder = path.join(t.dir, 'exports.csv');
    fs.mkdirSync(folder);
    const { error, en: text } = await refused(folder);
    expect(error).toMatchObject({ reason: 'notRegularFile', detail: 'directory' });
    expect(text).toMatch(/folder/);
  });

  it('refuses a file over the stated size, and says the size', async () => {
    const big = path.join(t.dir, 'huge.csv');
    fs.writeFileSync(big, 'name;helix\n');
    fs.truncateSync(big, IMPORT_MAX_BYTES + 1); // sparse: no disk used
    const { error, en: textEn, fi: textFi } = await refused(big);
    expect(error).toMatchObject({ kind: 'file', reason: 'tooLarge', file: 'huge.csv' });
    expect(textEn).toContain('50 MB');
    expect(textFi).toContain('50 Mt');
    expect(fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8')).toMatch(/50 MB/);
  });

  it('still reads a file just under the size limit that is not a spreadsheet as such', async () => {
    const edge = path.join(t.dir, 'edge.csv');
    fs.writeFileSync(edge, 'name;helix\n');
    fs.truncateSync(edge, IMPORT_MAX_BYTES); // read in full, then refused for its NUL bytes
    expect((await refused(edge)).error).toMatchObject({ reason: 'notSpreadsheet', detail: 'binary' });
  });
});
