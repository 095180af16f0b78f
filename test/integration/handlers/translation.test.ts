import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';
import { localize, missingTranslations, textsById } from '../../../shared/domain/translate';

eachSeededPlan();

const plan = () => t.call('plan.get', {});
async function addLanguages(...languages: ('fi' | 'sv' | 'en')[]) {
  const p = await plan();
  await t.call('plan.update', { expectedUpdatedAt: p.updatedAt, languages });
}

describe('multilingual content', () => {
  it('translation.set writes a sector’s texts in the plan’s other languages, one undo step; empty removes one', async () => {
    await addLanguages('fi', 'en', 'sv');
    const written = await expectUndoable(t, () =>
      t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy', description: 'Forests and food' } }),
    );
    expect(written.map((x) => [x.field, x.text])).toEqual([['description', 'Forests and food'], ['name', 'Bioeconomy']]);
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'sv', texts: { name: 'Bioekonomi' } });
    // An empty text takes the translation away (the main language shows again).
    const after = await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { description: '' } });
    expect(after.map((x) => [x.field, x.text])).toEqual([['name', 'Bioeconomy']]);
    expect((await t.call('translation.list', {})).map((x) => `${x.lang}:${x.field}:${x.text}`)).toEqual(['en:name:Bioeconomy', 'sv:name:Bioekonomi']);
    expect((await t.call('translation.list', { lang: 'sv' })).map((x) => x.text)).toEqual(['Bioekonomi']);
    // The sector's own name is the main language's, untouched.
    expect((await t.call('sector.get', { id: s.bio.id })).name).toBe('Biotalous');
  });

  it('refuses the main language, a language the plan does not have, a field that has no translations and a missing thing, writing nothing', async () => {
    await addLanguages('fi', 'en');
    const main = await expectRefused(t, 'translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'fi', texts: { name: 'X' } });
    expect(main).toMatchObject({ kind: 'validation', issues: [{ path: 'lang', params: { message: 'translationIsMain', language: 'fi' } }] });
    const other = await expectRefused(t, 'translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'sv', texts: { name: 'X' } });
    expect(other).toMatchObject({ kind: 'validation', issues: [{ path: 'lang', params: { message: 'translationNotPlanLanguage', language: 'sv' } }] });
    expect(issuesOf(await expectRefused(t, 'translation.set', { owner: 'indicator', ownerId: s.indicator.id, lang: 'en', texts: { description: 'X' } }))).toEqual(['texts.description:notTranslatable']);
    expect(issuesOf(await expectRefused(t, 'translation.set', { owner: 'action', ownerId: s.action.id, lang: 'en', texts: { title: 'x'.repeat(201) } }))).toEqual(['texts.title:too_big']);
    expect(await expectRefused(t, 'translation.set', { owner: 'network', ownerId: missingId, lang: 'en', texts: { name: 'X' } })).toEqual({ kind: 'notFound', entity: 'network', id: missingId });
  });

  it('a deleted thing takes its translations with it, and undo brings both back', async () => {
    await addLanguages('fi', 'en');
    await t.call('translation.set', { owner: 'network', ownerId: s.tekel.id, lang: 'en', texts: { name: 'TEKEL network', description: 'Science parks' } });
    await t.call('network.delete', { id: s.tekel.id });
    expect(await t.call('translation.list', {})).toEqual([]);
    await t.call('history.undo', {});
    expect((await t.call('translation.list', { lang: 'en' })).map((x) => x.text)).toEqual(['Science parks', 'TEKEL network']);
  });

  it('localize puts the translations into any read answer, falls back to the main language, and names what is missing', async () => {
    await addLanguages('fi', 'en');
    await t.call('translation.set', { owner: 'sector', ownerId: s.bio.id, lang: 'en', texts: { name: 'Bioeconomy' } });
    await t.call('translation.set', { owner: 'action', ownerId: s.action.id, lang: 'en', texts: { title: 'SIXNET (EN)' } });
    const texts = textsById(await t.call('translation.list', { lang: 'en' }), 'en');
    const detail = localize(await t.call('action.get', { id: s.action.id }), texts);
    expect(detail.title).toBe('SIXNET (EN)');
    // Nested references too: the action's sectors, one translated and one not (the fallback).
    expect(detail.sectors.map((x) => x.name)).toEqual(['Bioeconomy', 'Logistiikka']);
    const dashboard = localize(await t.call('dashboard.get', { filters: { sectorIds: [], fundingSourceIds: [], helix: null, fromYear: null, toYear: null } }), texts);
    expect(dashboard.sectors.map((x) => x.name)).toEqual(['Bioeconomy', 'Logistiikka']);
    // A gap names its sector beside the sector's id: that name is translated too.
    expect(new Set(dashboard.coverage.gaps.map((g) => g.sectorName))).toEqual(new Set(['Logistiikka']));
    const withLogistics = new Map([...texts, [s.logistics.id, { name: 'Logistics' }]]);
    expect(new Set(localize(dashboard, withLogistics).coverage.gaps.map((g) => g.sectorName))).toEqual(new Set(['Logistics']));
    const sectors = await t.call('sector.list', {});
    const missing = missingTranslations(sectors.map((x) => ({ id: x.id, texts: { name: x.name } })), texts);
    expect(missing).toEqual([{ id: s.logistics.id, field: 'name' }]);
  });
});
