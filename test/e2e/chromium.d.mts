/** Path of a Chromium executable: CHROMIUM_PATH, or a usual install location; null if none. */
export function findChromium(): string | null;
/** Installs Debian's chromium where this machine allows (root on Debian/Ubuntu); else says what to install. */
export function ensureChromium(): string | null;
