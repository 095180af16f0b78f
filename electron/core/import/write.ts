/**
 * Writes resolved import rows inside the command's transaction: stakeholders and measurements
 * (the targets that reach tens of thousands of rows) by prepared bulk statements, updates and
 * the other targets through the entity repos' own functions (their checks included).
 */
import type { Db } from '../storage/connection';
import type { ImportTarget } from '../../../shared/domain/import/fields';
import type { EngagementLevel } from '../../../shared/schemas/enums';
import type { Stakeholder } from '../../../shared/schemas/stakeholder';
import { StakeholderCreateSchema } from '../../../shared/schemas/stakeholder';
import { NetworkCreateSchema } from '../../../shared/schemas/network';
import { ActionCreateSchema, type FundingLineInput } from '../../../shared/schemas/action';
import { importedLine, type LineAmounts } from '../../../shared/domain/import/funding-line';
import { IndicatorCreateSchema } from '../../../shared/schemas/indicator';
import { updateStakeholder } from '../storage/repos/stakeholder-repo';
import { SectorCreateSchema, SectorUpdateSchema, type SectorCreate } from '../../../shared/schemas/sector';
import { insertSector, updateSector } from '../storage/repos/sector-repo';
import { getFundingSource, insertCustomFundingSource, updateFundingSource } from '../storage/repos/funding-source-repo';
import { estimatedLines } from '../storage/repos/funding-line-repo';

import { setEngagement } from '../storage/repos/engagement-repo';
import { getNetworkDetail, insertNetwork, updateNetwork } from '../storage/repos/network-repo';
import { getActionDetail, insertAction, updateAction } from '../storage/repos/action-repo';
import { insertIndicator, updateIndicator } from '../storage/repos/indicator-repo';
import { updateMeasurement } from '../storage/repos/measurement-repo';
import { currentVersion, insertMeasurements, insertStakeholders, type NewStakeholder } from '../storage/repos/import-repo';
import { createdKey, type CreateValues } from '../../../shared/schemas/import';
import { insertStakeholder } from '../storage/repos/stakeholder-repo';
import { isPlaceholder, type Created, type Op } from './resolve';

const sumOf = <K extends string>(rows: readonly Record<K, number>[], k: K) => rows.reduce((n, r) => n + r[k], 0);

type Engagements = { sectorId: string; level: EngagementLevel; changedOn: string }[];

/** Rows written between progress reports (each also a chance to cancel). */
const CHUNK = 2000;
/** The same for targets written row by row through the entity repos (an action with its lines is ~1 ms). */
const SMALL_CHUNK = 100;

/**
 * Creates what the rows refer to and the plan does not have, then writes the ops with the
 * placeholders replaced by the new ids: all inside the command's transaction, so one undo step
 * takes back the rows and what they created. `progress` counts created items and rows together.
 */
export function writeImport(
  db: Db,
  target: ImportTarget,
  created: readonly Created[],
  values: CreateValues,
  ops: readonly Op[],
  progress: (done: number, total: number) => void = () => {},
): { added: number; updated: number; created: number } {
  const ids = new Map<string, string>();
  const total = created.length + ops.length;
  created.forEach((c, i) => {
    ids.set(c.id, createItem(db, c, values));
    if ((i + 1) % SMALL_CHUNK === 0) progress(i + 1, total);
  });
  const swap = (v: unknown): unknown =>
    isPlaceholder(v) ? ids.get(v)! : Array.isArray(v) ? v.map(swap) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)])) : v;
  const resolved = created.length ? ops.map((o) => ({ ...o, values: swap(o.values) as Op['values'] })) : ops;
  const written = writeOps(db, target, resolved, (done) => progress(created.length + done, total));
  return { ...written, created: created.length };
}

/** One created item; returns its id. A stakeholder's helix and type as the user chose them (an import does not ask about unusual pairs). */
function createItem(db: Db, c: Created, values: CreateValues): string {
  switch (c.kind) {
    case 'sector':
      return insertSector(db, SectorCreateSchema.parse({ name: c.name }) as never).id;
    case 'stakeholder': {
      const own = values.items[createdKey('stakeholder', c.name)] ?? {};
      const helix = own.helix ?? values.helix;
      if (!helix) throw new Error('created stakeholder without a helix (checked before the write)');
      return insertStakeholder(db, StakeholderCreateSchema.parse({ name: c.name, helix, type: own.type ?? values.type, accepted: ['helixType'] })).id;
    }
    case 'network':
      return insertNetwork(db, NetworkCreateSchema.parse({ name: c.name, scope: values.items[createdKey('network', c.name)]?.scope ?? values.scope, membership: 'member' })).id;
    case 'fundingSource':
      return insertCustomFundingSource(db, c.name).id;
  }
}

/**
 * Writes the ops; returns how many were added and updated. `progress` is called every CHUNK
 * rows with the rows written so far; it may throw (a cancel) to roll the transaction back.
 */
export function writeOps(db: Db, target: ImportTarget, ops: readonly Op[], progress: (done: number, total: number) => void = () => {}): { added: number; updated: number } {
  const adds = ops.filter((o) => o.id === null);
  const updates = ops.filter((o) => o.id !== null);
  const total = ops.length;
  /** Rows written one by one (after the bulk chunks, counted on from `done`): a report every SMALL_CHUNK rows. */
  let done = 0;
  const tick = () => {
    if (++done % SMALL_CHUNK === 0) progress(done, total);
  };
  /** Runs `write` over items in chunks, reporting after each. */
  const chunked = <T>(items: readonly T[], before: number, write: (chunk: readonly T[]) => void) => {
    for (let i = 0; i < items.length; i += CHUNK) {
      write(items.slice(i, i + CHUNK));
      progress(before + Math.min(i + CHUNK, items.length), total);
    }
  };
  switch (target) {
    case 'sectors':
      for (const { values } of adds) insertSector(db, SectorCreateSchema.parse(values) as Required<SectorCreate>);
      for (const { id, values } of updates) updateSector(db, SectorUpdateSchema.parse({ ...values, id: id!, expectedUpdatedAt: currentVersion(db, 'sector', id!) }) as never);
      break;
    case 'fundingSources':
      for (const { values } of adds) insertCustomFundingSource(db, values.name as string);
      for (const { id } of updates) {
        // A source named in the file is one the plan uses: a built-in source out of use is taken into use.
        const source = getFundingSource(db, id!);
        if (!source.inUse) updateFundingSource(db, { id: id!, expectedUpdatedAt: source.updatedAt, inUse: true });
      }
      break;
    case 'stakeholders': {
      const items: NewStakeholder[] = adds.map(({ values: { engagements, ...fields } }) => ({
        fields: stakeholderFields(fields),
        engagements: engagements as Engagements,
      }));
      chunked(items, 0, (chunk) => insertStakeholders(db, chunk));
      done = items.length;
      for (const { id, values } of updates) {
        tick();
        const { engagements, ...fields } = values;
        // An import writes what the file says: the editors' questions (a university under business) are not asked here.
        updateStakeholder(db, { id: id!, expectedUpdatedAt: currentVersion(db, 'stakeholder', id!), ...fields, accepted: ['helixType'] } as never);
        for (const e of engagements as Engagements) setEngagement(db, { stakeholderId: id!, ...e });
      }
      break;
    }
    case 'networks':
      for (const { values } of adds) {
        tick();
        insertNetwork(db, NetworkCreateSchema.parse({ membership: 'member', ...values }));
      }
      for (const { id, values } of updates) {
        tick();
        const current = getNetworkDetail(db, id!);
        const sectorIds = values.sectorIds ? union(current.sectors.map((s) => s.id), values.sectorIds as string[]) : undefined;
        const memberIds = values.memberIds ? union(current.members.map((s) => s.id), values.memberIds as string[]) : undefined;
        updateNetwork(db, { ...values, id: id!, expectedUpdatedAt: current.updatedAt, sectorIds, memberIds } as never);
      }
      break;
    case 'actions':
      // A row's amounts are an action's totals for a source, not its years: spread over the
      // action's years and marked estimated (estimatedLines), as older plans were migrated.
      for (const { values } of adds) {
        tick();
        const { fundingSourceId, plannedCents, committedCents, spentCents, ...fields } = values;
        const amounts = { plannedCents, committedCents, spentCents } as Parameters<typeof importedLine>[1];
        const input = ActionCreateSchema.parse({ type: 'project', ...fields, fundingLines: [] });
        const fundingLines = fundingSourceId ? estimatedLines(db, fundingSourceId as string, importedLine(undefined, amounts), input.startDate, input.endDate) : [];
        insertAction(db, { ...input, fundingLines } as never);
      }
      for (const { id, values } of updates) {
        tick();
        const { fundingSourceId, plannedCents, committedCents, spentCents, ...fields } = values;
        const current = getActionDetail(db, id!);
        let fundingLines: FundingLineInput[] | undefined;
        if (fundingSourceId) {
          // The source's years get the file's totals (unless they are the same); the action's other sources stay.
          const keep = (l: (typeof current.fundingLines)[number]) => ({ fundingSourceId: l.fundingSourceId, year: l.year, plannedCents: l.plannedCents, committedCents: l.committedCents, spentCents: l.spentCents, note: l.note });
          const own = current.fundingLines.filter((l) => l.fundingSourceId === fundingSourceId);
          const totals = own.length
            ? { plannedCents: sumOf(own, 'plannedCents'), committedCents: sumOf(own, 'committedCents'), spentCents: sumOf(own, 'spentCents'), note: own.find((l) => l.note.trim())?.note ?? '' }
            : undefined;
          const amounts = { plannedCents, committedCents, spentCents } as Parameters<typeof importedLine>[1];
          const line = importedLine(totals as LineAmounts | undefined, amounts);
          const same = totals && line.plannedCents === totals.plannedCents && line.committedCents === totals.committedCents && line.spentCents === totals.spentCents;
          const start = fields.startDate !== undefined ? (fields.startDate as string | null) : current.startDate;
          const end = fields.endDate !== undefined ? (fields.endDate as string | null) : current.endDate;
          fundingLines = [
            ...current.fundingLines.filter((l) => same || l.fundingSourceId !== fundingSourceId).map(keep),
            ...(same ? [] : estimatedLines(db, fundingSourceId as string, line, start, end)),
          ];
        }
        const sectorIds = fields.sectorIds ? union(current.sectors.map((s) => s.id), fields.sectorIds as string[]) : undefined;
        const partnerIds = fields.partnerIds ? union(current.partners.map((s) => s.id), fields.partnerIds as string[]) : undefined;
        const networkIds = fields.networkIds ? union(current.networks.map((s) => s.id), fields.networkIds as string[]) : undefined;
        updateAction(db, { ...fields, id: id!, expectedUpdatedAt: current.updatedAt, sectorIds, partnerIds, networkIds, fundingLines, accepted: ['milestoneOutsideAction'] } as never);
      }
      break;
    case 'indicators':
      for (const { values } of adds) {
        tick();
        insertIndicator(db, IndicatorCreateSchema.parse({ kind: 'output', ...values }));
      }
      for (const { id, values } of updates) {
        tick();
        updateIndicator(db, { ...values, id: id!, expectedUpdatedAt: currentVersion(db, 'indicator', id!) } as never);
      }
      break;
    case 'measurements':
      chunked(adds, 0, (chunk) =>
        insertMeasurements(db, chunk.map(({ values }) => ({ indicatorId: values.indicatorId as string, value: values.value as number, measuredOn: values.measuredOn as string, source: (values.source as string | undefined) ?? '' }))),
      );
      done = adds.length;
      for (const { id, values } of updates) {
        tick();
        const { indicatorId: _i, ...fields } = values;
        updateMeasurement(db, { ...fields, id: id!, expectedUpdatedAt: currentVersion(db, 'measurement', id!) } as never);
      }
      break;
  }
  progress(total, total);
  return { added: adds.length, updated: updates.length };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** A new stakeholder's fields with the create schema's defaults (type 'other' when the file has none). */
function stakeholderFields(values: Record<string, unknown>): Omit<Stakeholder, 'id' | 'createdAt' | 'updatedAt'> {
  const d = StakeholderCreateSchema.parse({ name: 'x', helix: 'business', type: 'other' });
  return {
    name: values.name as string,
    helix: values.helix as Stakeholder['helix'],
    type: (values.type as Stakeholder['type'] | undefined) ?? 'other',
    size: (values.size as Stakeholder['size'] | undefined) ?? d.size,
    municipality: (values.municipality as string | undefined) ?? d.municipality,
    website: (values.website as string | undefined) ?? d.website,
    contactName: (values.contactName as string | undefined) ?? d.contactName,
    contactEmail: (values.contactEmail as string | undefined) ?? d.contactEmail,
    contactPhone: (values.contactPhone as string | undefined) ?? d.contactPhone,
    notes: (values.notes as string | undefined) ?? d.notes,
    reference: (values.reference as string | undefined) ?? d.reference,
  };
}
