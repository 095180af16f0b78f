import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceSeat } from '../../../../shared/schemas/assessment';
import type { Plan } from '../../../../shared/schemas/plan';
import { limits } from '../../../../shared/schemas/common';
import type { AppError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../store/context';
import { useListItems } from '../../api/use-queries';
import { issuesToErrors } from '../../components/form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href } from '../../app/router';

const known = ['body', 'stakeholderId', 'memberName', 'role'];

/** The responsible body and its mandate (from Settings), and who sits where: seats added and deleted here (each one undo step). */
export function GovernanceSection({ plan, seats }: { plan: Plan; seats: GovernanceSeat[] }) {
  const { t, i18n } = useTranslation();
  const command = useAppStore((s) => s.command);
  const stakeholders = useListItems('stakeholders');
  const [body, setBody] = useState('');
  const [stakeholderId, setStakeholderId] = useState('');
  const [memberName, setMemberName] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await command('governanceSeat.add', { body, stakeholderId: stakeholderId || null, memberName: stakeholderId ? '' : memberName, role });
    if (r.ok) {
      setStakeholderId('');
      setMemberName('');
      setRole('');
      setErrors({});
      setFailure(null);
    } else if (r.error.kind === 'validation') setErrors(issuesToErrors(t, r.error.issues, known, i18n.language));
    else setFailure(r.error);
  };
  const remove = async (id: string) => {
    const r = await command('governanceSeat.delete', { id });
    setFailure(r.ok ? null : r.error);
  };
  const input = (name: string) => ({
    id: `seat-${name}`,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': errors[name] ? `seat-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p className="field__error" id={`seat-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <section className="settings-group" aria-labelledby="assessment-governance">
      <h2 className="section-title" id="assessment-governance">
        {t('assessment.body.title')}
      </h2>
      <dl className="assessment__facts">
        <div>
          <dt>{t('planSettings.responsibleBody')}</dt>
          <dd>{plan.responsibleBody || <span className="muted">{t('assessment.body.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('planSettings.bodyMandate')}</dt>
          <dd className="assessment__mandate">{plan.bodyMandate || <span className="muted">{t('assessment.body.none')}</span>}</dd>
        </div>
      </dl>
      <p>
        <a href={href('settings')}>{t('assessment.body.edit')}</a>
      </p>
      <h3 className="criterion__heading">{t('assessment.seats.title')}</h3>
      <p className="field__hint">{t('assessment.seats.lead')}</p>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      {seats.length ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('assessment.seats.body')}</th>
                <th scope="col">{t('assessment.seats.member')}</th>
                <th scope="col">{t('assessment.seats.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('assessment.seats.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {seats.map((s) => (
                <tr key={s.id}>
                  <td>{s.body}</td>
                  <td>{s.stakeholderId ? <a href={href('stakeholders', undefined, s.stakeholderId)}>{s.memberName}</a> : s.memberName}</td>
                  <td>{s.role}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => void remove(s.id)}>
                      {t('assessment.seats.delete')}
                      <span className="visually-hidden"> {`${s.body}: ${s.memberName}`}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('assessment.seats.empty')}</p>
      )}
      <form className="assessment__add" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="seat-body">
            {t('assessment.seats.body')}
          </label>
          {error('body')}
          <input {...input('body')} className="input" maxLength={limits.name} value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="seat-stakeholderId">
            {t('assessment.seats.stakeholder')}
          </label>
          {error('stakeholderId')}
          <select {...input('stakeholderId')} className="input select" value={stakeholderId} onChange={(e) => setStakeholderId(e.target.value)}>
            <option value="">{t('assessment.seats.noStakeholder')}</option>
            {stakeholders.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="seat-memberName">
            {t('assessment.seats.freeName')}
          </label>
          {error('memberName')}
          <input {...input('memberName')} className="input" maxLength={limits.name} disabled={!!stakeholderId} value={memberName} onChange={(e) => setMemberName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="seat-role">
            {t('assessment.seats.role')}
          </label>
          {error('role')}
          <input {...input('role')} className="input" maxLength={limits.name} value={role} onChange={(e) => setRole(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('assessment.seats.add')}
        </button>
      </form>
    </section>
  );
}
