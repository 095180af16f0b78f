import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import type { ChannelName, Input } from '../../../shared/contract/channels';
import { helixes } from '../../../shared/schemas/enums';
import { dump, planCore, undoDepth } from './helpers';

/**
 * Undo across every kind of command, well past 100 steps: after each command the whole plan is
 * dumped; undoing all of them walks back through exactly those dumps, and redoing walks forward.
 */
let t: TestCore;
beforeAll(async () => {
  t = await planCore();
});
afterAll(() => t.close());

describe('history over 100+ commands of every kind', () => {
  it('undoes and redoes every step exactly, deletes with their relations included', async () => {
    const states = [dump(t)];
    const labels: string[] = [];
    async function run<C extends ChannelName>(channel: C, input: Input<C>) {
      const result = await t.call(channel, input);
      states.push(dump(t));
      labels.push((await t.call('history.state', {})).undo!);
      return result;
    }
    const erdf = (await t.call('fundingSource.list', {})).find((f) => f.kind === 'erdf')!;
    const sectors = [];
    for (const name of ['Biotalous', 'Logistiikka', 'Digitalisaatio']) sectors.push(await run('sector.create', { name }));
    const stakeholders = [];
    for (let i = 0; i < 20; i++) {
      stakeholders.push(await run('stakeholder.create', { name: `Toimija ${i} Oy`, helix: helixes[i % 4]!, type: 'other' }));
    }
    for (const [i, st] of stakeholders.entries()) {
      await run('stakeholder.update', { id: st.id, expectedUpdatedAt: st.updatedAt, municipality: 'Kotka', size: 'small' });
      await run('engagement.set', { stakeholderId: st.id, sectorId: sectors[i % 3]!.id, level: 'informed', changedOn: '2024-01-01' });
      await run('engagement.set', { stakeholderId: st.id, sectorId: sectors[i % 3]!.id, level: 'involved', changedOn: '2024-06-01' });
    }
    const network = await run('network.create', { name: 'ERRIN', scope: 'eu', membership: 'member', sectorIds: [sectors[0]!.id], memberIds: stakeholders.slice(0, 5).map((x) => x.id) });
    const actions = [];
    for (let i = 0; i < 10; i++) {
      actions.push(
        await run('action.create', {
          title: `Hanke ${i}`,
          type: 'project',
          leadStakeholderId: stakeholders[i]!.id,
          sectorIds: [sectors[i % 3]!.id],
          networkIds: [network.id],
          fundingLines: [{ fundingSourceId: erdf.id, plannedCents: 1000 * i }],
          milestones: [{ title: 'Alku', dueDate: '2024-01-01' }],
        }),
      );
    }
    const indicator = await run('indicator.create', { name: 'Mittari', kind: 'output', sectorId: sectors[0]!.id });
    for (let y = 2021; y <= 2030; y++) await run('measurement.add', { indicatorId: indicator.id, value: y - 2020, measuredOn: `${y}-12-31` });
    await run('workshop.create', { title: 'Työpaja', heldOn: '2024-03-01', sectorIds: [sectors[0]!.id], participantIds: [stakeholders[0]!.id], actionIds: [actions[0]!.id] });
    const renamed = await run('sector.update', { id: sectors[0]!.id, expectedUpdatedAt: sectors[0]!.updatedAt, name: 'Bio- ja kiertotalous' });
    await run('sector.archive', { id: sectors[2]!.id, expectedUpdatedAt: sectors[2]!.updatedAt });
    await run('sector.reorder', { ids: [sectors[1]!.id] });
    await run('stakeholder.delete', { id: stakeholders[0]!.id });
    await run('action.delete', { id: actions[1]!.id });
    await run('network.delete', { id: network.id });
    await run('sector.delete', { id: renamed.id });

    const steps = states.length - 1;
    expect(steps).toBeGreaterThan(100);
    expect(await undoDepth(t)).toBe(steps);
    expect(labels).toContain('sector.rename');

    for (let i = steps; i > 0; i--) {
      expect((await t.call('history.state', {})).undo).toBe(labels[i - 1]);
      await t.call('history.undo', {});
      expect(dump(t), `after undoing step ${i} (${labels[i - 1]})`).toEqual(states[i - 1]);
    }
    expect(await t.call('history.state', {})).toMatchObject({ undo: null, undoDepth: 0, redoDepth: steps });
    for (let i = 1; i <= steps; i++) {
      await t.call('history.redo', {});
      expect(dump(t), `after redoing step ${i} (${labels[i - 1]})`).toEqual(states[i]);
    }
    expect(await t.call('history.state', {})).toMatchObject({ redo: null, undoDepth: steps });
  });

  it('a refused command (conflict, notFound, validation) records no step and keeps redo', async () => {
    const sector = await t.call('sector.create', { name: 'Kokeilu' });
    await t.call('sector.update', { id: sector.id, expectedUpdatedAt: sector.updatedAt, name: 'Kokeilu 2' });
    await t.call('history.undo', {});
    const before = await t.call('history.state', {});
    await t.fails('sector.update', { id: sector.id, expectedUpdatedAt: 'stale', name: 'X' });
    await t.fails('sector.delete', { id: '00000000-0000-4000-8000-000000000000' });
    await t.fails('sector.update', { id: sector.id, expectedUpdatedAt: sector.updatedAt, name: '' });
    expect(await t.call('history.state', {})).toEqual(before);
    expect(before.redo).toBe('sector.rename');
  });
});
