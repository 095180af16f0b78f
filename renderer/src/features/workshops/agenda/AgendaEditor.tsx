import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaUpdateSchema, agendaCharts, agendaKinds, type AgendaChart, type AgendaItem, type AgendaKind } from '../../../../../shared/schemas/agenda';
import type { AppError } from '../../../../../shared/contract/errors';
import { describeError, describeIssue, toIssues } from '../../../errors/describe';
import { pasteVisible } from '../../../components/form';
import { SubmitCancel } from '../../../components/SubmitCancel';
import { Select } from '../../../components/Select';
import { limits } from '../../../../../shared/schemas/common';
import { useAppStore } from '../../../store/context';
import { useAgenda } from '../../presentation/use-present';
import { presentHref } from '../../presentation/href';
import { FitWarning } from '../../presentation/FitWarning';
import { navigate } from '../../../app/router';
import './agenda.css';
import { useListItems } from '../../../api/use-queries';

interface Draft {
  kind: AgendaKind;
  chartId: AgendaChart | '';
  sectorIds: string[];
  title: string;
  notes: string;
  options: string;
}
const blank: Draft = { kind: 'chart', chartId: 'coverageMatrix', sectorIds: [], title: '', notes: '', options: '' };
const toDraft = (i: AgendaItem): Draft => ({ kind: i.kind, chartId: i.chartId ?? '', sectorIds: i.sectorIds, title: i.title, notes: i.notes, options: i.options.join('\n') });

function SlideForm({ initial, onSave, onCancel, legend }: { initial: Draft; onSave: (d: Draft) => Promise<AppError | null>; onCancel: () => void; legend: string }) {
  const { t, i18n } = useTranslation();
  const sectors = useListItems('sectors').filter((s) => !s.archived);
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Draft>) => setD((x) => ({ ...x, ...change }));
  const submit = async () => {
    const problems: string[] = [];
    if (!d.title.trim()) problems.push(t('presentation.agenda.errors.title'));
    if (d.kind === 'chart' && !d.chartId) problems.push(t('presentation.agenda.errors.chart'));
    if (d.kind === 'sectorProfile' && d.sectorIds.length !== 1) problems.push(t('presentation.agenda.errors.sector'));
    if (d.kind === 'vote' && d.options.split('\n').filter((o) => o.trim()).length < 2) problems.push(t('presentation.agenda.errors.options'));
    // The contract's own checks of each field (repeated options, hidden characters), in its words.
    const checked = AgendaUpdateSchema.safeParse({ id: '00000000-0000-4000-8000-000000000000', expectedUpdatedAt: '', ...toInput(d) });
    if (!checked.success) problems.push(...toIssues(checked.error).map((i) => describeIssue(t, i, i18n.language)));
    setErrors([...new Set(problems)]);
    if (problems.length) return;
    setBusy(true);
    const failed = await onSave(d);
    setBusy(false);
    if (failed) setErrors(failed.kind === 'validation' ? failed.issues.map((i) => describeIssue(t, i, i18n.language)) : [describeError(t, failed).message]);
  };
  return (
    <form
      className="agenda-form"
      aria-label={legend}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        <div className="field">
          <label htmlFor="agenda-kind">{t('presentation.agenda.kindLabel')}</label>
          <Select
            id="agenda-kind"
            value={d.kind}
            onChange={(v) => set({ kind: v as AgendaKind, sectorIds: v === 'sectorProfile' ? d.sectorIds.slice(0, 1) : d.sectorIds })}
            options={agendaKinds.map((k) => [k, t(`presentation.agenda.kind.${k}`)] as const)}
          />
        </div>
        {d.kind === 'chart' ? (
          <div className="field">
            <label htmlFor="agenda-chart">{t('presentation.agenda.chart')}</label>
            <Select id="agenda-chart" value={d.chartId} onChange={(v) => set({ chartId: v as AgendaChart })} options={agendaCharts.map((c) => [c, t(`presentation.agenda.charts.${c}`)] as const)} />
          </div>
        ) : null}
        {d.kind === 'sectorProfile' ? (
          <div className="field">
            <label htmlFor="agenda-sector">{t('presentation.agenda.sector')}</label>
            <Select id="agenda-sector" value={d.sectorIds[0] ?? ''} onChange={(v) => set({ sectorIds: v ? [v] : [] })} empty="—" options={sectors.map((s) => [s.id, s.name] as const)} />
          </div>
        ) : null}
        {d.kind === 'chart' || d.kind === 'gaps' ? (
          <fieldset className="agenda-form__sectors">
            <legend>{t('presentation.agenda.sectors')}</legend>
            {sectors.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={d.sectorIds.includes(s.id)}
                  onChange={(e) => set({ sectorIds: e.target.checked ? [...d.sectorIds, s.id] : d.sectorIds.filter((x) => x !== s.id) })}
                />
                {s.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor="agenda-title">{t('presentation.agenda.slideTitle')}</label>
          <input id="agenda-title" value={d.title} maxLength={limits.name} aria-describedby="agenda-title-hint" onChange={(e) => set({ title: e.target.value })} onPaste={(e) => pasteVisible(e, d.title, (title) => set({ title }))} />
          <p className="field__hint" id="agenda-title-hint">
            {t('presentation.agenda.slideTitleHint')}
          </p>
        </div>
        {d.kind === 'vote' ? (
          <div className="field">
            <label htmlFor="agenda-options">{t('presentation.agenda.options')}</label>
            <textarea id="agenda-options" rows={4} value={d.options} onChange={(e) => set({ options: e.target.value })} onPaste={(e) => pasteVisible(e, d.options, (options) => set({ options }))} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="agenda-notes">{t('presentation.agenda.notes')}</label>
          <textarea id="agenda-notes" rows={3} value={d.notes} maxLength={limits.text} onChange={(e) => set({ notes: e.target.value })} />
        </div>
        {errors.length ? (
          <ul className="agenda-form__errors" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <SubmitCancel className="button-row" busy={busy} submit={t('presentation.agenda.save')} cancel={t('presentation.agenda.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}

const toInput = (d: Draft) => ({
  kind: d.kind,
  chartId: d.kind === 'chart' && d.chartId ? d.chartId : null,
  sectorIds: d.kind === 'vote' ? [] : d.sectorIds,
  title: d.title.trim(),
  notes: d.notes,
  options: d.kind === 'vote' ? d.options.split('\n').map((o) => o.trim()).filter(Boolean) : [],
});

/** A workshop's agenda: the slides shown to the room, in order, each with notes. Saved in the plan. */
export function AgendaEditor({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const agenda = useAgenda(workshopId);
  const command = useAppStore((s) => s.command);
  const sectors = useListItems('sectors');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const items = agenda ?? [];

  const describe = (i: AgendaItem) => {
    const names = i.sectorIds.map((id) => sectors.find((s) => s.id === id)?.name ?? '').filter(Boolean).join(', ');
    const what = i.kind === 'chart' && i.chartId ? t(`presentation.agenda.charts.${i.chartId}`) : t(`presentation.agenda.kind.${i.kind}`);
    return [what, names, i.kind === 'vote' ? i.options.join(' / ') : ''].filter(Boolean).join(' · ');
  };

  const move = async (item: AgendaItem, to: number) => {
    if (to < 0 || to >= items.length) return;
    await command('agenda.move', { id: item.id, to });
    requestAnimationFrame(() => document.getElementById(`agenda-item-${item.id}`)?.focus());
  };
  const onItemKey = (e: KeyboardEvent, item: AgendaItem, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(item, index + (e.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <section className="agenda" aria-labelledby="agenda-title-h">
      <div className="agenda__head">
        <h3 id="agenda-title-h" className="related__title">
          {t('presentation.agenda.title')}
        </h3>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={!items.length} onClick={() => navigate('present', undefined, workshopId)}>
            {t('presentation.agenda.present')}
          </button>
          <button type="button" className="button" disabled={!items.length} onClick={() => window.open(presentHref(workshopId, 'presenter'), `s3-presenter-${workshopId}`, 'popup,width=1280,height=800')}>
            {t('presentation.agenda.presenterView')}
          </button>
        </div>
      </div>
      <p className="muted">{t('presentation.agenda.lead')}</p>
      {items.length ? (
        <ol className="agenda__list" aria-describedby="agenda-move-hint">
          {items.map((item, i) =>
            editing === item.id ? (
              <li key={item.id}>
                <SlideForm
                  legend={t('presentation.agenda.item', { n: i + 1, title: item.title })}
                  initial={toDraft(item)}
                  onCancel={() => setEditing(null)}
                  onSave={async (d) => {
                    const r = await command('agenda.update', { id: item.id, expectedUpdatedAt: item.updatedAt, ...toInput(d) });
                    if (!r.ok) return r.error;
                    setEditing(null);
                    return null;
                  }}
                />
              </li>
            ) : (
              <li key={item.id} id={`agenda-item-${item.id}`} className="agenda__item" tabIndex={0} onKeyDown={(e) => onItemKey(e, item, i)} aria-label={t('presentation.agenda.item', { n: i + 1, title: item.title })}>
                <span className="agenda__n" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="agenda__text">
                  <strong>{item.title}</strong>
                  <span className="muted">{describe(item)}</span>
                  <FitWarning item={item} position={i} />
                </span>
                <span className="agenda__buttons">
                  <button type="button" className="button button--small" disabled={i === 0} onClick={() => void move(item, i - 1)} aria-label={`${t('presentation.agenda.up')}: ${item.title}`}>
                    ↑
                  </button>
                  <button type="button" className="button button--small" disabled={i === items.length - 1} onClick={() => void move(item, i + 1)} aria-label={`${t('presentation.agenda.down')}: ${item.title}`}>
                    ↓
                  </button>
                  <button type="button" className="button button--small" onClick={() => setEditing(item.id)} aria-label={`${t('presentation.agenda.edit')}: ${item.title}`}>
                    {t('presentation.agenda.edit')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => void command('agenda.delete', { id: item.id })} aria-label={`${t('presentation.agenda.delete')}: ${item.title}`}>
                    {t('presentation.agenda.delete')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ol>
      ) : (
        <p>{t('presentation.agenda.empty')}</p>
      )}
      {items.length > 1 ? (
        <p className="muted" id="agenda-move-hint">
          {t('presentation.agenda.moveHint')}
        </p>
      ) : null}
      {editing === 'new' ? (
        <SlideForm
          legend={t('presentation.agenda.add')}
          initial={blank}
          onCancel={() => setEditing(null)}
          onSave={async (d) => {
            const r = await command('agenda.add', { workshopId, ...toInput(d) });
            if (!r.ok) return r.error;
            setEditing(null);
            return null;
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('presentation.agenda.add')}
        </button>
      )}
    </section>
  );
}
