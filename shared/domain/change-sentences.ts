import type { Change } from './plan-diff';
import { keyValues, rowKey, type Cell, type PlanState, type Row } from './plan-state';
import { formatCents, formatDate, formatNumber } from './format';
import { inSentence, sentence, type Translate } from './statements/translate';

/**
 * The sentences of a comparison ("Planned ERDF for “X”: 120 000 € → 150 000 €"), derived once
 * here for the Versions screen, the XLSX export and the PDF chapter. Each table has a small
 * descriptor: the concept it is grouped under, how a row is named (its name or title, or the
 * names of the rows it links), and how each field reads. A table with no descriptor (one a
 * later migration adds) still gets generic sentences under "other".
 */

export const concepts = ['sectors', 'stakeholders', 'engagement', 'networks', 'actions', 'indicators', 'workshops', 'other'] as const;
export type Concept = (typeof concepts)[number];

/** How a field's value reads: text, money in cents, a date, a number, a yes/no, an enum by its catalogue words, a reference by the row's name. */
export type FieldFormat = 'text' | 'money' | 'date' | 'number' | 'year' | 'flag' | { enum: string } | { ref: string };

export interface Ref {
  column: string;
  table: string;
  /** The placeholder the table's name template gives the referenced row's name. */
  role: string;
}

export interface Descriptor {
  concept: Concept;
  /** versions.entity.<entity>: "sector", "funding line". */
  entity: string;
  /** The column that names a row (name, title, text). */
  name?: string;
  /** Rows this one points to; a link table or a child row is named by them (versions.name.<table>). */
  refs?: readonly Ref[];
  /** Columns read after the name ("ERDF 2024" once funding lines have a year). */
  qualifiers?: readonly string[];
  /** Fields shown in the sentence of a new row ("New stakeholder “Y”, civil society"). */
  summary?: readonly string[];
  fields?: Readonly<Record<string, FieldFormat>>;
  /** Link tables: one sentence per added or removed pair (versions.link.<table>.added/removed). */
  link?: boolean;
  /** Rows that only record how others changed (engagement history): diffed, not listed. */
  quiet?: boolean;
}

const translation = (owner: string, concept: Concept): Descriptor => ({
  concept,
  entity: 'translation',
  refs: [{ column: `${owner}_id`, table: owner, role: 'owner' }],
  qualifiers: ['lang', 'field'],
  fields: { text: 'text' },
});

export const descriptors: Readonly<Record<string, Descriptor>> = {
  plan: { concept: 'other', entity: 'plan', name: 'name', fields: { period_start: 'number', period_end: 'number' } },
  plan_translation: translation('plan', 'other'),
  sector: { concept: 'sectors', entity: 'sector', name: 'name', fields: { sort_order: 'number', archived: 'flag' } },
  sector_translation: translation('sector', 'sectors'),
  stakeholder: {
    concept: 'stakeholders',
    entity: 'stakeholder',
    name: 'name',
    summary: ['helix'],
    fields: { helix: { enum: 'helix' }, type: { enum: 'stakeholderType' }, size: { enum: 'size' } },
  },
  engagement: {
    concept: 'engagement',
    entity: 'engagement',
    link: true,
    refs: [
      { column: 'stakeholder_id', table: 'stakeholder', role: 'stakeholder' },
      { column: 'sector_id', table: 'sector', role: 'sector' },
    ],
    summary: ['level'],
    fields: { level: { enum: 'engagement' }, changed_on: 'date' },
  },
  engagement_history: { concept: 'engagement', entity: 'engagement', quiet: true },
  network: { concept: 'networks', entity: 'network', name: 'name', fields: { scope: { enum: 'scope' }, membership: { enum: 'membership' } } },
  network_translation: translation('network', 'networks'),
  network_sector: { concept: 'networks', entity: 'network', link: true, refs: [{ column: 'network_id', table: 'network', role: 'a' }, { column: 'sector_id', table: 'sector', role: 'b' }] },
  network_member: { concept: 'networks', entity: 'network', link: true, refs: [{ column: 'stakeholder_id', table: 'stakeholder', role: 'a' }, { column: 'network_id', table: 'network', role: 'b' }] },
  action: {
    concept: 'actions',
    entity: 'action',
    name: 'title',
    fields: { type: { enum: 'actionType' }, status: { enum: 'status' }, start_date: 'date', end_date: 'date', progress: 'number', lead_stakeholder_id: { ref: 'stakeholder' } },
  },
  action_translation: translation('action', 'actions'),
  action_sector: { concept: 'actions', entity: 'action', link: true, refs: [{ column: 'action_id', table: 'action', role: 'a' }, { column: 'sector_id', table: 'sector', role: 'b' }] },
  action_partner: { concept: 'actions', entity: 'action', link: true, refs: [{ column: 'stakeholder_id', table: 'stakeholder', role: 'a' }, { column: 'action_id', table: 'action', role: 'b' }] },
  action_network: { concept: 'actions', entity: 'action', link: true, refs: [{ column: 'action_id', table: 'action', role: 'a' }, { column: 'network_id', table: 'network', role: 'b' }] },
  funding_source: { concept: 'actions', entity: 'funding_source', name: 'name', fields: { kind: { enum: 'fundingKind' }, in_use: 'flag', sort_order: 'number' } },
  funding_line: {
    concept: 'actions',
    entity: 'funding_line',
    refs: [
      { column: 'funding_source_id', table: 'funding_source', role: 'source' },
      { column: 'action_id', table: 'action', role: 'action' },
    ],
    // A line is per source and year (migration 5): "Planned ERDF 2024 for X".
    qualifiers: ['year'],
    summary: ['planned_cents'],
    fields: { year: 'year', estimated: 'flag', planned_cents: 'money', committed_cents: 'money', spent_cents: 'money', funding_source_id: { ref: 'funding_source' }, action_id: { ref: 'action' } },
  },
  milestone: { concept: 'actions', entity: 'milestone', name: 'title', fields: { due_date: 'date', done_date: 'date', action_id: { ref: 'action' } } },
  indicator: {
    concept: 'indicators',
    entity: 'indicator',
    name: 'name',
    fields: {
      kind: { enum: 'indicatorKind' },
      baseline_value: 'number',
      baseline_year: 'number',
      target_value: 'number',
      target_year: 'number',
      sector_id: { ref: 'sector' },
      action_id: { ref: 'action' },
    },
  },
  indicator_translation: translation('indicator', 'indicators'),
  measurement: {
    concept: 'indicators',
    entity: 'measurement',
    refs: [{ column: 'indicator_id', table: 'indicator', role: 'indicator' }],
    qualifiers: ['measured_on'],
    summary: ['value'],
    fields: { value: 'number', measured_on: 'date' },
  },
  workshop: { concept: 'workshops', entity: 'workshop', name: 'title', fields: { held_on: 'date' } },
  workshop_sector: { concept: 'workshops', entity: 'workshop', link: true, refs: [{ column: 'workshop_id', table: 'workshop', role: 'a' }, { column: 'sector_id', table: 'sector', role: 'b' }] },
  workshop_participant: { concept: 'workshops', entity: 'workshop', link: true, refs: [{ column: 'stakeholder_id', table: 'stakeholder', role: 'a' }, { column: 'workshop_id', table: 'workshop', role: 'b' }] },
  workshop_action: { concept: 'workshops', entity: 'workshop', link: true, refs: [{ column: 'workshop_id', table: 'workshop', role: 'a' }, { column: 'action_id', table: 'action', role: 'b' }] },
  agenda_item: { concept: 'workshops', entity: 'agenda_item', name: 'title', fields: { position: 'number' } },
  workshop_capture: { concept: 'workshops', entity: 'capture', name: 'text', fields: { recorded_at: 'date' } },
};

/** A table's descriptor; an unknown table is "other", its rows named by a name or title column if they have one. */
export function descriptorOf(table: string): Descriptor {
  return descriptors[table] ?? { concept: 'other', entity: 'other' };
}

/** Columns never shown as a changed field: the row's identity. */
const IDENTITY = new Set(['id']);

/**
 * The rows the sentences name, from either side of the comparison: each changed row and the
 * rows it refers to. The core sends this with the changes, so the screen never needs the states.
 */
export type ChangeContext = Record<string, Record<string, Row>>;

export function contextFor(changes: readonly Change[], before: PlanState, after: PlanState): ChangeContext {
  const out: ChangeContext = {};
  const put = (table: string, key: string) => {
    const row = after.tables[table]?.[key] ?? before.tables[table]?.[key];
    if (!row || out[table]?.[key]) return row;
    (out[table] ??= {})[key] = row;
    return row;
  };
  const refsOf = (table: string, row: Row) => {
    const d = descriptorOf(table);
    for (const r of d.refs ?? []) if (typeof row[r.column] === 'string') put(r.table, rowKey([row[r.column]!]));
    for (const [column, f] of Object.entries(d.fields ?? {})) if (typeof f === 'object' && 'ref' in f && typeof row[column] === 'string') put(f.ref, rowKey([row[column]!]));
  };
  for (const c of changes) {
    const row = put(c.table, c.key);
    if (row) refsOf(c.table, row);
    // A reference field's old target (removed since) is named too.
    if (c.kind === 'changed') {
      const f = descriptorOf(c.table).fields?.[c.field!];
      if (f && typeof f === 'object' && 'ref' in f && typeof c.before === 'string') put(f.ref, rowKey([c.before]));
    }
  }
  return out;
}

export interface ChangeLine {
  concept: Concept;
  table: string;
  key: string;
  kind: Change['kind'];
  field?: string;
  /** The sentence a reader follows. */
  text: string;
}

const LONG_TEXT = 60;

/** Sentences for the changes, in the order given; quiet tables and identity fields are left out. */
export function changeLines(changes: readonly Change[], context: ChangeContext, t: Translate, lng: string): ChangeLine[] {
  const s = new Sentences(context, t, lng);
  const removed = new Set(changes.filter((c) => c.kind === 'removed').map((c) => `${c.table}\u0000${c.key}`));
  // A row removed with what it belongs to (an action's sectors and money with the action) is
  // said by that removal: "Action “X” removed", not one line per link.
  const goesWithParent = (c: Change, d: Descriptor) =>
    c.kind === 'removed' && (d.refs ?? []).some((r) => {
      const id = (c.before as Row)[r.column];
      return typeof id === 'string' && removed.has(`${r.table}\u0000${rowKey([id])}`);
    });
  const out: ChangeLine[] = [];
  for (const c of changes) {
    const d = descriptorOf(c.table);
    if (d.quiet || (c.kind === 'changed' && IDENTITY.has(c.field!)) || goesWithParent(c, d)) continue;
    out.push({ concept: d.concept, table: c.table, key: c.key, kind: c.kind, ...(c.field ? { field: c.field } : {}), text: sentence(s.of(c, d), lng) });
  }
  return out;
}

/** Lines by concept, in the fixed order of `concepts`; concepts with no line are left out. */
export function byConcept(lines: readonly ChangeLine[]): { concept: Concept; lines: ChangeLine[] }[] {
  return concepts.map((concept) => ({ concept, lines: lines.filter((l) => l.concept === concept) })).filter((g) => g.lines.length > 0);
}

class Sentences {
  constructor(
    private readonly context: ChangeContext,
    private readonly t: Translate,
    private readonly lng: string,
  ) {}

  private quote(text: string): string {
    return this.t('versions.quoted', { text, interpolation: { escapeValue: false } });
  }

  private row(table: string, key: string): Row | undefined {
    return this.context[table]?.[key];
  }

  /** A row's own name, unquoted: its name column, a funding source's kind, else the names it links. */
  private plainName(table: string, row: Row | undefined): string {
    if (!row) return this.t('versions.unknown');
    const d = descriptorOf(table);
    const own = d.name ? row[d.name] : (row.name ?? row.title);
    if (table === 'funding_source' && !own) return this.t(`fundingKind.${String(row.kind)}`);
    if (typeof own === 'string' && own) return own;
    return this.t('versions.unknown');
  }

  /** How a row is named in a sentence: "“Biotalous”", or by its refs' names ("ERDF for “Action X”"). */
  name(table: string, key: string): string {
    const row = this.row(table, key);
    const d = descriptorOf(table);
    const qualifiers = (d.qualifiers ?? [])
      .map((q) => (row ? this.value(table, q, row[q] ?? null, true) : ''))
      .filter((q) => q)
      .join(' ');
    if (d.refs?.length && row && !d.name) {
      const values: Record<string, string> = {};
      for (const r of d.refs) values[r.role] = this.refName(r.table, row[r.column] ?? null, r.table !== 'funding_source');
      values.qualifiers = qualifiers ? ` ${qualifiers}` : '';
      return this.t(`versions.name.${d.entity}`, { ...values, interpolation: { escapeValue: false } });
    }
    const name = table === 'funding_source' && row && !row.name ? this.plainName(table, row) : this.quote(this.plainName(table, row));
    return qualifiers ? `${name} ${qualifiers}` : name;
  }

  private refName(table: string, id: Cell, quoted = true): string {
    if (id === null) return this.t('versions.none');
    const row = this.row(table, rowKey([id]));
    const plain = this.plainName(table, row);
    return quoted && !(table === 'funding_source' && row && !row.name) ? this.quote(plain) : plain;
  }

  private field(table: string, column: string): string {
    for (const key of [`versions.field.${table}.${column}`, `versions.field.${column}`]) {
      const label = this.t(key);
      if (label !== key) return label;
    }
    return column.replace(/_/g, ' ');
  }

  /** A field's value as the UI says it; `bare` leaves text unquoted (a qualifier). */
  value(table: string, column: string, v: Cell, bare = false): string {
    if (v === null || v === '') return bare ? '' : this.t('versions.none');
    const f = descriptorOf(table).fields?.[column] ?? 'text';
    if (f === 'money' && typeof v === 'number') return formatCents(v, this.lng);
    if (f === 'date' && typeof v === 'string') return formatDate(v, this.lng);
    if (f === 'number' && typeof v === 'number') return formatNumber(v, this.lng);
    // A year reads as written (2024), never grouped like an amount (2 024).
    if (f === 'year') return String(v);
    if (f === 'flag') return this.t(v ? 'versions.flag.yes' : 'versions.flag.no');
    if (typeof f === 'object' && 'enum' in f) return this.t(`${f.enum}.${String(v)}`);
    if (typeof f === 'object' && 'ref' in f) return this.refName(f.ref, v);
    if (typeof v === 'number') return formatNumber(v, this.lng);
    return bare ? v : this.quote(v);
  }

  private entity(d: Descriptor): string {
    return this.t(`versions.entity.${d.entity}`);
  }

  of(c: Change, d: Descriptor): string {
    const i = { interpolation: { escapeValue: false } };
    if (d.link && c.kind !== 'changed') {
      const row = (c.kind === 'added' ? c.after : c.before) as Row;
      const values: Record<string, string> = {};
      for (const r of d.refs ?? []) values[r.role] = this.refName(r.table, row[r.column] ?? null);
      for (const f of d.summary ?? []) values[f] = this.value(c.table, f, row[f] ?? null, true);
      return this.t(`versions.link.${c.table}.${c.kind}`, { ...values, ...i });
    }
    const name = this.name(c.table, c.key);
    const entity = this.entity(d);
    if (c.kind === 'added') {
      const row = c.after as Row;
      // Enum words read inside the sentence ("…, civil society").
      const details = (d.summary ?? [])
        .map((f) => [f, this.value(c.table, f, row[f] ?? null, true)] as const)
        .filter(([, x]) => x)
        .map(([f, x]) => (typeof d.fields?.[f] === 'object' && 'enum' in d.fields[f] ? inSentence(x, this.lng) : x));
      return this.t('versions.sentence.added', { entity, name, details: details.length ? `, ${details.join(', ')}` : '', ...i });
    }
    if (c.kind === 'removed') return this.t('versions.sentence.removed', { entity, name, ...i });
    const field = this.field(c.table, c.field!);
    const before = c.before as Cell;
    const after = c.after as Cell;
    const long = (v: Cell) => typeof v === 'string' && (v.length > LONG_TEXT || v.includes('\n'));
    const format = descriptorOf(c.table).fields?.[c.field!];
    // A name is what a reader knows the row by: a rename shows both, however long.
    const naming = c.field === 'name' || c.field === 'title';
    if (!format && !naming && (long(before) || long(after))) return this.t('versions.sentence.edited', { entity, name, field, ...i });
    // A field that was empty is simply set ("Milestone “X”: done on 5 Nov 2024"), not "none → …".
    const key = c.table === 'funding_line' ? 'versions.sentence.money' : before === null || before === '' ? 'versions.sentence.set' : 'versions.sentence.changed';
    return this.t(key, { entity, name, field, before: this.value(c.table, c.field!, before), after: this.value(c.table, c.field!, after), ...i });
  }
}

/** The key values of a change's row (for a screen that links to the row). */
export const changeIds = (c: Pick<Change, 'key'>): Cell[] => keyValues(c.key);
