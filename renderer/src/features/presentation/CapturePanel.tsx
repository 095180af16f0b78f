import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { parseInteger } from '../../../../shared/domain/reading';
import type { AgendaItem, CaptureAdd } from '../../../../shared/schemas/agenda';
import { engagementLevels, helixes, type EngagementLevel, type Helix } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import type { AppError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../store/context';
import { describeError } from '../../errors/describe';
import { pasteVisible } from '../../components/form';
import { useListItems } from '../../api/use-queries';
import { Select } from '../../components/Select';
import { SubmitCancel } from '../../components/SubmitCancel';

export type CaptureMode = 'decision' | 'outcome' | 'stakeholder' | 'engagement' | 'vote';
/** The keys that open the capture panel during a presentation. */
export const captureKeys: Record<string, CaptureMode> = { d: 'decision', o: 'outcome', s: 'stakeholder', e: 'engagement', v: 'vote' };


/**
 * Records what the room says without leaving the presentation. Each capture is one command and
 * one undo step with all it makes: a decision lands in the workshop's decisions, a stakeholder met
 * is created with its participation and engagement, an engagement change is set.
 */
export function CapturePanel({ mode, workshopId, item, onClose, onSaved }: { mode: CaptureMode; workshopId: string; item: AgendaItem | null; onClose: () => void; onSaved: (mode: CaptureMode) => void }) {
  const { t, i18n } = useTranslation();
  const command = useAppStore((s) => s.command);
  const queries = useQueryClient();
  const sectors = useListItems('sectors').filter((s) => !s.archived);
  const stakeholders = useListItems('stakeholders');
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [helix, setHelix] = useState<Helix>('business');
  const defaultSector = item?.sectorIds[0] ?? sectors[0]?.id ?? '';
  const [sectorId, setSectorId] = useState(defaultSector);
  const [stakeholderId, setStakeholderId] = useState('');
  const [level, setLevel] = useState<EngagementLevel>(mode === 'stakeholder' ? 'consulted' : 'involved');
  const options = item?.kind === 'vote' ? item.options : [];
  const [counts, setCounts] = useState<string[]>(() => options.map(() => ''));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (e: AppError | string) => {
    setBusy(false);
    setProblem(typeof e === 'string' ? e : describeError(t, e).message);
  };

  const submit = async (ev: FormEvent | KeyboardEvent) => {
    ev.preventDefault();
    if (busy) return;
    setProblem(null);
    const base = { workshopId, agendaItemId: item?.id ?? null };
    let entry: CaptureAdd;
    if (mode === 'decision' || mode === 'outcome') {
      if (!text.trim()) return fail(t('presentation.capture.textRequired'));
      // A decision on a sector's slide is that sector's: the decision record links it.
      const slideSector = item?.kind === 'sectorProfile' ? (item.sectorIds[0] ?? null) : null;
      entry = { ...base, kind: mode, text: text.trim(), sectorId: mode === 'decision' ? slideSector : null };
    } else if (mode === 'stakeholder') {
      if (!name.trim()) return fail(t('presentation.capture.nameRequired'));
      if (!sectorId) return fail(t('presentation.capture.sectorRequired'));
      // One command: the stakeholder, its participation and engagement and the log entry (one undo step).
      entry = { ...base, kind: 'stakeholder', text: text.trim(), sectorId, data: { helix, level }, newStakeholder: { name: name.trim(), helix, type: 'other' } };
    } else if (mode === 'engagement') {
      if (!stakeholderId) return fail(t('presentation.capture.stakeholderRequired'));
      if (!sectorId) return fail(t('presentation.capture.sectorRequired'));
      entry = { ...base, kind: 'engagement', text: text.trim(), stakeholderId, sectorId, data: { level } };
    } else {
      if (!options.length) return fail(t('presentation.capture.notVote'));
      // Counts in the UI language's writing ("1 500" / "1,500"); a count that reads two ways is refused.
      const parsed = counts.map((c) => parseInteger(c, i18n.language) ?? 0);
      if (parsed.some((n) => !Number.isInteger(n) || n < 0)) return fail(t('presentation.capture.countsInvalid'));
      entry = { ...base, kind: 'vote', text: item?.title ?? '', data: { votes: options.map((option, i) => ({ option, count: parsed[i]! })) } };
    }
    setBusy(true);
    const saved = await command('capture.add', entry);
    if (!saved.ok) return fail(saved.error);
    // The slides are built from the captures: a vote's result slide exists once they are read
    // again. "Saved" waits for that, so → pressed on seeing it goes to the result, not nowhere.
    await queries.refetchQueries({ queryKey: ['capture.list', { workshopId }] });
    setBusy(false);
    onSaved(mode);
  };

  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="capture__field">
      <label htmlFor={id}>{label}</label>
      {control}
    </div>
  );

  return (
    <div
      className="capture"
      role="dialog"
      aria-modal="true"
      aria-labelledby="capture-title"
      onKeyDown={(e) => {
        // The slide's keys stay out of the form; Escape cancels, Ctrl/Cmd+Enter saves from anywhere in it.
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit(e);
        }
      }}
      // A problem goes as soon as the facilitator types again.
      onInput={() => setProblem(null)}
      onChange={() => setProblem(null)}
    >
      <form className="capture__form" onSubmit={(e) => void submit(e)}>
        <h2 id="capture-title">{t(`presentation.capture.title.${mode}`)}</h2>
        {item ? <p className="capture__on">{t('presentation.capture.onSlide', { title: item.title })}</p> : null}
        {mode === 'vote' && options.length
          ? options.map((o, i) =>
              field(
                `capture-count-${i}`,
                o,
                <input
                  id={`capture-count-${i}`}
                  inputMode="numeric"
                  value={counts[i] ?? ''}
                  autoFocus={i === 0}
                  onChange={(e) => setCounts((c) => c.map((x, j) => (j === i ? e.target.value : x)))}
                />,
              ),
            )
          : null}
        {mode === 'stakeholder'
          ? field('capture-name', t('presentation.capture.name'), <input id="capture-name" value={name} maxLength={limits.name} autoFocus onChange={(e) => setName(e.target.value)} onPaste={(e) => pasteVisible(e, name, setName)} />)
          : null}
        {mode === 'stakeholder'
          ? field(
              'capture-helix',
              t('presentation.capture.helix'),
              <Select id="capture-helix" value={helix} onChange={(v) => setHelix(v as Helix)} options={helixes.map((h) => [h, t(`helix.${h}`)] as const)} />,
            )
          : null}
        {mode === 'engagement'
          ? field(
              'capture-stakeholder',
              t('presentation.capture.stakeholder'),
              <Select id="capture-stakeholder" value={stakeholderId} autoFocus onChange={setStakeholderId} empty={t('presentation.capture.choose')} options={stakeholders.map((s) => [s.id, s.name] as const)} />,
            )
          : null}
        {mode === 'stakeholder' || mode === 'engagement'
          ? field(
              'capture-sector',
              t('presentation.capture.sector'),
              <Select id="capture-sector" value={sectorId} onChange={setSectorId} options={sectors.map((s) => [s.id, s.name] as const)} />,
            )
          : null}
        {mode === 'stakeholder' || mode === 'engagement'
          ? field(
              'capture-level',
              t('presentation.capture.level'),
              <Select id="capture-level" value={level} onChange={(v) => setLevel(v as EngagementLevel)} options={engagementLevels.map((l) => [l, t(`engagement.${l}`)] as const)} />,
            )
          : null}
        {mode === 'vote' && !options.length ? <p>{t('presentation.capture.notVote')}</p> : null}
        {mode !== 'vote'
          ? field(
              'capture-text',
              t(mode === 'decision' || mode === 'outcome' ? `presentation.capture.text.${mode}` : 'presentation.capture.note'),
              <textarea id="capture-text" value={text} rows={3} maxLength={limits.text} autoFocus={mode === 'decision' || mode === 'outcome'} onChange={(e) => setText(e.target.value)} />,
            )
          : null}
        {problem ? (
          <p className="capture__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <SubmitCancel className="capture__buttons" busy={busy} submit={t('presentation.capture.save')} cancel={t('presentation.capture.cancel')} onCancel={onClose} />
        <p className="capture__keys">{t('presentation.capture.keys')}</p>
      </form>
    </div>
  );
}
