import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { EngagementLevel } from '../../../../shared/schemas/enums';

export type Pending = Map<string, EngagementLevel | null>;

/**
 * The grid's unsaved levels and typed "as of" date outlive the screen: a facilitator who opens
 * a stakeholder, the Dashboard or another list before saving finds them pending on return, not
 * lost. Kept per plan file for the window's life; a save or Discard empties them.
 */
const kept = new Map<string, { pending: Pending; asOf: string | null }>();

export function useKeptPending(plan: string | null): {
  pending: Pending;
  setPending: Dispatch<SetStateAction<Pending>>;
  asOf: string | null;
  setAsOf: Dispatch<SetStateAction<string | null>>;
} {
  const key = plan ?? '';
  const [pending, setPending] = useState<Pending>(() => kept.get(key)?.pending ?? new Map());
  const [asOf, setAsOf] = useState<string | null>(() => kept.get(key)?.asOf ?? null);
  useEffect(() => {
    if (pending.size === 0 && asOf === null) kept.delete(key);
    else kept.set(key, { pending, asOf });
  }, [key, pending, asOf]);
  return { pending, setPending, asOf, setAsOf };
}
