import { formatDate } from '../../../../../shared/domain/format';
import { usePages, useReport } from './context';

/** The cover: region, kind, the plan's name and period, what the export leaves out, and dates. */
export function Cover() {
  const { data, o, t, lng, today, period, sectorName, sourceName } = useReport();
  const { plan } = data;
  const narrowed = [...o.sectorIds.map(sectorName), ...o.sourceIds.map(sourceName)].filter(Boolean);
  return (
    <section className="r-unit r-cover" data-unit="cover">
      <div className="r-cover__band" aria-hidden="true" />
      <p className="r-cover__region">{plan.region}</p>
      <p className="r-cover__kind">{t('report.kind')}</p>
      {/* Not a heading: the title is the document's (its metadata); an outline entry would glue its wrapped lines. */}
      <p className="r-cover__title">{plan.name}</p>
      {/* The period once: not again when the plan's name already states it. */}
      {plan.name.includes(period) ? null : <p className="r-cover__period">{period}</p>}
      {narrowed.length ? <p className="r-cover__narrowed">{t('report.cover.narrowed', { what: narrowed.join(', ') })}</p> : null}
      <dl className="r-cover__meta">
        <div>
          <dt>{t('report.cover.version')}</dt>
          <dd>{formatDate(plan.updatedAt.slice(0, 10), lng)}</dd>
        </div>
        <div>
          <dt>{t('report.cover.exported')}</dt>
          <dd>{formatDate(today, lng)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The contents with each entry's page (once the printer measured them), and the colophon. */
export function Contents() {
  const { data, t, lng, today, contents } = useReport();
  const pages = usePages();
  const { plan } = data;
  const colophon = [
    ['plan', plan.name],
    ['region', plan.region],
    ['made', t('report.colophon.madeWith', { date: formatDate(today, lng) })],
    ['money', t('report.colophon.moneyNote')],
  ] as const;
  return (
    <nav className="r-unit r-toc" data-unit="toc" aria-labelledby="r-toc-title">
      <h1 id="r-toc-title" className="r-h1">
        {t('report.toc.title')}
      </h1>
      <ol className="r-toc__list">
        {contents.map((e) => {
          const page = pages?.[e.unit] ?? null;
          return (
            <li key={e.id} className={`r-toc__item r-toc__item--${e.level}`}>
              <a href={`#${e.id}`}>
                <span className="r-toc__num">{e.number}</span> <span className="r-toc__title">{e.title}</span>
                <span className="r-toc__dots" aria-hidden="true" />
                <span className="r-toc__page" aria-label={page ? t('report.toc.page', { page }) : undefined}>
                  {page ?? ''}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <section className="r-colophon" aria-label={t('report.colophon.title')}>
        <dl>
          {colophon.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`report.colophon.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </nav>
  );
}
