import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { planFields, sha256, coreWithPlan, testCore, type TestCore } from '../helpers/core';

/**
 * Walks every channel with bad input: each must answer with a validation error that names
 * the field, and must change nothing (the plan file's bytes, the events, the open plan).
 */
let t: TestCore;
let planPath: string;

beforeAll(async () => ({ t, plan: planPath } = await coreWithPlan({ file: 'walk.s3plan', sector: 'Logistiikka' })));
afterAll(() => t.close());

/** A value no field of the contract accepts (JSON-representable, unlike a symbol). */
const wrong = [[{ nested: true }]];

function badInputs(name: ChannelName): { input: unknown; path: string }[] {
  const schema = channels[name].input as z.ZodType & { shape?: Record<string, unknown> };
  const shape = schema.shape ?? (schema as unknown as { def?: { in?: { shape?: object } } }).def?.in?.shape;
  const keys = Object.keys(shape ?? {});
  const cases: { input: unknown; path: string }[] = keys.map((key) => ({ input: { [key]: wrong }, path: key }));
  cases.push({ input: { notAField: 1 }, path: '' });
  cases.push({ input: 'not an object', path: '' });
  return cases;
}

describe('every channel refuses bad input with field paths and changes nothing', () => {
  const names = Object.keys(channels) as ChannelName[];

  /** The command and session channels whose input has no fields: the walk sends them an unknown field and a non-object only. */
  const takesNoFields: readonly ChannelName[] = ['plan.resume', 'plan.close', 'host.pickPath', 'history.undo', 'history.redo'];
  /** Channels walked to the end, with how many of their fields were sent a wrong value. */
  const walked = new Map<ChannelName, number>();

  for (const name of names) {
    it(name, async () => {
      const before = sha256(planPath);
      const eventCount = t.events.length;
      const cases = badInputs(name);
      for (const { input, path: field } of cases) {
        const error = await t.fails(name, input);
        expect(error.kind, JSON.stringify(input)).toBe('validation');
        if (error.kind !== 'validation') continue;
        const paths = error.issues.map((i) => i.path);
        if (field) expect(paths.some((p) => p === field || p.startsWith(`${field}.`)), `${name} ${paths}`).toBe(true);
        for (const issue of error.issues) expect(issue.code).toMatch(/^[a-z_]+$/);
      }
      await t.core.context.db().pragma('wal_checkpoint'); // no-op in DELETE mode; keeps the file quiet
      expect(sha256(planPath)).toBe(before);
      expect(t.events.length).toBe(eventCount);
      expect((await t.call('plan.current', {}))?.path).toBe(planPath);
      walked.set(name, cases.filter((c) => c.path !== '').length);
    });
  }

  // After the walk (tests run in order): every command and session channel, by name, was walked
  // to the end and sent a wrong value in each of its fields, unless it is listed as taking none.
  it('covers every command and session channel', () => {
    const changing = names.filter((n) => channels[n].kind !== 'query');
    for (const name of changing) {
      expect(walked.has(name), `${name} was not walked`).toBe(true);
      if (takesNoFields.includes(name)) expect(walked.get(name), `${name} has fields now: take it off takesNoFields`).toBe(0);
      else expect(walked.get(name), `${name}: the walk found no field in its input schema`).toBeGreaterThan(0);
    }
    expect(takesNoFields.filter((n) => !(n in channels)), 'names in takesNoFields that are no channel').toEqual([]);
  });

  it('names an unknown channel', async () => {
    expect(await t.fails('sector.explode', {})).toEqual({ kind: 'unknownChannel', channel: 'sector.explode' });
  });

  it('refuses a 10,000-character name and keeps the sectors as they were', async () => {
    const error = await t.fails('sector.create', { name: 'x'.repeat(10_000) });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'name', code: 'too_big', params: { maximum: 500 } }] });
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Logistiikka']);
  });

  it('refuses a plan period that ends before it starts', async () => {
    const error = await t.fails('plan.create', {
      path: path.join(t.dir, 'x.s3plan'),
      fields: { ...planFields, periodStart: 2027, periodEnd: 2021 },
    });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'fields.periodEnd', code: 'custom', params: { message: 'periodEndBeforeStart' } }] });
    expect(fs.existsSync(path.join(t.dir, 'x.s3plan'))).toBe(false);
  });

  it('answers noPlanOpen for plan channels when no plan is open', async () => {
    const other = testCore();
    try {
      expect(await other.fails('sector.create', { name: 'A' })).toEqual({ kind: 'noPlanOpen' });
      expect(await other.fails('stakeholder.list', {})).toEqual({ kind: 'noPlanOpen' });
    } finally {
      other.close();
    }
  });
});
