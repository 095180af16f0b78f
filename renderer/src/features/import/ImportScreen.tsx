import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/router';
import { useImportWizard, type Wizard } from './use-import-wizard';
import { stepNumber, steps, type Step } from './wizard';
import { ChooseStep } from './steps/ChooseStep';
import { ReadStep } from './steps/ReadStep';
import { MapStep } from './steps/MapStep';
import { PreviewStep } from './steps/PreviewStep';
import { DoneStep } from './steps/DoneStep';
import './import.css';

const stepViews: Record<Step, ComponentType<{ w: Wizard }>> = { choose: ChooseStep, read: ReadStep, map: MapStep, preview: PreviewStep, done: DoneStep };

/** File → Import: a wizard, one thing per step (target and file, the file as read, mapping, check, result). */
export function ImportScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const w = useImportWizard(route.params.get('target'));
  const { step } = w.state;
  const View = stepViews[step];
  return (
    <div className="screen screen--narrow import-screen">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('import.title')}</h1>
          <p className="screen-lead">{t('import.lead')}</p>
        </div>
      </header>
      <ol className="import-steps" aria-label={t('import.stepsLabel')}>
        {steps.map((s) => (
          <li key={s} className={`import-steps__item${s === step ? ' import-steps__item--current' : stepNumber(s) < stepNumber(step) ? ' import-steps__item--done' : ''}`} {...(s === step ? { 'aria-current': 'step' as const } : {})}>
            <span className="import-steps__n" aria-hidden="true">
              {stepNumber(s)}
            </span>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      <View w={w} />
    </div>
  );
}
