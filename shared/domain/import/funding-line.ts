/**
 * The funding line an imported action row leaves behind: one rule for the check (which rows
 * are bad, electron/core/import/resolve.ts) and the write (electron/core/import/write.ts), so a
 * row that passes the check never fails the write.
 */
export interface LineAmounts {
  plannedCents: number;
  committedCents: number;
  spentCents: number;
  note: string;
}

/**
 * The file's amounts over the action's line of that source (or a new line): amounts the file
 * gives replace the line's; money spent was committed, so a file without a committed column
 * commits at least what it spent.
 */
export function importedLine(
  existing: LineAmounts | undefined,
  file: { plannedCents?: number | undefined; committedCents?: number | undefined; spentCents?: number | undefined },
): LineAmounts {
  const line = { ...(existing ?? { plannedCents: 0, committedCents: 0, spentCents: 0, note: '' }) };
  if (file.plannedCents !== undefined) line.plannedCents = file.plannedCents;
  if (file.committedCents !== undefined) line.committedCents = file.committedCents;
  if (file.spentCents !== undefined) line.spentCents = file.spentCents;
  if (file.committedCents === undefined && line.spentCents > line.committedCents) line.committedCents = line.spentCents;
  return line;
}
