import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { reportContents } from '../../renderer/src/features/report/contents';
import { Numbering } from '../../renderer/src/features/report/document/numbering';
import { reportSections } from '../../shared/report/paging';
import { sectorNamesInOrder } from '../../shared/report/model';

/** Words as their keys, so the test reads what the report asks for. */
const t = ((key: string, o?: Record<string, unknown>) => (o?.letter ? `${key} ${String(o.letter)}` : key)) as unknown as TFunction;
const sectors = [
  { id: 's1', name: 'Logistiikka' },
  { id: 's2', name: 'Energia ja vesi' },
];

describe('the report’s contents', () => {
  it('numbers the chapters in print order, each sector a section, the appendices lettered', () => {
    const toc = reportContents(t, reportSections, sectors);
    expect(toc.map((e) => [e.number, e.unit, e.id, e.level])).toEqual([
      ['1', 'ch-summary', 'r-summary', 1],
      ['2', 'ch-sectors', 'r-sectors', 1],
      ['2.1', 'ch-sectors', 'r-sector-s1', 2],
      ['2.2', 'sector-s2', 'r-sector-s2', 2],
      ['3', 'ch-charts', 'r-charts', 1],
      ['4', 'ch-actions', 'r-actions', 1],
      ['5', 'ch-indicators', 'r-indicators', 1],
      ['6', 'ch-discovery', 'r-discovery', 1],
      ['7', 'ch-governance', 'r-governance', 1],
      ['8', 'ch-monitoring', 'r-monitoring', 1],
      ['report.appendix A', 'app-stakeholders', 'r-stakeholders', 1],
      ['report.appendix B', 'app-networks', 'r-networks', 1],
      ['report.appendix C', 'app-assessment', 'r-assessment', 1],
    ]);
    expect(toc[2]!.title).toBe('Logistiikka');
  });

  it('leaves out the chapters not chosen and renumbers the rest; no sectors chapter without sectors', () => {
    const toc = reportContents(t, ['actions', 'sectors', 'indicators'], []);
    expect(toc.map((e) => `${e.number} ${e.title}`)).toEqual(['1 report.chapter.actions', '2 report.chapter.indicators']);
  });

  it('puts "Changes since <version>" after the framework chapters, named by the version, only when a version is given', () => {
    const tv = ((key: string, o?: Record<string, unknown>) => [key, o?.letter, o?.version].filter(Boolean).join(' ')) as unknown as TFunction;
    const toc = reportContents(tv, reportSections, [], 'Hyväksytty 6/2021');
    expect(toc.map((e) => `${e.number} ${e.unit} ${e.id} ${e.title}`).slice(-5)).toEqual([
      '7 ch-monitoring r-monitoring report.chapter.monitoring',
      '8 ch-changes r-changes report.chapter.changes Hyväksytty 6/2021',
      'report.appendix A app-stakeholders r-stakeholders report.chapter.stakeholders',
      'report.appendix B app-networks r-networks report.chapter.networks',
      'report.appendix C app-assessment r-assessment report.chapter.assessment',
    ]);
    expect(reportContents(tv, reportSections, []).some((e) => e.id === 'r-changes')).toBe(false);
    expect(reportContents(tv, ['summary', 'changes'], [], 'V').map((e) => `${e.number} ${e.id}`)).toEqual(['1 r-summary', '2 r-changes']);
  });

  it('letters the self-assessment annex A when it is the only appendix chosen', () => {
    const toc = reportContents(t, ['framework', 'assessment'], sectors);
    expect(toc.map((e) => `${e.number} ${e.title}`)).toEqual(['1 report.chapter.governance', '2 report.chapter.monitoring', 'report.appendix A report.chapter.assessment']);
  });
});

describe('the numbering of tables and figures', () => {
  it('counts each in the order first asked, and gives the same one again the same number', () => {
    const n = new Numbering();
    expect([n.table('a'), n.table('b'), n.figure('x'), n.table('a'), n.table('c'), n.figure('y'), n.figure('x')]).toEqual([1, 2, 1, 1, 3, 2, 1]);
  });
});

describe("a row's sectors in the report", () => {
  it("are named in the plan's order, whatever the order of their ids", () => {
    const sectors = [
      { id: 'z', name: 'Biotalous' },
      { id: 'a', name: 'Logistiikka' },
      { id: 'm', name: 'Digitalisaatio' },
    ];
    expect(sectorNamesInOrder(['m', 'z'], sectors)).toBe('Biotalous, Digitalisaatio');
    expect(sectorNamesInOrder(['z', 'm'], sectors)).toBe('Biotalous, Digitalisaatio');
    expect(sectorNamesInOrder(['gone'], sectors)).toBe('');
  });
});
