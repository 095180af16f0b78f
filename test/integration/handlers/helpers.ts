import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { AppError } from '../../../shared/contract/errors';
import { planFields, testCore, type TestCore } from '../../helpers/core';

/** A real core with a new, empty plan file open. */
export async function planCore(): Promise<TestCore> {
  const t = testCore();
  await t.call('plan.create', { path: path.join(t.dir, 'plan.s3plan'), fields: planFields });
  return t;
}

/** Every row of every table of the plan, in a stable order: equal dumps mean equal plans. */
export function dump(t: TestCore): Record<string, string[]> {
  const db = t.core.context.db();
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT * FROM main."${name}"`).all() as object[]).map((r) => JSON.stringify(r)).sort()]));
}

export const undoDepth = async (t: TestCore) => (await t.call('history.state', {})).undoDepth;

/**
 * Runs one command and checks it is exactly one undo step: undo restores every table to the
 * row, redo brings every row of its result back. Returns what the command returned.
 */
export async function expectUndoable<T>(t: TestCore, run: () => Promise<T>, label?: string): Promise<T> {
  const before = dump(t);
  const depth = await undoDepth(t);
  const result = await run();
  const after = dump(t);
  expect(after).not.toEqual(before);
  const state = await t.call('history.state', {});
  expect(state.undoDepth).toBe(depth + 1);
  if (label) expect(state.undo).toBe(label);
  await t.call('history.undo', {});
  expect(dump(t)).toEqual(before);
  await t.call('history.redo', {});
  expect(dump(t)).toEqual(after);
  return result;
}

/** A refused command: returns its error, having checked that no row changed and no step was recorded. */
export async function expectRefused(t: TestCore, channel: string, input: unknown): Promise<AppError> {
  const before = dump(t);
  const depth = await undoDepth(t);
  const error = await t.fails(channel, input);
  expect(dump(t)).toEqual(before);
  expect(await undoDepth(t)).toBe(depth);
  return error;
}

/** The paths and custom messages of a validation error, for compact expectations. */
export function issuesOf(error: AppError): string[] {
  if (error.kind !== 'validation') return [`not validation: ${error.kind}`];
  return error.issues.map((i) => (i.code === 'custom' ? `${i.path}:${String(i.params?.message)}` : `${i.path}:${i.code}`));
}

export const missingId = '00000000-0000-4000-8000-000000000000';

/** A small plan: two sectors, stakeholders in all four helices, a network, an action, an indicator, a workshop. */
export async function seed(t: TestCore) {
  const bio = await t.call('sector.create', { name: 'Biotalous' });
  const logistics = await t.call('sector.create', { name: 'Logistiikka' });
  const prizztech = await t.call('stakeholder.create', { name: 'Prizztech Oy', helix: 'business', type: 'development_company' });
  const xamk = await t.call('stakeholder.create', { name: 'Kaakkois-Suomen ammattikorkeakoulu', helix: 'academia', type: 'uas' });
  const kotka = await t.call('stakeholder.create', { name: 'Kotkan kaupunki', helix: 'public', type: 'municipality' });
  const villages = await t.call('stakeholder.create', { name: 'Kymenlaakson Kylät ry', helix: 'civil', type: 'association' });
  for (const [s, level] of [[prizztech, 'committed'], [xamk, 'involved'], [kotka, 'leading'], [villages, 'aware']] as const) {
    await t.call('engagement.set', { stakeholderId: s.id, sectorId: bio.id, level, changedOn: '2024-02-01' });
  }
  await t.call('engagement.set', { stakeholderId: prizztech.id, sectorId: logistics.id, level: 'informed', changedOn: '2024-03-01' });
  const tekel = await t.call('network.create', { name: 'TEKEL', scope: 'national', membership: 'member', sectorIds: [bio.id], memberIds: [prizztech.id, xamk.id] });
  const sources = await t.call('fundingSource.list', {});
  const erdf = sources.find((s) => s.kind === 'erdf')!;
  const akke = sources.find((s) => s.kind === 'akke')!;
  const action = await t.call('action.create', {
    title: 'SIXNET',
    type: 'project',
    leadStakeholderId: prizztech.id,
    status: 'running',
    startDate: '2022-01-01',
    endDate: '2023-12-31',
    sectorIds: [bio.id, logistics.id],
    partnerIds: [xamk.id],
    networkIds: [tekel.id],
    fundingLines: [{ fundingSourceId: akke.id, plannedCents: 12_881_000, committedCents: 12_881_000, spentCents: 5_000_000 }],
    milestones: [{ title: 'Kick-off', dueDate: '2022-02-01', doneDate: '2022-02-03' }],
  });
  const indicator = await t.call('indicator.create', { name: 'Yritysten TKI-hankkeet', kind: 'output', unit: 'kpl', sectorId: bio.id, baselineValue: 3, baselineYear: 2021, targetValue: 20, targetYear: 2027 });
  for (const [value, measuredOn] of [[4, '2022-12-31'], [9, '2023-12-31'], [14, '2024-12-31']] as const) {
    await t.call('measurement.add', { indicatorId: indicator.id, value, measuredOn });
  }
  const workshop = await t.call('workshop.create', {
    title: 'Biotalouden työpaja',
    heldOn: '2024-04-10',
    place: 'Kotka',
    sectorIds: [bio.id],
    participantIds: [prizztech.id, kotka.id, villages.id],
    actionIds: [action.id],
  });
  return { bio, logistics, prizztech, xamk, kotka, villages, tekel, erdf, akke, action, indicator, workshop };
}
export type Seeded = Awaited<ReturnType<typeof seed>>;

/** The running test's core and seed, set by eachSeededPlan (live bindings: read them inside tests). */
export let t: TestCore;
export let s: Seeded;

/** Gives each test of the file calling it a new plan file with the small seed (`t`, `s`), closed after the test. */
export function eachSeededPlan(): void {
  beforeEach(async () => {
    t = await planCore();
    s = await seed(t);
  });
  afterEach(() => t.close());
}
