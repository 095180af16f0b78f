import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import type { TestCore, Window } from '../../helpers/core';
import { planCore } from '../handlers/helpers';

/**
 * Random sequences of commands from two windows, with undo and redo in each: an undo or redo
 * never changes a row the other window wrote after the step it takes back, a refused one
 * changes nothing, and a redo right after an undo restores the plan exactly.
 */

type Client = 'A' | 'B';
type Op =
  | { kind: 'createSector'; client: Client; name: number }
  | { kind: 'renameSector'; client: Client; pick: number; name: number }
  | { kind: 'deleteSector'; client: Client; pick: number }
  | { kind: 'engage'; client: Client; stakeholder: number; pick: number; level: number }
  | { kind: 'note'; client: Client; stakeholder: number; note: number }
  | { kind: 'undo'; client: Client }
  | { kind: 'redo'; client: Client };

const client = fc.constantFrom<Client>('A', 'B');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createSector' as const), client, name: fc.nat(5) }),
  fc.record({ kind: fc.constant('renameSector' as const), client, pick: fc.nat(9), name: fc.nat(5) }),
  fc.record({ kind: fc.constant('deleteSector' as const), client, pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('engage' as const), client, stakeholder: fc.nat(2), pick: fc.nat(9), level: fc.nat(6) }),
  fc.record({ kind: fc.constant('note' as const), client, stakeholder: fc.nat(2), note: fc.nat(3) }),
  fc.record({ kind: fc.constant('undo' as const), client }),
  fc.record({ kind: fc.constant('undo' as const), client }),
  fc.record({ kind: fc.constant('redo' as const), client }),
);

const levels = ['aware', 'informed', 'consulted', 'involved', 'committed', 'leading', null] as const;
const names = ['Biotalous', 'Logistiikka', 'Energia', 'Matkailu', 'Digitalous', 'Kiertotalous'];

/** Every row of the plan by "table NUL key" → its values: the unit the rule speaks of. */
function snapshot(t: TestCore): Map<string, string> {
  const db = t.core.context.db();
  const out = new Map<string, string>();
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    const keys = (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(name) as { name: string }[]).map((k) => k.name);
    for (const row of db.prepare(`SELECT * FROM main."${name}"`).all() as Record<string, unknown>[]) {
      out.set(`${name}\u0000${JSON.stringify(keys.map((k) => row[k]))}`, JSON.stringify(row));
    }
  }
  return out;
}

function changedRows(before: Map<string, string>, after: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of before) if (after.get(k) !== v) out.add(k);
  for (const k of after.keys()) if (!before.has(k)) out.add(k);
  return out;
}

const same = (a: Map<string, string>, b: Map<string, string>) => changedRows(a, b).size === 0;

interface Write {
  row: string;
  client: Client;
  at: number;
  /** The write was taken back by its own window's undo: the row no longer holds its work. */
  undone: boolean;
}

interface ModelStep {
  /** When the step was last applied (done or redone): writes by others after it block it. */
  at: number;
  /** The rows it wrote when last applied. */
  writes: Write[];
}

describe('property: two windows with undo and redo', () => {
  it.prop([fc.array(op, { minLength: 5, maxLength: 40 })], { numRuns: 40 })('never change a row the other window wrote after the step; redo restores exactly', async (ops) => {
    const t = await planCore();
    try {
      const setup = t.window('setup');
      const stakeholders = [];
      for (const [name, helix, type] of [['Prizztech Oy', 'business', 'development_company'], ['Xamk', 'academia', 'uas'], ['Kotkan kaupunki', 'public', 'municipality']] as const) {
        stakeholders.push((await setup.call('stakeholder.create', { name, helix, type })).id);
      }
      const windows: Record<Client, Window> = { A: t.window('A'), B: t.window('B') };
      const stacks: Record<Client, { undo: ModelStep[]; redo: ModelStep[] }> = { A: { undo: [], redo: [] }, B: { undo: [], redo: [] } };
      /** Every write of a command or redo: which row, by whom, when (an undo writes no work of its own). */
      const writes: Write[] = [];
      const record = (rows: Set<string>, who: Client): Write[] => {
        const made = [...rows].map((row) => ({ row, client: who, at: clock, undone: false }));
        writes.push(...made);
        return made;
      };
      let clock = 0;
      let lastUndo: { client: Client; before: Map<string, string> } | null = null;

      const sectorIds = () => (t.core.context.db().prepare('SELECT id FROM sector ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);

      for (const o of ops) {
        const w = windows[o.client];
        const before = snapshot(t);
        const ids = sectorIds();
        const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
        let reply;
        switch (o.kind) {
          case 'createSector':
            reply = await w.reply('sector.create', { name: names[o.name] });
            break;
          case 'renameSector': {
            const id = pick(o.pick);
            if (!id) continue;
            const s = await w.call('sector.get', { id });
            reply = await w.reply('sector.update', { id, expectedUpdatedAt: s.updatedAt, name: `${names[o.name]} ${clock}` });
            break;
          }
          case 'deleteSector': {
            const id = pick(o.pick);
            if (!id) continue;
            reply = await w.reply('sector.delete', { id });
            break;
          }
          case 'engage': {
            const id = pick(o.pick);
            if (!id) continue;
            reply = await w.reply('engagement.set', { stakeholderId: stakeholders[o.stakeholder], sectorId: id, level: levels[o.level], changedOn: '2024-01-01' });
            break;
          }
          case 'note': {
            const s = await w.call('stakeholder.get', { id: stakeholders[o.stakeholder]! });
            reply = await w.reply('stakeholder.update', { id: s.id, expectedUpdatedAt: s.updatedAt, notes: `muistio ${o.note} ${clock}` });
            break;
          }
          case 'undo':
          case 'redo':
            reply = await w.reply(`history.${o.kind}`, {});
            break;
        }
        clock++;
        const after = snapshot(t);
        const changed = changedRows(before, after);
        const mine = stacks[o.client];

        if (o.kind === 'undo' || o.kind === 'redo') {
          const from = o.kind === 'undo' ? mine.undo : mine.redo;
          const to = o.kind === 'undo' ? mine.redo : mine.undo;
          const step = from.at(-1);
          if (!reply.ok) {
            // Refused: nothing changed, and the step left the window's history.
            expect(reply.error.kind).toBe('undoRefused');
            expect(changed.size).toBe(0);
            expect(step).toBeDefined();
            from.pop();
          } else if (!step) {
            expect(changed.size).toBe(0);
          } else {
            // The rule: no row the other window wrote after the step is touched.
            const other = o.client === 'A' ? 'B' : 'A';
            const blocked = writes.filter((x) => x.client === other && !x.undone && x.at > step.at && changed.has(x.row));
            expect(blocked).toEqual([]);
            from.pop();
            if (o.kind === 'undo') {
              for (const x of step.writes) x.undone = true;
              to.push({ at: clock, writes: [] });
            } else to.push({ at: clock, writes: record(changed, o.client) });
            if (o.kind === 'redo' && lastUndo?.client === o.client) expect(same(after, lastUndo.before)).toBe(true);
          }
          const state = await w.call('history.state', {});
          expect([state.undoDepth, state.redoDepth]).toEqual([mine.undo.length, mine.redo.length]);
          lastUndo = o.kind === 'undo' && reply.ok && step ? { client: o.client, before } : null;
        } else {
          lastUndo = null;
          if (reply.ok && reply.step) {
            mine.undo.push({ at: clock, writes: record(changed, o.client) });
            mine.redo = [];
          } else expect(changed.size).toBe(0);
        }
      }
    } finally {
      t.close();
    }
  });
});
