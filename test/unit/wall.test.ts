import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyHeight, indicatorOrder, timelineShown, titleLines, wallCapacity, WALL } from '../../shared/domain/wall';
import { niceTicks } from '../../shared/domain/ticks';
import { moneyScale } from '../../renderer/src/components/charts/format';
import { cssString, destinationPages, pageSize, runningHeads, withXmp } from '../../shared/report/paging';

describe('the wall arithmetic', () => {
  it('counts title lines by words, and a longer title leaves less room', () => {
    expect(titleLines('Two actions are late')).toBe(1);
    expect(titleLines('Myöhässä olevat toimenpiteet ensin: mitä teemme niille?')).toBe(2);
    expect(bodyHeight('a'.repeat(10))).toBeGreaterThan(bodyHeight('word '.repeat(20)));
    expect(bodyHeight('x')).toBe(WALL.height - WALL.padTop - WALL.padBottom - WALL.foot - WALL.titleLine - WALL.titleGap);
  });

  it('gives every chart at least one row, and fewer rows under a longer title', () => {
    expect(wallCapacity('coverageMatrix', 'Short')).toBeGreaterThan(wallCapacity('coverageMatrix', 'A much longer statement title that wraps over two or even three lines of the wall'));
    expect(wallCapacity('indicators', 'Short') % 3).toBe(0);
    expect(wallCapacity('timeline', 'word '.repeat(60))).toBeGreaterThanOrEqual(1);
  });

  it('shows late actions first (the derived status) and never more lines (rows and sector headings) than fit', () => {
    // The typed status may say running while the action is late by its end date: the derived one counts.
    const row = fc.record({
      status: fc.constantFrom('running', 'planned'),
      derivedStatus: fc.constantFrom('late', 'running', 'planned'),
      startDate: fc.constantFrom('2022-01-01', '2023-05-01', '2024-02-01'),
      sectorId: fc.constantFrom('a', 'b', 'c', null),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 15 }), (rows, cap) => {
        const shown = timelineShown(rows, cap);
        const headings = new Set(shown.map((r) => r.sectorId)).size;
        expect(shown.length + headings).toBeLessThanOrEqual(Math.max(cap, 0));
        const late = rows.filter((r) => r.derivedStatus === 'late').length;
        expect(shown.slice(0, Math.min(late, shown.length)).every((r) => r.derivedStatus === 'late')).toBe(true);
      }),
    );
  });

  it('puts indicators behind their path first', () => {
    expect(indicatorOrder([{ status: 'ahead' }, { status: 'behind' }, { status: 'noData' }, { status: 'onTrack' }] as const).map((i) => i.status)).toEqual(['behind', 'noData', 'onTrack', 'ahead']);
  });
});

describe('nice ticks and one money unit per chart', () => {
  it('steps by 1, 2 or 5 times a power of ten and covers the data', () => {
    expect(niceTicks(0, 48, 5)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0, 0.7, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), (lo, span) => {
        const ticks = niceTicks(lo, lo + span, 5);
        expect(ticks[0]!).toBeLessThanOrEqual(lo + 1e-9);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(lo + span - 1e-9 * Math.max(1, Math.abs(lo + span)));
        expect(ticks.length).toBeLessThanOrEqual(12);
      }),
    );
  });

  it('writes a whole chart in millions with one decimal or in thousands', () => {
    const big = moneyScale(148_294_000, 'en');
    expect([big(8_760_000), big(65_230_000), big(148_294_000)]).toEqual(['€0.1m', '€0.7m', '€1.5m']);
    const small = moneyScale(86_700_000, 'fi');
    expect(small(44_700_000).replace(/\s/g, ' ')).toBe('447 t. €');
  });
});

describe('the running header and footer', () => {
  it('are CSS margin boxes with the words quoted and the page counters in place', () => {
    expect(cssString('Plan "A" \\ B')).toBe('"Plan \\"A\\" \\\\ B"');
    const css = runningHeads('Kymenlaakson S3', 'Sivu {{page}} / {{total}}');
    expect(css).toContain('content: "Sivu " counter(page) " / " counter(pages)');
    expect(css).toContain('@page :first');
    expect(pageSize('letter')).toMatch(/size: letter portrait/i);
    expect(pageSize('a4')).toContain('size: A4 portrait');
  });
});

describe('reading pages from a PDF and adding its metadata', () => {
  const pdf = [
    '%PDF-1.4',
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R\n/Lang (fi)>>\nendobj',
    '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [7 0 R 5 0 R]>>\nendobj',
    '7 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R]>>\nendobj',
    '3 0 obj\n<</Type /Page>>\nendobj',
    '4 0 obj\n<</Type /Page>>\nendobj',
    '5 0 obj\n<</Type /Page>>\nendobj',
    '6 0 obj\n<</r-summary [4 0 R /XYZ 0 842 0]\n/r-sector-1 [5 0 R /XYZ 0 800 0]>>\nendobj',
    'xref\n0 8\ntrailer\n<</Size 8\n/Root 1 0 R\n/Info 9 0 R>>\nstartxref\n400\n%%EOF\n',
  ].join('\n');
  const bytes = new TextEncoder().encode(pdf);

  it('finds each named destination’s page through the page tree', () => {
    expect(Object.fromEntries(destinationPages(bytes))).toEqual({ 'r-summary': 2, 'r-sector-1': 3 });
  });

  it('appends XMP as an incremental update, leaving the original bytes as they were', () => {
    const out = withXmp(bytes, { title: 'Plan <1> & "2"', language: 'fi', creator: 'Kymenlaakso', producer: 'S3 Planner', date: '2026-12-02T00:00:00Z' });
    const text = new TextDecoder().decode(out);
    expect(text.startsWith(pdf)).toBe(true);
    expect(text).toContain('1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R\n/Lang (fi)\n/Metadata 8 0 R>>');
    expect(text).toContain('<rdf:li xml:lang="x-default">Plan &#60;1&#62; &#38; &#34;2&#34;</rdf:li>');
    expect(text).toMatch(/trailer\n<<\/Size 9 \/Root 1 0 R \/Info 9 0 R \/Prev 400>>\nstartxref\n\d+\n%%EOF\n$/);
    // Pages are still read from the updated file (its last catalog).
    expect(destinationPages(out).get('r-summary')).toBe(2);
  });
});
