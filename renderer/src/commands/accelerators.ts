/**
 * Electron accelerator strings ("CmdOrCtrl+Shift+S") as key matching and labels for the
 * in-page menu: Ctrl on Linux/Windows, ⌘ on macOS.
 */
export interface ParsedAccelerator {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform);

export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would split into an empty last part; our list uses "=" for zoom in.
  const key = parts.pop() || '+';
  const mods = parts.map((p) => p.toLowerCase());
  return {
    mod: mods.some((m) => ['cmdorctrl', 'commandorcontrol', 'ctrl', 'control', 'cmd', 'command'].includes(m)),
    shift: mods.includes('shift'),
    alt: mods.includes('alt') || mods.includes('option'),
    key,
  };
}

/** Does a keydown match? "=" also matches "+" (Shift+= on many layouts, its own key on Finnish). */
export function matchesAccelerator(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { code?: string },
  accelerator: string,
  mac = isMac(),
): boolean {
  const a = parseAccelerator(accelerator);
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (a.mod !== mod || a.alt !== e.altKey) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const want = a.key.length === 1 ? a.key.toLowerCase() : a.key;
  // Alt (Option on a Mac) changes the character typed: match a letter by its physical key.
  if (a.alt && want.length === 1 && /[a-z]/.test(want) && e.code === `Key${want.toUpperCase()}`) return a.shift === e.shiftKey;
  if (want === '=' && (key === '=' || key === '+')) return true;
  if (want === '-' && (key === '-' || key === '_')) return true;
  if (a.shift !== e.shiftKey) return false;
  return key === want;
}

/** "Ctrl+Shift+S" / "⇧⌘S". */
export function formatAccelerator(accelerator: string, mac = isMac()): string {
  const a = parseAccelerator(accelerator);
  const key = a.key.length === 1 ? a.key.toUpperCase() : a.key;
  if (mac) return `${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.mod ? '⌘' : ''}${key}`;
  return [a.mod ? 'Ctrl' : null, a.alt ? 'Alt' : null, a.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

/** The aria-keyshortcuts value: "Control+Shift+S" / "Meta+Shift+S". */
export function ariaKeyShortcut(accelerator: string, mac = isMac()): string {
  const a = parseAccelerator(accelerator);
  return [a.mod ? (mac ? 'Meta' : 'Control') : null, a.alt ? 'Alt' : null, a.shift ? 'Shift' : null, a.key === '=' ? 'Equal' : a.key === '-' ? 'Minus' : a.key]
    .filter(Boolean)
    .join('+');
}
