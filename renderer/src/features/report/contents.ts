import type { TFunction } from 'i18next';
import { appendixLetter } from '../../../../shared/report/model';
import type { ReportSection } from '../../../../shared/report/paging';

/** A line of the report's contents: the unit (page group) it starts in, its anchor, number and title. */
export interface TocEntry {
  unit: string;
  id: string;
  level: 1 | 2;
  number: string;
  title: string;
}

/**
 * The report's contents in order, before anything is rendered: chapters numbered 1, 2, … in the
 * order they print, each sector a numbered section of the sectors chapter (the first shares the
 * chapter's unit, the rest start their own), and the appendices lettered. `since` names the
 * version the "changes" chapter compares with: without one there is no such chapter.
 */
export function reportContents(t: TFunction, sections: readonly ReportSection[], sectors: readonly { id: string; name: string }[], since?: string): TocEntry[] {
  const toc: TocEntry[] = [];
  let chapter = 0;
  const chapterEntry = (key: string): TocEntry => {
    const e: TocEntry = { unit: `ch-${key}`, id: `r-${key}`, level: 1, number: String(++chapter), title: key === 'changes' ? t('report.chapter.changes', { version: since, interpolation: { escapeValue: false } }) : t(`report.chapter.${key}`) };
    toc.push(e);
    return e;
  };
  if (sections.includes('summary')) chapterEntry('summary');
  if (sections.includes('sectors') && sectors.length) {
    const e = chapterEntry('sectors');
    sectors.forEach((s, i) => toc.push({ unit: i === 0 ? e.unit : `sector-${s.id}`, id: `r-sector-${s.id}`, level: 2, number: `${e.number}.${i + 1}`, title: s.name }));
  }
  for (const key of ['charts', 'actions', 'indicators', 'discovery'] as const) if (sections.includes(key)) chapterEntry(key);
  if (sections.includes('framework')) for (const key of ['governance', 'monitoring'] as const) chapterEntry(key);
  if (sections.includes('changes') && since !== undefined) chapterEntry('changes');
  const appendices = [...(sections.includes('appendices') ? (['stakeholders', 'networks'] as const) : []), ...(sections.includes('assessment') ? (['assessment'] as const) : [])];
  appendices.forEach((key, i) =>
    toc.push({ unit: `app-${key}`, id: `r-${key}`, level: 1, number: t('report.appendix', { letter: appendixLetter(i) }), title: t(`report.chapter.${key}`) }),
  );
  return toc;
}
