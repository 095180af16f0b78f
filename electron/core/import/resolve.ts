/**
 * Resolves staged rows against the plan as it is now: names of sectors, stakeholders, networks,
 * actions, indicators and funding sources to ids, and each row to an add or an update (by an id
 * column, else by the folded name). A sector, stakeholder, network or funding source the plan
 * does not have is to be created (one per folded name, however many rows name it): its ops
 * carry a placeholder id that the write replaces with the created item's. An unknown action or
 * indicator is a row issue.
 */
import { NameSchema } from '../../../shared/schemas/common';
import type { CreatedKind, RowIssue } from '../../../shared/schemas/import';
import type { EngagementLevel } from '../../../shared/schemas/enums';
import type { ImportTarget } from '../../../shared/domain/import/fields';
import type { Mapped, StagedRow, StagedValue } from '../../../shared/domain/import/stage';
import { nameKey, parseEnum } from '../../../shared/domain/import/values';
import { importedLine, type LineAmounts } from '../../../shared/domain/import/funding-line';
import { committedNeedsNote, spentNeedsNote } from '../../../shared/schemas/action';
import type { ImportLookups, Named } from '../storage/repos/import-repo';

/** Level of a sector listed without one ("Logistiikka" rather than "Logistiikka (sitoutunut)"). */
export const defaultEngagementLevel: EngagementLevel = 'involved';

export interface Op {
  row: number;
  /** Id of the plan row to update; null adds. */
  id: string | null;
  /** Field values with references resolved to ids (only the fields the file gave). */
  values: Record<string, unknown>;
}

/** Something the import creates: `id` is the placeholder its ops carry until it is written. */
export interface Created {
  kind: CreatedKind;
  id: string;
  /** As first written in the file. */
  name: string;
  /** Good rows that refer to it (only those are created). */
  rows: number;
}

export interface Resolution {
  ops: Op[];
  issues: RowIssue[];
  badRows: Set<number>;
  created: Created[];
}

/** Placeholder ids of created items: never a UUID, so never confused with a plan's id. */
export const placeholderPrefix = 'new:';
export const isPlaceholder = (v: unknown): v is string => typeof v === 'string' && v.startsWith(placeholderPrefix);

class Index {
  private readonly byName = new Map<string, string[]>();
  private readonly byReference = new Map<string, string[]>();
  /** Each item's reference, folded ('' when it has none). */
  readonly referenceOf = new Map<string, string>();
  readonly ids = new Set<string>();
  /** Names the plan does not have, by placeholder id (only when the kind is created). */
  readonly created = new Map<string, { name: string; rows: Set<number> }>();
  constructor(items: readonly Named[], readonly kind: CreatedKind | null = null) {
    for (const { id, name, reference } of items) {
      this.ids.add(id);
      push(this.byName, nameKey(name), id);
      const ref = reference ? nameKey(reference) : '';
      this.referenceOf.set(id, ref);
      if (ref) push(this.byReference, ref, id);
    }
  }
  /** The id for a name (or an id), 'none' or 'ambiguous'. */
  find(nameOrId: string): string | 'none' | 'ambiguous' {
    const lower = nameOrId.toLowerCase();
    if (this.ids.has(lower)) return lower;
    return one(this.byName.get(nameKey(nameOrId)));
  }
  /** The placeholder for a name to be created (the same for every row naming it), or null if this kind is not created. */
  create(name: string): string | null {
    if (!this.kind) return null;
    const id = `${placeholderPrefix}${this.kind}:${this.created.size}`;
    this.byName.set(nameKey(name), [id]);
    this.created.set(id, { name, rows: new Set() });
    return id;
  }
  /** A reference from a row: remembered so that only items good rows refer to are created. */
  use(id: string, row: number): void {
    this.created.get(id)?.rows.add(row);
  }
  /** The item with this reference (case- and accent-insensitive). */
  findReference(reference: string): string | 'none' | 'ambiguous' {
    return one(this.byReference.get(nameKey(reference)));
  }
  /** Items of this name that have no reference yet (a row with a reference may claim one of them). */
  unreferenced(name: string): string[] {
    return (this.byName.get(nameKey(name)) ?? []).filter((id) => this.referenceOf.get(id) === '');
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
const one = (hits: string[] | undefined): string | 'none' | 'ambiguous' => (!hits ? 'none' : hits.length > 1 ? 'ambiguous' : hits[0]!);

/**
 * The plan row a file row updates, or null to add it: by an id column; else by its reference
 * (a project code, a business ID), then by name among the rows without a reference that no
 * earlier row of the file claimed — two projects of one title with different codes are two
 * rows; else by name. 'ambiguous' when the row could update more than one.
 */
export function matchRow(own: Index, v: Record<string, StagedValue>, claimed: Set<string>): string | null | 'ambiguous' {
  if (typeof v.id === 'string' && own.ids.has(v.id)) return v.id;
  const name = (v.name ?? v.title) as string | undefined;
  if (typeof v.reference === 'string') {
    const byRef = own.findReference(v.reference);
    if (byRef !== 'none') return byRef;
    const free = name === undefined ? [] : own.unreferenced(name).filter((id) => !claimed.has(id));
    return free.length === 0 ? null : free.length > 1 ? 'ambiguous' : free[0]!;
  }
  const byName = name !== undefined ? own.find(name) : 'none';
  return byName === 'none' ? null : byName;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function resolveRows(target: ImportTarget, rows: readonly StagedRow[], mapped: readonly Mapped[], lookups: ImportLookups, measurementKeys?: Map<string, { id: string }>): Resolution {
  const sectors = new Index(lookups.sectors, 'sector');
  const stakeholders = new Index(lookups.stakeholders, 'stakeholder');
  const networks = new Index(lookups.networks, 'network');
  const sources = new Index([], 'fundingSource');
  const actions = new Index(lookups.actions);
  const indicators = new Index(lookups.indicators);
  const own = { sectors, stakeholders, networks, actions, indicators, measurements: null, fundingSources: null }[target];
  /** Plan rows already matched by an earlier row of the file. */
  const claimed = new Set<string>();
  const header = (key: string) => mapped.find((m) => m.field.key === key)?.header ?? null;
  const issues: RowIssue[] = [];
  const badRows = new Set<number>();
  const ops: Op[] = [];
  const changedOn = today();
  const lines = new Map<string, LineAmounts>();
  for (const l of lookups.fundingLines) if (!lines.has(`${l.actionId}|${l.fundingSourceId}`)) lines.set(`${l.actionId}|${l.fundingSourceId}`, l);

  // Bad rows are resolved too, so the report names every problem of a row at once.
  for (const staged of rows) {
    const { row } = staged;
    const v = staged.values;
    const before = issues.length;
    const issue = (field: string, code: string, value?: string) =>
      issues.push({ row, column: header(field), field, code, ...(value !== undefined ? { value } : {}) });
    /** One reference by name: its id (a placeholder for one to be created), or an issue and null. */
    const ref = (index: Index, field: string, name: string, unknown: string): string | null => {
      let hit = index.find(name);
      // What is created gets the plan's own name rules (the file's cell may be longer than a name).
      if (hit === 'none' && NameSchema.safeParse(name).success) hit = index.create(name) ?? 'none';
      if (hit === 'none') issue(field, NameSchema.safeParse(name).success ? unknown : 'invalidName', name);
      else if (hit === 'ambiguous') issue(field, 'ambiguousName', name);
      else {
        index.use(hit, row);
        return hit;
      }
      return null;
    };
    const refs = (index: Index, field: string, unknown: string): string[] | undefined => {
      const names = v[field] as string[] | undefined;
      if (!names) return undefined;
      return [...new Set(names.map((n) => ref(index, field, n, unknown)).filter((x): x is string => x !== null))];
    };

    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      if (['id', 'sectors', 'members', 'partners', 'networks', 'lead', 'sector', 'action', 'indicator', 'fundingSource', 'engagementLevel', 'engagedOn'].includes(key)) continue;
      out[key] = value;
    }
    let id: string | null = null;
    if (own) {
      const hit = matchRow(own, v, claimed);
      if (hit === 'ambiguous') {
        const field = typeof v.reference === 'string' && own.findReference(v.reference) === 'ambiguous' ? 'reference' : v.title !== undefined ? 'title' : 'name';
        issue(field, 'ambiguousMatch', v[field] as string);
      } else if (hit !== null) {
        id = hit;
        claimed.add(hit);
        // Matched by its code: the plan keeps the code as it writes it ("A10001", not the file's "a10001").
        if (typeof v.reference === 'string' && own.referenceOf.get(hit) === nameKey(v.reference)) delete out.reference;
      }
    }

    switch (target) {
      case 'sectors':
        break;
      case 'fundingSources': {
        // A built-in source named by its words ("EAKR") is taken into use; any other name is a custom source.
        const name = v.name as string;
        const kind = parseEnum('fundingKind', name);
        const builtIn = kind.ok && kind.value !== 'custom' ? kind.value : null;
        id = fundingSource(lookups.fundingSources, name);
        if (builtIn && !id) issue('name', 'unknownFundingSource', name);
        delete out.name;
        if (builtIn) out.kind = builtIn;
        else out.name = name;
        break;
      }
      case 'stakeholders': {
        const items = v.sectors as { name: string; level: string | null }[] | undefined;
        const fallback = (v.engagementLevel as EngagementLevel | undefined) ?? defaultEngagementLevel;
        const on = (v.engagedOn as string | undefined) ?? changedOn;
        const engagements = new Map<string, { sectorId: string; level: EngagementLevel; changedOn: string }>();
        for (const item of items ?? []) {
          const sectorId = ref(sectors, 'sectors', item.name, 'unknownSector');
          if (sectorId) engagements.set(sectorId, { sectorId, level: (item.level as EngagementLevel | null) ?? fallback, changedOn: on });
        }
        out.engagements = [...engagements.values()];
        break;
      }
      case 'networks':
        if (v.sectors) out.sectorIds = sectorIds(v.sectors, ref, sectors);
        if (v.members) out.memberIds = refs(stakeholders, 'members', 'unknownStakeholder');
        break;
      case 'actions': {
        if (v.sectors) out.sectorIds = sectorIds(v.sectors, ref, sectors);
        if (v.partners) out.partnerIds = refs(stakeholders, 'partners', 'unknownStakeholder');
        if (v.networks) out.networkIds = refs(networks, 'networks', 'unknownNetwork');
        if (typeof v.lead === 'string') out.leadStakeholderId = ref(stakeholders, 'lead', v.lead, 'unknownStakeholder');
        if (typeof v.fundingSource === 'string') {
          const source = fundingSource(lookups.fundingSources, v.fundingSource) ?? ref(sources, 'fundingSource', v.fundingSource, 'unknownFundingSource');
          if (source) out.fundingSourceId = source;
        }
        // The line as it will be written (the plan's line of that source, updated): it needs what the editor asks for.
        if (typeof out.fundingSourceId === 'string' && !staged.bad) {
          const money = v as { plannedCents?: number; committedCents?: number; spentCents?: number };
          const line = importedLine(id ? lines.get(`${id}|${out.fundingSourceId}`) : undefined, money);
          if (!committedNeedsNote(line)) issue(money.committedCents !== undefined || !header('spentCents') ? 'committedCents' : 'spentCents', 'committedAbovePlanned');
          if (!spentNeedsNote(line)) issue('spentCents', 'spentAboveCommitted');
        }
        break;
      }
      case 'indicators':
        if (typeof v.sector === 'string') out.sectorId = ref(sectors, 'sector', v.sector, 'unknownSector');
        if (typeof v.action === 'string') out.actionId = ref(actions, 'action', v.action, 'unknownAction');
        break;
      case 'measurements': {
        const indicatorId = ref(indicators, 'indicator', v.indicator as string, 'unknownIndicator');
        if (indicatorId) {
          out.indicatorId = indicatorId;
          id = measurementKeys?.get(`${indicatorId}|${v.measuredOn as string}`)?.id ?? null;
        }
        break;
      }
    }
    if (issues.length > before) badRows.add(row);
    else if (!staged.bad) ops.push({ row, id, values: out });
  }
  const good = new Set(ops.map((o) => o.row));
  const created: Created[] = [];
  for (const index of [stakeholders, sectors, networks, sources]) {
    for (const [id, c] of index.created) {
      const rows = [...c.rows].filter((r) => good.has(r)).length;
      if (rows > 0) created.push({ kind: index.kind!, id, name: c.name, rows });
    }
  }
  return { ops, issues, badRows, created };
}

function sectorIds(
  value: StagedValue,
  ref: (index: Index, field: string, name: string, unknown: string) => string | null,
  sectors: Index,
): string[] {
  const items = value as { name: string; level: string | null }[];
  return [...new Set(items.map((i) => ref(sectors, 'sectors', i.name, 'unknownSector')).filter((x): x is string => x !== null))];
}

/** A source by its id (one value for all rows), a built-in source by its kind's code or word ("EAKR", "erdf"), else a custom source by name. */
function fundingSource(sources: ImportLookups['fundingSources'], text: string): string | null {
  const byId = sources.find((s) => s.id === text.toLowerCase());
  if (byId) return byId.id;
  const kind = parseEnum('fundingKind', text);
  if (kind.ok && kind.value !== 'custom') return sources.find((s) => s.kind === kind.value)?.id ?? null;
  return sources.find((s) => s.kind === 'custom' && nameKey(s.name) === nameKey(text))?.id ?? null;
}
