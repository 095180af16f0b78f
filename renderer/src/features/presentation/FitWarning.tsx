import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import { fitsWall, wallFit } from '../../../../shared/domain/wall';
import { wallFitText } from '../../../../shared/domain/statements/wall';
import { useAppStore } from '../../store/context';
import { useDashboard } from '../dashboard/use-dashboard';

/**
 * Says when a chart slide shows only part of its data on one slide (the slide itself counts
 * the rest, "and N more") and offers to split it over several slides, one group of sectors
 * each (one command per slide, so each is its own undo step). The same arithmetic as the slide
 * (shared/domain/wall.ts), so the two always agree.
 */
export function FitWarning({ item, position }: { item: AgendaItem; position: number }) {
  const { t } = useTranslation();
  const filters = useMemo(() => ({ sectorIds: item.sectorIds }), [item.sectorIds]);
  const { data } = useDashboard(filters);
  const command = useAppStore((s) => s.command);
  const [busy, setBusy] = useState(false);
  if (item.kind !== 'chart' || !item.chartId || !data) return null;
  const fit = wallFit(item.chartId, data, item.title);
  if (fitsWall(fit)) return null;
  const split = fit.split;
  const onSplit = async () => {
    if (!split || busy) return;
    setBusy(true);
    const title = (i: number) => t('presentation.wall.fit.splitTitle', { title: item.title, n: i + 1, count: split.length }).slice(0, 200);
    // The slide itself becomes the first part; the others follow it, one group of sectors each.
    const first = await command('agenda.update', { id: item.id, expectedUpdatedAt: item.updatedAt, sectorIds: split[0]!, title: title(0) });
    if (first.ok) {
      for (const [i, sectorIds] of split.slice(1).entries()) {
        const r = await command('agenda.add', { workshopId: item.workshopId, kind: 'chart', chartId: item.chartId, sectorIds, title: title(i + 1), notes: item.notes, position: position + 1 + i });
        if (!r.ok) break;
      }
    }
    setBusy(false);
  };
  return (
    <p className="fit-warning" role="note" data-fit={`${fit.shown}/${fit.total}`}>
      <span>{wallFitText(t, fit)}</span>
      {split && split.length > 1 ? (
        <button type="button" className="button button--small" disabled={busy} onClick={() => void onSplit()}>
          {t('presentation.wall.fit.split', { count: split.length })}
        </button>
      ) : null}
    </p>
  );
}
