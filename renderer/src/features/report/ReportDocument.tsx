import { useMemo } from 'react';
import type { ReportOptions } from '../../../../shared/report/paging';
import { reportContents } from './contents';
import { makeReport, PagesProvider, ReportProvider, type ReportInput } from './document/context';
import { Contents, Cover } from './document/CoverAndContents';
import { SummaryChapter } from './document/SummaryChapter';
import { SectorsChapter } from './document/SectorsChapter';
import { ChartsChapter } from './document/ChartsChapter';
import { ActionsChapter } from './document/ActionsChapter';
import { IndicatorsChapter } from './document/IndicatorsChapter';
import { Appendices } from './document/Appendices';
import { DiscoveryChapter } from './document/DiscoveryChapter';
import { GovernanceChapter } from './document/GovernanceChapter';
import { MonitoringChapter } from './document/MonitoringChapter';
import { AssessmentAnnex } from './document/AssessmentAnnex';
import { ChangesChapter } from './document/ChangesChapter';

type Props = Omit<ReportInput, 'contents'> & { pages: Record<string, number> | null };

/**
 * The whole report as one document: cover, contents, numbered chapters, appendices. The contents
 * are known before any chapter renders (contents.ts); tables and figures are numbered as they
 * render, in document order (document/context.tsx).
 */
export function ReportDocument({ data, o, t, lng, c, today, pages }: Props) {
  // Drawn once per export: the measured pages reach only the contents (PagesProvider).
  const body = useMemo(() => {
    const has = (s: ReportOptions['sections'][number]) => o.sections.includes(s);
    const contents = reportContents(t, o.sections, data.sectors, data.changes?.from.name);
    const report = makeReport({ data, o, t, lng, c, today, contents });
    return (
      <ReportProvider value={report}>
        <article className="report" aria-label={data.plan.name}>
          <Cover />
          <Contents />
          {has('summary') ? <SummaryChapter /> : null}
          {has('sectors') && data.sectors.length ? <SectorsChapter /> : null}
          {has('charts') ? <ChartsChapter /> : null}
          {has('actions') ? <ActionsChapter /> : null}
          {has('indicators') ? <IndicatorsChapter /> : null}
          {has('discovery') ? <DiscoveryChapter /> : null}
          {has('framework') ? (
            <>
              <GovernanceChapter />
              <MonitoringChapter />
            </>
          ) : null}
          {has('changes') && data.changes ? <ChangesChapter /> : null}
          {has('appendices') ? <Appendices /> : null}
          {has('assessment') ? <AssessmentAnnex /> : null}
        </article>
      </ReportProvider>
    );
  }, [data, o, t, lng, c, today]);
  return <PagesProvider value={pages}>{body}</PagesProvider>;
}

/** The units of a document in order (read from the DOM: `data-unit`). */
export const unitsOf = (root: ParentNode): string[] => [...root.querySelectorAll<HTMLElement>('[data-unit]')].map((el) => el.dataset.unit!);
