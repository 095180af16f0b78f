import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementLevels, helixes, stakeholderTypes, type EngagementLevel } from '../../../../shared/schemas/enums';
import { formatDate } from '../../../../shared/domain/format';
import { readDate } from '../../../../shared/domain/dates';
import { matchesSearch, searchKey } from '../../../../shared/domain/text';
import type { AppError } from '../../../../shared/contract/errors';
import { useChannel, useList } from '../../api/use-queries';
import { useAppStore } from '../../store/context';
import { href, navigate, replaceRoute, type Route } from '../../app/router';
import { DateInput } from '../../components/DateInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CloseIcon } from '../../components/icons';
import { describeReadProblem } from '../../errors/read-problem';
import { today, useSectorOptions } from '../common/options';
import { EngagementGrid } from './EngagementGrid';
import { EngagementHistory } from './EngagementHistory';
import { applyLevel, pairKey, type Range } from './grid-model';
import { useKeptPending } from './kept-pending';
import './engagement.css';

/**
 * The engagement grid (issue 19): stakeholders × sectors, levels set in bulk from the keyboard
 * or the mouse. Changes stay pending until Save, which writes them as one undo step, all dated
 * the "as of" date in the toolbar: a facilitator fills in what a workshop or a survey showed,
 * checks it, and saves it as of that day (a save per keystroke would make every cell its own
 * undo step and date nothing visibly). The date defaults to the one the plan's last change was
 * entered with, never silently to today (today only in a plan without any, and shown).
 */
export function EngagementScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const readOnly = useAppStore((s) => (s.planFile?.readOnly ?? null) !== null);
  const { items: stakeholders, status } = useList('stakeholders');
  const allSectors = useSectorOptions();
  const last = useChannel('engagement.lastDate', {});

  const params = route.params;
  const q = params.get('q') ?? '';
  const helix = params.get('helix') ?? '';
  const type = params.get('type') ?? '';
  const sector = params.get('sector') ?? '';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    replaceRoute('engagement', next, route.id);
  };

  const words = useMemo(() => Object.fromEntries(engagementLevels.map((l) => [l, t(`engagement.${l}`)])) as Record<EngagementLevel, string>, [t]);
  const stored = useMemo(() => {
    const map = new Map<string, EngagementLevel>();
    for (const s of stakeholders) for (const e of s.engagements) map.set(pairKey(s.id, e.sectorId), e.level);
    return map;
  }, [stakeholders]);
  const storedOf = useCallback((key: string) => stored.get(key) ?? null, [stored]);

  const rows = useMemo(
    () =>
      stakeholders
        .filter((s) => (!helix || s.helix === helix) && (!type || s.type === type) && (!q || matchesSearch(searchKey(s.name, s.municipality), q)))
        .map((s) => ({ id: s.id, name: s.name })),
    [stakeholders, helix, type, q],
  );
  const sectors = useMemo(() => allSectors.filter((s) => !sector || s.value === sector).map((s) => ({ id: s.value, name: s.label })), [allSectors, sector]);

  const plan = useAppStore((s) => s.planFile?.path ?? null);
  const { pending, setPending, asOf, setAsOf } = useKeptPending(plan);
  const [selection, setSelection] = useState<Range | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  // The "as of" date as typed (asOf, kept with the pending levels), in the UI language's
  // writing; starts at the last one used.
  const lastDate = last.data ? last.data.date : undefined;
  const shownAsOf = asOf ?? (lastDate === undefined ? '' : formatDate(lastDate ?? today(), lng));
  const asOfReading = readDate(shownAsOf, lng);
  const [asOfError, setAsOfError] = useState<string | null>(null);

  // Stable while nothing changes, so the grid's memoised rows re-render only when they must.
  const levelOf = useCallback((key: string) => (pending.has(key) ? pending.get(key)! : storedOf(key)), [pending, storedOf]);
  const isPending = useCallback((key: string) => pending.has(key), [pending]);
  const query = params.toString();
  const openStakeholder = useCallback((id: string) => navigate('engagement', new URLSearchParams(query), id), [query]);

  const set = (range: Range, level: EngagementLevel | null) => {
    if (readOnly) return;
    setPending((p) => applyLevel(p, range, rows.map((r) => r.id), sectors.map((s) => s.id), storedOf, level));
  };

  const save = async () => {
    if (!asOfReading.ok || !asOfReading.value) {
      setAsOfError(asOfReading.ok ? t('engagementGrid.asOfRequired') : describeReadProblem(t, asOfReading.problem, lng));
      return;
    }
    setAsOfError(null);
    const changes = [...pending].map(([key, level]) => {
      const [stakeholderId, sectorId] = key.split('/') as [string, string];
      return { stakeholderId, sectorId, level };
    });
    setSaving(true);
    const reply = await command('engagement.setMany', { changedOn: asOfReading.value, changes });
    setSaving(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setPending(new Map());
    setAsOf(formatDate(asOfReading.value, lng));
    const { changed, superseded } = reply.value;
    const date = formatDate(asOfReading.value, lng);
    // A change dated before a pair's latest one goes into its history; say so, or the cell's
    // unchanged level would look like a failed save.
    notify(superseded > 0 ? 'engagementGrid.savedSuperseded' : 'engagementGrid.saved', { count: changed, superseded, date }, { undoStep: reply.step?.id ?? null });
  };

  const total = t('engagementGrid.count', { count: stakeholders.length });
  const count = rows.length === stakeholders.length ? total : t('common.countShown', { total, shown: rows.length });
  const selectFilters = [
    { id: 'helix', label: t('filters.helix'), value: helix, options: helixes.map((h) => ({ value: h, label: t(`helix.${h}`) })) },
    { id: 'type', label: t('engagementGrid.type'), value: type, options: stakeholderTypes.map((v) => ({ value: v, label: t(`stakeholderType.${v}`) })) },
    { id: 'sector', label: t('filters.sector'), value: sector, options: allSectors },
  ];

  return (
    <div className="screen egrid-screen">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('engagementGrid.title')}</h1>
          <p className="screen-lead">{t('engagementGrid.lead')}</p>
        </div>
        <div className="screen-head__actions">
          <a className="button" href={href('stakeholders')}>
            {t('engagementGrid.toStakeholders')}
          </a>
        </div>
      </header>

      <div className="egrid-toolbar" role="group" aria-label={t('engagementGrid.batch')}>
        <div className="egrid-toolbar__asof">
          <label className="field__label" htmlFor="engagement-as-of" id="engagement-as-of-label">
            {t('engagementGrid.asOf')}
          </label>
          <DateInput
            id="engagement-as-of"
            aria-describedby={asOfError ? 'engagement-as-of-hint engagement-as-of-error' : 'engagement-as-of-hint'}
            {...(asOfError ? { 'aria-invalid': true as const } : {})}
            value={shownAsOf}
            onChange={(v) => {
              setAsOf(v);
              setAsOfError(null);
            }}
          />
          <p className="field__hint" id="engagement-as-of-hint">
            {lastDate ? t('engagementGrid.asOfLast', { date: formatDate(lastDate, lng) }) : t('engagementGrid.asOfFirst')}
          </p>
          {asOfError ? (
            <p className="field__error" id="engagement-as-of-error">
              {asOfError}
            </p>
          ) : null}
        </div>
        <div className="egrid-toolbar__levels" role="group" aria-label={t('engagementGrid.setSelection')}>
          <span className="egrid-toolbar__caption" aria-hidden="true">
            {t('engagementGrid.setSelection')}
          </span>
          <button type="button" className="button button--small" disabled={!selection || readOnly} onClick={() => selection && set(selection, null)} aria-keyshortcuts="0 Delete">
            <kbd className="kbd-hint" aria-hidden="true">
              0
            </kbd>
            {t('engagementGrid.none')}
          </button>
          {engagementLevels.map((l, i) => (
            <button key={l} type="button" className={`button button--small egrid-level-button level--${l}`} disabled={!selection || readOnly} onClick={() => selection && set(selection, l)} aria-keyshortcuts={String(i + 1)}>
              <kbd className="kbd-hint" aria-hidden="true">
                {i + 1}
              </kbd>
              {words[l]}
            </button>
          ))}
        </div>
        <div className="egrid-toolbar__save">
          <p className="egrid-toolbar__pending" aria-live="polite">
            {pending.size > 0 ? t('engagementGrid.pending', { count: pending.size }) : t('engagementGrid.nothingPending')}
          </p>
          <button type="button" className="button" disabled={pending.size === 0 || saving} onClick={() => setPending(new Map())}>
            {t('engagementGrid.discard')}
          </button>
          <button type="button" className="button button--primary" disabled={pending.size === 0 || saving || readOnly} onClick={() => void save()}>
            {t('engagementGrid.save')}
          </button>
        </div>
      </div>
      {error ? <ErrorNotice error={error} onDismiss={() => setError(null)} /> : null}

      <div className="list-tools egrid-filters">
        <div className="list-tools__search">
          <label className="visually-hidden" htmlFor="engagement-search">
            {t('list.search')}
          </label>
          <input id="engagement-search" className="input input--search" type="search" placeholder={t('list.searchPlaceholder')} value={q} onChange={(e) => setParam('q', e.target.value)} />
        </div>
        {selectFilters.map((f) => (
          <label key={f.id} className={`filter${f.value ? ' is-on' : ''}`}>
            <span className="filter__label">{f.label}</span>
            <select className="filter__select" value={f.value} onChange={(e) => setParam(f.id, e.target.value)}>
              <option value="">{t('list.all')}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <p className="list-count" aria-live="polite">
          {status === 'ready' ? count : null}
        </p>
      </div>
      <p className="field__hint egrid-keys">{t('engagementGrid.keys')}</p>

      <div className={`egrid-body${route.id ? ' has-panel' : ''}`}>
        {status === 'ready' && (rows.length === 0 || sectors.length === 0) ? (
          <p className="muted">{sectors.length === 0 ? t('engagementGrid.noSectors') : t('engagementGrid.noRows')}</p>
        ) : (
          <EngagementGrid
            label={t('engagementGrid.gridLabel', { date: shownAsOf })}
            stakeholders={rows}
            sectors={sectors}
            levelOf={levelOf}
            isPending={isPending}
            onSet={set}
            onSelection={setSelection}
            onOpenStakeholder={openStakeholder}
            words={words}
          />
        )}
        {route.id ? (
          <aside className="egrid-panel" aria-labelledby="egrid-panel-title">
            <div className="egrid-panel__head">
              <h2 className="egrid-panel__title" id="egrid-panel-title">
                <a href={href('stakeholders', undefined, route.id)}>{stakeholders.find((s) => s.id === route.id)?.name ?? ''}</a>
              </h2>
              <button type="button" className="icon-button" aria-label={t('engagementGrid.closePanel')} onClick={() => navigate('engagement', params, null)}>
                <CloseIcon size={16} />
              </button>
            </div>
            <EngagementHistory stakeholderId={route.id} headingId="egrid-panel-history" />
          </aside>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selection ? t('engagementGrid.selected', { count: (selection.bottom - selection.top + 1) * (selection.right - selection.left + 1) }) : ''}
      </p>
    </div>
  );
}
