import { formatDate } from '../../../../../shared/domain/format';
import { changesChapter } from '../../../../../shared/report/changes';
import { useEntry, useReport } from './context';
import { Chapter, Numbered } from './parts';

/**
 * "Changes since <version>" (issue 21): what changed between a version kept in the file and the
 * plan now, by concept, in the Versions screen's sentences (shared/report/changes.ts shapes it).
 */
export function ChangesChapter() {
  const { data, t, lng } = useReport();
  const entry = useEntry('r-changes');
  const result = data.changes!;
  const chapter = changesChapter(
    { changes: result.changes, context: result.context, version: result.from.name, savedOn: result.from.createdAt ? formatDate(result.from.createdAt.slice(0, 10), lng) : null },
    t,
    lng,
  );
  return (
    <Chapter entry={entry} lead={chapter.lead}>
      {chapter.groups.map((g, i) => (
        <section key={g.concept} className="r-changes" aria-labelledby={`r-changes-${g.concept}`}>
          <Numbered level={2} number={`${entry.number}.${i + 1}`} id={`r-changes-${g.concept}`} className="r-h2">
            {g.title} <span className="r-changes__count">({t('report.changes.count', { count: g.count })})</span>
          </Numbered>
          <ul className="r-changes__lines">
            {g.lines.map((l) => (
              <li key={`${l.table}|${l.key}|${l.field ?? ''}`} className={`r-changes__line r-changes__line--${l.kind}`}>
                {l.text}
              </li>
            ))}
          </ul>
          {g.more ? <p className="r-note">{g.more}</p> : null}
        </section>
      ))}
    </Chapter>
  );
}
