import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/contract/errors';
import type { CompareResult, CompareSide, Version } from '../../../../shared/schemas/version';
import { formatDateTime, formatNumber } from '../../../../shared/domain/format';
import { useApi, useAppStore } from '../../store/context';
import { useChannel } from '../../api/use-queries';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PathDialog } from '../../commands/dialogs';
import { Comparison } from './Comparison';
import { VERSIONS_HEADING } from './focus';
import './versions.css';

/** What the comparison's "from" picker holds: a version's id, or a file chosen with the open dialog. */
const FILE = '__file__';
const NOW = '__now__';

const sideOf = (value: string): CompareSide => (value === NOW ? { kind: 'current' } : { kind: 'version', id: value });

/**
 * Versions inside the plan file (issue 21): name the plan's state now, list the versions,
 * open one read-only, restore one (one undo step), compare any two or the plan with another
 * copy of it. Lives in Settings, beside the plan's other file-level settings.
 */
export function Versions() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const refreshPlan = useAppStore((s) => s.refreshPlan);
  const readOnly = useAppStore((s) => s.planFile?.readOnly ?? null);
  const hasPlan = useAppStore((s) => s.planFile !== null);
  const versions = useChannel('version.list', {});
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<CompareResult | null>(null);
  const [busy, setBusy] = useState(false);
  const list = versions.data ?? [];
  const fromValue = from || list[0]?.id || '';
  if (!hasPlan) return null;

  const create = async () => {
    const r = await command('version.create', { name });
    if (!r.ok) return setFailure(r.error);
    setFailure(null);
    setName('');
    notify('versions.ui.createdNotice', { name: r.value.name });
  };

  const compare = async (a: CompareSide, b: CompareSide): Promise<AppError | null> => {
    setBusy(true);
    try {
      const r = await api.call('version.compare', { from: a, to: b });
      if (!r.ok) return r.error;
      setResult(r.value);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (fromValue === FILE) {
      const r = await api.call('host.pickPath', { mode: 'open', purpose: 'plan' });
      if (!r.ok) return setFailure(r.error);
      if (!r.value.supported) return setAsking(true);
      if (r.value.path) setFailure(await compare({ kind: 'file', path: r.value.path }, sideOf(to)));
      return;
    }
    if (fromValue) setFailure(await compare(sideOf(fromValue), sideOf(to)));
  };

  const open = async (v: Version) => {
    const r = await api.call('version.open', { id: v.id });
    if (!r.ok) return setFailure(r.error);
    await refreshPlan();
  };

  const restore = async (v: Version) => {
    setRestoring(null);
    const r = await command('version.restore', { id: v.id });
    if (!r.ok) return setFailure(r.error);
    notify('versions.ui.restored', { name: v.name });
  };

  return (
    <section className="settings-group versions" aria-labelledby="settings-versions">
      <h2 className="section-title" id={VERSIONS_HEADING} tabIndex={-1}>
        {t('versions.ui.title')}
      </h2>
      <p className="field__hint">{t('versions.ui.hint')}</p>
      {readOnly ? null : (
        <form
          className="versions__create"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label className="field">
            <span className="field__label">{t('versions.ui.name')}</span>
            <input className="input" value={name} maxLength={200} placeholder={t('versions.ui.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button button--primary" disabled={!name.trim()}>
            {t('versions.ui.create')}
          </button>
        </form>
      )}
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}

      {list.length === 0 ? (
        <p>{t('versions.ui.none')}</p>
      ) : (
        <table className="table versions__list">
          <caption className="visually-hidden">{t('versions.ui.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.ui.name')}</th>
              <th scope="col">{t('versions.ui.created')}</th>
              <th scope="col" className="num">
                {t('versions.ui.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('versions.ui.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.id}>
                <th scope="row">{v.name}</th>
                <td>
                  {formatDateTime(v.createdAt, i18n.language)}
                  {v.createdBy ? ` · ${v.createdBy}` : ''}
                </td>
                <td className="num tabular">{t('versions.ui.kilobytes', { size: formatNumber(Math.max(1, Math.round(v.bytes / 1024)), i18n.language) })}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--small" onClick={() => void compare({ kind: 'version', id: v.id }, { kind: 'current' }).then(setFailure)}>
                      {t('versions.ui.compareNow')}
                    </button>
                    <button type="button" className="button button--small" onClick={() => void open(v)}>
                      {t('versions.ui.open')}
                    </button>
                    {readOnly ? null : (
                      <button type="button" className="button button--small" onClick={() => setRestoring(v)}>
                        {t('versions.ui.restore')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <fieldset className="fieldset versions__pick">
        <legend>{t('versions.ui.compareTitle')}</legend>
        <label className="field">
          <span className="field__label">{t('versions.ui.from')}</span>
          <select className="input select" value={fromValue} onChange={(e) => setFrom(e.target.value)}>
            {list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
            <option value={FILE}>{t('versions.ui.file')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('versions.ui.to')}</span>
          <select className="input select" value={to} onChange={(e) => setTo(e.target.value)}>
            <option value={NOW}>{t('versions.ui.now')}</option>
            {list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={busy || !fromValue} onClick={() => void run()}>
          {t('versions.ui.compare')}
        </button>
      </fieldset>

      {result ? <Comparison result={result} onClose={() => setResult(null)} /> : null}

      {restoring ? (
        <Dialog title={t('versions.ui.restoreTitle', { name: restoring.name })} onClose={() => setRestoring(null)} size="sm">
          <p>{t('versions.ui.restoreBody', { name: restoring.name })}</p>
          <div className="form__buttons">
            <button type="button" className="button button--primary" onClick={() => void restore(restoring)}>
              {t('versions.ui.restoreConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setRestoring(null)} data-autofocus>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {asking ? (
        <PathDialog
          purpose="open"
          words={{ title: t('versions.ui.fileTitle'), label: t('versions.ui.fileLabel'), hint: t('versions.ui.fileHint'), empty: t('import.file.empty'), confirm: t('versions.ui.compare') }}
          onClose={() => setAsking(false)}
          onSubmit={async (path) => {
            const error = await compare({ kind: 'file', path }, sideOf(to));
            if (!error) setAsking(false);
            return error;
          }}
        />
      ) : null}
    </section>
  );
}
