// BrowserWindow options as a pure function: the security test reads exactly what the app uses.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { AppState } from '../../shared/schemas/app';

export type Theme = 'light' | 'dark';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 820;

/** Painted before the first frame, so the window does not flash white in dark mode. */
export const backgroundColors: Record<Theme, string> = { light: '#ffffff', dark: '#1e1e1e' };

export interface WindowOptionsInput {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  theme: Theme;
  /** Saved in app state when the window last closed. */
  saved: AppState['window'];
  /** The display's work area: a size saved on a bigger monitor is shrunk to fit. */
  workArea?: Pick<Rectangle, 'width' | 'height'>;
  /** DevTools only when running unpackaged. */
  dev?: boolean;
  platform?: NodeJS.Platform;
}

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
const finite = (value: number | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const maxW = input.workArea?.width ?? Number.MAX_SAFE_INTEGER;
  const maxH = input.workArea?.height ?? Number.MAX_SAFE_INTEGER;
  return {
    width: clamp(finite(input.saved?.width, DEFAULT_WIDTH), MIN_WIDTH, maxW),
    height: clamp(finite(input.saved?.height, DEFAULT_HEIGHT), MIN_HEIGHT, maxH),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown on 'ready-to-show' to avoid a blank frame; the title then follows document.title.
    show: false,
    title: 'S3 Planner',
    backgroundColor: backgroundColors[input.theme],
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      // macOS and Windows spellcheck with the OS's dictionaries; on Linux Chromium would
      // download Hunspell dictionaries, and the app makes no network request at all.
      spellcheck: (input.platform ?? process.platform) !== 'linux',
      devTools: input.dev ?? false,
    },
  };
}
