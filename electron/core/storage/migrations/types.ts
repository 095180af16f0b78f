export interface Migration {
  /** The schema version this migration brings the file to (user_version after it). */
  version: number;
  name: string;
  sql: string;
}
