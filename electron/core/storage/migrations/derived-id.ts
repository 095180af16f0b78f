import { createHash } from 'node:crypto';

/**
 * An id a migration gives a row it creates, derived from what the row came from, in the shape
 * of every id of the plan (a version-4 UUID). Two copies of one plan migrated apart (a
 * colleague's mailed copy opened by a newer app, or compare and merge reading an older file on
 * a temporary copy) must give the same new rows the same ids, or compare would report every
 * such row removed and added again and merge would ask about each one.
 */
export function derivedId(...from: (string | number)[]): string {
  const h = createHash('sha256').update(JSON.stringify(from)).digest('hex');
  const variant = '89ab'[parseInt(h[16]!, 16) % 4]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
