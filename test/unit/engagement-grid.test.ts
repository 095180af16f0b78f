import { describe, expect, it } from 'vitest';
import { applyLevel, levelForKey, pairKey, rangeOf } from '../../renderer/src/features/engagement/grid-model';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';

describe('the engagement grid model', () => {
  it('a range is the rectangle between anchor and active cell, whichever way it was dragged', () => {
    expect(rangeOf({ row: 5, col: 1 }, { row: 2, col: 3 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
  });

  it('keys: 1–6 the levels in order, 0, Delete and Backspace none, a letter only when one level starts with it', () => {
    expect(levelForKey('1', en.engagement)).toBe('aware');
    expect(levelForKey('6', en.engagement)).toBe('leading');
    expect(levelForKey('Delete', en.engagement)).toBeNull();
    expect(levelForKey('0', en.engagement)).toBeNull();
    expect(levelForKey('7', en.engagement)).toBeUndefined();
    expect(levelForKey('l', en.engagement)).toBe('leading');
    // "informed" and "involved" both start with i: the letter sets nothing.
    expect(levelForKey('i', en.engagement)).toBeUndefined();
    const fiFirst = Object.values(fi.engagement).map((w) => w[0]!.toLowerCase());
    const unique = fiFirst.filter((c) => fiFirst.indexOf(c) === fiFirst.lastIndexOf(c));
    for (const c of unique) expect(levelForKey(c, fi.engagement)).toBeTruthy();
  });

  it('setting a range makes each cell pending, and a cell set back to its stored level is no longer pending', () => {
    const stored = new Map([[pairKey('a', 'x'), 'involved' as const]]);
    const storedOf = (k: string) => stored.get(k) ?? null;
    const once = applyLevel(new Map(), { top: 0, bottom: 1, left: 0, right: 1 }, ['a', 'b'], ['x', 'y'], storedOf, 'committed');
    expect([...once.keys()].sort()).toEqual(['a/x', 'a/y', 'b/x', 'b/y']);
    const back = applyLevel(once, { top: 0, bottom: 0, left: 0, right: 0 }, ['a', 'b'], ['x', 'y'], storedOf, 'involved');
    expect(back.has('a/x')).toBe(false);
    const cleared = applyLevel(back, { top: 1, bottom: 1, left: 1, right: 1 }, ['a', 'b'], ['x', 'y'], storedOf, null);
    expect(cleared.has('b/y')).toBe(false);
    expect(cleared.size).toBe(2);
  });
});
