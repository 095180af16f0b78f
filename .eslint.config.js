// Architecture by folder, as an allow-list (.eslint-layers.js): every file belongs to one layer
// below, and imports only its own layer, the layers it lists and the npm packages it lists
// ('node:*': Node's built-ins, bare 'fs' included). A file in no layer is an error, and so is
// an import of one. test/unit/layers.test.ts lints a probe import for each kind of leak.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './.eslint-layers.js';

export const layers = {
  // Runs everywhere (both hosts, the core, the renderer): pure code and the zod contract.
  shared: { files: ['shared/'], imports: [], packages: ['zod'] },
  // Node only, no Electron: the one core both hosts run, with the plan file's libraries.
  'electron/core': {
    files: ['electron/core/'],
    imports: ['shared', 'resources/example-plan'],
    packages: ['node:*', 'better-sqlite3', 'exceljs', 'papaparse', 'iconv-lite', 'zod', 'html-to-text'],
  },
  // The Electron host: windows, menus, dialogs, IPC; finds the Electron build of SQLite by
  // electron/scripts/native-stamp.mjs, which the build script shares.
  'electron/main': {
    files: ['electron/main/'],
    imports: ['shared', 'electron/core', 'resources/locales', 'scripts'],
    packages: ['node:*', 'electron', 'electron-log'],
  },
  // The browser host: the same core over HTTP; knows nothing of Electron.
  'electron/browser-host': { files: ['electron/browser-host/'], imports: ['shared', 'electron/core'], packages: ['node:*'] },
  // The one bridge into a sandboxed renderer: a single CommonJS file, so electron only.
  'electron/preload': { files: ['electron/preload/'], imports: [], packages: ['electron'] },
  // The React app: reaches the core only through its api client (IPC or HTTP).
  renderer: {
    files: ['renderer/'],
    imports: ['shared', 'resources/locales', 'package.json'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', '@tanstack/react-query', '@tanstack/react-virtual', 'zustand', 'recharts', 'react-aria-components', '@internationalized/date', 'zod', '@fontsource/inter', '@fontsource-variable/inter'],
  },
  // Data the code imports (JSON), never code itself.
  'resources/locales': { files: ['resources/locales/'], imports: [], packages: [] },
  'resources/example-plan': { files: ['resources/example-plan/'], imports: [], packages: [] },
  'package.json': { files: ['package.json'], imports: [], packages: [] },
  // Build, packaging and lint configuration, run by Node at build time.
  scripts: {
    files: ['electron/scripts/', 'resources/icons/', 'electron-builder.js', 'electron.config.ts', '.eslint.config.js', '.eslint-layers.js'],
    imports: ['package.json'],
    packages: ['node:*', '@electron/fuses', 'node-abi', 'playwright-core', 'electron-vite', '@vitejs/plugin-react', '@react-aria/optimize-locales-plugin', '@eslint/js', 'typescript-eslint', 'eslint-plugin-react-hooks', 'globals'],
  },
  // Tests may import any layer, with the test tools and the libraries they check against.
  test: {
    files: ['test/'],
    imports: ['shared', 'electron/core', 'electron/main', 'electron/browser-host', 'electron/preload', 'renderer', 'resources/locales', 'resources/example-plan', 'package.json', 'scripts'],
    packages: [
      'node:*', 'vitest', 'eslint', '@fast-check/vitest', 'fast-check', 'playwright-core', 'esbuild', 'better-sqlite3', 'exceljs', 'zod', 'i18next', '@internationalized/date',
      '@tanstack/react-query', 'electron', '@electron/fuses', 'builder-util', 'app-builder-lib', 'papaparse',
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['electron/**', 'test/**', '*.ts', '.ci/**', '*.js', 'resources/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    plugins: { layers: layersPlugin(layers) },
    rules: { 'layers/allowed-imports': 'error' },
  },
);
