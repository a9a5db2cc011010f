import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import kader from './eslint/i18n-rule.js';

// Module boundaries are enforced here, not left to review: the domain stays pure, the server
// never imports the phone's database or screens, the data layer never imports screens.
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tmp/', 'coverage/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Every word the user sees goes through i18n (eslint/i18n-rule.js says what is caught and how
    // to satisfy it). The strings files themselves are where the words live.
    files: ['src/app/**/*.tsx', 'src/app/**/*.ts'],
    ignores: ['src/app/i18n/strings/**'],
    plugins: { kader },
    // SheetTable's label is the table's data-table name (print CSS and tests), never shown.
    rules: { 'kader/no-raw-text': ['error', { idProps: { SheetTable: ['label'] } }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-*', 'dexie', '@ionic/*', 'zustand', 'workbox-*', '**/data/**', '**/app/**', '**/server/**', '**/sync/**'], message: 'src/domain stays pure: no UI, storage, network or other layers.' },
      ]),
      'no-restricted-globals': ['error', 'fetch', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-*', 'dexie', '@ionic/*', 'zustand', 'workbox-*', '**/app/**', '**/data/**'], message: 'The server shares domain and sync protocol code only.' },
      ]),
    },
  },
  {
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-*', '@ionic/*', '**/app/**', '**/server/**'], message: 'Data and sync layers do not know about screens or the server internals.' },
      ]),
    },
  },
  {
    // The data layer sits below sync: what it needs of the enrolment lives in src/data/device.ts.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-*', '@ionic/*', '**/app/**', '**/server/**'], message: 'Data and sync layers do not know about screens or the server internals.' },
        { group: ['**/sync', '**/sync/**'], message: 'src/data may not import src/sync (a layer above it); shared enrolment storage is src/data/device.ts.' },
      ]),
    },
  },
);
