import { describe, expect, it } from 'vitest';
import { translator } from '../../helpers/i18n';
import { diffStates } from '../../../shared/domain/plan-diff';
import { byConcept, changeLines, concepts, contextFor, descriptors } from '../../../shared/domain/change-sentences';
import type { PlanState } from '../../../shared/domain/plan-state';
import { uiLanguages } from '../../../shared/schemas/app';

// The sentences of a comparison, read as a user of each language reads them.
const t0 = '2026-01-01T00:00:00.000Z';
const stamp = { created_at: t0, updated_at: t0 };
const before: PlanState = {
  planId: 'p',
  schemaVersion: 8,
  tables: {
    sector: { '["s1"]': { id: 's1', name: 'Logistiikka', description: '', sort_order: 0, archived: 0, ...stamp } },
    funding_source: { '["f1"]': { id: 'f1', kind: 'erdf', name: '', in_use: 1, sort_order: 0, ...stamp } },
    action: { '["a1"]': { id: 'a1', title: 'Satama 2030', type: 'project', status: 'planned', lead_stakeholder_id: null, progress: 0, ...stamp } },
    funding_line: { '["l1"]': { id: 'l1', action_id: 'a1', funding_source_id: 'f1', year: 2024, estimated: 0, planned_cents: 12_000_000, committed_cents: 0, spent_cents: 0, note: '', ...stamp } },
    stakeholder: { '["old"]': { id: 'old', name: 'Vanha ry', helix: 'civil', type: 'association', ...stamp } },
    engagement: { '["old","s1"]': { stakeholder_id: 'old', sector_id: 's1', level: 'aware', changed_on: '2021-01-01', ...stamp } },
  },
};
const after: PlanState = structuredClone(before);
after.tables.funding_line!['["l1"]']!.planned_cents = 15_000_000;
after.tables.funding_line!['["l1"]']!.updated_at = '2026-02-01T00:00:00.000Z';
after.tables.stakeholder!['["y"]'] = { id: 'y', name: 'Kotkan kyläyhdistys', helix: 'civil', type: 'association', ...stamp };
after.tables.engagement!['["y","s1"]'] = { stakeholder_id: 'y', sector_id: 's1', level: 'involved', changed_on: '2026-01-05', ...stamp };
after.tables.action_sector = { '["a1","s1"]': { action_id: 'a1', sector_id: 's1' } };
after.tables.action!['["a1"]']!.status = 'running';
// Removing a stakeholder removes its engagement: one sentence, not two.
delete after.tables.stakeholder!['["old"]'];
delete after.tables.engagement!['["old","s1"]'];

const changes = diffStates(before, after);
const lines = (lng: (typeof uiLanguages)[number]) => changeLines(changes, contextFor(changes, before, after), translator(lng), lng);
const texts = (lng: (typeof uiLanguages)[number]) => lines(lng).map((l) => l.text.replace(/\u00a0|\u202f/g, ' '));

describe('change sentences', () => {
  it('show a long name changed with both values, a long description only as edited', () => {
    const longTitle = 'Satamalogistiikan digitaalinen kaksonen ja älykkäät reitit Kotkan ja Haminan välillä';
    const renamed: PlanState = structuredClone(before);
    renamed.tables.action!['["a1"]']!.title = longTitle;
    renamed.tables.sector!['["s1"]']!.description = `${longTitle}, kuvaus jatkuu.`;
    const c = diffStates(before, renamed);
    expect(changeLines(c, contextFor(c, before, renamed), translator('en'), 'en').map((l) => l.text).sort()).toEqual(
      [`Action “${longTitle}”: title “Satama 2030” → “${longTitle}”`, 'Sector “Logistiikka”: description edited'].sort(),
    );
  });

  it('say each change in English as a reader follows it, grouped by concept', () => {
    expect(texts('en').sort()).toEqual(
      [
        'Planned ERDF 2024 for “Satama 2030”: €120,000 → €150,000',
        'New stakeholder “Kotkan kyläyhdistys”, civil society',
        '“Kotkan kyläyhdistys” engaged in sector “Logistiikka”: Involved',
        'Action “Satama 2030” now in sector “Logistiikka”',
        'Action “Satama 2030”: status Planned → Running',
        'Stakeholder “Vanha ry” removed',
      ].sort(),
    );
    expect(byConcept(lines('en')).map((g) => g.concept)).toEqual(['stakeholders', 'engagement', 'actions']);
  });

  it('say them in Finnish and Swedish with the glossary’s words', () => {
    const fi = texts('fi');
    expect(fi).toContain('Suunniteltu EAKR 2024, toimenpide ”Satama 2030”: 120 000 € → 150 000 €');
    expect(fi).toContain('Uusi sidosryhmä ”Kotkan kyläyhdistys”, kansalaisyhteiskunta');
    expect(fi).toContain('Toimenpide ”Satama 2030” on nyt kärkialalla ”Logistiikka”');
    const sv = texts('sv');
    expect(sv.some((s) => s.startsWith('Planerad ERUF') || s.startsWith('Planerad'))).toBe(true);
    expect(sv).toContain('Åtgärden ”Satama 2030” hör nu till spetsområdet ”Logistiikka”');
  });

  it('say nothing for no change, and one line for one', () => {
    expect(changeLines([], {}, translator('en'), 'en')).toEqual([]);
    const one = diffStates(before, { ...before, tables: { ...before.tables, sector: { '["s1"]': { ...before.tables.sector!['["s1"]']!, name: 'Logistiikka ja satamat' } } } });
    expect(changeLines(one, contextFor(one, before, after), translator('en'), 'en').map((l) => l.text)).toEqual(['Sector “Logistiikka”: name “Logistiikka” → “Logistiikka ja satamat”']);
  });

  it('say a field that was empty as set, not “none →”', () => {
    const next = structuredClone(before);
    next.tables.action!['["a1"]']!.lead_stakeholder_id = 'old';
    const c = diffStates(before, next);
    expect(changeLines(c, contextFor(c, before, next), translator('en'), 'en').map((l) => l.text)).toEqual(['Action “Satama 2030”: lead organisation “Vanha ry”']);
  });

  it('give an unknown table (a later migration’s) a generic sentence under “other”', () => {
    const next = structuredClone(before);
    next.tables.funding_year = { '["y1"]': { id: 'y1', name: 'Vuosi 2024' } };
    const c = diffStates(before, next);
    const [line] = changeLines(c, contextFor(c, before, next), translator('en'), 'en');
    expect(line).toMatchObject({ concept: 'other', text: 'New item “Vuosi 2024”' });
  });

  it('have every word they use in every UI language', () => {
    for (const lng of uiLanguages) {
      const t = translator(lng);
      const missing: string[] = [];
      const need = (key: string) => {
        if (t(key) === key) missing.push(key);
      };
      for (const [table, d] of Object.entries(descriptors)) {
        need(`versions.entity.${d.entity}`);
        if (d.link && !d.quiet) for (const k of ['added', 'removed']) need(`versions.link.${table}.${k}`);
        if (d.refs?.length && !d.name && !d.link) need(`versions.name.${d.entity}`);
      }
      for (const c of concepts) need(`versions.concept.${c}`);
      expect(missing, lng).toEqual([]);
    }
  });
});
