import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc, typeDate } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import en from '../../resources/locales/en.json';
import example from '../../resources/example-plan/example-plan.json';

/**
 * The scenario in the Finnish UI, through the browser host: build a small plan from an
 * empty one with every editor, undo 10 steps, redo 5, reload, and find exactly the expected state.
 */
let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const sectors = ['Kiertotalous', 'Logistiikka'] as const;
/** name, helix, type, municipality, engagements [sector index, level][] */
const stakeholders = [
  ['Prizztech Oy', 'business', 'development_company', 'Pori', [[0, 'leading'], [1, 'involved']]],
  ['Kotkan Satama Oy', 'business', 'large_company', 'Kotka', [[1, 'committed'], [0, 'informed']]],
  ['Xamk', 'academia', 'uas', 'Kouvola', [[0, 'involved']]],
  ['LUT-yliopisto', 'academia', 'university', 'Lappeenranta', [[0, 'consulted']]],
  ['Vaasan kaupunki', 'public', 'municipality', 'Vaasa', [[1, 'aware']]],
  ['Äänekosken kaupunki', 'public', 'municipality', 'Äänekoski', [[0, 'informed']]],
  ['Kymenlaakson Yrittäjät ry', 'civil', 'association', 'Kouvola', [[1, 'consulted']]],
  ['Kotkan kyläyhdistys ry', 'civil', 'citizen_group', 'Kotka', [[0, 'aware']]],
] as const;

type Row = { id: string; name?: string; title?: string };

async function nav(page: Page, screen: keyof typeof fi.nav) {
  await page.getByRole('navigation').getByRole('link', { name: fi.nav[screen], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.nav[screen] === fi.nav.settings ? fi.settings.title : fi[screen as 'sectors'].title }).waitFor();
}

async function menu(page: Page, menuName: string, item: string | RegExp) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function depth(page: Page) {
  return (await rpc<{ undoDepth: number; redoDepth: number }>(page, 'history.state')).undoDepth;
}

/** A label as the user sees it, with the required mark " *" or not. */
const lbl = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
const field = (form: Locator, label: string) => form.getByLabel(lbl(label));
const detailTitle = (page: Page, name: string) => page.locator('#detail-title', { hasText: name });

describe('editors: the Finnish scenario', () => {
  let page: Page;
  let planFile = '';

  // One scenario in steps that share the page (each well inside a minute on a busy machine).
  it('builds a plan from an empty one: sectors, stakeholders with engagements, duplicates flagged, Finnish sort and search', async () => {
    page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();

    // Tiedosto → Uusi strategia…
    await menu(page, fi.menu.file._, fi.menu.file.new);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: fi.newPlan.name, exact: true }).fill('Keski-Suomen S3 2021–2027');
    await dialog.getByRole('textbox', { name: fi.newPlan.region, exact: true }).fill('Keski-Suomi');
    await dialog.getByRole('button', { name: fi.newPlan.next }).click();
    planFile = path.join(app.dir, 'keski-suomi.s3plan');
    await page.getByRole('dialog').getByRole('textbox', { name: fi.path.label, exact: true }).fill(planFile);
    await page.getByRole('dialog').getByRole('button', { name: fi.common.save, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Keski-Suomen S3 2021–2027' }).waitFor();
    expect(await depth(page)).toBe(0);

    // Sectors (2 steps).
    await nav(page, 'sectors');
    for (const name of sectors) {
      await page.getByRole('button', { name: fi.sectors.add }).click();
      const form = page.locator('form#sector-form');
      await field(form, fi.sectors.f.name).fill(name);
      await field(form, fi.sectors.f.description).fill(`${name}: alueen vahvuus`);
      if (name === sectors[1]) await app.screenshot(page, 'editor-sectors-fi');
      await field(form, fi.sectors.f.name).press('Enter'); // Enter saves
      await detailTitle(page, name).waitFor();
    }
    expect(await depth(page)).toBe(2);

    // Stakeholders (8 creates) with engagements (10 steps), interleaved.
    await nav(page, 'stakeholders');
    let steps = 2;
    for (const [name, helix, type, municipality, engagements] of stakeholders) {
      await page.getByRole('button', { name: fi.stakeholders.add }).click();
      const form = page.locator('form#stakeholder-form');
      await field(form, fi.stakeholders.f.name).fill(name);
      await form.getByLabel(lbl(fi.stakeholders.f.helix)).selectOption({ label: fi.helix[helix] });
      await form.getByLabel(lbl(fi.stakeholders.f.type)).selectOption({ label: fi.stakeholderType[type] });
      await field(form, fi.stakeholders.f.municipality).fill(municipality);
      if (name === 'Xamk') await app.screenshot(page, 'editor-stakeholders-fi');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await detailTitle(page, name).waitFor();
      expect(await depth(page)).toBe(++steps);
      for (const [sector, level] of engagements) {
        const select = page.getByLabel(lbl(`${fi.engagementEditor.levelFor.replace('{{sector}}', sectors[sector])}`));
        await select.selectOption(level);
        steps++;
        await expect.poll(() => depth(page)).toBe(steps);
        await expect.poll(() => select.inputValue()).toBe(level);
      }
    }
    expect(steps).toBe(20);
    await app.screenshot(page, 'detail-stakeholder-fi');

    // A likely duplicate is flagged while adding (and nothing is saved on Escape).
    await page.getByRole('button', { name: fi.stakeholders.add }).click();
    await field(page.locator('form#stakeholder-form'), fi.stakeholders.f.name).fill('Prizztech');
    await page.getByText(fi.stakeholders.dupes.title_one).waitFor();
    await page.getByRole('link', { name: 'Prizztech Oy' }).first().waitFor();
    await field(page.locator('form#stakeholder-form'), fi.stakeholders.f.name).press('Escape');
    await page.locator('form#stakeholder-form').waitFor({ state: 'detached' });

    // Finnish sort and search: Äänekoski after Vaasa; "aane" and "ääne" find it.
    const names = async () => page.locator('.vgrid__body [role=row] [role=gridcell]:first-child').allTextContents();
    await expect.poll(names).toEqual(stakeholders.map((s) => s[0] as string).sort((a, b) => new Intl.Collator('fi').compare(a, b)));
    const sorted = await names();
    expect(sorted.indexOf('Äänekosken kaupunki')).toBe(sorted.length - 1);
    expect(sorted.indexOf('Vaasan kaupunki')).toBeLessThan(sorted.indexOf('Äänekosken kaupunki'));
    for (const q of ['aane', 'ääne', 'ÄÄNE']) {
      await page.getByRole('searchbox', { name: fi.list.search }).fill(q);
      await expect.poll(names).toEqual(['Äänekosken kaupunki']);
    }
    // A type's Finnish name finds its stakeholders, though no name or town contains it.
    await page.getByRole('searchbox', { name: fi.list.search }).fill(fi.stakeholderType.uas.toLowerCase());
    await expect.poll(names).toEqual(['Xamk']);
    await page.getByRole('searchbox', { name: fi.list.search }).fill('');
    await expect.poll(async () => (await names()).length).toBe(8);

  });

  it('adds a network, an action with funding and a milestone, an indicator with measurements and a workshop', async () => {
    // A network with members (1 step).
    await nav(page, 'networks');
    await page.getByRole('button', { name: fi.networks.add }).click();
    {
      const form = page.locator('form#network-form');
      await field(form, fi.networks.f.name).fill('SEKES');
      await form.getByLabel(lbl(fi.networks.f.scope)).selectOption({ label: fi.scope.national });
      await form.getByLabel(lbl(fi.networks.f.membership)).selectOption({ label: fi.membership.member });
      await form.getByRole('group', { name: fi.networks.f.sectors }).getByRole('checkbox', { name: sectors[0] }).check();
      const members = form.getByRole('group', { name: fi.networks.f.members });
      for (const m of ['Prizztech Oy', 'Xamk', 'Kotkan kyläyhdistys ry']) await members.getByRole('checkbox', { name: m, exact: true }).check();
      await app.screenshot(page, 'editor-networks-fi');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await detailTitle(page, 'SEKES').waitFor();
    }
    expect(await depth(page)).toBe(21);

    // An action with two funding lines and a milestone (1 step).
    await nav(page, 'actions');
    await page.getByRole('button', { name: fi.actions.add }).click();
    {
      const form = page.locator('form#action-form');
      await field(form, fi.actions.f.title).fill('SIXNET-teemaverkosto');
      await form.getByLabel(lbl(fi.actions.f.status)).selectOption({ label: fi.status.running });
      await form.getByLabel(lbl(fi.actions.f.lead)).selectOption({ label: 'Prizztech Oy' });
      await typeDate(form.getByRole('group', { name: lbl(fi.actions.f.start) }), '2022-01-01');
      await typeDate(form.getByRole('group', { name: lbl(fi.actions.f.end) }), '2023-12-31');
      await field(form, fi.actions.f.progress).fill('40');
      await form.getByRole('group', { name: fi.actions.f.sectors, exact: true }).getByRole('checkbox', { name: sectors[0] }).check();
      await form.getByRole('group', { name: fi.actions.f.partners, exact: true }).getByRole('checkbox', { name: 'Xamk', exact: true }).check();
      await form.getByRole('group', { name: fi.actions.f.networks, exact: true }).getByRole('checkbox', { name: 'SEKES' }).check();
      // The year grid (issue 19): a source is added from its list, then its years are typed.
      const cell = (source: string, year: number, measure: string) => form.getByLabel(`${source}, ${year}, ${measure}`, { exact: true });
      for (const source of [fi.fundingKind.akke, fi.fundingKind.erdf]) {
        await form.getByLabel(fi.actions.line.sourceToAdd, { exact: true }).selectOption({ label: source });
        await form.getByRole('button', { name: fi.actions.addLine }).click();
      }
      await cell(fi.fundingKind.akke, 2022, fi.actions.line.planned).fill('128 810');
      await cell(fi.fundingKind.akke, 2022, fi.actions.line.committed).fill('128 810');
      await cell(fi.fundingKind.akke, 2022, fi.actions.line.spent).fill('64 000,50');
      await cell(fi.fundingKind.erdf, 2022, fi.actions.line.planned).fill('1 234,56');
      // Spent above committed without a note: refused at the field, translated.
      await cell(fi.fundingKind.erdf, 2022, fi.actions.line.spent).fill('10');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await form.getByText(fi.validation.custom.spentAboveCommitted).first().waitFor();
      await form.getByRole('alert').filter({ hasText: fi.errors.summaryTitle }).waitFor();
      expect(await depth(page)).toBe(21);
      await cell(fi.fundingKind.erdf, 2022, fi.actions.line.spent).fill('0');
      await form.getByRole('button', { name: fi.actions.addMilestone }).click();
      await form.getByLabel(lbl('Välitavoite 1')).fill('Väliraportti');
      await typeDate(form.getByRole('group', { name: lbl('Määräpäivä, välitavoite 1') }), '2022-12-31');
      await app.screenshot(page, 'editor-actions-fi');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await detailTitle(page, 'SIXNET-teemaverkosto').waitFor();
    }
    expect(await depth(page)).toBe(22);
    await page.getByRole('cell', { name: /^128\s810\s€$/ }).first().waitFor();
    await app.screenshot(page, 'detail-action-fi');

    // An indicator with three measurements (4 steps).
    await nav(page, 'indicators');
    await page.getByRole('button', { name: fi.indicators.add }).click();
    {
      const form = page.locator('form#indicator-form');
      await field(form, fi.indicators.f.name).fill('TKI-yhteistyössä olevat yritykset');
      await form.getByLabel(lbl(fi.indicators.f.kind)).selectOption({ label: fi.indicatorKind.result });
      await field(form, fi.indicators.f.unit).fill('yritystä');
      await form.getByLabel(lbl(fi.indicators.f.attachedTo)).selectOption({ label: `${fi.entity.sectorTitle}: ${sectors[0]}` });
      await field(form, fi.indicators.f.baselineValue).fill('40');
      await field(form, fi.indicators.f.baselineYear).fill('2021');
      await field(form, fi.indicators.f.targetValue).fill('120,5');
      await field(form, fi.indicators.f.targetYear).fill('2027');
      await app.screenshot(page, 'editor-indicators-fi');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await detailTitle(page, 'TKI-yhteistyössä olevat yritykset').waitFor();
    }
    expect(await depth(page)).toBe(23);
    const mform = page.getByRole('form', { name: fi.indicators.m.addTitle });
    for (const [value, date] of [['52', '2022-12-31'], ['61,5', '2023-12-31'], ['70', '2024-12-31']]) {
      await mform.getByLabel(lbl(fi.indicators.m.value)).fill(value as string);
      await typeDate(mform.getByRole('group', { name: lbl(fi.indicators.m.date) }), date as string);
      await mform.getByLabel(lbl(fi.indicators.m.source)).fill('Tilastokeskus');
      await mform.getByRole('button', { name: fi.indicators.m.add }).click();
      await expect.poll(() => mform.getByLabel(lbl(fi.indicators.m.value)).inputValue()).toBe('');
    }
    await expect.poll(() => depth(page)).toBe(26);
    await page.getByRole('cell', { name: '61,5' }).waitFor();
    await app.screenshot(page, 'detail-indicator-fi');

    // A workshop with participants (1 step).
    await nav(page, 'workshops');
    await page.getByRole('button', { name: fi.workshops.add }).click();
    {
      const form = page.locator('form#workshop-form');
      await field(form, fi.workshops.f.title).fill('Kiertotalouden EDP-työpaja');
      await typeDate(form.getByRole('group', { name: lbl(fi.workshops.f.date) }), '2023-03-15');
      await field(form, fi.workshops.f.place).fill('Jyväskylä');
      await form.getByRole('group', { name: fi.workshops.f.sectors }).getByRole('checkbox', { name: sectors[0] }).check();
      const participants = form.getByRole('group', { name: fi.workshops.f.participants });
      for (const m of ['Prizztech Oy', 'Xamk', 'Äänekosken kaupunki', 'Kotkan kyläyhdistys ry']) await participants.getByRole('checkbox', { name: m, exact: true }).check();
      await field(form, fi.workshops.f.outcomes).fill('Yritykset tarvitsevat yhteisiä testiympäristöjä.');
      await app.screenshot(page, 'editor-workshops-fi');
      await form.getByRole('button', { name: fi.common.save, exact: true }).click();
      await detailTitle(page, 'Kiertotalouden EDP-työpaja').waitFor();
    }
    expect(await depth(page)).toBe(27);

  });

  it('undoes 10 steps and redoes 5, the Edit menu naming each', async () => {
    // The Edit menu names the step.
    await page.getByRole('menubar').getByRole('menuitem', { name: fi.menu.edit._, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Kumoa työpajan lisäys' }).waitFor();
    await page.keyboard.press('Escape');

    // Undo 10 steps with the keyboard (outside text fields), redo 5 (Ctrl+Shift+Z and Ctrl+Y).
    await page.getByRole('heading', { level: 1 }).click();
    await page.locator('#main').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => depth(page)).toBe(17);
    await page.getByRole('menubar').getByRole('menuitem', { name: fi.menu.edit._, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Kumoa sidosryhmän lisäys' }).waitFor();
    await page.getByRole('menuitem', { name: 'Tee uudelleen: sitoutumisen muutos' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#main').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+Z');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+y');
    await expect.poll(() => depth(page)).toBe(22);
    expect((await rpc<{ redoDepth: number }>(page, 'history.state')).redoDepth).toBe(5);

    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();

  });

  it('keeps exactly that state, through the contract and the UI, and after a reload', async () => {
    // Exactly the expected state: everything up to the action; no indicator, measurements or workshop.
    const sectorRows = await rpc<Row[]>(page, 'sector.list', { includeArchived: true });
    expect(sectorRows.map((s) => s.name)).toEqual([...sectors]);
    const people = await rpc<(Row & { helix: string; engagements: { sectorId: string; level: string }[] })[]>(page, 'stakeholder.list');
    expect(people.map((s) => s.name).sort()).toEqual(stakeholders.map((s) => s[0] as string).sort());
    const sectorId = (i: number) => sectorRows[i]!.id;
    for (const [name, helix, , , engagements] of stakeholders) {
      const s = people.find((p) => p.name === name)!;
      expect(s.helix).toBe(helix);
      expect(s.engagements.map((e) => [e.sectorId, e.level]).sort()).toEqual(engagements.map(([i, level]) => [sectorId(i), level]).sort());
    }
    const networks = await rpc<(Row & { memberCount: number; sectorIds: string[] })[]>(page, 'network.list');
    expect(networks.map((n) => [n.name, n.memberCount, n.sectorIds])).toEqual([['SEKES', 3, [sectorId(0)]]]);
    const actions = await rpc<(Row & { plannedCents: number; committedCents: number; spentCents: number; status: string; networkIds: string[] })[]>(page, 'action.list');
    expect(actions.map((a) => [a.title, a.status, a.plannedCents, a.committedCents, a.spentCents])).toEqual([['SIXNET-teemaverkosto', 'running', 12_881_000 + 123_456, 12_881_000, 6_400_050]]);
    expect(actions[0]!.networkIds).toEqual([networks[0]!.id]);
    const action = await rpc<{ fundingLines: unknown[]; milestones: { title: string; dueDate: string; doneDate: string | null }[]; partners: Row[]; lead: Row }>(page, 'action.get', { id: actions[0]!.id });
    expect(action.fundingLines).toHaveLength(2);
    expect(action.milestones.map((m) => [m.title, m.dueDate, m.doneDate])).toEqual([['Väliraportti', '2022-12-31', null]]);
    expect(action.lead.name).toBe('Prizztech Oy');
    expect(action.partners.map((p) => p.name)).toEqual(['Xamk']);
    expect(await rpc<unknown[]>(page, 'indicator.list')).toEqual([]);
    expect(await rpc<unknown[]>(page, 'workshop.list')).toEqual([]);

    // And through the UI, in Finnish.
    await nav(page, 'stakeholders');
    await page.getByText('8 sidosryhmää', { exact: true }).waitFor();
    await page.getByRole('combobox', { name: fi.filters.helix }).selectOption({ label: fi.helix.civil });
    await page.getByText('8 sidosryhmää, joista näytetään 2', { exact: true }).waitFor();
    expect(page.url()).toContain('helix=civil');
    await nav(page, 'networks');
    await page.getByRole('row', { name: /SEKES/ }).click();
    await detailTitle(page, 'SEKES').waitFor();
    for (const m of ['Prizztech Oy', 'Xamk', 'Kotkan kyläyhdistys ry']) await page.getByRole('link', { name: m, exact: true }).waitFor();
    await page.getByRole('link', { name: 'Prizztech Oy', exact: true }).click();
    await detailTitle(page, 'Prizztech Oy').waitFor();
    // Relations both ways: the stakeholder shows its network and its action as lead.
    await page.getByRole('link', { name: 'SEKES', exact: true }).waitFor();
    await page.getByRole('link', { name: 'SIXNET-teemaverkosto', exact: true }).waitFor();
    await nav(page, 'indicators');
    await page.getByText(fi.indicators.empty).waitFor();
    await nav(page, 'workshops');
    await page.getByText(fi.workshops.empty).waitFor();
    await page.context().close();
  });

  it('opens the plan settings editor and saves a new vision (and undo names the step)', async () => {
    const p = await app.open({ language: 'fi' });
    await p.getByRole('heading', { level: 1, name: 'Keski-Suomen S3 2021–2027' }).waitFor();
    await p.goto(`${new URL(p.url()).origin}/#/settings`);
    await p.getByRole('button', { name: fi.planSettings.edit }).click();
    const form = p.locator('form#plan-form');
    await field(form, fi.newPlan.vision).fill('Keski-Suomi on kiertotalouden edelläkävijä.');
    await app.screenshot(p, 'editor-plan-fi');
    await form.getByRole('button', { name: fi.common.save, exact: true }).click();
    await p.getByText('Keski-Suomi on kiertotalouden edelläkävijä.').waitFor();
    await p.getByRole('menubar').getByRole('menuitem', { name: fi.menu.edit._, exact: true }).click();
    await p.getByRole('menuitem', { name: 'Kumoa strategian asetusten muutos' }).click();
    await p.getByText('Keski-Suomi on kiertotalouden edelläkävijä.').waitFor({ state: 'detached' });
    await p.context().close();
  });
});

describe('editors: accessibility and screenshots', () => {
  const screens = ['sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops'] as const;
  for (const language of ['fi', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no serious or critical axe violations on any editor (${language}, ${colorScheme})`, async () => {
        const labels = language === 'fi' ? fi : en;
        const page = await openForAxe(app, { language, colorScheme });
        await page.getByRole('heading', { level: 1, name: 'Keski-Suomen S3 2021–2027' }).waitFor();
        const origin = new URL(page.url()).origin;
        const found: Record<string, unknown> = {};
        const check = async (name: string) => {
          const v = await axeSerious(page);
          if (v.length) found[name] = v;
        };
        const first = async (channel: string) => (await rpc<Row[]>(page, channel, channel === 'sector.list' ? { includeArchived: true } : {}))[0]?.id;
        for (const screen of screens) {
          await page.goto(`${origin}/#/${screen}/new`);
          await page.locator('form.editor').waitFor();
          await page.waitForTimeout(200);
          await check(`${screen}/new`);
          await app.screenshot(page, `editor-${screen}-new-${language}-${colorScheme}`);
          const id = await first(`${screen.replace(/s$/, '')}.list`);
          if (id) {
            await page.goto(`${origin}/#/${screen}/${id}`);
            await page.locator('#detail-title').waitFor();
            await check(`${screen}/detail`);
            await app.screenshot(page, `detail-${screen}-${language}-${colorScheme}`);
            await page.getByRole('button', { name: labels.detail.edit, exact: true }).click();
            await page.locator('form.editor').waitFor();
            await check(`${screen}/edit`);
            await page.getByRole('button', { name: labels.detail.delete, exact: true }).count();
          }
        }
        await page.goto(`${origin}/#/settings`);
        await page.getByRole('button', { name: labels.planSettings.edit }).click();
        await page.locator('form#plan-form').waitFor();
        await check('settings/plan');
        // The delete dialog with its impact list.
        const sid = await first('stakeholder.list');
        await page.goto(`${origin}/#/stakeholders/${sid}`);
        await page.getByRole('button', { name: labels.detail.delete, exact: true }).click();
        await page.getByRole('dialog').getByRole('button', { name: labels.delete.confirm, exact: true }).waitFor();
        await page.getByRole('dialog').locator('.impact').first().waitFor();
        await page.waitForTimeout(300);
        await check('delete dialog');
        await app.screenshot(page, `delete-dialog-${language}-${colorScheme}`);
        await page.keyboard.press('Escape');
        expect(found).toEqual({});
        await page.context().close();
      });
    }
  }
});
