import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail, ActionRow } from '../../../../shared/schemas/action';
import { actionStatuses } from '../../../../shared/schemas/enums';
import { actionMatches, listFilterOf } from '../../../../shared/domain/list-filters';
import { isOverdue } from '../../../../shared/domain/progress';
import { formatCents, formatDate } from '../../../../shared/domain/format';
import type { FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { ActionStatusBadge, HelixBadge } from '../../components/Badges';
import { Related } from '../../components/detail';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { Grid, type GridColumn } from '../../components/editor/Grid';
import { href, type Route } from '../../app/router';
import { enumOptions, sourceName, today, useNetworkOptions, useSectorOptions, useYearOptions } from '../common/options';
import { CheckIcon, ClockIcon } from '../../components/icons';
import { useListItems } from '../../api/use-queries';
import { actionEditor } from './action-editor';
import './actions.css';

/** An action's funding lines with their totals, and its milestones (done, late, due). */
function FundingAndMilestones({ data }: { data: ActionDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sources = useListItems('fundingSources');
  const sum = (k: 'plannedCents' | 'committedCents' | 'spentCents') => formatCents(data.fundingLines.reduce((s, l) => s + l[k], 0), lng);
  const columns: GridColumn<ActionDetail['fundingLines'][number]>[] = [
    {
      id: 'source',
      header: t('actions.line.source'),
      rowHeader: true,
      cell: (l, i) => (
        <>
          {sourceName(t, sources.find((s) => s.id === l.fundingSourceId))}
          {/* A source's note is kept on each of its years: shown once, under its first. */}
          {l.note && data.fundingLines[i - 1]?.fundingSourceId !== l.fundingSourceId ? <span className="cell-sub">{l.note}</span> : null}
        </>
      ),
      foot: t('actions.line.total'),
    },
    {
      id: 'year',
      header: t('actions.line.year'),
      cell: (l) => (
        <>
          {l.year}
          {l.estimated ? <span className="cell-sub">{t('actions.line.estimate')}</span> : null}
        </>
      ),
    },
    ...(['planned', 'committed', 'spent'] as const).map((k) => ({ id: k, header: t(`actions.line.${k}`), numeric: true, cell: (l: ActionDetail['fundingLines'][number]) => formatCents(l[`${k}Cents`], lng), foot: sum(`${k}Cents`) })),
  ];
  const now = today();
  return (
    <>
      <section className="related" aria-labelledby="action-funding">
        <h3 className="related__title" id="action-funding">
          {t('actions.f.fundingLines')}
        </h3>
        {data.fundingLines.length === 0 ? <p className="muted">{t('related.noFunding')}</p> : (
          // Focusable, so a keyboard can scroll the years into view when the pane is narrow.
          <div className="table-scroll--x" data-scroll-x tabIndex={0} role="region" aria-label={t('actions.f.fundingLines')}>
            <Grid caption={t('actions.f.fundingLines')} columns={columns} rows={data.fundingLines} rowKey={(l) => l.id} />
          </div>
        )}
      </section>
      <section className="related" aria-labelledby="action-milestones">
        <h3 className="related__title" id="action-milestones">
          {t('actions.f.milestones')}
        </h3>
        {data.milestones.length === 0 ? (
          <p className="muted">{t('related.noMilestones')}</p>
        ) : (
          <ul className="related__list">
            {data.milestones.map((m) => (
              <li key={m.id} className="related__item">
                <span>{m.title}</span>
                <span className="related__extra">
                  {m.doneDate ? (
                    <span className="status status--completed">
                      <CheckIcon size={14} /> {t('actions.ms.doneOn', { date: formatDate(m.doneDate, lng) })}
                    </span>
                  ) : isOverdue(m, data.status, now) ? (
                    <span className="status status--late">
                      <ClockIcon size={14} /> {t('actions.ms.lateSince', { date: formatDate(m.dueDate, lng) })}
                    </span>
                  ) : (
                    t('actions.ms.dueOn', { date: formatDate(m.dueDate, lng) })
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ActionPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <EditorPane
      def={actionEditor}
      id={id}
      params={params}
      badges={(d) => (
        <p className="detail__badges">
          <ActionStatusBadge action={d} />
        </p>
      )}
    >
      {(data) => (
        <>
          <FundingAndMilestones data={data} />
          <Related id="action-sectors" title={t('related.sectors')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
          <Related id="action-partners" title={t('related.partners')} empty={t('related.noPartners')} items={data.partners.map((m) => ({ id: m.id, href: href('stakeholders', undefined, m.id), label: m.name, extra: <HelixBadge helix={m.helix} short /> }))} />
          <Related id="action-networks" title={t('related.networks')} empty={t('related.noNetworks')} items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name }))} />
          <Related id="action-indicators" title={t('related.indicators')} empty={t('related.noIndicators')} items={data.indicators.map((x) => ({ id: x.id, href: href('indicators', undefined, x.id), label: x.name }))} />
          <Related id="action-workshops" title={t('related.workshopsOrigin')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: formatDate(w.heldOn, lng) }))} />
        </>
      )}
    </EditorPane>
  );
}

export function ActionsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sectorOptions = useSectorOptions();
  const networkOptions = useNetworkOptions();
  const years = useYearOptions();
  const columns = useMemo<VColumn<ActionRow>[]>(
    () => [
      { id: 'title', header: t('actions.col.title'), width: 'minmax(9rem, 2.5fr)', sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'status', header: t('actions.col.status'), width: 'minmax(7.5rem, 1fr)', sortValue: (r) => actionStatuses.indexOf(r.derivedStatus), cell: (r) => <ActionStatusBadge action={r} compact /> },
      { id: 'lead', header: t('actions.col.lead'), width: 'minmax(6rem, 1.3fr)', sortValue: (r) => r.leadName ?? '', cell: (r) => r.leadName ?? '' },
      { id: 'end', header: t('actions.col.end'), numeric: true, width: '6.5rem', sortValue: (r) => r.endDate ?? '', cell: (r) => formatDate(r.endDate, lng) },
      { id: 'planned', header: t('actions.col.planned'), numeric: true, width: '8rem', sortValue: (r) => r.plannedCents, cell: (r) => formatCents(r.plannedCents, lng, 0) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<ActionRow>[]>(
    () => [
      // Each chip's value reads as a link's parameter does (listFilterOf): a Dashboard link opens what it counts.
      { id: 'status', label: t('filters.status'), options: enumOptions(t, 'status', actionStatuses), test: (r, v) => actionMatches(r, listFilterOf({ status: v })) },
      { id: 'sector', label: t('filters.sector'), options: [...sectorOptions, { value: 'none', label: t('charts.noSector') }], test: (r, v) => actionMatches(r, listFilterOf({ sector: v })) },
      { id: 'milestones', label: t('filters.milestones'), options: [{ value: 'overdue', label: t('filters.overdueMilestones') }], test: (r, v) => actionMatches(r, listFilterOf({ milestones: v })) },
      { id: 'network', label: t('filters.network'), options: networkOptions, test: (r, v) => actionMatches(r, listFilterOf({ network: v })) },
      { id: 'year', label: t('filters.year'), options: years, test: (r, v) => actionMatches(r, listFilterOf({ year: v })) },
    ],
    [t, sectorOptions, networkOptions, years],
  );
  const searchTexts = useCallback((r: ActionRow) => [r.title, r.leadName, r.description], []);
  return (
    <EditorScreen def={actionEditor} route={route} pane={ActionPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'title', direction: 'asc' }} headActions={(shown) => <ExportMenu list="actions" ids={shown.map((r) => r.id)} />} />
  );
}
