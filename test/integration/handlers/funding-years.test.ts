/** The year grid's save (action.update with funding lines per source and year), and what the Dashboard makes of the years. */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, s, t } from './helpers';

eachSeededPlan();

/** Marks every funding line of the plan estimated, as migration 5 leaves an older plan's lines. */
const markAllEstimated = () => t.core.context.db().prepare('UPDATE funding_line SET estimated = 1').run();

const linesOf = async (id: string) =>
  (await t.call('action.get', { id })).fundingLines.map((l) => [l.fundingSourceId === s.erdf.id ? 'erdf' : 'akke', l.year, l.plannedCents, l.committedCents, l.spentCents, l.estimated]);

describe('funding by year', () => {
  it('a line without a year goes to the action start year, recorded (not estimated)', async () => {
    // The seed's SIXNET (2022–2023) got one AKKE line without a year.
    expect(await linesOf(s.action.id)).toEqual([['akke', 2022, 12_881_000, 12_881_000, 5_000_000, false]]);
  });

  it('saving the grid is one undo step; edited years lose "estimated", untouched ones keep it', async () => {
    await t.call('action.update', {
      id: s.action.id,
      expectedUpdatedAt: (await t.call('action.get', { id: s.action.id })).updatedAt,
      fundingLines: [
        { fundingSourceId: s.akke.id, year: 2022, plannedCents: 6_000_000, committedCents: 6_000_000, spentCents: 5_000_000 },
        { fundingSourceId: s.akke.id, year: 2023, plannedCents: 6_881_000, committedCents: 6_881_000 },
      ],
    });
    markAllEstimated();
    const before = await t.call('action.get', { id: s.action.id });
    await expectUndoable(
      t,
      () =>
        t.call('action.update', {
          id: s.action.id,
          expectedUpdatedAt: before.updatedAt,
          fundingLines: [
            // 2022 as it was (still the app's estimate), 2023 typed over, ERDF 2023 new.
            { fundingSourceId: s.akke.id, year: 2022, plannedCents: 6_000_000, committedCents: 6_000_000, spentCents: 5_000_000 },
            { fundingSourceId: s.akke.id, year: 2023, plannedCents: 7_000_000, committedCents: 6_881_000 },
            { fundingSourceId: s.erdf.id, year: 2023, plannedCents: 1_000_000 },
          ],
        }),
      'action.update',
    );
    // In the sources' order (ERDF first), then by year.
    expect(await linesOf(s.action.id)).toEqual([
      ['erdf', 2023, 1_000_000, 0, 0, false],
      ['akke', 2022, 6_000_000, 6_000_000, 5_000_000, true],
      ['akke', 2023, 7_000_000, 6_881_000, 0, false],
    ]);
    // The stored line of a source and year is the one updated (its id kept), never a new row.
    const after = await t.call('action.get', { id: s.action.id });
    expect(after.fundingLines.find((l) => l.year === 2022 && l.fundingSourceId === s.akke.id)!.id).toBe(before.fundingLines.find((l) => l.year === 2022)!.id);
  });

  it('refuses negative amounts, non-numbers, years outside the plan period and two lines of one source and year, changing nothing', async () => {
    const detail = await t.call('action.get', { id: s.action.id });
    const update = (fundingLines: unknown[]) => ({ id: s.action.id, expectedUpdatedAt: detail.updatedAt, fundingLines });
    expect(issuesOf(await expectRefused(t, 'action.update', update([{ fundingSourceId: s.akke.id, year: 2022, plannedCents: -100 }])))).toEqual([
      'fundingLines.0.plannedCents:too_small',
      // As before years: the note rule still compares what was typed.
      'fundingLines.0.committedCents:committedAbovePlanned',
    ]);
    expect(issuesOf(await expectRefused(t, 'action.update', update([{ fundingSourceId: s.akke.id, year: 2022, plannedCents: '12 000' }])))).toEqual(['fundingLines.0.plannedCents:invalid_type']);
    expect(issuesOf(await expectRefused(t, 'action.update', update([{ fundingSourceId: s.akke.id, year: 2022.5, plannedCents: 1 }])))).toEqual(['fundingLines.0.year:invalid_type']);
    // The plan runs 2021–2027 and SIXNET 2022–2023: 2030 is outside both.
    const outside = await expectRefused(t, 'action.update', update([{ fundingSourceId: s.akke.id, year: 2030, plannedCents: 1 }]));
    expect(outside).toEqual({ kind: 'validation', issues: [{ path: 'fundingLines.0.year', code: 'custom', params: { message: 'fundingYearOutsidePlan', year: 2030, from: 2021, to: 2027 } }] });
    expect(
      issuesOf(
        await expectRefused(t, 'action.update', update([
          { fundingSourceId: s.akke.id, year: 2022, plannedCents: 1 },
          { fundingSourceId: s.akke.id, year: 2022, plannedCents: 2 },
        ])),
      ),
    ).toEqual(['fundingLines.1.year:duplicateFundingYear']);
    // Committing in 2023 what was planned in 2022 is ordinary: the note rule is on the source's totals.
    await t.call('action.update', update([
      { fundingSourceId: s.akke.id, year: 2022, plannedCents: 100 },
      { fundingSourceId: s.akke.id, year: 2023, committedCents: 100, spentCents: 100 },
    ]) as never);
    const now = await t.call('action.get', { id: s.action.id });
    expect(
      issuesOf(await expectRefused(t, 'action.update', { id: s.action.id, expectedUpdatedAt: now.updatedAt, fundingLines: [
        { fundingSourceId: s.akke.id, year: 2022, plannedCents: 100 },
        { fundingSourceId: s.akke.id, year: 2023, committedCents: 101, spentCents: 101 },
      ] })),
    ).toEqual(['fundingLines.0.committedCents:committedAbovePlanned']);
  });

  it('an action outside the plan period may hold its own years', async () => {
    const a = await t.call('action.create', { title: 'Jatkohanke', type: 'project', startDate: '2027-06-01', endDate: '2028-05-31', fundingLines: [{ fundingSourceId: s.erdf.id, year: 2028, plannedCents: 500 }] });
    expect(await linesOf(a.id)).toEqual([['erdf', 2028, 500, 0, 0, false]]);
  });

  it('the Dashboard shows money in its recorded years and says which part is estimated', async () => {
    const detail = await t.call('action.get', { id: s.action.id });
    await t.call('action.update', {
      id: s.action.id,
      expectedUpdatedAt: detail.updatedAt,
      fundingLines: [
        // All of it in 2023, though the action runs 2022–2023: a spread by days would put half in 2022.
        { fundingSourceId: s.akke.id, year: 2023, plannedCents: 12_881_000, committedCents: 12_881_000, spentCents: 5_000_000 },
        { fundingSourceId: s.erdf.id, year: 2022, plannedCents: 1_000_000 },
      ],
    });
    t.core.context.db().prepare('UPDATE funding_line SET estimated = 1 WHERE year = 2022').run();
    const d = await t.call('dashboard.get', { filters: { sectorIds: [], fundingSourceIds: [], helix: null, fromYear: null, toYear: null } });
    const year = (y: number) => d.money.byYear.find((x) => x.year === y)!;
    expect(year(2022)).toMatchObject({ planned: 1_000_000, committed: 0, estimated: { planned: 1_000_000, committed: 0, spent: 0 }, bySource: { [s.erdf.id]: 1_000_000 } });
    expect(year(2023)).toMatchObject({ planned: 12_881_000, committed: 12_881_000, spent: 5_000_000, estimated: { planned: 0, committed: 0, spent: 0 } });
    expect(d.money.totals.planned).toBe(13_881_000);
    // The period filter takes a line by its year.
    const only2023 = await t.call('dashboard.get', { filters: { sectorIds: [], fundingSourceIds: [], helix: null, fromYear: 2023, toYear: 2023 } });
    expect(only2023.money.totals.planned).toBe(12_881_000);
  });

  it('an import row replaces a source\'s years with its total spread and estimated; the same total leaves the recorded years', async () => {
    const detail = await t.call('action.get', { id: s.action.id });
    await t.call('action.update', {
      id: s.action.id,
      expectedUpdatedAt: detail.updatedAt,
      fundingLines: [
        { fundingSourceId: s.akke.id, year: 2022, plannedCents: 10_000_000, committedCents: 10_000_000 },
        { fundingSourceId: s.akke.id, year: 2023, plannedCents: 2_881_000, committedCents: 2_881_000, spentCents: 5_000_000, note: 'Ennakko' },
      ],
    });
    const run = async (planned: string) => {
      const file = path.join(t.dir, `${randomUUID()}.csv`);
      fs.writeFileSync(file, `Title;Funding source;Planned\nSIXNET;AKKE;${planned}\n`);
      const f = await t.call('import.open', { id: randomUUID(), path: file, target: 'actions' });
      await t.call('import.run', { id: f.id, columns: f.columns, goodRowsOnly: true });
    };
    // The same total: the recorded years stay as they are.
    await run('128810');
    expect(await linesOf(s.action.id)).toEqual([['akke', 2022, 10_000_000, 10_000_000, 0, false], ['akke', 2023, 2_881_000, 2_881_000, 5_000_000, false]]);
    // A new total: spread over 2022–2023 by days (365 + 365) and marked estimated; the note stays.
    await run('200000');
    expect(await linesOf(s.action.id)).toEqual([['akke', 2022, 10_000_000, 6_440_500, 2_500_000, true], ['akke', 2023, 10_000_000, 6_440_500, 2_500_000, true]]);
    expect((await t.call('action.get', { id: s.action.id })).fundingLines.map((l) => l.note)).toEqual(['Ennakko', 'Ennakko']);
  });
});
