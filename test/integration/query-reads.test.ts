import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { planTables } from '../../shared/contract/tables';
import { impactEntities } from '../../shared/schemas/impact';
import { testCore, type TestCore } from '../helpers/core';
import { tablesOf } from '../helpers/sql-tables';

/**
 * Each query channel declares the plan tables it reads (the renderer refetches a query only
 * when a change touched one of them). This checks the declarations against the SQL itself:
 * every statement a query prepares is compiled, and the tables whose b-trees it opens (an
 * index counts for its table) must be exactly the declared ones.
 */
let t: TestCore;
/** Every id of each entity: some queries read more for some rows (an indicator of an action). */
let ids: Record<string, string[]>;

beforeAll(async () => {
  t = testCore();
  await t.call('plan.resume', {}); // the example plan: every table has rows
  const all = (table: string) => (t.core.context.db().prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id);
  ids = Object.fromEntries(
    Object.entries({ sector: 'sector', stakeholder: 'stakeholder', network: 'network', action: 'action', indicator: 'indicator', workshop: 'workshop', measurement: 'measurement', fundingSource: 'funding_source' }).map(([k, table]) => [k, all(table)]),
  );
});
afterAll(() => t.close());

function inputFor(name: ChannelName): unknown {
  const entity = name.split('.')[0]!;
  if (name.endsWith('.get') && name !== 'plan.get' && name !== 'dashboard.get' && name !== 'assessment.get') return ids[entity]!.map((id) => ({ id }));
  if (name === 'plan.impact') return impactEntities.flatMap((entity) => ids[entity]!.slice(0, 20).map((id) => ({ entity, id })));
  if (name === 'stakeholder.duplicates') return { name: 'Xamk' };
  if (name === 'agenda.list' || name === 'capture.list' || name === 'decision.list') return ids.workshop!.map((workshopId) => ({ workshopId }));
  if (name === 'sector.list') return { includeArchived: true };
  if (name === 'engagement.history') return ids.stakeholder!.slice(0, 20).map((stakeholderId) => ({ stakeholderId }));
  return {};
}

const queries = (Object.keys(channels) as ChannelName[]).filter((n) => channels[n].kind === 'query' && channels[n].reads !== undefined);

describe('query channels declare the plan tables they read', () => {
  it('the contract’s table list is the plan file’s', () => {
    const tables = (t.core.context.db().prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    expect([...planTables].sort()).toEqual(tables.sort());
  });

  it('every query channel either declares its tables or is not about the plan’s rows', () => {
    const undeclared = (Object.keys(channels) as ChannelName[]).filter((n) => channels[n].kind === 'query' && channels[n].reads === undefined);
    // App state, the open file's own history and an import session: no plan table decides them.
    expect(undeclared.sort()).toEqual(['app.state', 'history.state', 'import.preview']);
  });

  for (const name of queries) {
    it(`${name} reads exactly ${[...(channels[name].reads ?? [])].join(', ') || 'nothing'}`, async () => {
      const db = t.core.context.db();
      // Every statement the query runs, with the values it was run with (EXPLAIN needs them).
      const seen: { sql: string; args: unknown[] }[] = [];
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        const stmt = prepare(sql);
        return new Proxy(stmt, {
          get(target, key, receiver) {
            const value = Reflect.get(target, key, receiver);
            if (typeof value !== 'function') return value;
            if (key === 'get' || key === 'all' || key === 'iterate' || key === 'run')
              return (...args: unknown[]) => {
                seen.push({ sql, args });
                return (value as (...a: unknown[]) => unknown).apply(target, args);
              };
            return (...args: unknown[]) => {
              const out = (value as (...a: unknown[]) => unknown).apply(target, args);
              return out === target ? receiver : out;
            };
          },
        });
      }) as typeof db.prepare;
      try {
        // A channel whose reads depend on its input (plan.impact per entity) runs with each.
        const input = inputFor(name);
        for (const one of Array.isArray(input) ? input : [input]) await t.call(name, one as never);
      } finally {
        db.prepare = prepare;
      }
      const read = new Set(seen.flatMap(({ sql, args }) => tablesOf(db, sql, args)));
      expect([...read].sort()).toEqual([...(channels[name].reads ?? [])].sort());
      for (const table of read) expect(planTables).toContain(table);
    });
  }
});
