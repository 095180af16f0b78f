import type { Db } from '../../electron/core/storage/connection';

/**
 * The plan tables a statement opens, from its compiled program (OpenRead/OpenWrite of a table's
 * root page; an index counts for its table). EXPLAIN compiles every branch, so a table read only
 * under some parameters counts too.
 */
export function tablesOf(db: Db, sql: string, args: unknown[]): string[] {
  const roots = new Map((db.prepare('SELECT rootpage, tbl_name FROM main.sqlite_master WHERE rootpage > 0').all() as { rootpage: number; tbl_name: string }[]).map((r) => [r.rootpage, r.tbl_name]));
  const program = db.prepare(`EXPLAIN ${sql}`).all(...args) as { opcode: string; p2: number; p3: number }[];
  const out = new Set<string>();
  for (const op of program) if ((op.opcode === 'OpenRead' || op.opcode === 'OpenWrite') && op.p3 === 0 && roots.has(op.p2)) out.add(roots.get(op.p2)!);
  return [...out];
}
