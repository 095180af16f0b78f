import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/contract/errors';
import type { MergeApplyResult, MergeConflict, MergePreview } from '../../../../shared/schemas/merge';
import type { Side } from '../../../../shared/domain/plan-merge';
import { byConcept, changeLines, type ChangeContext } from '../../../../shared/domain/change-sentences';
import { useApi, useAppStore } from '../../store/context';
import { PathDialog } from '../../commands/dialogs';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../../../shared/domain/format';
import { cellText, fieldLabel } from './cell-text';
import './merge.css';

type Change = MergePreview['changes'][number];

/**
 * File → Merge with a copy: the colleague's copy of this plan is read (never written), what
 * comes from where is listed, each conflict is decided on its own showing both values, and
 * Apply writes the result as one undo step.
 */
export function MergeScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const command = useAppStore((s) => s.command);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<{ path: string; value: MergePreview } | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Side>>({});
  const [done, setDone] = useState<{ file: string; value: MergeApplyResult } | null>(null);

  const read = async (path: string): Promise<AppError | null> => {
    const r = await api.call('plan.merge.preview', { path });
    if (!r.ok) return r.error;
    setPreview({ path, value: r.value });
    setDecisions({});
    setDone(null);
    setFailure(null);
    return null;
  };
  const choose = async () => {
    const r = await api.call('host.pickPath', { mode: 'open', purpose: 'plan' });
    if (!r.ok) return setFailure(r.error);
    if (!r.value.supported) return setAsking(true);
    if (r.value.path) setFailure(await read(r.value.path));
  };
  const apply = async () => {
    if (!preview) return;
    const r = await command('plan.merge.apply', { path: preview.path, decisions, versionName: t('merge.versionName', { file: preview.value.file }) });
    if (!r.ok) return setFailure(r.error);
    setDone({ file: preview.value.file, value: r.value });
    setPreview(null);
  };

  return (
    <div className="screen screen--narrow merge-screen">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('merge.title')}</h1>
          <p className="screen-lead">{t('merge.lead')}</p>
        </div>
      </header>
      <div className="button-row">
        <button type="button" className={`button${preview || done ? '' : ' button--primary'}`} onClick={() => void choose()}>
          {t('merge.choose')}
        </button>
      </div>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      {preview ? <Preview preview={preview.value} decisions={decisions} decide={(id, side) => setDecisions((d) => ({ ...d, [id]: side }))} apply={() => void apply()} cancel={() => setPreview(null)} /> : null}
      {done ? <Summary file={done.file} result={done.value} /> : null}
      {asking ? (
        <PathDialog
          purpose="open"
          words={{ title: t('merge.pathTitle'), label: t('merge.pathLabel'), hint: t('merge.pathHint'), empty: t('import.file.empty'), confirm: t('merge.read') }}
          onClose={() => setAsking(false)}
          onSubmit={async (path) => {
            const error = await read(path);
            if (!error) setAsking(false);
            return error;
          }}
        />
      ) : null}
    </div>
  );
}

/** The counts by copy and, per concept, the sentences with where each came from. */
function Changes({ changes, context, file }: { changes: Change[]; context: ChangeContext; file: string }) {
  const { t, i18n } = useTranslation();
  const from = useMemo(() => new Map(changes.map((c) => [`${c.table}|${c.key}|${c.field ?? ''}`, c.from])), [changes]);
  const groups = useMemo(() => byConcept(changeLines(changes, context, t, i18n.language)), [changes, context, t, i18n.language]);
  if (!groups.length) return <p>{t('merge.noChanges')}</p>;
  return (
    <div className="merge-changes">
      {groups.map((g) => (
        <details key={g.concept} className="merge-changes__group">
          <summary>{t('merge.concept', { concept: t(`versions.concept.${g.concept}`), count: g.lines.length })}</summary>
          <ul>
            {g.lines.map((l) => {
              const side = from.get(`${l.table}|${l.key}|${l.field ?? ''}`) ?? 'ours';
              return (
                <li key={`${l.table}|${l.key}|${l.field ?? ''}`}>
                  <span className={`merge-from merge-from--${side}`}>{t(`merge.from.${side}`, { file })}</span> {l.text}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}

function Counts({ counts, file }: { counts: MergePreview['counts']; file: string }) {
  const { t } = useTranslation();
  return (
    <ul className="merge-counts">
      <li>{t('merge.counts.ours', { count: counts.ours })}</li>
      <li>{t('merge.counts.theirs', { count: counts.theirs, file })}</li>
      {counts.both ? <li>{t('merge.counts.both', { count: counts.both })}</li> : null}
    </ul>
  );
}

function Preview({ preview, decisions, decide, apply, cancel }: { preview: MergePreview; decisions: Record<string, Side>; decide: (id: string, side: Side) => void; apply: () => void; cancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState(0);
  const open = preview.conflicts.filter((c) => !decisions[c.id]).length;
  const conflict = preview.conflicts[Math.min(at, preview.conflicts.length - 1)];
  return (
    <section className="merge-preview" aria-labelledby="merge-preview-title">
      <h2 className="section-title" id="merge-preview-title">
        {t('merge.with', { file: preview.file })}
      </h2>
      <p>{preview.base ? t('merge.base', { name: preview.base.name, date: formatDate(preview.base.createdAt.slice(0, 10), i18n.language) }) : t('merge.noBase')}</p>
      <Counts counts={preview.counts} file={preview.file} />
      <Changes changes={preview.changes} context={preview.context} file={preview.file} />
      {conflict ? (
        <div className="merge-conflicts">
          <h3 className="merge-conflicts__title">
            {t('merge.conflicts', { count: preview.conflicts.length })} — {t('merge.conflictOf', { n: Math.min(at, preview.conflicts.length - 1) + 1, total: preview.conflicts.length })}
          </h3>
          <ConflictChoice key={conflict.id} conflict={conflict} preview={preview} chosen={decisions[conflict.id]} decide={(side) => decide(conflict.id, side)} />
          <div className="button-row">
            <button type="button" className="button" disabled={at === 0} onClick={() => setAt(at - 1)}>
              {t('merge.previous')}
            </button>
            <button type="button" className="button" disabled={at >= preview.conflicts.length - 1} onClick={() => setAt(at + 1)}>
              {t('merge.next')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status">{open ? t('merge.open', { count: open }) : t('merge.ready')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={open > 0} onClick={apply}>
          {t('merge.apply')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

/** One conflict: what each copy says, as a sentence, and a choice between them (radio buttons: arrow keys). */
function ConflictChoice({ conflict, preview, chosen, decide }: { conflict: MergeConflict; preview: MergePreview; chosen: Side | undefined; decide: (side: Side) => void }) {
  const { t, i18n } = useTranslation();
  const sentence = (side: Side): string => {
    if (conflict.kind === 'field') {
      const [line] = changeLines([{ table: conflict.table, key: conflict.key, kind: 'changed', field: conflict.field, before: conflict.base ?? null, after: conflict[side] }], preview.context, t, i18n.language);
      return line?.text ?? String(conflict[side]);
    }
    const [line] = changeLines(
      conflict.deletedBy === side ? [{ table: conflict.table, key: conflict.key, kind: 'removed', before: conflict.kept }] : [{ table: conflict.table, key: conflict.key, kind: 'added', after: conflict.kept }],
      preview.context,
      t,
      i18n.language,
    );
    const text = line?.text ?? conflict.table;
    if (conflict.deletedBy === side) return text;
    return conflict.children.length ? `${t('merge.keep', { text })} ${t('merge.under', { count: conflict.children.length })}` : t('merge.keep', { text });
  };
  const name = `merge-${conflict.id}`;
  return (
    <fieldset className="merge-choice">
      <legend>{conflict.kind === 'field' ? t('merge.fieldConflict') : t(preview.base ? 'merge.deleteConflict' : 'merge.onlyOneConflict')}</legend>
      {(['ours', 'theirs'] as const).map((side) => (
        <label key={side} className={`merge-choice__option${chosen === side ? ' merge-choice__option--chosen' : ''}`}>
          <input type="radio" name={name} value={side} checked={chosen === side} onChange={() => decide(side)} />
          <span className="merge-choice__side">{t(`merge.take.${side}`, { file: preview.file })}</span>
          <span className="merge-choice__text">{sentence(side)}</span>
          {conflict.kind === 'field' ? (
            <span className="merge-choice__value">
              {fieldLabel(t, conflict.table, conflict.field)}: {cellText(t, i18n.language, preview.context, conflict.table, conflict.field, conflict[side])}
            </span>
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}

function Summary({ file, result }: { file: string; result: MergeApplyResult }) {
  const { t } = useTranslation();
  return (
    <section className="merge-done" aria-labelledby="merge-done-title" role="status">
      <h2 className="section-title" id="merge-done-title">
        {t('merge.done', { file })}
      </h2>
      <Counts counts={result.counts} file={file} />
      <p>{t('merge.recorded', { name: t('merge.versionName', { file }) })}</p>
      <Changes changes={result.changes} context={result.context} file={file} />
    </section>
  );
}
