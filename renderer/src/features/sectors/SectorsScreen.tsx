import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorCreate, SectorDetail, SectorRow } from '../../../../shared/schemas/sector';
import { SectorCreateSchema } from '../../../../shared/schemas/sector';
import { helixes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, Related, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, TextInput, useEntityForm } from '../../components/form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href, navigate, type Route } from '../../app/router';
import type { AppError } from '../../../../shared/contract/errors';
import { useListItems, useList } from '../../api/use-queries';
import './sectors.css';

const fields = ['name', 'description', 'rationale', 'economicDomain', 'scientificDomain', 'policyObjective', 'naceCodes'] as const;
type Values = Record<(typeof fields)[number], string>;
const blank: Values = { name: '', description: '', rationale: '', economicDomain: '', scientificDomain: '', policyObjective: '', naceCodes: '' };
const toInput = (v: Values): SectorCreate => ({ ...v });
const fromDetail = (d: SectorDetail): Values => ({
  name: d.name,
  description: d.description,
  rationale: d.rationale,
  economicDomain: d.economicDomain,
  scientificDomain: d.scientificDomain,
  policyObjective: d.policyObjective,
  naceCodes: d.naceCodes,
});

function SectorForm({ initial, title, save, onCancel }: { initial: Values; title: string; save: (input: SectorCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({ formId: 'sector-form', initial, fields, toInput, schema: SectorCreateSchema, save });
  const labels: Record<string, string> = {
    name: t('sectors.name'),
    description: t('sectors.description'),
    rationale: t('sectors.f.rationale'),
    economicDomain: t('sectors.f.economicDomain'),
    scientificDomain: t('sectors.f.scientificDomain'),
    policyObjective: t('sectors.f.policyObjective'),
    naceCodes: t('sectors.f.naceCodes'),
  };
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={(p) => labels[p]} onCancel={onCancel}>
      <TextInput form={f} name="name" label={labels.name!} hint={t('sectors.nameHint')} required maxLength={limits.name} autoFocus />
      <TextInput form={f} name="description" label={labels.description!} hint={t('sectors.descriptionHint')} multiline maxLength={limits.text} />
      <TextInput form={f} name="rationale" label={labels.rationale!} hint={t('sectors.h.rationale')} multiline maxLength={limits.text} />
      <fieldset className="fieldset">
        <legend className="field__label">{t('sectors.codes')}</legend>
        <p className="field__hint">{t('sectors.h.codes')}</p>
        <div className="form__grid">
          <TextInput form={f} name="economicDomain" label={labels.economicDomain!} maxLength={limits.short} />
          <TextInput form={f} name="scientificDomain" label={labels.scientificDomain!} maxLength={limits.short} />
          <TextInput form={f} name="policyObjective" label={labels.policyObjective!} maxLength={limits.short} />
          <TextInput form={f} name="naceCodes" label={labels.naceCodes!} hint={t('sectors.h.nace')} maxLength={limits.short} />
        </div>
      </fieldset>
    </FormFrame>
  );
}

function SectorPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useDetail('sector.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const all = useListItems('sectors');
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const versioned = useVersionedSave<SectorCreate>({
    entity: 'sector',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('sector.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('sector.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="sector" screen="sectors" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="sector" /> : null}
        <SectorForm key={edit.base.updatedAt} initial={fromDetail(edit.base)} title={t('sectors.editTitle', { name: data.name })} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );

  const ordered = [...all].sort((a, b) => a.sortOrder - b.sortOrder);
  const index = ordered.findIndex((s) => s.id === id);
  const move = async (step: -1 | 1) => {
    const ids = ordered.map((s) => s.id);
    const j = index + step;
    if (index < 0 || j < 0 || j >= ids.length) return;
    [ids[index], ids[j]] = [ids[j] as string, ids[index] as string];
    const r = await command('sector.reorder', { ids });
    setFailure(r.ok ? null : r.error);
  };
  const archive = async () => {
    const r = await command(data.archived ? 'sector.unarchive' : 'sector.archive', { id, expectedUpdatedAt: data.updatedAt });
    setFailure(r.ok ? null : r.error);
  };
  const byHelix = helixes.map((h) => ({ helix: h, items: data.engagements.filter((e) => e.stakeholder.helix === h) }));

  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.sectorTitle')} title={data.name} onEdit={edit.start} onDelete={() => setDeleting(true)}>
        {data.archived ? <p className="badge">{t('sectors.archived')}</p> : null}
      </DetailHead>
      <div className="button-row detail__more">
        <button type="button" className="button" disabled={index <= 0} onClick={() => void move(-1)}>
          {t('sectors.moveUp')}
        </button>
        <button type="button" className="button" disabled={index < 0 || index >= ordered.length - 1} onClick={() => void move(1)}>
          {t('sectors.moveDown')}
        </button>
        <button type="button" className="button" onClick={() => void archive()}>
          {data.archived ? t('sectors.unarchive') : t('sectors.archive')}
        </button>
        <span className="muted tabular">{t('sectors.position', { n: index + 1, total: ordered.length })}</span>
      </div>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      <Facts
        items={[
          [t('sectors.description'), data.description],
          [t('sectors.f.rationale'), data.rationale],
          [t('sectors.f.economicDomain'), data.economicDomain],
          [t('sectors.f.scientificDomain'), data.scientificDomain],
          [t('sectors.f.policyObjective'), data.policyObjective],
          [t('sectors.f.naceCodes'), data.naceCodes],
        ]}
      />
      <section className="related" aria-labelledby="sector-helices">
        <h3 className="related__title" id="sector-helices">
          {t('related.stakeholdersByHelix')} <span className="related__count tabular">{formatCount(data.engagements.length, i18n.language)}</span>
        </h3>
        <div className="helix-groups">
          {byHelix.map(({ helix, items }) => (
            <div key={helix} className={`helix-group${items.length === 0 ? ' is-gap' : ''}`}>
              <h4 className="helix-group__title">
                <HelixBadge helix={helix} /> <span className="tabular">{formatCount(items.length, i18n.language)}</span>
              </h4>
              {items.length === 0 ? (
                <p className="gap-note">{t('related.helixGap')}</p>
              ) : (
                <ul className="related__list">
                  {items.map((e) => (
                    <li key={e.stakeholderId} className="related__item">
                      <a href={href('stakeholders', undefined, e.stakeholderId)}>{e.stakeholder.name}</a>
                      <span className="related__extra">
                        <span className={`level level--${e.level}`}>{t(`engagement.${e.level}`)}</span> {formatDate(e.changedOn, i18n.language)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
      <Related id="sector-networks" title={t('related.networks')} empty={t('related.noNetworks')} items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name, extra: t(`scope.${n.scope}`) }))} />
      <Related id="sector-actions" title={t('related.actions')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
      <Related id="sector-indicators" title={t('related.indicators')} empty={t('related.noIndicators')} items={data.indicators.map((x) => ({ id: x.id, href: href('indicators', undefined, x.id), label: x.name, extra: t(`indicatorKind.${x.kind}`) }))} />
      <Related id="sector-workshops" title={t('related.workshops')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: formatDate(w.heldOn, i18n.language) }))} />
      {deleting ? <DeleteDialog entity="sector" id={id} name={data.name} channel="sector.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('sectors', params)} /> : null}
    </article>
  );
}

function NewSector({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  return (
    <SectorForm
      initial={blank}
      title={t('sectors.formTitle')}
      onCancel={() => navigate('sectors', params)}
      save={async (input) => {
        const r = await command('sector.create', input);
        if (!r.ok) return r.error;
        notify('sectors.saved', { name: r.value.name });
        navigate('sectors', params, r.value.id);
        return null;
      }}
    />
  );
}

export function SectorsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('sectors');
  const columns = useMemo<VColumn<SectorRow>[]>(
    () => [
      { id: 'order', header: t('sectors.col.order'), numeric: true, width: '4rem', sortValue: (r) => r.sortOrder, cell: (r) => formatCount(list.items.filter((s) => s.sortOrder < r.sortOrder).length + 1, lng) },
      {
        id: 'name',
        header: t('sectors.col.name'),
        width: 'minmax(8rem, 3fr)',
        sortValue: (r) => r.name,
        cell: (r) => (
          <span className="cell-strong">
            {r.name}
            {r.archived ? <span className="badge badge--inline">{t('sectors.archived')}</span> : null}
          </span>
        ),
      },
      { id: 'stakeholders', header: t('sectors.col.stakeholders'), numeric: true, width: '6.5rem', sortValue: (r) => r.stakeholderCount, cell: (r) => formatCount(r.stakeholderCount, lng) },
      { id: 'networks', header: t('sectors.col.networks'), numeric: true, width: '5.5rem', sortValue: (r) => r.networkCount, cell: (r) => formatCount(r.networkCount, lng) },
      { id: 'actions', header: t('sectors.col.actions'), numeric: true, width: '6.5rem', sortValue: (r) => r.actionCount, cell: (r) => formatCount(r.actionCount, lng) },
    ],
    [t, lng, list.items],
  );
  const filters = useMemo<FilterDef<SectorRow>[]>(
    () => [
      {
        id: 'archived',
        label: t('filters.archived'),
        options: [
          { value: 'no', label: t('filters.activeOnly') },
          { value: 'yes', label: t('filters.archivedOnly') },
        ],
        test: (r, v) => r.archived === (v === 'yes'),
      },
    ],
    [t],
  );
  const searchTexts = useCallback((r: SectorRow) => [r.name, r.description, r.naceCodes, r.economicDomain], []);
  return (
    <MasterDetail
      screen="sectors"
      route={route}
      listKey="sectors"
      rows={list.items}
      title={t('sectors.title')}
      lead={t('sectors.lead')}
      countKey="count.sectors"
      columns={columns}
      defaultSort={{ column: 'order', direction: 'asc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      newLabel={t('sectors.add')}
      empty={<p>{t('sectors.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewSector params={route.params} /> : <SectorPane key={id} id={id} params={route.params} />)}
    />
  );
}
