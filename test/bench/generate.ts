// Deterministic plan generator for benchmarks: the same seed always writes the same plan.
// Shapes follow a real region's: a few big sectors and a long tail, most stakeholders
// businesses, engagement skewed to a few sectors, dates across the programme period.
import type { Db } from '../../electron/core/storage/connection';
import { createPlanFile } from '../../electron/core/storage/open-plan';
import { insertPlan } from '../../electron/core/storage/repos/plan-repo';
import { insertRow } from '../../electron/core/storage/repos/rows';
import { spreadLine } from '../../shared/domain/funding-years';
import {
  actionStatuses, actionTypes, engagementLevels, fundingKinds, helixes, memberships, networkScopes, stakeholderSizes, stakeholderTypes,
} from '../../shared/schemas/enums';

export interface PlanSize {
  name: string;
  sectors: number;
  stakeholders: number;
  networks: number;
  actions: number;
  engagements: number;
  measurements: number;
  workshops: number;
  indicators: number;
}

export const sizes: Record<'medium' | 'large', PlanSize> = {
  medium: { name: 'medium', sectors: 15, stakeholders: 2_000, networks: 100, actions: 500, engagements: 4_000, measurements: 10_000, workshops: 50, indicators: 60 },
  large: { name: 'large', sectors: 40, stakeholders: 10_000, networks: 500, actions: 3_000, engagements: 20_000, measurements: 100_000, workshops: 200, indicators: 300 },
};

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => list[int(list.length)]!,
    /** Index skewed to the start (Zipf-like): a few items get most of the weight. */
    skewed: (n: number) => Math.min(n - 1, Math.floor(n * next() ** 2.2)),
  };
}

const places = ['Kotka', 'Kouvola', 'Hamina', 'Pyhtää', 'Miehikkälä', 'Virolahti', 'Iitti', 'Lahti', 'Heinola', 'Mikkeli', 'Äänekoski', 'Ähtäri', 'Öja', 'Vaasa', 'Seinäjoki', 'Raahe', 'Savonlinna', 'Rauma', 'Pori', 'Oulu'];
const stems = ['Kuitu', 'Satama', 'Data', 'Metsä', 'Kone', 'Energia', 'Vesi', 'Logistiikka', 'Muotoilu', 'Bio', 'Teräs', 'Kemia', 'Ohjelmisto', 'Valo', 'Ääni', 'Öljy', 'Kierto', 'Puu', 'Rahti', 'Laiva'];
const forms = ['Oy', 'Oy', 'Oy', 'Oyj', 'Ab', 'ry', 'osuuskunta'];
const sectorNames = ['Biotalous', 'Kiertotalous', 'Logistiikka', 'Digitaalinen teollisuus', 'Energia', 'Vesi', 'Luovat alat', 'Matkailu', 'Terveys', 'Ruoka', 'Rakentaminen', 'Kemia', 'Metalli', 'Meri', 'Puu'];

const isoDay = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

export function fillGenerated(db: Db, size: PlanSize, seed = 2021): void {
  const r = random(seed);
  const t = '2026-01-01T00:00:00.000Z';
  const stamp = { createdAt: t, updatedAt: t };
  const id = (kind: string, i: number) => {
    const hex = ((seed * 1_000_003 + i) >>> 0).toString(16).padStart(8, '0');
    const k = kind.charCodeAt(0).toString(16).padStart(4, '0');
    return `${hex}-${k}-4000-8000-${i.toString(16).padStart(12, '0')}`;
  };
  insertPlan(db, { name: `Generoitu S3 (${size.name})`, region: 'Testimaakunta', periodStart: 2021, periodEnd: 2027, vision: 'Generoitu suorituskykytestiä varten.', languages: ['fi', 'en'] });
  const sources = fundingKinds.filter((k) => k !== 'custom').map((kind, i) => {
    const fid = id('fundingSource', i);
    insertRow(db, 'funding_source', { id: fid, kind, name: '', inUse: true, sortOrder: i, ...stamp });
    return fid;
  });

  const sectors = Array.from({ length: size.sectors }, (_, i) => id('sector', i));
  sectors.forEach((sid, i) => insertRow(db, 'sector', { id: sid, name: `${sectorNames[i % sectorNames.length]}${i >= sectorNames.length ? ` ${Math.floor(i / sectorNames.length) + 1}` : ''}`, sortOrder: i, archived: false, ...stamp }));

  const stakeholders = Array.from({ length: size.stakeholders }, (_, i) => id('stakeholder', i));
  stakeholders.forEach((sid, i) => {
    const roll = r.next();
    const helix = roll < 0.6 ? 'business' : roll < 0.75 ? 'academia' : roll < 0.9 ? 'public' : helixes[3];
    insertRow(db, 'stakeholder', {
      id: sid, name: `${r.pick(places)}n ${r.pick(stems)} ${r.pick(forms)} ${i}`, helix,
      type: r.pick(stakeholderTypes), size: r.pick(stakeholderSizes), municipality: r.pick(places), ...stamp,
    });
  });

  const pairs = new Set<string>();
  while (pairs.size < size.engagements) {
    const s = r.int(stakeholders.length);
    const sec = r.skewed(sectors.length);
    const key = `${s}:${sec}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const steps = 1 + r.int(3);
    let level = r.int(3);
    let day = r.int(600);
    for (let k = 0; k < steps; k++) {
      const date = isoDay(2021, day);
      insertRow(db, 'engagement_history', { id: id('history', pairs.size * 4 + k), stakeholderId: stakeholders[s], sectorId: sectors[sec], level: engagementLevels[level], changedOn: date, createdAt: t });
      if (k === steps - 1) insertRow(db, 'engagement', { stakeholderId: stakeholders[s], sectorId: sectors[sec], level: engagementLevels[level], changedOn: date, ...stamp });
      level = Math.min(5, level + 1 + r.int(2));
      day += 30 + r.int(400);
    }
  }

  const networks = Array.from({ length: size.networks }, (_, i) => id('network', i));
  networks.forEach((nid, i) => {
    insertRow(db, 'network', { id: nid, name: `Verkosto ${r.pick(stems)} ${i}`, scope: r.pick(networkScopes), membership: r.pick(memberships), ...stamp });
    const served = new Set(Array.from({ length: 1 + r.int(3) }, () => r.skewed(sectors.length)));
    for (const s of served) insertRow(db, 'network_sector', { networkId: nid, sectorId: sectors[s] });
    const members = new Set(Array.from({ length: 2 + r.int(20) }, () => r.int(stakeholders.length)));
    for (const m of members) insertRow(db, 'network_member', { networkId: nid, stakeholderId: stakeholders[m] });
  });

  const actions = Array.from({ length: size.actions }, (_, i) => id('action', i));
  let fundingRows = 0;
  actions.forEach((aid, i) => {
    const startYear = 2021 + r.int(6);
    const start = isoDay(startYear, r.int(300));
    const end = isoDay(startYear + 1 + r.int(2), r.int(300));
    insertRow(db, 'action', {
      id: aid, title: `Toimenpide ${r.pick(stems)} ${i}`, type: r.pick(actionTypes), leadStakeholderId: stakeholders[r.int(stakeholders.length)],
      status: r.pick(actionStatuses), startDate: start, endDate: end, progress: r.int(101), ...stamp,
    });
    for (const s of new Set([r.skewed(sectors.length), r.skewed(sectors.length)])) insertRow(db, 'action_sector', { actionId: aid, sectorId: sectors[s] });
    for (const p of new Set(Array.from({ length: r.int(4) }, () => r.int(stakeholders.length)))) insertRow(db, 'action_partner', { actionId: aid, stakeholderId: stakeholders[p] });
    if (r.next() < 0.5) insertRow(db, 'action_network', { actionId: aid, networkId: networks[r.int(networks.length)] });
    // Totals per source, spread over the action's years as migration 5 spreads an older plan's (estimated).
    const totals = new Map<string, { plannedCents: number; committedCents: number; spentCents: number }>();
    for (let f = 0; f < 1 + r.int(3); f++) {
      const planned = 10_000_00 * (1 + r.int(100));
      const committed = Math.floor(planned * r.next());
      const source = sources[r.int(sources.length)]!;
      const t = totals.get(source) ?? { plannedCents: 0, committedCents: 0, spentCents: 0 };
      t.plannedCents += planned;
      t.committedCents += committed;
      t.spentCents += Math.floor(committed * r.next());
      totals.set(source, t);
    }
    for (const [fundingSourceId, t] of totals) {
      for (const y of spreadLine(t, start, end, 2021)) insertRow(db, 'funding_line', { id: id('funding', fundingRows++), actionId: aid, fundingSourceId, ...y, estimated: 1, ...stamp });
    }
    for (let m = 0; m < r.int(4); m++) insertRow(db, 'milestone', { id: id('milestone', i * 4 + m), actionId: aid, title: `Välitavoite ${m + 1}`, dueDate: isoDay(startYear, 60 + m * 90), doneDate: r.next() < 0.6 ? isoDay(startYear, 70 + m * 90) : null, ...stamp });
  });

  const indicators = Array.from({ length: size.indicators }, (_, i) => id('indicator', i));
  indicators.forEach((iid, i) => {
    const where = r.int(3);
    insertRow(db, 'indicator', {
      id: iid, name: `Mittari ${i}`, kind: i % 3 === 0 ? 'result' : 'output', unit: 'kpl', baselineValue: r.int(50), baselineYear: 2021, targetValue: 100 + r.int(200), targetYear: 2027,
      sectorId: where === 1 ? sectors[r.int(sectors.length)] : null, actionId: where === 2 ? actions[r.int(actions.length)] : null, ...stamp,
    });
  });
  for (let m = 0; m < size.measurements; m++) {
    const indicator = r.skewed(indicators.length);
    insertRow(db, 'measurement', { id: id('measurement', m), indicatorId: indicators[indicator], value: r.int(300), measuredOn: isoDay(2021 + r.int(6), r.int(360)), source: 'Tilastokeskus', ...stamp });
  }

  for (let w = 0; w < size.workshops; w++) {
    const wid = id('workshop', w);
    insertRow(db, 'workshop', { id: wid, title: `Työpaja ${w + 1}`, heldOn: isoDay(2021 + r.int(6), r.int(360)), place: r.pick(places), ...stamp });
    insertRow(db, 'workshop_sector', { workshopId: wid, sectorId: sectors[r.skewed(sectors.length)] });
    for (const p of new Set(Array.from({ length: 5 + r.int(30) }, () => r.int(stakeholders.length)))) insertRow(db, 'workshop_participant', { workshopId: wid, stakeholderId: stakeholders[p] });
  }
}

/** Writes a generated plan file (replacing one there). */
export function writeGeneratedPlan(file: string, size: PlanSize, seed = 2021): void {
  createPlanFile(file, (db) => fillGenerated(db, size, seed), { overwrite: true });
}
