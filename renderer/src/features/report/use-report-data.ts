import { useEffect, useState } from 'react';
import type { Api } from '../../api/api';
import type { Plan, FundingSource } from '../../../../shared/schemas/plan';
import type { SectorDetail, SectorRow } from '../../../../shared/schemas/sector';
import type { StakeholderRow } from '../../../../shared/schemas/stakeholder';
import type { NetworkRow } from '../../../../shared/schemas/network';
import type { ActionRow } from '../../../../shared/schemas/action';
import type { IndicatorRow } from '../../../../shared/schemas/indicator';
import type { Dashboard } from '../../../../shared/schemas/dashboard';
import type { Discovery } from '../../../../shared/schemas/workshop';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { CompareResult } from '../../../../shared/schemas/version';
import { useApi } from '../../store/context';
import type { LineLite } from '../../../../shared/report/model';
import type { ReportOptions } from '../../../../shared/report/paging';
import { contentLanguage, localize, textsById } from '../../../../shared/domain/translate';

/** Everything the report shows, read once (the report is a snapshot of the plan). */
export interface ReportData {
  plan: Plan;
  sources: FundingSource[];
  sectors: SectorDetail[];
  allSectors: SectorRow[];
  stakeholders: StakeholderRow[];
  networks: NetworkRow[];
  actions: ActionRow[];
  indicators: IndicatorRow[];
  dashboard: Dashboard;
  /** The workshops in date order, with participants and decisions (the discovery chapter). */
  discovery: Discovery;
  /** The enabling condition 1.1 self-assessment: the governance and monitoring chapters and the annex. */
  assessment: Assessment;
  /** Funding lines per action: read only when a funding-source filter needs them. */
  lines: Map<string, LineLite[]>;
  /** The version `since` compared with the plan now (the "changes" chapter), or null when not asked for. */
  changes: CompareResult | null;
}

async function get<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Runs `fn` over items, `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export async function loadReport(api: Api, o: ReportOptions): Promise<ReportData> {
  const [plan, sources, allSectors, stakeholders, networks, actions, indicators, dashboard, discovery, assessment] = await Promise.all([
    get(api.call('plan.get', {})),
    get(api.call('fundingSource.list', {})),
    get(api.call('sector.list', { includeArchived: false })),
    get(api.call('stakeholder.list', {})),
    get(api.call('network.list', {})),
    get(api.call('action.list', {})),
    get(api.call('indicator.list', {})),
    get(api.call('dashboard.get', { filters: { sectorIds: o.sectorIds, fundingSourceIds: o.sourceIds, helix: null, fromYear: null, toYear: null } })),
    get(api.call('workshop.discovery', {})),
    get(api.call('assessment.get', {})),
  ]);
  const chosen = o.sectorIds.length ? allSectors.filter((s) => o.sectorIds.includes(s.id)) : allSectors;
  const sectors = await pool(chosen, 8, (s) => get(api.call('sector.get', { id: s.id })));
  const lines = new Map<string, LineLite[]>();
  if (o.sourceIds.length) {
    const details = await pool(actions, 8, (a) => get(api.call('action.get', { id: a.id })));
    for (const d of details) lines.set(d.id, d.fundingLines);
  }
  // The changes chapter says what the stored texts were and are (main language): not localized.
  const changes = o.since && o.sections.includes('changes') ? await get(api.call('version.compare', { from: { kind: 'version', id: o.since }, to: { kind: 'current' } })) : null;
  const data: ReportData = { plan, sources, sectors, allSectors, stakeholders, networks, actions, indicators, dashboard, discovery, assessment, lines, changes: null };
  // The plan's content in the report's language where it is translated; the main language elsewhere.
  const lang = contentLanguage(plan.languages, o.lang);
  if (lang === plan.languages[0]) return { ...data, changes };
  return { ...localize(data, textsById(await get(api.call('translation.list', { lang })), lang)), changes };
}

export function useReportData(o: ReportOptions, enabled: boolean) {
  const api = useApi();
  const [state, setState] = useState<{ data: ReportData | null; error: string | null }>({ data: null, error: null });
  const key = JSON.stringify(o);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadReport(api, JSON.parse(key) as ReportOptions).then(
      (data) => live && setState({ data, error: null }),
      (e: unknown) => live && setState({ data: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [api, key, enabled]);
  return state;
}
