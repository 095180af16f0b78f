import type { z } from 'zod';
import type { ValidationIssue } from './errors';

const paramKeys = ['maximum', 'minimum', 'expected', 'format', 'origin', 'message'] as const;

/**
 * zod issues as data the renderer can translate (codes and params, field paths): the core's
 * replies and the forms' own checks read the same.
 */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    for (const key of paramKeys) {
      const v = (issue as unknown as Record<string, unknown>)[key];
      if (typeof v === 'string' || typeof v === 'number') params[key] = v;
      if (typeof v === 'bigint') params[key] = Number(v);
    }
    if ('values' in issue && Array.isArray(issue.values)) params.values = issue.values.join(', ');
    // A custom issue's own values (the years a message names, a question's key).
    if (issue.code === 'custom' && issue.params) for (const [k, v] of Object.entries(issue.params)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    if ('keys' in issue && Array.isArray(issue.keys)) params.keys = issue.keys.join(', ');
    return { path: issue.path.map(String).join('.'), code: issue.code, params };
  });
}
