import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import { helixes } from '../../shared/schemas/enums';
import { exampleFileName } from '../../electron/core/example/example-plan';

let t: TestCore;
beforeAll(() => {
  t = testCore();
});
afterAll(() => t.close());

describe('the example plan', () => {
  it('opens on first start, created in the user’s documents', async () => {
    const opened = await t.call('plan.resume', {});
    expect(opened?.isExample).toBe(true);
    expect(opened?.path).toBe(path.join(t.dir, 'documents', 'S3 Planner', exampleFileName));
    expect(opened?.plan).toMatchObject({ region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 });
    expect((await t.call('app.state', {})).exampleCreated).toBe(true);
  });

  it('holds a realistic strategy: sectors, all four helices, networks, actions, indicators, workshops', async () => {
    const sectors = await t.call('sector.list', {});
    expect(sectors.length).toBeGreaterThanOrEqual(4);
    expect(sectors.length).toBeLessThanOrEqual(6);
    const stakeholders = await t.call('stakeholder.list', {});
    expect(stakeholders.length).toBeGreaterThanOrEqual(40);
    for (const helix of helixes) expect(stakeholders.some((s) => s.helix === helix)).toBe(true);
    expect(stakeholders.every((s) => s.engagements.length > 0)).toBe(true);

    const networks = (await t.call('network.list', {})).map((n) => n.name).join(' | ');
    for (const name of ['S3', 'Interreg Europe', 'Horizon', 'ERRIN', 'TEKEL', 'SEKES', 'SIXNET']) expect(networks).toContain(name);

    expect((await t.call('action.list', {})).length).toBeGreaterThanOrEqual(15);
    const indicators = await t.call('indicator.list', {});
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.every((i) => i.measurementCount > 0 && i.baselineValue !== null && i.targetValue !== null)).toBe(true);
    expect((await t.call('workshop.list', {})).length).toBeGreaterThanOrEqual(3);
  });

  it('records each workshop decision on its own, linked to the actions and sectors that came of it', async () => {
    const { workshops } = await t.call('workshop.discovery', {});
    expect(workshops.map((w) => w.decisions.length)).toEqual([2, 2, 2, 2, 1]);
    const logistics = workshops[1]!.decisions[0]!;
    expect(logistics.text).toMatch(/^Käynnistetään selvitys logistiikkakäytävien/);
    expect(logistics.actions.map((a) => a.title)).toEqual(['Logistiikkakäytävien uudelleensuuntaaminen – selvitys', 'Satamalogistiikan digitaalinen kaksonen']);
    expect(logistics.sectors.map((x) => x.name)).toEqual(['Logistiikka']);
  });

  it('has SIXNET with 128,810 € of AKKE funding to the end of 2023', async () => {
    const sixnet = (await t.call('action.list', {})).find((a) => a.title.startsWith('SIXNET'));
    expect(sixnet).toMatchObject({ plannedCents: 12_881_000, endDate: '2023-12-31', fundingKinds: ['akke'] });
    expect(sixnet?.leadName).toBe('Business Tampere Oy');
  });

  it('has Prizztech in both TEKEL and SEKES', async () => {
    const prizztech = (await t.call('stakeholder.list', {})).find((s) => s.name === 'Prizztech Oy');
    expect(prizztech?.networkCount).toBeGreaterThanOrEqual(2);
  });

  it('has the deliberate gaps the charts call out', async () => {
    const sectors = await t.call('sector.list', {});
    const stakeholders = await t.call('stakeholder.list', {});
    const networks = await t.call('network.list', {});
    const helixGaps = sectors.flatMap((s) =>
      helixes
        .filter((h) => !stakeholders.some((st) => st.helix === h && st.engagements.some((e) => e.sectorId === s.id)))
        .map((h) => `${s.name}: ${h}`),
    );
    expect(helixGaps).toEqual(['Logistiikka: civil']);
    const noInternational = sectors
      .filter((s) => !networks.some((n) => (n.scope === 'eu' || n.scope === 'global') && n.sectorIds.includes(s.id)))
      .map((s) => s.name);
    expect(noInternational).toEqual(['Kulttuuri- ja luovat alat']);
  });

  it('marks invented organisations as example data', async () => {
    const stakeholders = await t.call('stakeholder.list', {});
    const invented = stakeholders.filter((s) => s.name.includes('(esimerkki)'));
    expect(invented.length).toBeGreaterThan(30);
    for (const s of invented) expect((await t.call('stakeholder.get', { id: s.id })).notes, s.name).toContain('simerkki');
  });

  it('is re-created beside an edited copy, never over it', async () => {
    const first = (await t.call('plan.current', {}))!.path;
    await t.call('sector.create', { name: 'Käyttäjän oma kärkiala' });
    const again = await t.call('plan.openExample', { recreate: true });
    expect(again.path).not.toBe(first);
    expect(fs.existsSync(first)).toBe(true);
    expect((await t.call('sector.list', {})).some((s) => s.name === 'Käyttäjän oma kärkiala')).toBe(false);
  });

  it('resumes the last plan on the next start', async () => {
    const last = (await t.call('plan.current', {}))!.path;
    await t.call('plan.close', {});
    const next = testCore();
    try {
      // Same user-data folder: a second start of the app.
      fs.cpSync(path.join(t.dir, 'user-data'), path.join(next.dir, 'user-data'), { recursive: true });
      const core2 = (await import('../../electron/core/dispatch')).createCore({
        userDataDir: path.join(next.dir, 'user-data'),
        documentsDir: path.join(next.dir, 'documents'),
        log: () => {},
      });
      const reply = await core2.dispatch('plan.resume', {});
      expect(reply).toMatchObject({ ok: true, value: { path: last } });
      core2.close();
    } finally {
      next.close();
    }
  });
});
