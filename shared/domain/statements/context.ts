import type { Dashboard } from '../../schemas/dashboard';
import type { Translate } from './translate';

/** What the Dashboard's statements read: the data, words and language, and names by id. */
export interface StatementContext {
  d: Dashboard;
  t: Translate;
  lng: string;
  /** A sector's name; null: "no sector" (actions without one). */
  sectorName: (id: string | null) => string;
  sourceName: (id: string) => string;
}

export interface Statement {
  title: string;
  summary: string;
}

/**
 * The context for a Dashboard reply: names of sectors (shown ones, and any others the caller
 * knows, e.g. archived sectors an action still names) and of funding sources.
 */
export function statementContext(d: Dashboard, allSectors: readonly { id: string; name: string }[], t: Translate, lng: string): StatementContext {
  const names = new Map([...allSectors.map((s) => [s.id, s.name] as const), ...d.sectors.map((s) => [s.id, s.name] as const)]);
  const sources = new Map(d.fundingSources.map((s) => [s.id, s]));
  return {
    d,
    t,
    lng,
    sectorName: (id) => (id === null ? t('charts.noSector') : (names.get(id) ?? '')),
    sourceName: (id) => {
      const s = sources.get(id);
      return !s ? '' : s.kind === 'custom' ? s.name : t(`fundingKind.${s.kind}`);
    },
  };
}
