import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderDetail, StakeholderRow } from '../../../../shared/schemas/stakeholder';
import { engagementLevels, helixes, stakeholderTypes, type EngagementLevel } from '../../../../shared/schemas/enums';
import { stakeholderMatches } from '../../../../shared/domain/list-filters';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { readDate } from '../../../../shared/domain/dates';
import { describeReadProblem } from '../../errors/read-problem';
import { DateInput } from '../../components/DateInput';
import { useAppStore } from '../../store/context';
import type { FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { Related } from '../../components/detail';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href, type Route } from '../../app/router';
import { enumOptions, today, useNetworkOptions, useSectorOptions } from '../common/options';
import type { AppError } from '../../../../shared/contract/errors';
import { stakeholderEditor } from './stakeholder-editor';
import { EngagementHistory } from '../engagement/EngagementHistory';
import './stakeholders.css';

function EngagementRow({ stakeholderId, sector, current }: { stakeholderId: string; sector: { id: string; name: string }; current: { level: EngagementLevel; changedOn: string; updatedAt: string } | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  // The date as typed, in the UI language's writing; sent only when it reads as one day.
  const [date, setDate] = useState(formatDate(current?.changedOn ?? today(), lng));
  const [error, setError] = useState<AppError | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  // The level shown, saved when the choice is committed (see below); follows the stored one.
  const stored = current?.level ?? '';
  const [level, setLevel] = useState<string>(stored);
  const [seen, setSeen] = useState({ level: stored, changedOn: current?.changedOn });
  if (seen.level !== stored || seen.changedOn !== current?.changedOn) {
    setSeen({ level: stored, changedOn: current?.changedOn });
    setLevel(stored);
    setDate(formatDate(current?.changedOn ?? today(), lng));
  }
  // Arrow keys on a closed select step through the levels, each step a change event: a step by
  // key is only shown, and saved when committed (Enter or leaving the select); a choice from the
  // opened list (pointer, or Enter in the list) saves at once.
  const stepping = useRef(false);
  const send = async (next: EngagementLevel | null, changedOn: string) => {
    const reply = await command('engagement.set', { stakeholderId, sectorId: sector.id, level: next, changedOn, expectedUpdatedAt: current?.updatedAt ?? null });
    setError(reply.ok ? null : reply.error);
  };
  const read = readDate(date, lng);
  // Enter then leaving the select commits once (the reply has not come back in between).
  const sent = useRef<{ value: string; from: string } | null>(null);
  const commit = (value: string) => {
    if (value === stored || (sent.current?.value === value && sent.current.from === stored)) return;
    sent.current = { value, from: stored };
    void send((value || null) as EngagementLevel | null, (read.ok && read.value) || today());
  };
  const dateId = `engagement-date-${sector.id}`;
  return (
    <tr>
      <th scope="row">
        <a href={href('sectors', undefined, sector.id)}>{sector.name}</a>
      </th>
      <td>
        <select
          className={`input select engagement-select${current ? ` level--${current.level}` : ''}`}
          aria-label={t('engagementEditor.levelFor', { sector: sector.name })}
          value={level}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(level);
            } else stepping.current = !e.altKey && ((e.key.length === 1 && e.key !== ' ') || /^(Arrow|Page|Home|End)/.test(e.key));
          }}
          onChange={(e) => {
            setLevel(e.target.value);
            if (!stepping.current) commit(e.target.value);
            stepping.current = false;
          }}
          onBlur={() => commit(level)}
        >
          <option value="">{t('engagementEditor.none')}</option>
          {engagementLevels.map((l, i) => (
            <option key={l} value={l}>
              {`${i + 1}. ${t(`engagement.${l}`)}`}
            </option>
          ))}
        </select>
      </td>
      <td>
        <DateInput
          id={dateId}
          aria-label={t('engagementEditor.dateFor', { sector: sector.name })}
          {...(dateError ? { 'aria-invalid': true as const, 'aria-describedby': `${dateId}-error` } : {})}
          value={date}
          onChange={setDate}
          onBlur={() => {
            const r = readDate(date, lng);
            setDateError(r.ok ? null : describeReadProblem(t, r.problem, lng));
            if (r.ok && r.value && current && r.value !== current.changedOn) void send(current.level, r.value);
          }}
        />
        {dateError ? (
          <p className="field__error" id={`${dateId}-error`}>
            {dateError}
          </p>
        ) : null}
        {current ? <span className="visually-hidden">{formatDate(current.changedOn, lng)}</span> : null}
        {error ? <ErrorNotice error={error} /> : null}
      </td>
    </tr>
  );
}

function Engagements({ detail }: { detail: StakeholderDetail }) {
  const { t } = useTranslation();
  const sectors = useSectorOptions();
  const rows = useMemo(() => {
    const map = new Map(detail.engagements.map((e) => [e.sectorId, e]));
    const list = sectors.map((s) => ({ id: s.value, name: s.label }));
    // Archived sectors it still engages in stay visible.
    for (const e of detail.engagements) if (!list.some((s) => s.id === e.sectorId)) list.push({ id: e.sectorId, name: e.sector.name });
    return list.map((s) => ({ sector: s, current: map.get(s.id) ?? null }));
  }, [detail.engagements, sectors]);
  return (
    <section className="related" aria-labelledby="stakeholder-engagement">
      <h3 className="related__title" id="stakeholder-engagement">
        {t('engagementEditor.title')}
      </h3>
      <p className="field__hint">{t('engagementEditor.hint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('engagementEditor.noSectors')}</p>
      ) : (
        <table className="table table--plain table--edit">
          <caption className="visually-hidden">{t('engagementEditor.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('engagementEditor.sector')}</th>
              <th scope="col">{t('engagementEditor.level')}</th>
              <th scope="col">{t('engagementEditor.changedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <EngagementRow key={r.sector.id} stakeholderId={detail.id} sector={r.sector} current={r.current} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StakeholderPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <EditorPane
      def={stakeholderEditor}
      id={id}
      params={params}
      badges={(d) => (
        <p className="detail__badges">
          <HelixBadge helix={d.helix} />
        </p>
      )}
    >
      {(data) => (
        <>
          <Engagements detail={data} />
          <EngagementHistory stakeholderId={data.id} headingId="stakeholder-engagement-history" />
          <Related
            id="stakeholder-networks"
            title={t('related.networks')}
            empty={t('related.noNetworks')}
            items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name, extra: `${t(`scope.${n.scope}`)} · ${t(`membership.${n.membership}`)}` }))}
          />
          <Related
            id="stakeholder-actions"
            title={t('related.actions')}
            empty={t('related.noActions')}
            items={data.actions.map((a) => ({ id: `${a.id}-${a.role}`, href: href('actions', undefined, a.id), label: a.title, extra: <>{t(`related.role.${a.role}`)} <ActionStatusBadge action={a} /></> }))}
          />
          <Related id="stakeholder-workshops" title={t('related.workshops')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: <WorkshopDate date={w.heldOn} /> }))} />
        </>
      )}
    </EditorPane>
  );
}

export function WorkshopDate({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <span className="tabular">{formatDate(date, i18n.language)}</span>;
}

export function StakeholdersScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sectorOptions = useSectorOptions();
  const networkOptions = useNetworkOptions();

  const columns = useMemo<VColumn<StakeholderRow>[]>(
    () => [
      { id: 'name', header: t('stakeholders.col.name'), width: 'minmax(9rem, 2fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'helix', header: t('stakeholders.col.helix'), width: 'minmax(7.5rem, 1.3fr)', sortValue: (r) => helixes.indexOf(r.helix), cell: (r) => <HelixBadge helix={r.helix} /> },
      { id: 'type', header: t('stakeholders.col.type'), width: 'minmax(6rem, 1fr)', sortValue: (r) => t(`stakeholderType.${r.type}`), cell: (r) => t(`stakeholderType.${r.type}`) },
      { id: 'municipality', header: t('stakeholders.col.municipality'), width: 'minmax(6rem, 1fr)', sortValue: (r) => r.municipality, cell: (r) => r.municipality },
      { id: 'sectors', header: t('stakeholders.col.sectors'), numeric: true, width: '5.5rem', sortValue: (r) => r.engagements.length, cell: (r) => formatCount(r.engagements.length, lng) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<StakeholderRow>[]>(
    () => [
      { id: 'helix', label: t('filters.helix'), options: enumOptions(t, 'helix', helixes), test: (r, v) => stakeholderMatches(r, { helix: v as StakeholderRow['helix'] }) },
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => stakeholderMatches(r, { sectorId: v }) },
      { id: 'network', label: t('filters.network'), options: networkOptions, test: (r, v) => stakeholderMatches(r, { networkId: v }) },
    ],
    [t, sectorOptions, networkOptions],
  );
  // Thirteen type labels translated once, not once per row (10,000 rows: 60 ms of translating).
  const typeLabels = useMemo(() => new Map(enumOptions(t, 'stakeholderType', stakeholderTypes).map((o) => [o.value, o.label])), [t]);
  const searchTexts = useCallback((r: StakeholderRow) => [r.name, r.municipality, r.contactName, typeLabels.get(r.type)], [typeLabels]);

  return (
    <EditorScreen def={stakeholderEditor} route={route} pane={StakeholderPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'name', direction: 'asc' }} headActions={(shown) => (
        <>
          <a className="button" href={href('engagement')}>
            {t('engagementGrid.openGrid')}
          </a>
          <ExportMenu list="stakeholders" ids={shown.map((r) => r.id)} />
        </>
      )} />
  );
}
