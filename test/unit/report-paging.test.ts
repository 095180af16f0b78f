import { describe, expect, it } from 'vitest';
import { columnPage, contentsErrors, countPdfPages, parseReportQuery, reportQuery, reportSections } from '../../shared/report/paging';
import { actionMoney, appendixLetter, budgetMoney, moneyColumnPercent, reportActions, reportIndicators, yearSpan } from '../../shared/report/model';
import { sumMoney } from '../../shared/domain/money';
import type { ActionRow } from '../../shared/schemas/action';
import type { IndicatorRow } from '../../shared/schemas/indicator';

describe('the report’s page arithmetic', () => {
  it('reads a page from the column the report measured it in', () => {
    const w = 642.515625; // 170 mm in CSS pixels
    expect(columnPage(0, w)).toBe(1);
    expect(columnPage(w - 1, w)).toBe(1);
    // A column's edge is a sum of fractional widths: a hair short of it is still that column.
    expect(columnPage(3 * w - 0.2, w)).toBe(4);
    expect(columnPage(3 * w + 0.2, w)).toBe(4);
    expect(columnPage(638 * w + 12, w)).toBe(639);
  });

  it('finds every heading the printed PDF puts on another page than the contents say', () => {
    const printed = new Map([['r-summary', 3], ['r-sectors', 5], ['r-charts', 18]]);
    expect(contentsErrors({ 'r-summary': 3, 'r-sectors': 5, 'r-charts': 18 }, printed)).toEqual([]);
    expect(contentsErrors({ 'r-summary': 3, 'r-sectors': 5, 'r-charts': 19 }, printed)).toEqual(['r-charts']);
    // A heading only one of them knows is an error too.
    expect(contentsErrors({ 'r-summary': 3, 'r-sectors': 5 }, printed)).toEqual(['r-charts']);
    expect(contentsErrors({ 'r-summary': 3, 'r-sectors': 5, 'r-charts': 18, 'r-extra': 20 }, printed)).toEqual(['r-extra']);
  });

  it('counts the pages of a PDF as Chromium writes it, not the page tree', () => {
    const pdf = '%PDF-1.4\n1 0 obj <</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>\n3 0 obj <</Type /Page /Parent 1 0 R>>\n4 0 obj <</Type/Page/Parent 1 0 R>>\n5 0 obj <</Type /PageLabel>>';
    expect(countPdfPages(new TextEncoder().encode(pdf))).toBe(2);
    expect(countPdfPages(new Uint8Array(0))).toBe(0);
  });

  it('round-trips its query and defaults to everything in English on A4', () => {
    const o = { lang: 'fi' as const, sections: ['summary' as const, 'actions' as const], sectorIds: ['a', 'b'], sourceIds: ['s'], paper: 'letter' as const };
    expect(parseReportQuery(new URLSearchParams(reportQuery(o)))).toEqual(o);
    expect(parseReportQuery(new URLSearchParams(''))).toEqual({ lang: 'en', sections: [...reportSections], sectorIds: [], sourceIds: [], paper: 'a4' });
    expect(parseReportQuery(new URLSearchParams('sections=nonsense,charts')).sections).toEqual(['charts']);
  });

  it('carries the version the changes chapter compares with, and none when not asked', () => {
    const o = { lang: 'fi' as const, sections: ['changes' as const], sectorIds: [], sourceIds: [], paper: 'a4' as const, since: '0f9e2c1a-version' };
    expect(new URLSearchParams(reportQuery(o)).get('since')).toBe('0f9e2c1a-version');
    expect(parseReportQuery(new URLSearchParams(reportQuery(o)))).toEqual(o);
    expect('since' in parseReportQuery(new URLSearchParams('sections=changes&since='))).toBe(false);
  });
});

describe('the report’s data', () => {
  const line = (fundingSourceId: string, p: number, c: number, s: number) => ({ fundingSourceId, plannedCents: p, committedCents: c, spentCents: s });
  it('sums an action’s funding lines, only of the chosen sources', () => {
    const lines = [line('akke', 100, 80, 50), line('erdf', 1000, 900, 10)];
    expect(actionMoney('a', lines, [])).toEqual({ id: 'a', planned: 1100, committed: 980, spent: 60 });
    expect(actionMoney('a', lines, ['akke'])).toEqual({ id: 'a', planned: 100, committed: 80, spent: 50 });
    expect(sumMoney([{ planned: 1, committed: 2, spent: 3 }, { planned: 10, committed: 20, spent: 30 }])).toEqual({ planned: 11, committed: 22, spent: 33 });
  });

  it('keeps the actions and indicators of the chosen sectors and sources', () => {
    const a = (id: string, sectorIds: string[]) => ({ id, sectorIds }) as unknown as ActionRow;
    const actions = [a('x', ['s1']), a('y', ['s2']), a('z', [])];
    const lines = new Map([['x', [line('akke', 1, 1, 1)]], ['y', [line('erdf', 1, 1, 1)]]]);
    expect(reportActions(actions, { sectorIds: [], sourceIds: [] }, (id) => lines.get(id)).map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(reportActions(actions, { sectorIds: ['s2'], sourceIds: [] }, (id) => lines.get(id)).map((r) => r.id)).toEqual(['y']);
    expect(reportActions(actions, { sectorIds: [], sourceIds: ['akke'] }, (id) => lines.get(id)).map((r) => r.id)).toEqual(['x']);
    const i = (id: string, sectorId: string | null, actionId: string | null) => ({ id, sectorId, actionId }) as unknown as IndicatorRow;
    const indicators = [i('plan', null, null), i('s1', 's1', null), i('s2', 's2', null), i('ax', null, 'x'), i('ay', null, 'y')];
    expect(reportIndicators(indicators, ['s1'], new Set(['x'])).map((r) => r.id)).toEqual(['plan', 's1', 'ax']);
    expect(reportIndicators(indicators, [], new Set()).length).toBe(5);
  });

  it('words years and appendices', () => {
    expect(yearSpan('2022-01-01', '2023-12-31')).toBe('2022–2023');
    expect(yearSpan('2022-01-01', '2022-12-31')).toBe('2022');
    expect(yearSpan(null, '2023-12-31')).toBe('2023');
    expect(yearSpan(null, null)).toBe('');
    expect([0, 1, 2].map(appendixLetter)).toEqual(['A', 'B', 'C']);
  });

  it('widens the action plan’s money columns only for sums that would not fit', () => {
    // Sums up to a million keep the designed 11 %.
    expect(moneyColumnPercent(['910 000 €', '0 €'])).toBe(11);
    // The example plan's totals (64 px of text and 11 px of padding).
    expect(moneyColumnPercent(['6 663 810 €', '5 825 810 €', '3 965 310 €'])).toBe(12);
    // The large plan's totals in the billions (the last overflowed 11 % by 13 px).
    expect(moneyColumnPercent(['718 468 557 €'])).toBe(14);
    expect(moneyColumnPercent(['2 857 780 000 €', '1 424 568 820 €', '718 468 557 €'])).toBe(16);
    expect(moneyColumnPercent([])).toBe(11);
  });

  it('shows the action plan in thousands of euros only when sums in euros would crowd out the titles', () => {
    // The example plan: euros, 12 %.
    const example = budgetMoney([666_381_000, 582_581_000, 396_531_000], 'fi');
    expect([example.thousands, example.percent, example.format(666_381_000)]).toEqual([false, 12, '6\u00a0663\u00a0810\u00a0€']);
    // Below 100 million euros, euros in every language; from it, thousands.
    for (const l of ['en', 'fi', 'sv']) {
      expect(budgetMoney([9_999_999_900], l).thousands).toBe(false);
      expect(budgetMoney([0, 10_000_000_000], l).thousands).toBe(true);
    }
    // The large plan, in the billions: thousands, and the columns back to 11 %.
    const large = budgetMoney([285_778_000_000, 142_456_882_000, 71_846_855_700], 'fi');
    expect([large.thousands, large.percent, large.format(285_778_000_000), large.format(54_000_000), large.format(40_000)]).toEqual([true, 11, '2\u00a0857\u00a0780', '540', '0']);
    expect(budgetMoney([285_778_000_000], 'en').format(285_778_000_000)).toBe('2,857,780');
  });
});
