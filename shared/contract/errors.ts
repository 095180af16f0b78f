/**
 * Errors cross the transport as data with codes and params, never as English text:
 * the renderer translates them (`errors.*` and `validation.*` keys in the locales).
 */
export type FileProblem =
  | 'notFound'
  | 'empty'
  | 'notSqlite'
  | 'truncated'
  | 'foreign'
  | 'newerSchema'
  | 'corrupt'
  | 'readOnly'
  | 'exists'
  | 'io'
  /** Import: neither CSV text nor an XLSX workbook (detail: sqlite, png, pdf, jpeg, gif, legacyXls, gzip, zipNotXlsx, binary). */
  | 'notSpreadsheet';

export interface ValidationIssue {
  /** Field path, e.g. "name" or "funding.0.plannedCents". Empty for the whole input. */
  path: string;
  /** zod issue code (too_big, too_small, invalid_type, invalid_value, invalid_format, custom, ...). */
  code: string;
  /** Values a translation may interpolate (maximum, minimum, expected, key...). */
  params?: Record<string, string | number>;
}

export type AppError =
  | { kind: 'validation'; issues: ValidationIssue[] }
  | { kind: 'notFound'; entity: string; id: string }
  | { kind: 'conflict'; entity: string; id: string }
  | { kind: 'file'; reason: FileProblem; file: string; detail?: string }
  | { kind: 'noPlanOpen' }
  | { kind: 'unknownChannel'; channel: string }
  /** A long operation (an import being read or checked) was cancelled by the user: nothing was written. */
  | { kind: 'cancelled'; id: string }
  | { kind: 'internal'; ref: string };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside the core by handlers and repos; the dispatcher turns it into a Reply. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(`${error.kind}${'reason' in error ? `:${error.reason}` : ''}`);
  }
}

export const fail = (error: AppError): never => {
  throw new AppFailure(error);
};

/**
 * Refuses with issues built by the schemas' own helpers (customIssue, questionIssue), for the
 * checks the core makes against stored values: the same codes and params as the schema's.
 */
export const refuse = (...issues: { path: (string | number)[]; message: string; params?: Record<string, string | number> }[]): never =>
  fail({ kind: 'validation', issues: issues.map((i) => ({ path: i.path.join('.'), code: 'custom', params: { message: i.message, ...(i.params ?? {}) } })) });
