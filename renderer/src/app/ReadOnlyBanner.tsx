import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';
import { useCommands } from '../commands/CommandsProvider';

/** Says why the open plan cannot be changed (a file the user may not write, or open elsewhere) and offers Save As. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const { run } = useCommands();
  const readOnly = useAppStore((s) => s.planFile?.readOnly ?? null);
  if (!readOnly) return null;
  return (
    <div className="read-only-banner" role="status">
      <span>{t(`planFile.banner.${readOnly}`)}</span>
      <button type="button" className="button" onClick={() => run('file.saveAs')}>
        {t('planFile.banner.saveAs')}
      </button>
    </div>
  );
}
