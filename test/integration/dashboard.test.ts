import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import example from '../../resources/example-plan/example-plan.json';
import { engagementLevels, helixes, networkScopes, type ActionStatus, type EngagementLevel } from '../../shared/schemas/enums';
import { range, yearShares } from '../../shared/domain/progress';
import { spreadLine } from '../../shared/domain/funding-years';
import type { Dashboard } from '../../shared/schemas/dashboard';
import type { ExampleSource } from '../../electron/core/example/source-types';

// Every figure below is computed by hand from resources/example-plan/example-plan.json.
const TODAY = '2026-11-23';
const src = example as unknown as ExampleSource;
const rank = (l: string) => engagementLevels.indexOf(l as EngagementLevel) + 1;
const sectorName = (key: string) => src.sectors.find((s) => s.key === key)!.name;
const lastLevel = (e: { history: { level: string }[] }) => e.history[e.history.length - 1]!.level;
const lateByHand = src.actions.filter((a) => a.status === 'late' || (a.end < TODAY && a.status !== 'completed' && a.status !== 'cancelled'));
const statusByHand = (a: (typeof src.actions)[number]): ActionStatus => (lateByHand.some((l) => l.key === a.key) ? 'late' : a.status);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cents = (e: number) => Math.round(e * 100);

let t: TestCore;
let d: Dashboard;
let ids: Map<string, string>; // sector name → id
let sourceIds: Map<string, string>; // kind → id
const get = (filters: Record<string, unknown> = {}) => t.call('dashboard.get', { today: TODAY, filters: filters as never });

beforeAll(async () => {
  t = testCore();
  await t.call('plan.resume', {});
  d = await get();
  ids = new Map(d.sectors.map((s) => [s.name, s.id]));
  sourceIds = new Map(d.fundingSources.map((s) => [s.kind, s.id]));
});
afterAll(() => t.close());

const idOf = (key: string) => ids.get(sectorName(key))!;
const nameOf = (id: string | null) => d.sectors.find((s) => s.id === id)?.name ?? null;

describe('dashboard.get on the example plan: coverage', () => {
  it('shows the five sectors in plan order', () => {
    expect(d.sectors.map((s) => s.name)).toEqual(src.sectors.map((s) => s.name));
    expect(d.plan).toEqual({ name: src.plan.name, periodStart: 2021, periodEnd: 2027 });
  });

  it('counts each sector × helix cell and its deepest level, and names the one gap', () => {
    for (const s of src.sectors) {
      for (const h of helixes) {
        const engaged = src.stakeholders.filter((st) => st.helix === h).flatMap((st) => st.engagements.filter((e) => e.sector === s.key));
        const cell = d.coverage.cells.find((c) => c.sectorId === idOf(s.key) && c.helix === h)!;
        expect(cell.count, `${s.name} ${h}`).toBe(engaged.length);
        const top = engaged.length ? engagementLevels[Math.max(...engaged.map((e) => rank(lastLevel(e)))) - 1] : null;
        expect(cell.topLevel, `${s.name} ${h}`).toBe(top);
      }
    }
    expect(d.coverage.gaps).toEqual([{ sectorId: idOf('log'), sectorName: 'Logistiikka', helix: 'civil' }]);
    expect(d.coverage.completeSectors).toBe(4); // "4 of 5 sectors have all four helices"
  });

  it('gives the engagement level distribution per sector', () => {
    for (const s of src.sectors) {
      const levels = src.stakeholders.flatMap((st) => st.engagements.filter((e) => e.sector === s.key).map(lastLevel));
      const row = d.coverage.levels.find((l) => l.sectorId === idOf(s.key))!;
      expect(row.total).toBe(levels.length);
      for (const l of engagementLevels) expect(row.counts[l], `${s.name} ${l}`).toBe(levels.filter((x) => x === l).length);
    }
  });

  it('counts networks per sector and scope and names the sector with no EU or global network', () => {
    for (const s of src.sectors) {
      for (const scope of networkScopes) {
        const n = src.networks.filter((x) => x.scope === scope && x.sectors.includes(s.key)).length;
        expect(d.networks.cells.find((c) => c.sectorId === idOf(s.key) && c.scope === scope)!.count, `${s.name} ${scope}`).toBe(n);
      }
    }
    expect(d.networks.withoutInternational.map((s) => s.name)).toEqual(['Kulttuuri- ja luovat alat']);
    expect(d.networks.total).toBe(src.networks.length);
  });

  it('lists every network with its members and sectors for the network map', () => {
    expect(d.networkMap.total).toBe(src.networks.length);
    expect(d.networkMap.networks).toHaveLength(src.networks.length);
    for (const n of src.networks) {
      const row = d.networkMap.networks.find((x) => x.name === n.name)!;
      expect(row.members, n.name).toBe(n.members.length);
      expect(row.sectorIds.map(nameOf).sort()).toEqual(n.sectors.map(sectorName).sort());
    }
    // International first.
    const firstNational = d.networkMap.networks.findIndex((n) => n.scope === 'national' || n.scope === 'regional');
    expect(d.networkMap.networks.slice(firstNational).every((n) => n.scope === 'national' || n.scope === 'regional')).toBe(true);
  });

  it('counts stakeholders by helix and type', () => {
    expect(d.stakeholders.total).toBe(src.stakeholders.length);
    for (const h of helixes) expect(d.stakeholders.byHelix[h]).toBe(src.stakeholders.filter((s) => s.helix === h).length);
    for (const r of d.stakeholders.byHelixType) {
      expect(r.count).toBe(src.stakeholders.filter((s) => s.helix === r.helix && s.type === r.type).length);
    }
    expect(sum(d.stakeholders.byHelixType.map((r) => r.count))).toBe(src.stakeholders.length);
  });

  it('counts stakeholders involved or deeper at the end of every quarter from the engagement history', () => {
    expect(d.engagementOverTime[0]).toMatchObject({ quarter: '2021-Q1', end: '2021-03-31' });
    expect(d.engagementOverTime.at(-1)).toMatchObject({ quarter: '2026-Q4', end: '2026-12-31' });
    expect(d.engagementOverTime).toHaveLength(24);
    for (const q of d.engagementOverTime) {
      const involved = new Set<string>();
      const engaged = new Set<string>();
      for (const s of src.stakeholders) {
        for (const e of s.engagements) {
          const past = e.history.filter((h) => h.date <= q.end);
          const now = past[past.length - 1];
          if (!now) continue;
          engaged.add(s.key);
          if (rank(now.level) >= rank('involved')) involved.add(s.key);
        }
      }
      expect({ q: q.quarter, involved: q.involved, engaged: q.engaged }).toEqual({ q: q.quarter, involved: involved.size, engaged: engaged.size });
    }
  });
});

describe('dashboard.get on the example plan: progress', () => {
  it('counts actions by sector and status, late meaning status late or past the end and not completed', () => {
    expect(d.actions.total).toBe(src.actions.length);
    for (const s of ['planned', 'running', 'completed', 'late', 'cancelled'] as const) {
      expect(d.actions.byStatus[s], s).toBe(src.actions.filter((a) => statusByHand(a) === s).length);
    }
    for (const s of src.sectors) {
      const row = d.actions.bySector.find((r) => r.sectorId === idOf(s.key))!;
      const mine = src.actions.filter((a) => a.sectors.includes(s.key));
      expect(row.total, s.name).toBe(mine.length);
      for (const st of ['planned', 'running', 'completed', 'late', 'cancelled'] as const) expect(row.counts[st]).toBe(mine.filter((a) => statusByHand(a) === st).length);
    }
  });

  it('lists exactly the late actions and the overdue milestones', () => {
    expect(d.attention.late.map((a) => a.title).sort()).toEqual(lateByHand.map((a) => a.title).sort());
    expect(d.attention.lateCount).toBe(lateByHand.length);
    expect(lateByHand.length).toBe(2);
    const overdue = src.actions.filter((a) => a.status !== 'cancelled').flatMap((a) => a.milestones.filter((m) => m.done === null && m.due < TODAY).map((m) => `${a.title}: ${m.title}`));
    expect(d.attention.overdue.map((m) => `${m.actionTitle}: ${m.title}`).sort()).toEqual(overdue.sort());
    expect(d.attention.overdueCount).toBe(overdue.length);
  });

  it('totals planned, committed and spent as the sums of the funding lines', () => {
    const lines = src.actions.flatMap((a) => a.funding);
    expect(d.money.totals).toEqual({
      planned: cents(sum(lines.map((l) => l.planned))),
      committed: cents(sum(lines.map((l) => l.committed))),
      spent: cents(sum(lines.map((l) => l.spent))),
    });
  });

  it('splits money by funding source, with each source’s share of the planned total', () => {
    const total = sum(src.actions.flatMap((a) => a.funding.map((l) => l.planned)));
    for (const [kind, id] of sourceIds) {
      const lines = src.actions.flatMap((a) => a.funding.filter((l) => l.source === kind));
      const row = d.money.bySource.find((r) => r.fundingSourceId === id);
      if (lines.length === 0) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row, kind).toMatchObject({ planned: cents(sum(lines.map((l) => l.planned))), committed: cents(sum(lines.map((l) => l.committed))), spent: cents(sum(lines.map((l) => l.spent))) });
      expect(row!.share).toBeCloseTo(sum(lines.map((l) => l.planned)) / total, 10);
    }
  });

  it('splits an action’s money evenly between its sectors, so the sectors add up to the total', () => {
    for (const s of src.sectors) {
      const mine = src.actions.filter((a) => a.sectors.includes(s.key));
      const planned = sum(mine.map((a) => (sum(a.funding.map((l) => l.planned)) * 100) / a.sectors.length));
      const spent = sum(mine.map((a) => (sum(a.funding.map((l) => l.spent)) * 100) / a.sectors.length));
      const row = d.money.bySector.find((r) => r.sectorId === idOf(s.key))!;
      expect(Math.abs(row.planned - planned), s.name).toBeLessThanOrEqual(1);
      expect(Math.abs(row.spent - spent), s.name).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(sum(d.money.bySector.map((r) => r.planned)) - d.money.totals.planned)).toBeLessThanOrEqual(d.sectors.length);
  });

  it('shows the example money in its years: the public totals spread by days in whole cents, every year marked estimated', () => {
    expect(d.money.byYear.map((y) => y.year)).toEqual(range(2021, 2027));
    for (const y of d.money.byYear) {
      let planned = 0;
      let exact = 0;
      let lines = 0;
      for (const a of src.actions) {
        for (const l of a.funding) {
          planned += spreadLine({ plannedCents: l.planned * 100, committedCents: l.committed * 100, spentCents: l.spent * 100 }, a.start, a.end, 2021).find((x) => x.year === y.year)?.plannedCents ?? 0;
          exact += l.planned * 100 * (yearShares(a.start, a.end, [y.year]).get(y.year) ?? 0);
          lines += 1;
        }
      }
      // The recorded years are the spread to the cent; within a cent a line and year of the old pro-rata figure.
      expect(y.planned, String(y.year)).toBe(planned);
      expect(Math.abs(y.planned - exact), String(y.year)).toBeLessThanOrEqual(lines * 7);
      expect(sum(Object.values(y.bySource))).toBe(y.planned);
      expect(y.estimated.planned, String(y.year)).toBe(y.planned);
    }
    // Every example action runs inside 2021–2027.
    expect(d.money.plannedOutsideYears).toBe(0);
  });

  it('draws every dated action on the timeline under its first sector, with its milestones', () => {
    expect(d.timeline.total).toBe(src.actions.length);
    expect(d.timeline.rows).toHaveLength(src.actions.length);
    const order = src.sectors.map((s) => s.key);
    for (const a of src.actions) {
      const row = d.timeline.rows.find((r) => r.title === a.title)!;
      const first = [...a.sectors].sort((x, y) => order.indexOf(x) - order.indexOf(y))[0]!;
      expect(nameOf(row.sectorId), a.title).toBe(sectorName(first));
      expect(row).toMatchObject({ startDate: a.start, endDate: a.end, status: statusByHand(a) });
    }
    expect(d.timeline.milestones).toHaveLength(sum(src.actions.map((a) => a.milestones.length)));
    expect(d.timeline.milestones.filter((m) => m.overdue)).toHaveLength(d.attention.overdueCount);
  });

  it('puts each indicator on track, behind or ahead of its straight baseline→target path', () => {
    const byName = new Map(d.indicators.map((i) => [i.name, i]));
    for (const i of src.indicators) {
      const row = byName.get(i.name)!;
      const last = i.measurements[i.measurements.length - 1]!;
      expect(row.latest).toEqual({ value: last.value, date: last.date });
      expect(row.measurementCount).toBe(i.measurements.length);
      expect(row.points.map((p) => p.value)).toEqual(i.measurements.map((m) => m.value));
      // Path value on the latest date, from the end of the baseline year to the end of the target year.
      const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
      const f = (day(last.date) - day(`${i.baseline.year}-12-31`)) / (day(`${i.target.year}-12-31`) - day(`${i.baseline.year}-12-31`));
      const expected = i.baseline.value + (i.target.value - i.baseline.value) * Math.min(1, Math.max(0, f));
      expect(row.expected).toBeCloseTo(expected, 9);
      const lead = (last.value - expected) / (i.target.value - i.baseline.value);
      expect(row.status, i.name).toBe(lead > 0.2 ? 'ahead' : lead < -0.2 ? 'behind' : 'onTrack');
    }
    expect(d.indicators.filter((i) => i.status === 'behind').map((i) => i.name)).toEqual([src.indicators.find((i) => i.key === 'logdigi')!.name]);
    expect(d.indicators.filter((i) => i.status === 'ahead').map((i) => i.name)).toEqual([src.indicators.find((i) => i.key === 'sivuvirtahyodynto')!.name]);
  });
});

describe('dashboard.get with filters', () => {
  it('is the per-sector view with one sector: Logistiikka', async () => {
    const log = await get({ sectorIds: [idOf('log')] });
    expect(log.sectors.map((s) => s.name)).toEqual(['Logistiikka']);
    expect(log.coverage.gaps.map((g) => `${g.sectorName}: ${g.helix}`)).toEqual(['Logistiikka: civil']);
    const mine = src.actions.filter((a) => a.sectors.includes('log'));
    expect(log.actions.total).toBe(mine.length);
    const planned = sum(mine.map((a) => (sum(a.funding.map((l) => l.planned)) * 100) / a.sectors.length));
    expect(Math.abs(log.money.totals.planned - planned)).toBeLessThanOrEqual(log.money.bySource.length);
    expect(log.stakeholders.total).toBe(src.stakeholders.filter((s) => s.engagements.some((e) => e.sector === 'log')).length);
    // The sector's own indicators and those of its actions; plan-wide ones belong to no sector.
    const inds = src.indicators.filter((i) => i.sector === 'log' || (i.action && src.actions.find((a) => a.key === i.action)!.sectors.includes('log')));
    expect(log.indicators.map((i) => i.name).sort()).toEqual(inds.map((i) => i.name).sort());
    expect(inds.length).toBe(3);
    expect(log.networkMap.total).toBe(src.networks.filter((n) => n.sectors.includes('log')).length);
  });

  it('keeps only the chosen helix in the coverage matrix', async () => {
    const civil = await get({ helix: 'civil' });
    expect(new Set(civil.coverage.cells.map((c) => c.helix))).toEqual(new Set(['civil']));
    expect(civil.coverage.gaps.map((g) => g.sectorName)).toEqual(['Logistiikka']);
    expect(civil.stakeholders.total).toBe(src.stakeholders.filter((s) => s.helix === 'civil').length);
  });

  it('keeps only the chosen funding source', async () => {
    const erdf = await get({ fundingSourceIds: [sourceIds.get('erdf')!] });
    const lines = src.actions.flatMap((a) => a.funding.filter((l) => l.source === 'erdf'));
    expect(erdf.money.totals.planned).toBe(cents(sum(lines.map((l) => l.planned))));
    expect(erdf.actions.total).toBe(src.actions.filter((a) => a.funding.some((l) => l.source === 'erdf')).length);
  });

  it('keeps money of the chosen years only, as recorded in those years', async () => {
    const y2024 = await get({ fromYear: 2024, toYear: 2024 });
    expect(y2024.money.byYear.map((y) => y.year)).toEqual([2024]);
    let planned = 0;
    for (const a of src.actions) for (const l of a.funding) planned += spreadLine({ plannedCents: l.planned * 100, committedCents: 0, spentCents: 0 }, a.start, a.end, 2021).find((x) => x.year === 2024)?.plannedCents ?? 0;
    expect(y2024.money.totals.planned).toBe(planned);
    expect(y2024.actions.total).toBe(src.actions.filter((a) => a.start <= '2024-12-31' && a.end >= '2024-01-01').length);
  });

  it('refuses filters that are not ids or years', async () => {
    expect((await t.fails('dashboard.get', { filters: { sectorIds: ['x'] } })).kind).toBe('validation');
    expect((await t.fails('dashboard.get', { filters: { fromYear: 20 } })).kind).toBe('validation');
  });
});
