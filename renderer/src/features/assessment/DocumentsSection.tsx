import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/schemas/assessment';
import { formatDate } from '../../../../shared/domain/format';
import { inputDate } from '../../../../shared/domain/reading';
import { limits } from '../../../../shared/schemas/common';
import type { AppError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../store/context';
import { issuesToErrors } from '../../components/form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DateInput } from '../../components/DateInput';

const known = ['title', 'issuedOn', 'link'];

/** The analysis documents the strategy rests on (criterion 1): listed with their dates, added and deleted (each one undo step). */
export function DocumentsSection({ evidence, staleYears }: { evidence: Evidence; staleYears: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await command('analysisDocument.add', { title, issuedOn: inputDate(date, lng) ?? '', link });
    if (r.ok) {
      setTitle('');
      setDate('');
      setLink('');
      setErrors({});
      setFailure(null);
    } else if (r.error.kind === 'validation') setErrors(issuesToErrors(t, r.error.issues, known, lng));
    else setFailure(r.error);
  };
  const remove = async (id: string) => {
    const r = await command('analysisDocument.delete', { id });
    setFailure(r.ok ? null : r.error);
  };
  const field = (name: string) => ({
    id: `doc-${name}`,
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': errors[name] ? `doc-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p className="field__error" id={`doc-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <section className="settings-group" aria-labelledby="assessment-documents">
      <h2 className="section-title" id="assessment-documents">
        {t('assessment.documents.title')}
      </h2>
      <p className="field__hint">{t('assessment.documents.lead', { years: staleYears })}</p>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      {evidence.documents.length ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('assessment.documents.name')}</th>
                <th scope="col">{t('assessment.documents.issuedOn')}</th>
                <th scope="col">{t('assessment.documents.link')}</th>
                <th scope="col">{t('assessment.documents.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('assessment.documents.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {evidence.documents.map((d) => (
                <tr key={d.id}>
                  <td>{d.title}</td>
                  <td className="tabular">{formatDate(d.issuedOn, lng)}</td>
                  <td className="assessment__link">{d.link}</td>
                  <td>{d.stale ? <span className="badge badge--warn">{t('assessment.documents.stale')}</span> : t('assessment.documents.current')}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => void remove(d.id)}>
                      {t('assessment.documents.delete')}
                      <span className="visually-hidden"> {d.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('assessment.documents.empty')}</p>
      )}
      <form className="assessment__add" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="doc-title">
            {t('assessment.documents.name')}
          </label>
          {error('title')}
          <input {...field('title')} className="input" maxLength={limits.name} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" id="doc-issuedOn-label" htmlFor="doc-issuedOn">
            {t('assessment.documents.issuedOn')}
          </label>
          {error('issuedOn')}
          <DateInput {...field('issuedOn')} aria-labelledby="doc-issuedOn-label" value={date} onChange={setDate} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="doc-link">
            {t('assessment.documents.link')}
          </label>
          {error('link')}
          <input {...field('link')} className="input" maxLength={limits.url} value={link} onChange={(e) => setLink(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('assessment.documents.add')}
        </button>
      </form>
    </section>
  );
}
