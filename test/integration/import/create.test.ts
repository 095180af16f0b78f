import path from 'node:path';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { dump, expectUndoable, planCore } from '../handlers/helpers';
import { limits } from '../../../shared/schemas/common';

/** An action's funding as [source, planned over its years], in the order the sources come. */
const perSource = (lines: readonly { fundingSourceId: string; plannedCents: number }[]) => {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(l.fundingSourceId, (sums.get(l.fundingSourceId) ?? 0) + l.plannedCents);
  return [...sums];
};

/**
 * Issue 18: a Finnish project list whose lead organisations and most sectors the plan does not
 * have (test/fixtures/import/hankkeet-fi.csv), Finnish status words, no funding source column.
 */
const file = path.resolve(import.meta.dirname, '../../fixtures/import/hankkeet-fi.csv');

let t: TestCore;
let logistiikka: string;
let erdf: string;
beforeEach(async () => {
  t = await planCore();
  logistiikka = (await t.call('sector.create', { name: 'Logistiikka' })).id;
  erdf = (await t.call('fundingSource.list', {})).find((s) => s.kind === 'erdf')!.id;
});
afterEach(() => t.close());

const open = () => t.call('import.open', { id: randomUUID(), path: file, target: 'actions' });
const values = { status: { 'Odottaa rahoituspäätöstä': 'planned' } };

describe('a project list into a plan without its leads and sectors', () => {
  it('proposes the columns and lists each column’s distinct values (the status words with their rows)', async () => {
    const f = await open();
    expect(f.columns).toEqual(['title', 'lead', 'status', 'startDate', 'endDate', 'sectors', 'plannedCents']);
    expect(f.distinct[2]).toEqual([
      { value: 'Toiminnassa', rows: 3 },
      { value: 'Päättynyt', rows: 1 },
      { value: 'Suunnitteilla', rows: 1 },
      { value: 'Käynnissä', rows: 1 },
      { value: 'Odottaa rahoituspäätöstä', rows: 1 },
    ]);
  });

  it('without a value mapping or a funding source: the unknown word names the values status takes; money needs a source', async () => {
    const f = await open();
    const p = await t.call('import.preview', { id: f.id, columns: f.columns });
    expect(p.issues.filter((i) => i.row === 6)).toEqual([
      { row: 6, column: null, field: null, code: 'fundingSourceMissing' },
      { row: 6, column: 'Tila', field: 'status', code: 'unknownValue', value: 'Odottaa rahoituspäätöstä', params: { enum: 'status' } },
    ]);
    expect(p.badRows).toBe(7);
  });

  it('with the words mapped and one funding source for all rows: the exact rows created, linked and refused', async () => {
    const f = await open();
    const p = await t.call('import.preview', { id: f.id, columns: f.columns, values, defaults: { fundingSource: erdf } });
    expect(p).toMatchObject({ rows: 7, add: 6, update: 0, badRows: 1, skip: 1 });
    expect(p.issues).toEqual([{ row: 8, column: 'Päättymispvm', field: 'endDate', code: 'endBeforeStart', value: '2024-01-01' }]);
    // Case and accents do not make another organisation; the bad row's lead and sector are not created; Logistiikka is linked.
    expect(p.created).toEqual([
      { kind: 'stakeholder', name: 'Kymin Kiertotalous Oy', rows: 2 },
      { kind: 'stakeholder', name: 'Haminan Satamapalvelut Oy', rows: 1 },
      { kind: 'stakeholder', name: 'Kaakkois-Suomen ammattikorkeakoulu', rows: 1 },
      { kind: 'stakeholder', name: 'Hämeen Älytekniikka Oy', rows: 2 },
      { kind: 'sector', name: 'Kiertotalous', rows: 1 },
      { kind: 'sector', name: 'Biotalous', rows: 1 },
      { kind: 'sector', name: 'Energia', rows: 2 },
    ]);
  });

  it('writes the rows and what they refer to as one undo step, with the helix and type chosen for all and for one', async () => {
    const f = await open();
    const input = {
      id: f.id, columns: f.columns, values, defaults: { fundingSource: erdf }, goodRowsOnly: true,
      create: { helix: 'business' as const, type: 'sme' as const, items: { 'stakeholder:Kaakkois-Suomen ammattikorkeakoulu': { helix: 'academia' as const, type: 'uas' as const } } },
    };
    const result = await expectUndoable(t, () => t.call('import.run', input), 'import.actions');
    expect(result).toEqual({ added: 6, updated: 0, skipped: 1, created: 7 });

    const stakeholders = await t.call('stakeholder.list', {});
    expect(stakeholders.map((s) => [s.name, s.helix, s.type])).toEqual([
      ['Haminan Satamapalvelut Oy', 'business', 'sme'],
      ['Hämeen Älytekniikka Oy', 'business', 'sme'],
      ['Kaakkois-Suomen ammattikorkeakoulu', 'academia', 'uas'],
      ['Kymin Kiertotalous Oy', 'business', 'sme'],
    ]);
    const sectors = await t.call('sector.list', {});
    expect(sectors.map((s) => s.name)).toEqual(['Logistiikka', 'Kiertotalous', 'Biotalous', 'Energia']);
    const byName = Object.fromEntries([...stakeholders, ...sectors].map((x) => [x.name, x.id]));
    const actions = await Promise.all((await t.call('action.list', {})).map((a) => t.call('action.get', { id: a.id })));
    const rows = actions
      .map((a) => [a.title, a.status, a.startDate, a.endDate, a.leadStakeholderId, a.sectors.map((s) => s.id), perSource(a.fundingLines)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'fi'));
    expect(rows).toEqual([
      ['Datakeskusten hukkalämpö', 'running', '2024-06-01', '2031-05-31', byName['Hämeen Älytekniikka Oy'], [byName.Energia], [[erdf, 31_000_000]]],
      ['Kiertotalouden pilotit', 'running', '2024-03-01', '2031-02-28', byName['Kymin Kiertotalous Oy'], [byName.Kiertotalous], [[erdf, 25_000_000]]],
      ['Puurakentamisen osaamiskeskus', 'planned', '2030-09-01', '2032-08-31', byName['Kaakkois-Suomen ammattikorkeakoulu'], [byName.Biotalous], [[erdf, 40_000_000]]],
      ['Satamalogistiikan digiloikka', 'completed', '2021-01-01', '2023-12-31', byName['Haminan Satamapalvelut Oy'], [logistiikka], [[erdf, 18_000_000]]],
      ['Vetytalouden selvitys', 'running', '2025-01-01', '2030-12-31', byName['Kymin Kiertotalous Oy'], [byName.Energia], [[erdf, 9_500_000]]],
      ['Älykäs satama', 'planned', '2030-01-01', '2032-12-31', byName['Hämeen Älytekniikka Oy'], [logistiikka], [[erdf, 12_000_000]]],
    ]);
    // A row's amount is the action's total, not a year's: spread over its years by days and marked estimated.
    const port = actions.find((a) => a.title === 'Satamalogistiikan digiloikka')!;
    expect(port.fundingLines.map((l) => [l.year, l.plannedCents, l.estimated])).toEqual([[2021, 6_000_000, true], [2022, 6_000_000, true], [2023, 6_000_000, true]]);
  });

  it('refuses created stakeholders without a helix, and a value for all rows the field does not take; nothing written', async () => {
    const f = await open();
    const before = dump(t);
    expect(await t.fails('import.run', { id: f.id, columns: f.columns, values, defaults: { fundingSource: erdf }, goodRowsOnly: true })).toEqual({
      kind: 'validation', issues: [{ path: 'create.helix', code: 'custom', params: { message: 'importCreateHelixMissing', count: 4 } }],
    });
    expect(await t.fails('import.preview', { id: f.id, columns: f.columns, defaults: { status: 'toiminnassa-ish' } })).toEqual({
      kind: 'validation', issues: [{ path: 'defaults.status', code: 'custom', params: { message: 'importDefaultInvalid', field: 'status' } }],
    });
    expect(dump(t)).toEqual(before);
  });

  it('a value for all rows fills a missing column and a blank cell; the value mapping is saved with the columns', async () => {
    const f = await open();
    const columns = f.columns.map((c) => (c === 'status' ? null : c));
    const p = await t.call('import.preview', { id: f.id, columns, defaults: { fundingSource: erdf, status: 'running' } });
    expect(p).toMatchObject({ add: 6, badRows: 1 });
    await t.call('import.run', { id: f.id, columns: f.columns, values, defaults: { fundingSource: erdf }, goodRowsOnly: true, saveMapping: true, create: { helix: 'business' } });
    const saved = JSON.parse(fs.readFileSync(path.join(t.dir, 'user-data', 'import-mappings.json'), 'utf8'));
    expect(Object.values(saved.mappings.actions)).toMatchObject([{ columns: f.columns, values, defaults: { fundingSource: erdf } }]);
    const again = await open();
    expect(again).toMatchObject({ savedMapping: true, columns: f.columns, values, defaults: { fundingSource: erdf } });
  });

  it('reports the write’s progress with counts (created items and rows together)', async () => {
    const f = await open();
    t.events.length = 0;
    await t.call('import.run', { id: f.id, columns: f.columns, values, defaults: { fundingSource: erdf }, goodRowsOnly: true, create: { helix: 'civil' } });
    const write = t.events.flatMap((e) => (e.name === 'import.progress' && e.phase === 'write' ? [{ done: e.done, total: e.total }] : []));
    expect(write.at(-1)).toEqual({ done: 13, total: 13 });
  });
});

describe('what other lists refer to is created too', () => {
  const csv = (name: string, lines: string[]) => {
    const f = path.join(t.dir, name);
    fs.writeFileSync(f, `${lines.join('\n')}\n`);
    return f;
  };
  const openFile = (f: string, target: 'stakeholders' | 'networks' | 'actions') => t.call('import.open', { id: randomUUID(), path: f, target });

  it('actions: a network (the scope chosen for all, then for it) and a custom funding source, one each however many rows name them', async () => {
    const f = await openFile(csv('verkostot.csv', ['Nimi;Verkostot;Rahoituslähde;Budjetti', 'A;Uusi verkosto;Oma rahasto;1000', 'B;uusi VERKOSTO;oma rahasto;2000', 'C;;EAKR;3000']), 'actions');
    const p = await t.call('import.preview', { id: f.id, columns: f.columns });
    expect(p.created).toEqual([
      { kind: 'network', name: 'Uusi verkosto', rows: 2 },
      { kind: 'fundingSource', name: 'Oma rahasto', rows: 2 },
    ]);
    await expectUndoable(t, () => t.call('import.run', { id: f.id, columns: f.columns, create: { scope: 'eu', items: { 'network:Uusi verkosto': { scope: 'national' } } } }), 'import.actions');
    const networks = await t.call('network.list', {});
    expect(networks.map((n) => [n.name, n.scope, n.membership])).toEqual([['Uusi verkosto', 'national', 'member']]);
    const custom = (await t.call('fundingSource.list', {})).filter((s) => s.kind === 'custom');
    expect(custom.map((s) => s.name)).toEqual(['Oma rahasto']);
    const actions = await Promise.all((await t.call('action.list', {})).map((a) => t.call('action.get', { id: a.id })));
    const byTitle = Object.fromEntries(actions.map((a) => [a.title, a]));
    expect(byTitle.B!.networks.map((n) => n.id)).toEqual([networks[0]!.id]);
    expect(perSource(byTitle.B!.fundingLines)).toEqual([[custom[0]!.id, 200_000]]);
    expect(perSource(byTitle.C!.fundingLines).map(([id]) => id)).toEqual([erdf]);
  });

  it('networks: members created as stakeholders; stakeholders: sectors created with the engagement level written', async () => {
    const n = await openFile(csv('verkosto.csv', ['Nimi;Taso;Jäsenet', 'Satamaklusteri;alueellinen;Kotkan Satama Oy | HaminaKotka Oy']), 'networks');
    await t.call('import.run', { id: n.id, columns: n.columns, create: { helix: 'business', type: 'large_company' } });
    const net = await t.call('network.get', { id: (await t.call('network.list', {}))[0]!.id });
    expect(net.members.map((m) => m.name).sort()).toEqual(['HaminaKotka Oy', 'Kotkan Satama Oy']);
    expect((await t.call('stakeholder.list', {})).map((s) => [s.name, s.helix, s.type])).toEqual([
      ['HaminaKotka Oy', 'business', 'large_company'],
      ['Kotkan Satama Oy', 'business', 'large_company'],
    ]);

    const s = await openFile(csv('toimijat.csv', ['Nimi;Neloskierre;Kärkiala', 'Xamk;tutkimus;Merenkulku (sitoutunut) | logistiikka']), 'stakeholders');
    const p = await t.call('import.preview', { id: s.id, columns: s.columns });
    expect(p.created).toEqual([{ kind: 'sector', name: 'Merenkulku', rows: 1 }]);
    await t.call('import.run', { id: s.id, columns: s.columns });
    const sectors = await t.call('sector.list', {});
    const xamk = (await t.call('stakeholder.list', {})).find((x) => x.name === 'Xamk')!;
    const merenkulku = sectors.find((x) => x.name === 'Merenkulku')!.id;
    expect(xamk.engagements.map((e) => [e.sectorId, e.level]).sort()).toEqual([[logistiikka, 'involved'], [merenkulku, 'committed']].sort());
  });

  it('a name too long for the plan is not created: its row is refused with the reason', async () => {
    const long = `${'Pitkä nimi '.repeat(Math.ceil(limits.name / 11))}Oy`; // longer than a name may be
    const f = await openFile(csv('pitka.csv', ['Nimi;Kärkiala', `Toimija;${long}`]), 'stakeholders');
    const p = await t.call('import.preview', { id: f.id, columns: f.columns, defaults: { helix: 'business' } });
    expect(p.created).toEqual([]);
    expect(p.issues).toEqual([{ row: 2, column: 'Kärkiala', field: 'sectors', code: 'invalidName', value: long }]);
  });
});
