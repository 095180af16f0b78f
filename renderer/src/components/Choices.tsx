import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../shared/domain/reading';

/** The readings of a text that reads more than one way: one button each, which puts it in the field. */
export function Choices({ choices, onChoose }: { choices: readonly Choice[] | undefined; onChoose: (text: string) => void }) {
  const { t } = useTranslation();
  if (!choices || choices.length === 0) return null;
  return (
    <div className="field__choices" role="group" aria-label={t('validation.read.choose')}>
      {choices.map((c) => (
        <button key={c.text} type="button" className="button button--small" onClick={() => onChoose(c.text)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
