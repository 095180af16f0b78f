import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorDetail, SectorRow } from '../../../../shared/schemas/sector';
import { helixes } from '../../../../shared/schemas/enums';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import type { FilterDef } from '../../components/MasterDetail';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { Related } from '../../components/detail';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { ExportMenu } from '../export/ExportMenu';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href, type Route } from '../../app/router';
import type { AppError } from '../../../../shared/contract/errors';
import { useListItems, useList } from '../../api/use-queries';
import { sectorEditor } from './sector-editor';
import './sectors.css';

/** Move up, move down, archive: a sector's place in the plan. */
function SectorOrder({ sector }: { sector: SectorDetail }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const all = useListItems('sectors');
  const [failure, setFailure] = useState<AppError | null>(null);
  const ordered = [...all].sort((a, b) => a.sortOrder - b.sortOrder);
  const index = ordered.findIndex((s) => s.id === sector.id);
  const move = async (step: -1 | 1) => {
    const ids = ordered.map((s) => s.id);
    const j = index + step;
    if (index < 0 || j < 0 || j >= ids.length) return;
    [ids[index], ids[j]] = [ids[j] ?? '', ids[index] ?? ''];
    const r = await command('sector.reorder', { ids });
    setFailure(r.ok ? null : r.error);
  };
  const archive = async () => {
    const r = await command(sector.archived ? 'sector.unarchive' : 'sector.archive', { id: sector.id, expectedUpdatedAt: sector.updatedAt });
    setFailure(r.ok ? null : r.error);
  };
  return (
    <>
      <div className="button-row detail__more">
        <button type="button" className="button" disabled={index <= 0} onClick={() => void move(-1)}>
          {t('sectors.moveUp')}
        </button>
        <button type="button" className="button" disabled={index < 0 || index >= ordered.length - 1} onClick={() => void move(1)}>
          {t('sectors.moveDown')}
        </button>
        <button type="button" className="button" onClick={() => void archive()}>
          {sector.archived ? t('sectors.unarchive') : t('sectors.archive')}
        </button>
        <span className="muted tabular">{t('sectors.position', { n: index + 1, total: ordered.length })}</span>
      </div>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
    </>
  );
}

function SectorPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  return (
    <EditorPane def={sectorEditor} id={id} params={params} badges={(d) => (d.archived ? <p className="badge">{t('sectors.archived')}</p> : null)} more={(d) => <SectorOrder sector={d} />}>
      {(data) => (
        <>
          <section className="related" aria-labelledby="sector-helices">
            <h3 className="related__title" id="sector-helices">
              {t('related.stakeholdersByHelix')} <span className="related__count tabular">{formatCount(data.engagements.length, i18n.language)}</span>
            </h3>
            <div className="helix-groups">
              {helixes.map((helix) => ({ helix, items: data.engagements.filter((e) => e.stakeholder.helix === helix) })).map(({ helix, items }) => (
                <div key={helix} className={`helix-group${items.length === 0 ? ' is-gap' : ''}`}>
                  <h4 className="helix-group__title">
                    <HelixBadge helix={helix} /> <span className="tabular">{formatCount(items.length, i18n.language)}</span>
                  </h4>
                  {items.length === 0 ? (
                    <p className="gap-note">{t('related.helixGap')}</p>
                  ) : (
                    <ul className="related__list">
                      {items.map((e) => (
                        <li key={e.stakeholderId} className="related__item">
                          <a href={href('stakeholders', undefined, e.stakeholderId)}>{e.stakeholder.name}</a>
                          <span className="related__extra">
                            <span className={`level level--${e.level}`}>{t(`engagement.${e.level}`)}</span> {formatDate(e.changedOn, i18n.language)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          </section>
          <Related id="sector-networks" title={t('related.networks')} empty={t('related.noNetworks')} items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name, extra: t(`scope.${n.scope}`) }))} />
          <Related id="sector-actions" title={t('related.actions')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
          <Related id="sector-indicators" title={t('related.indicators')} empty={t('related.noIndicators')} items={data.indicators.map((x) => ({ id: x.id, href: href('indicators', undefined, x.id), label: x.name, extra: t(`indicatorKind.${x.kind}`) }))} />
          <Related id="sector-workshops" title={t('related.workshops')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: formatDate(w.heldOn, i18n.language) }))} />
        </>
      )}
    </EditorPane>
  );
}

export function SectorsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('sectors');
  const columns = useMemo<VColumn<SectorRow>[]>(
    () => [
      { id: 'order', header: t('sectors.col.order'), numeric: true, width: '4rem', sortValue: (r) => r.sortOrder, cell: (r) => formatCount(list.items.filter((s) => s.sortOrder < r.sortOrder).length + 1, lng) },
      {
        id: 'name',
        header: t('sectors.col.name'),
        width: 'minmax(8rem, 3fr)',
        sortValue: (r) => r.name,
        cell: (r) => (
          <span className="cell-strong">
            {r.name}
            {r.archived ? <span className="badge badge--inline">{t('sectors.archived')}</span> : null}
          </span>
        ),
      },
      { id: 'stakeholders', header: t('sectors.col.stakeholders'), numeric: true, width: '6.5rem', sortValue: (r) => r.stakeholderCount, cell: (r) => formatCount(r.stakeholderCount, lng) },
      { id: 'networks', header: t('sectors.col.networks'), numeric: true, width: '5.5rem', sortValue: (r) => r.networkCount, cell: (r) => formatCount(r.networkCount, lng) },
      { id: 'actions', header: t('sectors.col.actions'), numeric: true, width: '6.5rem', sortValue: (r) => r.actionCount, cell: (r) => formatCount(r.actionCount, lng) },
    ],
    [t, lng, list.items],
  );
  const filters = useMemo<FilterDef<SectorRow>[]>(
    () => [
      {
        id: 'archived',
        label: t('filters.archived'),
        options: [
          { value: 'no', label: t('filters.activeOnly') },
          { value: 'yes', label: t('filters.archivedOnly') },
        ],
        test: (r, v) => r.archived === (v === 'yes'),
      },
    ],
    [t],
  );
  const searchTexts = useCallback((r: SectorRow) => [r.name, r.description, r.naceCodes, r.economicDomain], []);
  return (
    <EditorScreen def={sectorEditor} route={route} pane={SectorPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'order', direction: 'asc' }} headActions={(shown) => <ExportMenu list="sectors" ids={shown.map((r) => r.id)} />} />
  );
}
