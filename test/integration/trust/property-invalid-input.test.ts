// Property (issue 13): every command channel of the contract, given generated invalid input
// (a wrong type, a missing or extra field, a value out of range, a malformed or unknown id,
// not an object at all), is refused, and the plan is unchanged: every row of every table and
// the undo depth are compared before and after. The inputs are generated from the contract's
// own zod schemas, so a channel added later is covered without touching this file.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { channels, type ChannelName } from '../../../shared/contract/channels';
import type { TestCore } from '../../helpers/core';
import { broken, type IdSource } from '../../helpers/contract-arbitrary';
import { dump, planCore, seed, undoDepth } from '../handlers/helpers';

const commandChannels = (Object.keys(channels) as ChannelName[]).filter((c) => channels[c].kind === 'command');

let t: TestCore;
let ids: (channel: ChannelName) => IdSource;
let updatedAt: Map<string, string>;
let before: Record<string, string[]>;
let depth: number;

/** The table behind a channel's domain and behind an id field's name. */
const domainTable: Record<string, string> = {
  plan: 'plan', fundingSource: 'funding_source', sector: 'sector', stakeholder: 'stakeholder', engagement: 'engagement',
  network: 'network', action: 'action', indicator: 'indicator', measurement: 'measurement', workshop: 'workshop',
  agenda: 'agenda_item', capture: 'workshop_capture', decision: 'workshop_decision', import: '',
};
const fieldTable: [RegExp, string][] = [
  [/^sectorIds?$/, 'sector'],
  [/^(stakeholderId|leadStakeholderId|partnerIds|memberIds|participantIds|excludeId)$/, 'stakeholder'],
  [/^networkIds?$/, 'network'],
  [/^actionIds?$/, 'action'],
  [/^indicatorId$/, 'indicator'],
  [/^workshopId$/, 'workshop'],
  [/^fundingSourceIds?$/, 'funding_source'],
  [/^agendaItemId$/, 'agenda_item'],
];

beforeAll(async () => {
  t = await planCore();
  const s = await seed(t);
  const vote = await t.call('agenda.add', { workshopId: s.workshop.id, kind: 'vote', title: 'Mikä ensin?', options: ['Kyllä', 'Ei'] });
  await t.call('capture.add', { workshopId: s.workshop.id, agendaItemId: vote.id, kind: 'decision', text: 'Päätettiin jatkaa' });
  const db = t.core.context.db();
  const rows = (table: string) => (table ? (db.prepare(`SELECT * FROM ${table}`).all() as { id: string; updated_at?: string }[]) : []);
  updatedAt = new Map();
  for (const table of Object.values(domainTable)) for (const r of rows(table)) if (r.updated_at) updatedAt.set(r.id, r.updated_at);
  ids = (channel) => ({
    idsFor: (key) => {
      if (key === 'id' || key === 'ids') return rows(domainTable[channel.split('.')[0]!] ?? '').map((r) => r.id);
      const table = fieldTable.find(([re]) => re.test(key))?.[1];
      return table ? rows(table).map((r) => r.id) : [];
    },
  });
  before = dump(t);
  depth = await undoDepth(t);
});
afterAll(() => t.close());

/** A well-formed update names the row's real version, so only the broken part can refuse it. */
function withVersion(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const o = input as Record<string, unknown>;
  if (typeof o.expectedUpdatedAt !== 'string') return input;
  const version = typeof o.id === 'string' ? updatedAt.get(o.id) : (t.core.context.db().prepare('SELECT updated_at AS v FROM plan').get() as { v: string }).v;
  return version ? { ...o, expectedUpdatedAt: version } : input;
}

describe('every command channel refuses invalid input and changes nothing', () => {
  expect(commandChannels.length).toBeGreaterThan(25);
  for (const channel of commandChannels) {
    const schema = channels[channel].input;
    const cases = fc.constant(null).chain(() => broken(schema, ids(channel)))
      .map((c) => ({ ...c, input: withVersion(c.input) }))
      // An unknown id is well-formed: the core, not the schema, must refuse it.
      .filter((c) => c.how === 'unknownId' || !schema.safeParse(c.input).success);
    it.prop([cases], { numRuns: Number(process.env.TRUST_RUNS ?? 40) })(channel, async ({ input, how, where }) => {
      const reply = await t.core.dispatch(channel, input);
      const context = `${channel} ${how} at "${where}": ${JSON.stringify(input)?.slice(0, 400)}`;
      expect(reply.ok, `${context} was accepted`).toBe(false);
      if (!reply.ok) expect(['validation', 'notFound', 'conflict'], `${context} → ${JSON.stringify(reply.error)}`).toContain(reply.error.kind);
      expect(dump(t), context).toEqual(before);
      expect(await undoDepth(t), context).toBe(depth);
    });
  }
});
