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
