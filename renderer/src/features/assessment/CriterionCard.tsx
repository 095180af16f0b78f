import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/schemas/assessment';
import { optionalCriteria } from '../../../../shared/schemas/assessment';
import { judgements, type Judgement } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { evidenceSentences, gapText, type CriterionEvidence } from '../../../../shared/domain/statements/assessment';
import type { AppError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../store/context';
import { ErrorNotice } from '../../components/ErrorNotice';

/** One criterion: what the plan holds, what is missing, and the officer's judgement and note (one undo step per save). */
export function CriterionCard({ evidence, c }: { evidence: Evidence; c: CriterionEvidence }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  const n = c.criterion;
  const [judgement, setJudgement] = useState<Judgement | ''>(c.judgement ?? '');
  const [note, setNote] = useState(c.note);
  const [relevant, setRelevant] = useState(c.relevant);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  // The record changed in the plan (this save, an undo, another window): the form follows it.
  const [base, setBase] = useState(c.updatedAt);
  if (base !== c.updatedAt) {
    setBase(c.updatedAt);
    const same = judgement === (c.judgement ?? '') && note === c.note && relevant === c.relevant;
    setJudgement(c.judgement ?? '');
    setNote(c.note);
    setRelevant(c.relevant);
    if (!same) setSaved(false);
  }
  const optional = optionalCriteria.includes(n);
  const facts = evidenceSentences(evidence, n, t, lng);
  const dirty = judgement !== (c.judgement ?? '') || note !== c.note || relevant !== c.relevant;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await command('assessment.set', {
      criterion: n,
      expectedUpdatedAt: c.updatedAt,
      judgement: judgement === '' ? null : judgement,
      note,
      ...(optional ? { relevant } : {}),
    });
    setFailure(r.ok ? null : r.error);
    setSaved(r.ok);
  };
  const id = `criterion-${n}`;
  return (
    <article className="criterion" aria-labelledby={`${id}-title`} data-criterion={n}>
      <h2 className="criterion__title" id={`${id}-title`}>
        <span className="criterion__number">{t('assessment.number', { n })}</span> {t(`assessment.criterion.${n}`)}
      </h2>
      <div className="criterion__body">
        <div>
          <h3 className="criterion__heading">{t('assessment.evidence')}</h3>
          {facts.length ? (
            <ul className="criterion__list">
              {facts.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('assessment.noEvidence')}</p>
          )}
          <h3 className="criterion__heading">{t('assessment.gaps')}</h3>
          {c.gaps.length ? (
            <ul className="criterion__list criterion__list--gaps">
              {c.gaps.map((g) => (
                <li key={g.key}>{gapText(g, t, lng)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('assessment.noGaps')}</p>
          )}
        </div>
        <form className="criterion__form" onSubmit={(e) => void save(e)} noValidate>
          {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
          {optional ? (
            <label className="radio">
              <input type="checkbox" checked={relevant} onChange={(e) => setRelevant(e.target.checked)} />
              {t('assessment.relevantLabel')}
            </label>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-judgement`}>
              {t('assessment.judgementLabel')}
            </label>
            <select id={`${id}-judgement`} className="input select" value={judgement} onChange={(e) => setJudgement(e.target.value as Judgement | '')}>
              <option value="">{t('assessment.judgement.none')}</option>
              {judgements.map((j) => (
                <option key={j} value={j}>
                  {t(`assessment.judgement.${j}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-note`}>
              {t('assessment.noteLabel')}
            </label>
            <p className="field__hint" id={`${id}-note-hint`}>
              {t('assessment.noteHint')}
            </p>
            <textarea id={`${id}-note`} className="input" rows={3} maxLength={limits.text} aria-describedby={`${id}-note-hint`} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={!dirty}>
              {t('assessment.save', { n })}
            </button>
            {saved && !dirty ? (
              <span role="status" className="muted">
                {t('assessment.saved')}
              </span>
            ) : null}
          </div>
        </form>
      </div>
    </article>
  );
}
