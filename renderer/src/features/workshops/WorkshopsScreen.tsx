import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopRow } from '../../../../shared/schemas/workshop';
import { workshopMatches } from '../../../../shared/domain/list-filters';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import type { FilterDef } from '../../components/MasterDetail';
import type { VColumn } from '../../components/VirtualGrid';
import { ActionStatusBadge } from '../../components/Badges';
import { Related } from '../../components/detail';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { href, type Route } from '../../app/router';
import { useSectorOptions, useYearOptions } from '../common/options';
import { AgendaEditor } from './agenda/AgendaEditor';
import { WorkshopLog } from './agenda/WorkshopLog';
import { useList } from '../../api/use-queries';
import { workshopEditor } from './workshop-editor';
import { ParticipantsByHelix } from './decisions/ParticipantsByHelix';
import { Decisions } from './decisions/Decisions';

function WorkshopPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <EditorPane def={workshopEditor} id={id} params={params}>
      {(data) => (
        <>
          <Related id="workshop-sectors" title={t('related.sectorsDiscussed')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
          <ParticipantsByHelix participants={data.participants} />
          <Decisions workshopId={id} decisions={data.decisions} />
          <Related id="workshop-actions" title={t('related.actionsFrom')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
          <AgendaEditor workshopId={id} />
          <WorkshopLog workshopId={id} />
        </>
      )}
    </EditorPane>
  );
}

export function WorkshopsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('workshops');
  const sectorOptions = useSectorOptions();
  const rowYears = useMemo(() => list.items.map((w) => Number(w.heldOn.slice(0, 4)) || null), [list.items]);
  const years = useYearOptions(rowYears);
  const columns = useMemo<VColumn<WorkshopRow>[]>(
    () => [
      { id: 'title', header: t('workshops.col.title'), width: 'minmax(9rem, 2.5fr)', sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'date', header: t('workshops.col.date'), numeric: true, width: '7rem', sortValue: (r) => r.heldOn, cell: (r) => formatDate(r.heldOn, lng) },
      { id: 'place', header: t('workshops.col.place'), width: 'minmax(6rem, 1fr)', sortValue: (r) => r.place, cell: (r) => r.place },
      { id: 'participants', header: t('workshops.col.participants'), numeric: true, width: '7rem', sortValue: (r) => r.participantCount, cell: (r) => formatCount(r.participantCount, lng) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<WorkshopRow>[]>(
    () => [
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => workshopMatches(r, { sectorId: v }) },
      { id: 'year', label: t('filters.year'), options: years, test: (r, v) => workshopMatches(r, { year: Number(v) }) },
    ],
    [t, sectorOptions, years],
  );
  const searchTexts = useCallback((r: WorkshopRow) => [r.title, r.place, r.outcomes], []);
  return (
    <EditorScreen def={workshopEditor} route={route} pane={WorkshopPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'date', direction: 'desc' }} />
  );
}
