// Architecture by folder, enforced: shared/ runs everywhere; the core never touches Electron;
// the renderer never touches Node or Electron; the preload imports only electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node APIs are not available here.' };
const electronOnly = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(nodeBuiltins, electronOnly, { group: ['**/electron/**'], message: 'The renderer reaches the core only through the api client.' }),
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(nodeBuiltins, electronOnly, { group: ['**/electron/**', '**/renderer/**', 'react', 'react-*'], message: 'shared/ imports only shared/ and zod.' }),
  },
  {
    files: ['electron/core/**', 'electron/browser-host/**'],
    rules: restrict(electronOnly, { group: ['**/renderer/**', '**/main/index*', '**/main/ipc*', '**/main/menu*', '**/main/dialogs*'], message: 'The core knows nothing of its host.' }),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict(nodeBuiltins, { group: ['../*', './*', '**/shared/**'], message: 'The preload imports only electron.' }),
  },
);
