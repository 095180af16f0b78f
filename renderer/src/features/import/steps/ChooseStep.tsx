import { useTranslation } from 'react-i18next';
import { importTargets } from '../../../../../shared/domain/import/fields';
import { limits } from '../../../../../shared/schemas/common';
import { Field } from '../../../components/Field';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { describeError } from '../../../errors/describe';
import { RadioOption, StepButtons, StepHeading, Summary } from '../parts';
import type { Wizard } from '../use-import-wizard';

/** Step 1: what to import (the target) and from which file. */
export function ChooseStep({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const { state: s, dispatch, ids } = w;
  const openMessage = s.openError ? describeError(t, s.openError).message : null;
  const pathError = s.pathMissing ? t('import.file.empty') : null;
  const fileError = s.openError?.kind === 'file' ? openMessage : null;
  const summary = [...(pathError ? [{ id: ids.path, text: pathError }] : []), ...(fileError ? [{ id: ids.path, text: fileError }] : [])];
  return (
    <form className="form import-step" onSubmit={w.submitChoose} noValidate>
      <StepHeading step="choose" title={t('import.steps.choose')} />
      <Summary items={summary} />
      {s.notice ? (
        <p className="import-notice" role="status">
          {t(`import.${s.notice}`)}
        </p>
      ) : null}
      {s.openError && s.openError.kind !== 'file' ? <ErrorNotice error={s.openError} /> : null}
      <fieldset className="fieldset">
        <legend className="field__label">{t('import.target.legend')}</legend>
        <p className="field__hint">{t('import.target.hint')}</p>
        <div className="radio-list import-targets">
          {importTargets.map((x) => (
            <RadioOption
              key={x}
              id={`${ids.form}-target-${x}`}
              name="import-target"
              value={x}
              checked={s.target === x}
              onChange={() => dispatch({ type: 'target', target: x })}
              label={t(`import.target.${x}`)}
              hint={t(`import.target.${x}Hint`)}
            />
          ))}
        </div>
      </fieldset>
      <Field id={ids.path} label={t('import.file.label')} hint={t('import.file.hint')} required error={pathError ?? fileError ?? undefined}>
        {(p) => (
          <div className="import-path">
            <input
              {...p}
              className="input input--mono"
              type="text"
              spellCheck={false}
              autoComplete="off"
              maxLength={limits.path}
              value={s.path}
              onChange={(e) => dispatch({ type: 'path', path: e.target.value })}
            />
            <button type="button" className="button" onClick={() => void w.chooseFile()}>
              {t('import.file.choose')}
            </button>
          </div>
        )}
      </Field>
      <StepButtons next={t('import.continue')} />
    </form>
  );
}
