import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import optimizeLocales from '@react-aria/optimize-locales-plugin';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The browser host is built beside the Electron main: one core, two transports.
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'browser-host': resolve(root, 'electron/browser-host/cli.ts'),
          // The core's worker threads (writer and reader), for both hosts.
          'core-worker': resolve(root, 'electron/core/worker/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // react-aria's own strings (the calendar's buttons) only for the app's UI languages.
    plugins: [react(), optimizeLocales.vite({ locales: ['en-US', 'en-GB', 'fi-FI', 'sv-SE'] })],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
