import { describe, expect, it } from 'vitest';
import { enablingConditionEvidence, type EvidenceInput } from '../../shared/domain/enabling-condition';
import { evidenceSentences, gapText } from '../../shared/domain/statements/assessment';
import { translator } from '../helpers/i18n';

/** The self-assessment's "what is missing" and evidence sentences: true for none, one and many, in English and Finnish. */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const empty: EvidenceInput = {
  today: '2026-12-02',
  plan: { responsibleBody: '', bodyMandate: '', documentsStaleYears: 3 },
  sectors: [],
  documents: [],
  seats: [],
  indicators: [],
  workshops: [],
  actions: [],
  networks: [],
  records: [],
};
const sectors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: id(i + 1), name: ['Biotalous', 'Logistiikka', 'Digitalisaatio'][i]! }));
const keys = (input: EvidenceInput) => enablingConditionEvidence(input).criteria.map((c) => c.gaps.map((g) => `${g.key}:${g.count}`));
const en = translator('en');
const fi = translator('fi');

describe('the evidence of an empty plan', () => {
  it('says for each criterion what is missing, and never a judgement', () => {
    const e = enablingConditionEvidence(empty);
    expect(keys(empty)).toEqual([
      ['noDocuments:0'],
      ['noBody:0', 'noMandate:0', 'noSeats:0'],
      ['noIndicators:0'],
      ['noWorkshops:0'],
      ['noResearchSystemActions:0'],
      ['noTransitionActions:0'],
      ['noInternationalNetworks:0'],
    ]);
    expect(e.criteria.every((c) => c.judgement === null)).toBe(true);
    expect([1, 2, 3, 4, 5, 6, 7].flatMap((n) => evidenceSentences(e, n, en, 'en'))).toEqual([]);
  });

  it('counts no gap for a criterion marked not relevant', () => {
    const input = { ...empty, records: [{ criterion: 6, relevant: false, judgement: null, note: '', updatedAt: '2026-01-01T00:00:00.000Z' }] };
    expect(keys(input)[5]).toEqual([]);
    expect(enablingConditionEvidence(input).gapCount).toBe(enablingConditionEvidence(empty).gapCount - 1);
  });
});

describe('one and many', () => {
  const withNetworks = (n: number): EvidenceInput => ({
    ...empty,
    sectors: sectors(3),
    networks: [{ id: id(9), name: 'ERRIN', scope: 'eu', sectorIds: sectors(3).slice(0, 3 - n).map((s) => s.id) }],
  });

  it('names the one sector without an EU or global network in the singular, and many in the plural', () => {
    const one = enablingConditionEvidence(withNetworks(1)).criteria[6]!.gaps;
    expect(one).toEqual([{ key: 'sectorsWithoutInternational', count: 1, names: ['Digitalisaatio'] }]);
    expect(gapText(one[0]!, en, 'en')).toBe('One sector has no EU or global network: Digitalisaatio.');
    expect(gapText(one[0]!, fi, 'fi')).toBe('Yhdellä kärkialalla ei ole EU-tason tai kansainvälistä verkostoa: Digitalisaatio.');
    const two = enablingConditionEvidence(withNetworks(2)).criteria[6]!.gaps;
    expect(gapText(two[0]!, en, 'en')).toBe('2 sectors have no EU or global network: Logistiikka and Digitalisaatio.');
    expect(gapText(two[0]!, fi, 'fi')).toBe('2 kärkialalla ei ole EU-tason tai kansainvälistä verkostoa: Logistiikka ja Digitalisaatio.');
  });

  it('calls documents stale by the plan’s limit: the only one, or all of many', () => {
    const doc = (n: number, issuedOn: string) => ({ id: id(n), title: `Analyysi ${n}`, issuedOn, link: '' });
    const one = enablingConditionEvidence({ ...empty, documents: [doc(1, '2023-12-01')] });
    expect(gapText(one.criteria[0]!.gaps[0]!, en, 'en')).toBe('The only analysis document is older than the chosen limit: Analyysi 1.');
    const onTheDay = enablingConditionEvidence({ ...empty, documents: [doc(1, '2023-12-02')] });
    expect(onTheDay.criteria[0]!.gaps).toEqual([]);
    const many = enablingConditionEvidence({ ...empty, documents: [doc(1, '2020-01-01'), doc(2, '2026-01-01'), doc(3, '2019-05-05')] });
    expect(many.criteria[0]!.gaps).toEqual([{ key: 'stale', count: 2, names: ['Analyysi 1', 'Analyysi 3'] }]);
    expect(evidenceSentences(many, 1, en, 'en')).toEqual(['3 analysis documents; the latest is “Analyysi 2” (1 Jan 2026).']);
  });

  it('counts each participant once per helix over the last year’s workshops, and names the helixes absent', () => {
    const s = sectors(1);
    const w = (n: number, heldOn: string, who: [number, 'business' | 'academia' | 'public' | 'civil'][]) => ({
      id: id(20 + n), title: `Työpaja ${n}`, heldOn, sectorIds: [s[0]!.id], participants: who.map(([k, helix]) => ({ stakeholderId: id(100 + k), helix })),
    });
    const e = enablingConditionEvidence({
      ...empty,
      sectors: s,
      workshops: [w(1, '2026-03-01', [[1, 'business'], [2, 'academia']]), w(2, '2026-09-01', [[1, 'business'], [3, 'business']]), w(3, '2025-11-30', [[4, 'civil']])],
    });
    expect(e.participation).toMatchObject({ workshops: 2, byHelix: { business: 2, academia: 1, public: 0, civil: 0 } });
    const absent = e.criteria[3]!.gaps[0]!;
    expect(gapText(absent, en, 'en')).toBe('2 helixes took no part in the last year’s workshops: Public sector and Civil society.');
  });
});
