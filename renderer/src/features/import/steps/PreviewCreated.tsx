import { useTranslation } from 'react-i18next';
import { createdKey, type ImportPreview } from '../../../../../shared/schemas/import';
import { helixes, networkScopes, stakeholderTypes } from '../../../../../shared/schemas/enums';
import { formatCount } from '../../../../../shared/domain/format';
import { HeadRow } from '../parts';
import type { Wizard } from '../use-import-wizard';
import { createdWithoutHelix } from '../wizard';

/**
 * What the import creates because good rows refer to it and the plan lacks it: the values for
 * all of them (a helix and a type for stakeholders, a scope for networks), then each item with
 * its rows and, for a stakeholder, its own helix and type.
 */
export function PreviewCreated({ w, preview }: { w: Wizard; preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { state: s, dispatch, ids } = w;
  const created = preview.created;
  if (created.length === 0) return null;
  const people = created.some((c) => c.kind === 'stakeholder');
  const networks = created.some((c) => c.kind === 'network');
  const helixError = s.createSubmitted && createdWithoutHelix(s) > 0;
  const headId = `${ids.form}-created`;
  return (
    <section aria-labelledby={headId} className="import-created">
      <h3 className="section-title" id={headId}>
        {t('import.created.title', { count: created.length, lng })}
      </h3>
      <p className="muted">{t('import.created.lead')}</p>
      {people || networks ? (
        <div className="import-defaults">
          {people ? (
            <div className={`field${helixError ? ' field--error' : ''}`}>
              <label className="field__label" htmlFor={ids.createHelix}>
                {t('import.created.helix')}
              </label>
              {helixError ? (
                <p className="field__error" id={`${ids.createHelix}-error`}>
                  {t('import.created.helixMissing')}
                </p>
              ) : null}
              <select
                id={ids.createHelix}
                className="input select"
                value={s.create.helix ?? ''}
                {...(helixError ? { 'aria-invalid': true, 'aria-describedby': `${ids.createHelix}-error` } : {})}
                onChange={(e) => dispatch({ type: 'createAll', helix: (e.target.value || null) as never })}
              >
                <option value="">{t('import.created.choose')}</option>
                {helixes.map((h) => (
                  <option key={h} value={h}>
                    {t(`helix.${h}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {people ? (
            <div className="field">
              <label className="field__label" htmlFor={`${ids.form}-create-type`}>
                {t('import.created.type')}
              </label>
              <select id={`${ids.form}-create-type`} className="input select" value={s.create.type} onChange={(e) => dispatch({ type: 'createAll', stakeholderType: e.target.value as never })}>
                {stakeholderTypes.map((x) => (
                  <option key={x} value={x}>
                    {t(`stakeholderType.${x}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {networks ? (
            <div className="field">
              <label className="field__label" htmlFor={`${ids.form}-create-scope`}>
                {t('import.created.scope')}
              </label>
              <select id={`${ids.form}-create-scope`} className="input select" value={s.create.scope} onChange={(e) => dispatch({ type: 'createAll', scope: e.target.value as never })}>
                {networkScopes.map((x) => (
                  <option key={x} value={x}>
                    {t(`scope.${x}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="table-scroll import-problems__scroll">
        <table className="table import-created__table">
          <caption className="visually-hidden">{t('import.created.caption')}</caption>
          <HeadRow labels={[t('import.created.kind'), t('import.created.name'), t('import.created.rows'), t('import.created.values')]} />
          <tbody>
            {created.map((c) => {
              const key = createdKey(c.kind, c.name);
              const own = s.create.items[key] ?? {};
              return (
                <tr key={key}>
                  <td>{t(`import.created.kinds.${c.kind}`)}</td>
                  <th scope="row">{c.name}</th>
                  <td className="num tabular">{formatCount(c.rows, lng)}</td>
                  <td>
                    {c.kind === 'stakeholder' ? (
                      <div className="import-created__own">
                        <select
                          className="input select"
                          aria-label={t('import.created.helixFor', { name: c.name })}
                          value={own.helix ?? ''}
                          onChange={(e) => dispatch({ type: 'createItem', key, helix: (e.target.value || undefined) as never })}
                        >
                          <option value="">{s.create.helix ? t('import.created.asAll', { value: t(`helix.${s.create.helix}`) }) : t('import.created.choose')}</option>
                          {helixes.map((h) => (
                            <option key={h} value={h}>
                              {t(`helix.${h}`)}
                            </option>
                          ))}
                        </select>
                        <select
                          className="input select"
                          aria-label={t('import.created.typeFor', { name: c.name })}
                          value={own.type ?? ''}
                          onChange={(e) => dispatch({ type: 'createItem', key, stakeholderType: (e.target.value || undefined) as never })}
                        >
                          <option value="">{t('import.created.asAll', { value: t(`stakeholderType.${s.create.type}`) })}</option>
                          {stakeholderTypes.map((x) => (
                            <option key={x} value={x}>
                              {t(`stakeholderType.${x}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                    ) : c.kind === 'network' ? (
                      <select
                        className="input select"
                        aria-label={t('import.created.scopeFor', { name: c.name })}
                        value={own.scope ?? ''}
                        onChange={(e) => dispatch({ type: 'createItem', key, scope: (e.target.value || undefined) as never })}
                      >
                        <option value="">{t('import.created.asAll', { value: t(`scope.${s.create.scope}`) })}</option>
                        {networkScopes.map((x) => (
                          <option key={x} value={x}>
                            {t(`scope.${x}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="muted">{t('import.created.nameOnly')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
