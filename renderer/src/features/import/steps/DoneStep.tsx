import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../../../shared/domain/import/fields';
import { href, type ScreenId } from '../../../app/router';
import { StepHeading } from '../parts';
import type { Wizard } from '../use-import-wizard';

/** Where the imported rows are listed. */
const listOf: Record<ImportTarget, ScreenId> = { sectors: 'sectors', fundingSources: 'settings', stakeholders: 'stakeholders', networks: 'networks', actions: 'actions', indicators: 'indicators', measurements: 'indicators' };

/** Step 5: what the import did, with its undo (and redo) and the way to the list. */
export function DoneStep({ w }: { w: Wizard }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { result, importStep, undone, target } = w.state;
  if (!result) return null;
  const list = listOf[target];
  return (
    <div className="import-step">
      <StepHeading step="done" title={t('import.done.title')} />
      <div className="panel import-done" role="status">
        <ul className="import-done__counts">
          <li>{t('import.done.added', { count: result.added, lng })}</li>
          <li>{t('import.done.updated', { count: result.updated, lng })}</li>
          <li>{t('import.done.skipped', { count: result.skipped, lng })}</li>
          {result.created > 0 ? <li>{t('import.done.created', { count: result.created, lng })}</li> : null}
        </ul>
        <p>{importStep === null ? t('history.nothingChanged') : undone ? t(`import.done.${undone}`) : t('import.done.summary')}</p>
      </div>
      <div className="form__buttons">
        <a className="button button--primary" href={href(list)}>
          {t('import.done.viewList', { list: t(`nav.${list}`) })}
        </a>
        {importStep === null ? null : undone === 'undone' ? (
          <button type="button" className="button" onClick={w.redo}>
            {t('import.done.redo')}
          </button>
        ) : (
          <button type="button" className="button" onClick={w.undo}>
            {t('import.done.undo')}
          </button>
        )}
        <button type="button" className="button" onClick={w.restart}>
          {t('import.done.another')}
        </button>
      </div>
    </div>
  );
}
