// The Electron main process's entry: the built layout (out/main beside out/preload and
// out/renderer) and the process's own command line. Everything else is in app.ts.
import { runApp } from './app';

runApp({ mainDir: import.meta.dirname });
