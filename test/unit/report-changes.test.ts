import { describe, expect, it } from 'vitest';
import { translator } from '../helpers/i18n';
import { diffStates } from '../../shared/domain/plan-diff';
import { changeLines, contextFor } from '../../shared/domain/change-sentences';
import type { PlanState } from '../../shared/domain/plan-state';
import { changesChapter, CHANGES_PER_CONCEPT } from '../../shared/report/changes';

// The PDF's "Changes since <version>" chapter as a reader of each language reads it: the
// Versions screen's sentences, a count per concept, and "and M more" past the limit.
const stamp = { created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' };
const base: PlanState = {
  planId: 'p',
  schemaVersion: 8,
  tables: { sector: { '["s1"]': { id: 's1', name: 'Logistiikka', description: '', sort_order: 0, archived: 0, ...stamp } }, stakeholder: {} },
};
/** The base plan with `n` new stakeholders and, when asked, the sector renamed. */
function withChanges(n: number, rename = false): PlanState {
  const s = structuredClone(base);
  for (let i = 0; i < n; i++) s.tables.stakeholder![`["k${String(i).padStart(3, '0')}"]`] = { id: `k${i}`, name: `Yhdistys ${String(i).padStart(3, '0')}`, helix: 'civil', type: 'association', ...stamp };
  if (rename) s.tables.sector!['["s1"]']!.name = 'Logistiikka ja satamat';
  return s;
}
const chapter = (after: PlanState, lng: 'en' | 'fi' | 'sv', limit?: number, savedOn: string | null = '30.6.2021') => {
  const changes = diffStates(base, after);
  return changesChapter({ changes, context: contextFor(changes, base, after), version: 'Hyväksytty 6/2021', savedOn }, translator(lng), lng, limit);
};
const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('the report’s changes chapter', () => {
  it('says there are none when the plan is as the version left it, with no group', () => {
    const c = chapter(base, 'fi');
    expect(c.lead).toBe('Strategian sisältö on sama kuin versiossa ”Hyväksytty 6/2021”: mitään ei ole muutettu sen jälkeen.');
    expect(c.groups).toEqual([]);
    expect(chapter(base, 'en').lead).toBe('The plan holds the same content as the version “Hyväksytty 6/2021”: nothing has changed since.');
  });

  it('counts one change in the singular, with the Versions screen’s sentence and no “more”', () => {
    const after = withChanges(1);
    const c = chapter(after, 'fi');
    expect(c.lead).toBe('Versiosta ”Hyväksytty 6/2021” (tallennettu 30.6.2021) lähtien strategiaan on tehty 1 muutos. Se on lueteltu alla aiheittain.');
    expect(c.groups.map((g) => [g.title, g.count, g.more])).toEqual([['Sidosryhmät', 1, null]]);
    // Derived once: the very sentence the Versions screen shows.
    const changes = diffStates(base, after);
    expect(c.groups[0]!.lines.map((l) => l.text)).toEqual(changeLines(changes, contextFor(changes, base, after), translator('fi'), 'fi').map((l) => l.text));
    expect(nbsp(c.groups[0]!.lines[0]!.text)).toBe('Uusi sidosryhmä ”Yhdistys 000”, kansalaisyhteiskunta');
    expect(chapter(after, 'en', undefined, null).lead).toBe('Since the version “Hyväksytty 6/2021”, 1 change has been made to the plan. It is listed below by concept.');
  });

  it('prints the first N of many per concept and says how many more, one more in the singular', () => {
    const many = chapter(withChanges(5, true), 'fi', 3);
    expect(many.lead).toContain('lähtien strategiaan on tehty 6 muutosta.');
    expect(many.groups.map((g) => [g.title, g.count, g.lines.length, g.more])).toEqual([
      ['Kärkialat', 1, 1, null],
      ['Sidosryhmät', 5, 3, '… ja 2 muuta muutosta (kaikki muutokset ovat Versiot-näkymän XLSX-viennissä).'],
    ]);
    expect(chapter(withChanges(4), 'fi', 3).groups[0]!.more).toBe('… ja 1 muu muutos (kaikki muutokset ovat Versiot-näkymän XLSX-viennissä).');
    expect(chapter(withChanges(4), 'en', 3).groups[0]!.more).toBe('… and 1 more change (all of them are in the Versions screen’s XLSX export).');
    expect(chapter(withChanges(3), 'sv', 3).groups[0]!.more).toBeNull();
  });

  it('keeps all lines of a concept up to the default limit', () => {
    const c = chapter(withChanges(CHANGES_PER_CONCEPT + 2), 'sv');
    expect(c.groups[0]!.lines).toHaveLength(CHANGES_PER_CONCEPT);
    expect(c.groups[0]!.more).toBe('… och 2 ändringar till (alla finns i XLSX-exporten i vyn Versioner).');
    expect(c.lead).toContain(`${CHANGES_PER_CONCEPT + 2} ändringar`);
  });
});
