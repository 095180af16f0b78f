// Rule "true statements for an empty or small plan" (issue 13): every sentence the app
// generates from the plan's data (the Dashboard's statement titles and summaries, "needs
// attention", the slides' and the PDF report's sentences) is true for an empty plan, one thing
// and many (ties included), in English and Finnish. The plans are real plan files built through
// the core; the sentences are the ones the Dashboard, slides and report show, read with the
// app's own catalogues.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardFiltersInput } from '../../../shared/schemas/dashboard';
import { helixes, type Helix } from '../../../shared/schemas/enums';
import { statementContext, type StatementContext } from '../../../shared/domain/statements/context';
import {
  coverageStatement, levelsStatement, mapStatement, networkStatement, overTimeStatement, stakeholderStatement,
} from '../../../shared/domain/statements/coverage';
import {
  actionsStatement, indicatorsStatement, moneySectorStatement, moneySourceStatement, moneyYearStatement, timelineStatement,
} from '../../../shared/domain/statements/progress';
import { attentionItems, nothingNeedsAttention } from '../../../shared/domain/statements/attention';
import * as slides from '../../../shared/domain/statements/slides';
import * as report from '../../../shared/domain/statements/report';
import * as wall from '../../../shared/domain/statements/wall';
import { actionMatches, listFilterOf } from '../../../shared/domain/list-filters';
import type { TestCore } from '../../helpers/core';
import { languages, translator } from '../../helpers/i18n';
import { planCore } from '../handlers/helpers';

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

type Lng = (typeof languages)[number];

async function contexts(filters: DashboardFiltersInput = {}): Promise<Record<Lng, StatementContext> & { d: Dashboard }> {
  const d = await t.call('dashboard.get', { filters });
  const sectors = await t.call('sector.list', { includeArchived: true });
  return { d, en: statementContext(d, sectors, translator('en'), 'en'), fi: statementContext(d, sectors, translator('fi'), 'fi'), sv: statementContext(d, sectors, translator('sv'), 'sv') };
}

/** Every sentence the Dashboard shows for this reply, by where it appears. */
function dashboardSentences(c: StatementContext): Record<string, string> {
  const items = attentionItems(c);
  const nets = [...c.d.networkMap.networks];
  const out: Record<string, string> = {};
  const add = (name: string, s: object) => Object.entries(s as Record<string, string>).forEach(([k, v]) => (out[`${name}.${k}`] = v));
  add('coverage', coverageStatement(c));
  add('networks', networkStatement(c));
  add('stakeholders', stakeholderStatement(c));
  add('levels', levelsStatement(c));
  add('overTime', overTimeStatement(c));
  add('map', mapStatement(c, nets));
  add('actions', actionsStatement(c));
  add('moneySector', moneySectorStatement(c));
  add('moneySource', moneySourceStatement(c));
  add('moneyYear', moneyYearStatement(c));
  add('timeline', timelineStatement(c));
  add('indicators', indicatorsStatement(c));
  items.forEach((item, i) => {
    out[`attention.${i}`] = item.text;
    item.detail?.forEach((line, j) => (out[`attention.${i}.${j}`] = line));
  });
  if (items.length === 0) out['attention.nothing'] = nothingNeedsAttention(c);
  // The wall's own sentences (its chart slides otherwise say the Dashboard's summaries).
  const gaps = c.d.coverage.gaps;
  out['wall.gapsCoverage'] = wall.wallGapsTitle(c, 'coverage');
  out['wall.gapsNetworks'] = wall.wallGapsTitle(c, 'networks');
  out['wall.map'] = wall.wallMapSummary(c, nets);
  out['wall.timeline'] = wall.wallTimelineSummary(c);
  out['wall.gapsSlide'] = slides.gapsCountText(c.t, gaps.length, c.d.sectors.length, new Set(gaps.map((g) => g.sectorId)).size);
  gaps.forEach((g, i) => (out[`wall.gap.${i}`] = wall.wallGapText(c, g)));
  nets.forEach((n, i) => (out[`wall.mapValue.${i}`] = wall.wallMapValue(c, n.sectorIds.length, n.members)));
  return out;
}

/** Wrong whatever the plan: a number 1 with a plural noun, nothing counted as everything, raw keys. */
const alwaysWrong: Record<Lng, RegExp[]> = {
  en: [
    /\b1 (sectors|actions|stakeholders|networks|indicators|gaps|milestones|votes|engagements|helices|funding sources|dated actions|engaged stakeholders|members)\b/,
    /\b(0 of 0|Of 0 |None of the [01] |All [01] |1 of 1 \w+s\b)/,
    /^No sector has/,
  ],
  fi: [
    /\b1 (kärkialaa|toimenpidettä|sidosryhmää|verkostoa|mittaria|välitavoitetta|ääntä|puutetta|sitoutumista|rahoituslähdettä|osapuolta|jäsentä|aukkoa|päivättyä)\b/,
    /(\b0\/0\b|Yksikään [01] |Kaikki [01] )/,
    /^Ei kärkialaa/,
  ],
  sv: [
    /\b1 (spetsområden|åtgärder|intressenter|indikatorer|milstolpar|röster|luckor|finansieringskällor|helixar|medlemmar|daterade åtgärder|engagerade intressenter)\b/,
    /(\b0 av 0\b|Ingen av de [01] |Alla [01] |1 av 1 \w+er\b)/,
    /^Inget spetsområde har/,
  ],
};
const rawText = /\{\{|undefined|NaN|\bnull\b|^(charts|presentation|report|status)\./;
/** Claims about every sector, indicator or thing: false when there is none. */
const universal: Record<Lng, RegExp> = {
  en: /\b(every sector|all four helices|every indicator|nothing needs attention|every action)\b/i,
  fi: /\b(jokaisella kärkialalla|jokaista kärkialaa|kaikki mittarit|mikään ei vaadi huomiota|kaikki toimenpiteet)\b/i,
  sv: /\b(varje spetsområde|alla fyra helixar|varje indikator|ingenting kräver uppmärksamhet|varje åtgärd)\b/i,
};

function expectTrue(sentences: Record<string, string>, lng: Lng, extra: RegExp[] = []): void {
  for (const [where, text] of Object.entries(sentences)) {
    expect(text, `${lng} ${where}`).not.toMatch(rawText);
    for (const re of [...alwaysWrong[lng], ...extra]) expect(text, `${lng} ${where}: ${re}`).not.toMatch(re);
  }
}

const sources = async () => {
  const list = await t.call('fundingSource.list', {});
  return { erdf: list.find((s) => s.kind === 'erdf')!.id, akke: list.find((s) => s.kind === 'akke')!.id };
};

describe('an empty plan', () => {
  it('claims nothing about sectors, indicators or actions it does not have', async () => {
    const c = await contexts();
    for (const lng of languages) {
      const s = dashboardSentences(c[lng]);
      expectTrue(s, lng, [universal[lng]]);
    }
    const en = dashboardSentences(c.en);
    expect(en['coverage.title']).toBe('No sectors to show yet');
    expect(en['networks.title']).toBe('No sectors to show yet');
    expect(en['actions.title']).toBe('No actions yet');
    expect(en['indicators.title']).toBe('No indicators yet');
    expect(en['moneySector.title']).toBe('No funding planned yet');
    expect(en['wall.map']).toBe('No sectors to show yet. Add networks and the sectors they serve to see which network serves which sector.');
    expect(en['wall.timeline']).toBe('Actions with a start and an end date appear here.');
    // "Needs attention" says what is missing instead of "nothing needs attention".
    expect(Object.values(en)).toContain('The plan has no spearhead sectors in use');
    expect(attentionItems(c.en).find((i) => i.key === 'noSectors')?.link).toEqual({ screen: 'sectors' });
    expect(dashboardSentences(c.fi)['coverage.title']).toBe('Ei vielä näytettäviä kärkialoja');
  });

  it('names money in actions without a sector as such', async () => {
    const { erdf } = await sources();
    await t.call('action.create', { title: 'Selvitys', type: 'study', status: 'running', startDate: '2024-01-01', endDate: '2099-12-31', fundingLines: [{ fundingSourceId: erdf, plannedCents: 100_000 }] });
    const c = await contexts();
    for (const lng of languages) expectTrue(dashboardSentences(c[lng]), lng, [universal[lng]]);
    expect(moneySectorStatement(c.en).title).toBe('All planned funding (€1,000) is in actions without a sector');
    expect(moneySectorStatement(c.fi).title).toMatch(/^Kaikki suunniteltu rahoitus \(1\s000\s€\) on toimenpiteillä ilman kärkialaa$/);
  });
});

describe('a plan with one of each', () => {
  async function one() {
    const { erdf } = await sources();
    const bio = await t.call('sector.create', { name: 'Biotalous' });
    const p = await t.call('stakeholder.create', { name: 'Prizztech Oy', helix: 'business', type: 'development_company' });
    await t.call('engagement.set', { stakeholderId: p.id, sectorId: bio.id, level: 'involved', changedOn: '2024-02-01' });
    await t.call('network.create', { name: 'ERRIN', scope: 'eu', membership: 'member', sectorIds: [bio.id], memberIds: [p.id] });
    await t.call('action.create', {
      title: 'Biokiertotalouden pilotti', type: 'project', status: 'running', startDate: '2024-01-01', endDate: '2024-12-31', sectorIds: [bio.id],
      fundingLines: [{ fundingSourceId: erdf, plannedCents: 100_000, committedCents: 100_000, spentCents: 50_000 }],
      milestones: [{ title: 'Väliraportti', dueDate: '2024-06-30' }],
    });
    await t.call('indicator.create', { name: 'TKI-hankkeet', kind: 'output', sectorId: bio.id, baselineValue: 1, baselineYear: 2021, targetValue: 5, targetYear: 2027 });
    return { bio };
  }

  it('says "one" in the singular and claims no comparison it cannot make', async () => {
    await one();
    const c = await contexts();
    for (const lng of languages) expectTrue(dashboardSentences(c[lng]), lng);
    const en = dashboardSentences(c.en);
    expect(en['coverage.title']).toBe('Biotalous lacks 3 of the four helices: research and education, public sector and civil society');
    expect(en['networks.title']).toBe('Biotalous is served by an EU or global network');
    expect(en['actions.title']).toBe('The only action is late');
    expect(en['indicators.title']).toBe('No indicator has measurements yet');
    expect(en['indicators.summary']).not.toMatch(/on track/);
    expect(en['timeline.title']).toBe('1 action late and 1 milestone overdue');
    expect(en['stakeholders.title']).toBe('The only stakeholder is from business');
    expect(en['attention.nothing']).toBeUndefined();
    // The wall: the action running past its end is late there too, counted once; one of everything in the singular.
    expect(en['wall.timeline']).toMatch(/^1 dated action, 1 action late; the dashed line is today, /);
    expect(en['wall.gapsCoverage']).toBe('3 gaps');
    expect(en['wall.gapsNetworks']).toBe('No sector lacks one.');
    expect(en['wall.gap.0']).toBe('Biotalous: no research and education');
    expect(en['wall.map']).toBe('1 network serves the sectors; 1 international. International networks first, then those serving the most sectors.');
    expect(en['wall.mapValue.0']).toBe('1 sector · 1 member');
    expect(en['wall.gapsSlide']).toBe('sector–helix gaps in 1 sector');
    expect(dashboardSentences(c.fi)['wall.timeline']).toMatch(/^1 päivätty toimenpide, 1 toimenpide myöhässä; /);
  });

  it('every "needs attention" link opens a list that shows what it counts', async () => {
    const { bio } = await one();
    // An action on time whose milestone is overdue: it is not late, but the milestone link must show it.
    await t.call('action.create', { title: 'Pitkä ohjelma', type: 'programme', status: 'running', startDate: '2023-01-01', endDate: '2099-12-31', sectorIds: [bio.id], milestones: [{ title: 'Haku auki', dueDate: '2025-03-31' }] });
    const c = await contexts();
    const rows = await t.call('action.list', {});
    for (const item of attentionItems(c.en).filter((i) => i.link.screen === 'actions')) {
      const shown = rows.filter((r) => actionMatches(r, listFilterOf(item.link.params ?? {})));
      const counted = item.key === 'late' ? c.d.attention.late.map((a) => a.id) : c.d.attention.overdue.map((m) => m.actionId);
      expect(shown.map((r) => r.id).sort(), item.text).toEqual([...new Set(counted)].sort());
    }
  });
});

describe('a plan with many, and ties', () => {
  async function many() {
    const { erdf, akke } = await sources();
    const a = await t.call('sector.create', { name: 'Biotalous' });
    const b = await t.call('sector.create', { name: 'Logistiikka' });
    const people: [string, Helix][] = [['Yritys A', 'business'], ['Yritys B', 'business'], ['Xamk', 'academia'], ['LUT', 'academia']];
    for (const [name, helix] of people) {
      const s = await t.call('stakeholder.create', { name, helix, type: helix === 'business' ? 'sme' : 'uas' });
      for (const sector of [a, b]) await t.call('engagement.set', { stakeholderId: s.id, sectorId: sector.id, level: 'committed', changedOn: '2023-01-15' });
    }
    // The same money in each sector and source, recorded half in 2022 and half in 2023.
    for (const [sector, source] of [[a, erdf], [b, akke]] as const) {
      const half = { fundingSourceId: source, plannedCents: 25_000_000, committedCents: 25_000_000, spentCents: 25_000_000 };
      await t.call('action.create', {
        title: `Hanke ${sector.name}`, type: 'project', status: 'completed', startDate: '2022-01-01', endDate: '2023-12-31', sectorIds: [sector.id],
        fundingLines: [{ ...half, year: 2022 }, { ...half, year: 2023 }],
      });
    }
    await t.call('network.create', { name: 'ERRIN', scope: 'eu', membership: 'member', sectorIds: [a.id] });
    await t.call('network.create', { name: 'Vanguard', scope: 'eu', membership: 'member', sectorIds: [b.id] });
    return { a, b };
  }

  it('names every one of the tied, in English and Finnish', async () => {
    await many();
    const c = await contexts();
    for (const lng of languages) expectTrue(dashboardSentences(c[lng]), lng);
    const en = dashboardSentences(c.en);
    expect(en['moneySector.title']).toBe('Biotalous and Logistiikka have the most planned funding: €500,000 each');
    expect(en['moneyYear.title']).toBe('Planned funding is highest in 2022 and 2023, at €500,000 each');
    expect(en['moneySource.title']).toBe('ERDF and Regional development funds (AKKE) carry 50% of the planned funding each');
    expect(en['stakeholders.title']).toBe('Business and research and education are the largest helices, with 2 stakeholders each');
    expect(en['levels.title']).toBe('Biotalous and Logistiikka engage most deeply: 100% involved or deeper');
    expect(en['map.summary']).toMatch(/^The widest networks, ERRIN and Vanguard, serve 1 sector each/);
    const fi = dashboardSentences(c.fi);
    for (const key of ['moneySector.title', 'moneyYear.title', 'moneySource.title', 'levels.title']) {
      expect(fi[key], key).toMatch(/Biotalous|2022|EAKR/);
      expect(fi[key], key).toMatch(/Logistiikka|2023|AKKE/);
    }
  });

  it('with one helix chosen, speaks of that helix only', async () => {
    await many();
    const c = await contexts({ helix: 'academia' });
    for (const lng of languages) expectTrue(dashboardSentences(c[lng]), lng);
    const en = dashboardSentences(c.en);
    expect(en['stakeholders.title']).toBe('2 stakeholders from research and education');
    expect(en['stakeholders.summary']).not.toMatch(/Business|Civil society|Public sector/);
    expect(en['coverage.title']).toBe('Every sector has a stakeholder from research and education');
  });
});

describe('slides and the PDF report', () => {
  const votes = (...counts: [string, number][]) => counts.map(([option, count]) => ({ option, count }));
  const cases = [
    votes(['Kyllä', 0], ['Ei', 0]),
    votes(['Kyllä', 1], ['Ei', 0]),
    votes(['Kyllä', 1], ['Ei', 1]),
    votes(['A', 2], ['B', 2], ['C', 2]),
    votes(['Kyllä', 5], ['Ei', 3]),
  ];

  it('vote results are true for no votes, one, a tie of two or three, and a winner', () => {
    for (const lng of languages) {
      const tr = translator(lng);
      const titles = cases.map((v) => slides.voteResultTitle(tr, v, lng));
      expectTrue(Object.fromEntries(titles.map((x, i) => [`vote${i}`, x])), lng);
      expect(titles[3], lng).toMatch(/A/);
      expect(titles[3], lng).toMatch(/C/);
    }
    const en = cases.map((v) => slides.voteResultTitle(translator('en'), v, 'en'));
    expect(en).toEqual([
      'No votes were cast',
      'Kyllä wins with 1 of 1 vote',
      'A tie: Kyllä and Ei with 1 vote each',
      'A tie: A, B and C with 2 votes each',
      'Kyllä wins with 5 of 8 votes',
    ]);
    expect(slides.voteResultTitle(translator('fi'), cases[3]!, 'fi')).not.toMatch(/kumpikin/);
  });

  it('the gaps slide says when there are no sectors to check', () => {
    expect(slides.gapsCountText(translator('en'), 0, 0, 0)).toBe('no sectors to check yet');
    expect(slides.gapsCountText(translator('en'), 1, 1, 1)).toBe('sector–helix gap');
    expect(slides.gapsCountText(translator('en'), 0, 2, 0)).toBe('sector–helix gaps');
    // Several gaps: in how many sectors, singular and plural (the matrix slide's count).
    expect(slides.gapsCountText(translator('en'), 3, 4, 1)).toBe('sector–helix gaps in 1 sector');
    expect(slides.gapsCountText(translator('en'), 3, 4, 2)).toBe('sector–helix gaps in 2 sectors');
    expect(slides.gapsCountText(translator('fi'), 3, 4, 2)).toBe('kärkiala–osapuoli-aukkoa 2 kärkialalla');
  });

  it('report sentences are true for none, one and many, and for a narrowed export', () => {
    for (const lng of languages) {
      const tr = translator(lng);
      const out: Record<string, string> = {};
      for (const n of [0, 1, 7]) {
        const counts = { sectors: n, actions: n, indicators: n, stakeholders: n, networks: n };
        for (const [k, v] of Object.entries(report.reportIntros(tr, counts, { sectors: false, sources: false, allSectors: n }))) out[`${k}${n}`] = v;
        for (const [k, v] of Object.entries(report.reportIntros(tr, counts, { sectors: true, sources: true, allSectors: 9 }))) out[`narrowed.${k}${n}`] = v;
        const perHelix = Object.fromEntries(helixes.map((h, i) => [h, i === 0 ? n : 0])) as Record<Helix, number>;
        out[`helixCounts${n}`] = report.sectorHelixCounts(tr, perHelix, lng);
      }
      expectTrue(out, lng);
    }
    const en = translator('en');
    const one = report.reportIntros(en, { sectors: 1, actions: 1, indicators: 1, stakeholders: 1, networks: 1 }, { sectors: false, sources: false, allSectors: 1 });
    expect(one.sectors).toMatch(/^The strategy has 1 spearhead sector\./);
    expect(one.actions).toMatch(/^1 action implements the strategy\./);
    const none = report.reportIntros(en, { sectors: 0, actions: 0, indicators: 0, stakeholders: 0, networks: 0 }, { sectors: false, sources: false, allSectors: 0 });
    expect(none.actions).toMatch(/^No actions are recorded yet\./);
    const narrowed = report.reportIntros(en, { sectors: 2, actions: 5, indicators: 3, stakeholders: 4, networks: 1 }, { sectors: true, sources: false, allSectors: 6 });
    expect(narrowed.sectors).toMatch(/^This export covers 2 of the strategy's 6 spearhead sectors\./);
    expect(narrowed.actions).not.toMatch(/implement the strategy/);
  });
});
