/**
 * A list as a table to export, with the import's fields as columns (so an export re-imports
 * with the proposed or saved mapping to the same data). The rows are the ones on screen: the
 * ids the renderer sends in its order, else every row that passes the list's filters
 * (shared/domain/list-filters.ts, the same functions the list screens use).
 */
import type { Db } from '../storage/connection';
import type { ImportTarget } from '../../../shared/domain/import/fields';
import { importFields } from '../../../shared/domain/import/fields';
import { actionMatches, indicatorMatches, networkMatches, stakeholderMatches, type ListFilter } from '../../../shared/domain/list-filters';
import { listStakeholdersFull } from '../storage/repos/stakeholder-repo';
import { getNetworkDetail, listNetworks } from '../storage/repos/network-repo';
import { getActionDetail, listActions } from '../storage/repos/action-repo';
import { listIndicators } from '../storage/repos/indicator-repo';
import { listSectors } from '../storage/repos/sector-repo';
import { listFundingSources } from '../storage/repos/plan-repo';
import { allMeasurements, importLookups } from '../storage/repos/import-repo';
import type { ExportCell, ExportTable } from './write';

/** Columns an export leaves out: they only steer an import (a default level, a date for all rows). */
const importOnly = new Set(['engagementLevel', 'engagedOn']);

export function exportColumns(target: ImportTarget): string[] {
  return importFields[target].filter((f) => !importOnly.has(f.key)).map((f) => f.key);
}

function pick<T extends { id: string }>(rows: T[], ids: readonly string[] | undefined, matches: (r: T) => boolean): T[] {
  if (!ids) return rows.filter(matches);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

export function listTable(
  db: Db,
  target: ImportTarget,
  opts: { ids?: readonly string[] | undefined; filter: ListFilter; headers: Record<string, string>; valueLabels: Record<string, string> },
): ExportTable {
  const look = importLookups(db);
  const names = (list: { id: string; name: string }[]) => new Map(list.map((x) => [x.id, x.name]));
  const sectorName = names(look.sectors);
  const stakeholderName = names(look.stakeholders);
  const networkName = names(look.networks);
  const actionName = names(look.actions);
  const indicatorName = names(look.indicators);
  const label = (group: string, code: string | null) => (code === null ? null : (opts.valueLabels[`${group}.${code}`] ?? code));
  const list = (ids: readonly string[], map: Map<string, string>) => ids.map((id) => map.get(id) ?? '').filter(Boolean).join('; ') || null;
  const text = (s: string | null | undefined) => (s ? s : null);
  const date = (s: string | null) => (s ? { date: s } : null);
  const euros = (cents: number) => ({ euros: cents / 100 });
  const columns = exportColumns(target);
  let rows: Record<string, ExportCell>[];
  switch (target) {
    case 'sectors':
      // The rows on screen may include archived sectors; without ids, the sectors in use.
      rows = pick(listSectors(db, opts.ids !== undefined), opts.ids, () => true).map((x) => ({
        id: x.id, name: x.name, description: text(x.description), rationale: text(x.rationale), naceCodes: text(x.naceCodes),
        economicDomain: text(x.economicDomain), scientificDomain: text(x.scientificDomain), policyObjective: text(x.policyObjective),
      }));
      break;
    case 'fundingSources':
      rows = listFundingSources(db)
        .filter((f) => (opts.ids ? opts.ids.includes(f.id) : f.inUse))
        .map((f) => ({ name: f.kind === 'custom' ? f.name : label('fundingKind', f.kind) }));
      break;
    case 'stakeholders':
      rows = pick(listStakeholdersFull(db), opts.ids, (r) => stakeholderMatches(r, opts.filter)).map((s) => ({
        id: s.id, name: s.name, helix: label('helix', s.helix), type: label('stakeholderType', s.type), size: label('size', s.size),
        municipality: text(s.municipality), website: text(s.website), contactName: text(s.contactName), contactEmail: text(s.contactEmail),
        contactPhone: text(s.contactPhone), notes: text(s.notes), reference: text(s.reference),
        sectors: s.engagements.map((e) => `${sectorName.get(e.sectorId)} (${label('engagement', e.level)})`).join('; ') || null,
      }));
      break;
    case 'networks':
      rows = pick(listNetworks(db), opts.ids, (r) => networkMatches(r, opts.filter)).map((n) => {
        const detail = getNetworkDetail(db, n.id);
        return {
          id: n.id, name: n.name, scope: label('scope', n.scope), membership: label('membership', n.membership), description: text(n.description),
          website: text(n.website), sectors: list(n.sectorIds, sectorName), members: list(detail.members.map((m) => m.id), stakeholderName),
        };
      });
      break;
    case 'actions':
      rows = pick(listActions(db), opts.ids, (r) => actionMatches(r, opts.filter)).map((a) => {
        const detail = getActionDetail(db, a.id);
        // One funding source fits one row (its years added up, as the import reads a row back);
        // an action with several sources is written with its totals and no source.
        const line = new Set(detail.fundingLines.map((l) => l.fundingSourceId)).size === 1 ? detail.fundingLines[0]! : null;
        const source = line ? look.fundingSources.find((f) => f.id === line.fundingSourceId) : undefined;
        return {
          id: a.id, reference: text(a.reference), title: a.title, type: label('actionType', a.type), lead: a.leadName, partners: list(detail.partners.map((p) => p.id), stakeholderName),
          sectors: list(a.sectorIds, sectorName), networks: list(a.networkIds, networkName), status: label('status', a.status),
          startDate: date(a.startDate), endDate: date(a.endDate), progress: a.progress, description: text(a.description),
          fundingSource: source ? (source.kind === 'custom' ? source.name : label('fundingKind', source.kind)) : null,
          plannedCents: detail.fundingLines.length ? euros(a.plannedCents) : null,
          committedCents: detail.fundingLines.length ? euros(a.committedCents) : null,
          spentCents: detail.fundingLines.length ? euros(a.spentCents) : null,
        };
      });
      break;
    case 'indicators':
      rows = pick(listIndicators(db), opts.ids, (r) => indicatorMatches(r, opts.filter)).map((i) => ({
        id: i.id, name: i.name, kind: label('indicatorKind', i.kind), unit: text(i.unit), baselineValue: i.baselineValue, baselineYear: i.baselineYear,
        targetValue: i.targetValue, targetYear: i.targetYear, sector: i.sectorId ? (sectorName.get(i.sectorId) ?? null) : null,
        action: i.actionId ? (actionName.get(i.actionId) ?? null) : null,
      }));
      break;
    case 'measurements': {
      const all = allMeasurements(db);
      const wanted = opts.ids ? new Set(opts.ids) : null;
      rows = all
        .filter((m) => !wanted || wanted.has(m.indicator_id))
        .map((m) => ({ indicator: indicatorName.get(m.indicator_id) ?? '', value: m.value, measuredOn: { date: m.measured_on }, source: text(m.source) }));
      break;
    }
  }
  const defaultHeader = (key: string) => importFields[target].find((f) => f.key === key)!.headers[0]!;
  return {
    title: target,
    headers: columns.map((k) => opts.headers[k] ?? defaultHeader(k)),
    rows: rows.map((r) => columns.map((k) => r[k] ?? null)),
  };
}
