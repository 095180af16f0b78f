import type { Helix, NetworkScope } from '../schemas/enums';
export type { Evidence, Gap, IndicatorEvidence };
import { helixes } from '../schemas/enums';
import type { CriterionRecord, Criterion, Evidence, Gap, IndicatorEvidence } from '../schemas/assessment';
import { criteria, optionalCriteria } from '../schemas/assessment';

/**
 * Enabling condition 1.1 (ERDF 2021–2027), derived once: for each of its seven criteria, what
 * in the plan is evidence for it and what is missing. Pure: the core gathers the plan's rows
 * (assessment-repo.ts) and every view (the screen, the Dashboard tile, the XLSX, the PDF) shows
 * this result. It never judges a criterion: the judgement is the officer's record, passed through.
 */
export interface EvidenceInput {
  /** The user's today, YYYY-MM-DD: what "stale" and "the last year" are measured from. */
  today: string;
  plan: { responsibleBody: string; bodyMandate: string; documentsStaleYears: number };
  /** The plan's sectors in use (archived ones left out), in the plan's order. */
  sectors: { id: string; name: string }[];
  documents: { id: string; title: string; issuedOn: string; link: string }[];
  seats: { id: string; body: string; memberName: string; role: string }[];
  /** sectorIds: the sector it is attached to, or the sectors of the action it is attached to. */
  indicators: {
    id: string; name: string; sectorIds: string[]; baselineValue: number | null; targetValue: number | null; latestOn: string | null;
  }[];
  /** participants: the helix of each participant. */
  workshops: { id: string; title: string; heldOn: string; sectorIds: string[]; participants: { stakeholderId: string; helix: Helix }[] }[];
  actions: { id: string; title: string; researchSystem: boolean; industrialTransition: boolean }[];
  networks: { id: string; name: string; scope: NetworkScope; sectorIds: string[] }[];
  records: CriterionRecord[];
}

/** The same calendar day `years` years before (string arithmetic: 29 February compares fine as text). */
export const yearsBefore = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;

const gap = (key: string, names: string[] = [], extra: Partial<Gap> = {}): Gap => ({ key, count: names.length, names, ...extra });

function helixCount(participants: { stakeholderId: string; helix: Helix }[]): Record<Helix, number> {
  const seen = new Map<string, Helix>();
  for (const p of participants) seen.set(p.stakeholderId, p.helix);
  const out = Object.fromEntries(helixes.map((h) => [h, 0])) as Record<Helix, number>;
  for (const h of seen.values()) out[h]++;
  return out;
}

export function enablingConditionEvidence(input: EvidenceInput): Evidence {
  const { today, plan, sectors } = input;
  const recentFrom = yearsBefore(today, 1);
  const staleBefore = yearsBefore(today, plan.documentsStaleYears);

  // 1. Analysis documents with their dates; stale ones.
  const documents = [...input.documents]
    .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.title.localeCompare(b.title))
    .map((d) => ({ ...d, stale: d.issuedOn < staleBefore }));

  // 3. Indicators per sector: baseline and target, a measurement in the last year.
  const indicator = (i: EvidenceInput['indicators'][number]): IndicatorEvidence => ({
    id: i.id,
    name: i.name,
    baselineAndTarget: i.baselineValue !== null && i.targetValue !== null,
    latestOn: i.latestOn,
    recent: i.latestOn !== null && i.latestOn >= recentFrom && i.latestOn <= today,
  });
  const indicators = {
    planLevel: input.indicators.filter((i) => i.sectorIds.length === 0).map(indicator),
    bySector: sectors.map((s) => ({ sectorId: s.id, sectorName: s.name, indicators: input.indicators.filter((i) => i.sectorIds.includes(s.id)).map(indicator) })),
  };

  // 4. Workshops of the last year and who took part, by helix, per sector.
  const lastYear = input.workshops.filter((w) => w.heldOn >= recentFrom && w.heldOn <= today);
  const participation = {
    workshops: lastYear.length,
    byHelix: helixCount(lastYear.flatMap((w) => w.participants)),
    bySector: sectors.map((s) => {
      const ws = lastYear.filter((w) => w.sectorIds.includes(s.id));
      return { sectorId: s.id, sectorName: s.name, workshops: ws.length, byHelix: helixCount(ws.flatMap((w) => w.participants)) };
    }),
  };

  // 7. Networks beyond Finland (EU or global scope) per sector. Sectors carry sectorId and
  // sectorName so a report in another language gets their translated names (localize).
  const international = sectors.map((s) => ({
    sectorId: s.id,
    sectorName: s.name,
    networks: input.networks.filter((n) => (n.scope === 'eu' || n.scope === 'global') && n.sectorIds.includes(s.id)).map((n) => ({ id: n.id, name: n.name, scope: n.scope })),
  }));

  const researchSystem = input.actions.filter((a) => a.researchSystem).map((a) => ({ id: a.id, title: a.title }));
  const industrialTransition = input.actions.filter((a) => a.industrialTransition).map((a) => ({ id: a.id, title: a.title }));
  const body = { name: plan.responsibleBody.trim(), mandate: plan.bodyMandate.trim(), seats: input.seats.length };

  const allIndicators = [...indicators.planLevel, ...indicators.bySector.flatMap((s) => s.indicators)];
  const unique = [...new Map(allIndicators.map((i) => [i.id, i])).values()];
  const gapsOf: Record<Criterion, () => Gap[]> = {
    1: () => {
      if (documents.length === 0) return [gap('noDocuments')];
      const stale = documents.filter((d) => d.stale).map((d) => d.title);
      return stale.length ? [gap(stale.length === documents.length ? 'allStale' : 'stale', stale)] : [];
    },
    2: () => [...(body.name ? [] : [gap('noBody')]), ...(body.mandate ? [] : [gap('noMandate')]), ...(body.seats ? [] : [gap('noSeats')])],
    3: () => {
      if (unique.length === 0) return [gap('noIndicators')];
      const out: Gap[] = [];
      const without = indicators.bySector.filter((s) => s.indicators.length === 0).map((s) => s.sectorName);
      if (without.length) out.push(gap('sectorsWithoutIndicators', without));
      const incomplete = unique.filter((i) => !i.baselineAndTarget).map((i) => i.name);
      if (incomplete.length) out.push(gap('noBaselineOrTarget', incomplete));
      const old = unique.filter((i) => !i.recent).map((i) => i.name);
      if (old.length) out.push(gap('notMeasuredRecently', old));
      return out;
    },
    4: () => {
      if (lastYear.length === 0) return [gap('noWorkshops')];
      const out: Gap[] = [];
      const without = participation.bySector.filter((s) => s.workshops === 0).map((s) => s.sectorName);
      if (without.length) out.push(gap('sectorsWithoutWorkshops', without));
      const absent = helixes.filter((h) => participation.byHelix[h] === 0);
      if (absent.length) out.push(gap('helixAbsent', [], { count: absent.length, helixes: absent }));
      return out;
    },
    5: () => (researchSystem.length ? [] : [gap('noResearchSystemActions')]),
    6: () => (industrialTransition.length ? [] : [gap('noTransitionActions')]),
    7: () => {
      const without = international.filter((s) => s.networks.length === 0).map((s) => s.sectorName);
      if (!input.networks.some((n) => n.scope === 'eu' || n.scope === 'global')) return [gap('noInternationalNetworks')];
      return without.length ? [gap('sectorsWithoutInternational', without)] : [];
    },
  };

  const recordOf = (c: Criterion): CriterionRecord =>
    input.records.find((r) => r.criterion === c) ?? { criterion: c, relevant: true, judgement: null, note: '', updatedAt: null };
  const list = criteria.map((c) => {
    const record = recordOf(c);
    const relevant = optionalCriteria.includes(c) ? record.relevant : true;
    return { ...record, relevant, gaps: relevant ? gapsOf[c]() : [] };
  });
  return {
    today,
    recentFrom,
    staleBefore,
    documents,
    body,
    indicators,
    participation,
    researchSystem,
    industrialTransition,
    international,
    criteria: list,
    gapCount: list.reduce((n, c) => n + c.gaps.length, 0),
  };
}
