import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../../shared/schemas/workshop';
import type { AppError } from '../../../../../shared/contract/errors';
import { limits } from '../../../../../shared/schemas/common';
import { readDate } from '../../../../../shared/domain/dates';
import { formatDate } from '../../../../../shared/domain/format';
import { describeError, describeIssue } from '../../../errors/describe';
import { fieldDateText } from '../../../components/date-text';
import { SubmitCancel } from '../../../components/SubmitCancel';
import { Select } from '../../../components/Select';
import { ActionStatusBadge } from '../../../components/Badges';
import { useAppStore } from '../../../store/context';
import { useListItems } from '../../../api/use-queries';
import { href } from '../../../app/router';
import './decisions.css';

interface Draft {
  text: string;
  owner: string;
  dueOn: string;
}

/** What was decided, who carries it and by when: the text typed; the date in the UI language. */
function DecisionForm({ initial, legend, onSave, onCancel }: { initial: Draft; legend: string; onSave: (d: { text: string; owner: string; dueOn: string | null }) => Promise<AppError | null>; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const problems: string[] = [];
    if (!d.text.trim()) problems.push(t('discovery.errors.text'));
    const due = readDate(d.dueOn, i18n.language);
    if (!due.ok) problems.push(t('validation.invalidDate'));
    setErrors(problems);
    if (problems.length || !due.ok) return;
    setBusy(true);
    const failed = await onSave({ text: d.text.trim(), owner: d.owner.trim(), dueOn: due.value });
    setBusy(false);
    if (failed) setErrors(failed.kind === 'validation' ? failed.issues.map((i) => describeIssue(t, i, i18n.language)) : [describeError(t, failed).message]);
  };
  return (
    <form
      className="decision-form"
      aria-label={legend}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        <div className="field">
          <label htmlFor="decision-text">{t('discovery.text')}</label>
          <textarea id="decision-text" className="input" rows={2} value={d.text} maxLength={limits.text} autoFocus aria-invalid={errors.length ? true : undefined} onChange={(e) => setD({ ...d, text: e.target.value })} />
        </div>
        <div className="decision-form__row">
          <div className="field">
            <label htmlFor="decision-owner">{t('discovery.owner')}</label>
            <input id="decision-owner" className="input" value={d.owner} maxLength={limits.short} onChange={(e) => setD({ ...d, owner: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="decision-due">{t('discovery.dueOn')}</label>
            <input id="decision-due" className="input input--date" value={d.dueOn} aria-describedby="decision-due-hint" onChange={(e) => setD({ ...d, dueOn: e.target.value })} />
            <p className="field__hint" id="decision-due-hint">
              {t('discovery.dueHint', { example: fieldDateText('2027-12-31', i18n.language) })}
            </p>
          </div>
        </div>
        {errors.length ? (
          <ul className="decision-form__errors" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <SubmitCancel className="button-row" busy={busy} submit={t('discovery.save')} cancel={t('discovery.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}

/** A decision's outcomes: linked actions (with status) and sectors, each removable; a pick adds one. Each change is one undo step. */
function Outcomes({ decision, n }: { decision: Decision; n: number }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const actions = useListItems('actions');
  const sectors = useListItems('sectors').filter((s) => !s.archived);
  const [problem, setProblem] = useState<string | null>(null);
  const actionIds = decision.actions.map((a) => a.id);
  const sectorIds = decision.sectors.map((s) => s.id);
  const save = async (change: { actionIds?: string[]; sectorIds?: string[] }) => {
    setProblem(null);
    const r = await command('decision.update', { id: decision.id, expectedUpdatedAt: decision.updatedAt, ...change });
    if (!r.ok) setProblem(describeError(t, r.error).message);
  };
  const idBase = `decision-${decision.id}`;
  return (
    <div className="decision__outcomes">
      <h5 className="decision__outcomes-title">{t('discovery.outcomes')}</h5>
      {decision.actions.length || decision.sectors.length ? (
        <ul className="decision__links">
          {decision.actions.map((a) => (
            <li key={a.id}>
              <span className="decision__link-text">
                {t('discovery.action')}: <a href={href('actions', undefined, a.id)}>{a.title}</a> <ActionStatusBadge action={a} />
              </span>
              <button type="button" className="button button--small" aria-label={t('discovery.unlink', { name: a.title, n })} onClick={() => void save({ actionIds: actionIds.filter((x) => x !== a.id) })}>
                {t('discovery.remove')}
              </button>
            </li>
          ))}
          {decision.sectors.map((s) => (
            <li key={s.id}>
              <span className="decision__link-text">
                {t('discovery.sector')}: <a href={href('sectors', undefined, s.id)}>{s.name}</a>
              </span>
              <button type="button" className="button button--small" aria-label={t('discovery.unlink', { name: s.name, n })} onClick={() => void save({ sectorIds: sectorIds.filter((x) => x !== s.id) })}>
                {t('discovery.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('discovery.noOutcomes')}</p>
      )}
      <div className="decision__add-links">
        <label htmlFor={`${idBase}-action`}>{t('discovery.linkAction', { n })}</label>
        <Select
          id={`${idBase}-action`}
          className="input"
          value=""
          empty={t('discovery.choose')}
          options={actions.filter((a) => !actionIds.includes(a.id)).map((a) => [a.id, a.title] as const)}
          onChange={(v) => v && void save({ actionIds: [...actionIds, v] })}
        />
        <label htmlFor={`${idBase}-sector`}>{t('discovery.linkSector', { n })}</label>
        <Select
          id={`${idBase}-sector`}
          className="input"
          value=""
          empty={t('discovery.choose')}
          options={sectors.filter((s) => !sectorIds.includes(s.id)).map((s) => [s.id, s.name] as const)}
          onChange={(v) => v && void save({ sectorIds: [...sectorIds, v] })}
        />
      </div>
      {problem ? (
        <p className="decision-form__errors" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A workshop's decisions in order, each with its outcomes; typed here or captured in workshop mode. */
export function Decisions({ workshopId, decisions }: { workshopId: string; decisions: Decision[] }) {
  const { t, i18n } = useTranslation();
  const command = useAppStore((s) => s.command);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const lng = i18n.language;
  const toDraft = (d: Decision): Draft => ({ text: d.text, owner: d.owner, dueOn: d.dueOn ? fieldDateText(d.dueOn, lng) : '' });
  return (
    <section className="decisions" aria-labelledby="workshop-decisions">
      <h3 className="related__title" id="workshop-decisions">
        {t('discovery.decisions')} <span className="related__count tabular">{new Intl.NumberFormat(lng).format(decisions.length)}</span>
      </h3>
      {decisions.length ? (
        <ol className="decisions__list">
          {decisions.map((d, i) =>
            editing === d.id ? (
              <li key={d.id}>
                <DecisionForm
                  legend={t('discovery.editN', { n: i + 1 })}
                  initial={toDraft(d)}
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    const r = await command('decision.update', { id: d.id, expectedUpdatedAt: d.updatedAt, ...v });
                    if (!r.ok) return r.error;
                    setEditing(null);
                    return null;
                  }}
                />
              </li>
            ) : (
              <li key={d.id} className="decision" aria-label={t('discovery.decisionN', { n: i + 1 })}>
                <p className="decision__text">
                  <span className="decision__n" aria-hidden="true">
                    {i + 1}.
                  </span>{' '}
                  {d.text}
                </p>
                {d.owner || d.dueOn ? (
                  <p className="decision__meta muted">
                    {[d.owner ? t('discovery.ownerIs', { owner: d.owner }) : '', d.dueOn ? t('discovery.dueIs', { date: formatDate(d.dueOn, lng) }) : ''].filter(Boolean).join(' · ')}
                  </p>
                ) : null}
                {d.captureId ? <p className="decision__meta muted">{t('discovery.captured')}</p> : null}
                <Outcomes decision={d} n={i + 1} />
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => setEditing(d.id)} aria-label={t('discovery.editN', { n: i + 1 })}>
                    {t('discovery.edit')}
                  </button>
                  <button type="button" className="button button--small" disabled={i === 0} onClick={() => void command('decision.move', { id: d.id, to: i - 1 })} aria-label={t('discovery.upN', { n: i + 1 })}>
                    ↑
                  </button>
                  <button type="button" className="button button--small" disabled={i === decisions.length - 1} onClick={() => void command('decision.move', { id: d.id, to: i + 1 })} aria-label={t('discovery.downN', { n: i + 1 })}>
                    ↓
                  </button>
                  <button type="button" className="button button--small" onClick={() => void command('decision.delete', { id: d.id })} aria-label={t('discovery.deleteN', { n: i + 1 })}>
                    {t('discovery.delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ol>
      ) : (
        <p className="muted">{t('discovery.empty')}</p>
      )}
      {editing === 'new' ? (
        <DecisionForm
          legend={t('discovery.add')}
          initial={{ text: '', owner: '', dueOn: '' }}
          onCancel={() => setEditing(null)}
          onSave={async (v) => {
            const r = await command('decision.add', { workshopId, ...v });
            if (!r.ok) return r.error;
            setEditing(null);
            return null;
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('discovery.add')}
        </button>
      )}
    </section>
  );
}
