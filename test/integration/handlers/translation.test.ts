import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';
import { localize, missingTranslations, textsById } from '../../../shared/domain/translate';
import { limits } from '../../../shared/schemas/common';

eachSeededPlan();

const plan = () => t.call('plan.get', {});
async function addLanguages(...languages: ('fi' | 'sv' | 'en')[]) {
  const p = await plan();
  await t.call('plan.update', { expectedUpdatedAt: p.updatedAt, languages });
}

describe('multilingual content', () => {
  it('translation.set writes a sector’s texts in the plan’s other languages, one undo step; empty removes one', async () => {
    await addLanguages('fi', 'en', 'sv');
    const written = await expectUndoable(t, () =>
      t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy', description: 'Forests and food' } }),
    );
    expect(written.map((x) => [x.field, x.text])).toEqual([['description', 'Forests and food'], ['name', 'Bioeconomy']]);
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'sv', texts: { name: 'Bioekonomi' } });
    // An empty text takes the translation away (the main language shows again).
    const after = await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { description: '' } });
    expect(after.map((x) => [x.field, x.text])).toEqual([['name', 'Bioeconomy']]);
    expect((await t.call('translation.list', {})).map((x) => `${x.lang}:${x.field}:${x.text}`)).toEqual(['en:name:Bioeconomy', 'sv:name:Bioekonomi']);
    expect((await t.call('translation.list', { lang: 'sv' })).map((x) => x.text)).toEqual(['Bioekonomi']);
    // The sector's own name is the main language's, untouched.
    expect((await t.call('sector.get', { id: s.bio.id })).name).toBe('Biotalous');
  });

  it('refuses the main language, a language the plan does not have, a field that has no translations and a missing thing, writing nothing', async () => {
    await addLanguages('fi', 'en');
    const main = await expectRefused(t, 'translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'fi', texts: { name: 'X' } });
    expect(main).toMatchObject({ kind: 'validation', issues: [{ path: 'lang', params: { message: 'translationIsMain', language: 'fi' } }] });
    const other = await expectRefused(t, 'translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'sv', texts: { name: 'X' } });
    expect(other).toMatchObject({ kind: 'validation', issues: [{ path: 'lang', params: { message: 'translationNotPlanLanguage', language: 'sv' } }] });
    expect(issuesOf(await expectRefused(t, 'translation.set', { owner: 'indicator', ownerId: s.indicator.id, lang: 'en', texts: { description: 'X' } }))).toEqual(['texts.description:notTranslatable']);
    expect(issuesOf(await expectRefused(t, 'translation.set', { owner: 'action', ownerId: s.action.id, lang: 'en', texts: { title: 'x'.repeat(limits.name + 1) } }))).toEqual(['texts.title:too_big']);
    expect(await expectRefused(t, 'translation.set', { owner: 'network', ownerId: missingId, lang: 'en', texts: { name: 'X' } })).toEqual({ kind: 'notFound', entity: 'network', id: missingId });
  });

  it('a save from a form opened before another window saved the same text is refused as a conflict, writing nothing', async () => {
    await addLanguages('fi', 'en');
    // Both windows opened the English form with no name yet; the other one saved first.
    const other = t.window('other');
    await other.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy' }, expected: { name: '' } });
    expect(await expectRefused(t, 'translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bio-economy' }, expected: { name: '' } })).toEqual({
      kind: 'conflict', entity: 'sector', id: s.bio.id,
    });
    expect((await t.call('translation.list', { lang: 'en' })).map((x) => x.text)).toEqual(['Bioeconomy']);
    // From what is stored now, the save goes through.
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bio-economy' }, expected: { name: 'Bioeconomy' } });
    expect((await t.call('translation.list', { lang: 'en' })).map((x) => x.text)).toEqual(['Bio-economy']);
  });

  it('a deleted thing takes its translations with it, and undo brings both back', async () => {
    await addLanguages('fi', 'en');
    await t.call('translation.set', { owner: 'network', ownerId: s.tekel.id, lang: 'en', texts: { name: 'TEKEL network', description: 'Science parks' } });
    await t.call('network.delete', { id: s.tekel.id });
    expect(await t.call('translation.list', {})).toEqual([]);
    await t.call('history.undo', {});
    expect((await t.call('translation.list', { lang: 'en' })).map((x) => x.text)).toEqual(['Science parks', 'TEKEL network']);
  });

  it('localize puts the translations into any read answer, falls back to the main language, and names what is missing', async () => {
    await addLanguages('fi', 'en');
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy' } });
    await t.call('translation.set', { owner: 'action', ownerId: s.action.id, lang: 'en', texts: { title: 'SIXNET (EN)' } });
    const texts = textsById(await t.call('translation.list', { lang: 'en' }), 'en');
    const detail = localize(await t.call('action.get', { id: s.action.id }), texts);
    expect(detail.title).toBe('SIXNET (EN)');
    // Nested references too: the action's sectors, one translated and one not (the fallback).
    expect(detail.sectors.map((x) => x.name)).toEqual(['Bioeconomy', 'Logistiikka']);
    const dashboard = localize(await t.call('dashboard.get', { filters: { sectorIds: [], fundingSourceIds: [], helix: null, fromYear: null, toYear: null } }), texts);
    expect(dashboard.sectors.map((x) => x.name)).toEqual(['Bioeconomy', 'Logistiikka']);
    // A gap names its sector beside the sector's id: that name is translated too.
    expect(new Set(dashboard.coverage.gaps.map((g) => g.sectorName))).toEqual(new Set(['Logistiikka']));
    const withLogistics = new Map([...texts, [s.logistics.id, { name: 'Logistics' }]]);
    expect(new Set(localize(dashboard, withLogistics).coverage.gaps.map((g) => g.sectorName))).toEqual(new Set(['Logistics']));
    const sectors = await t.call('sector.list', {});
    const missing = missingTranslations(sectors.map((x) => ({ id: x.id, texts: { name: x.name } })), texts);
    expect(missing).toEqual([{ id: s.logistics.id, field: 'name' }]);
  });
});

describe('a translations sheet (XLSX)', () => {
  async function sheet(file: string) {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0]!;
    const rows: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? null : String(v)))));
    return { book, ws, rows };
  }

  it('exports every text with one column per plan language, and reads a translator’s edits back as one undo step', async () => {
    await addLanguages('fi', 'en', 'sv');
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy' } });
    const file = path.join(t.dir, 'translations.xlsx');
    const written = await t.call('translation.export', { path: file });
    const { book, ws, rows } = await sheet(file);
    expect(rows[0]).toEqual(['id', 'kind', 'field', 'fi', 'en', 'sv']);
    // Texts empty in the main language are left out (no description written for the sectors).
    expect(rows.slice(1).map((r) => `${r[1]}.${r[2]}: ${r[3]} | ${r[4] ?? ''} | ${r[5] ?? ''}`)).toEqual([
      'plan.name: Testimaakunnan S3 |  | ',
      'sector.name: Biotalous | Bioeconomy | ',
      'sector.name: Logistiikka |  | ',
      'action.title: SIXNET |  | ',
      'indicator.name: Yritysten TKI-hankkeet |  | ',
      'network.name: TEKEL |  | ',
    ]);
    expect(written.rows).toBe(6);

    // The translator fills Swedish, changes an English text, clears one, and edits a Finnish one by mistake.
    const rowOf = (name: string) => rows.findIndex((r) => r[3] === name) + 1;
    ws.getRow(rowOf('Logistiikka')).getCell(6).value = 'Logistik';
    ws.getRow(rowOf('Logistiikka')).getCell(5).value = 'Logistics';
    ws.getRow(rowOf('Biotalous')).getCell(5).value = null;
    ws.getRow(rowOf('TEKEL')).getCell(4).value = 'TEKEL ry';
    ws.addRow(['00000000-0000-4000-8000-000000000000', 'sector', 'name', 'Poistettu', 'Removed', 'Borttagen']);
    await book.xlsx.writeFile(file);

    const read = await t.call('translation.read', { path: file });
    expect(read).toMatchObject({ changed: 3, unknownRows: 1, mainDiffers: 1 });
    await expectUndoable(t, () => t.call('translation.setMany', { texts: read.texts }));
    expect((await t.call('translation.list', {})).map((x) => `${x.lang}:${x.text}`)).toEqual(['en:Logistics', 'sv:Logistik']);
    // The main language is edited on the thing itself: TEKEL kept its name.
    expect((await t.call('network.get', { id: s.tekel.id })).name).toBe('TEKEL');
  });

  it('refuses a sheet that is not this plan’s translations, naming the columns it lacks', async () => {
    await addLanguages('fi', 'en');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Data').addRows([['Nimi', 'Kunta'], ['Prizztech Oy', 'Pori']]);
    const file = path.join(t.dir, 'other.xlsx');
    await book.xlsx.writeFile(file);
    const error = await t.fails('translation.read', { path: file });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ params: { message: 'translationSheetColumns', columns: 'id, kind, field, en' } }] });
  });
});
