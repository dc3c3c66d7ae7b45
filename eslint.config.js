import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/*
 * The layers of docs/architecture.md, as lint errors (npm test runs lint):
 * - extension pages (UI) never import worker code, and never write IndexedDB;
 * - content-script code never imports React, Dexie or the store;
 * - a network's folder never imports another network's;
 * - no import cycles anywhere.
 * Type-only imports may cross a layer: they leave nothing in the bundle.
 */

/** Code that runs only in the background service worker (the protocol modules are shared contracts). */
const WORKER = [
  'lib/background/**',
  'lib/store/**',
  'lib/capture/worker/**',
  'lib/compose/worker/**',
  'lib/sync/worker/**',
  'lib/platforms/*/compose/**',
];
const WORKER_EXCEPT = [
  '**/lib/store/protocol.ts',
  '**/lib/platforms/*/compose/count.ts',
  '**/lib/platforms/*/compose/intent-page.ts',
];

/** Extension pages: the side panel, popup, options and the logic only they run. */
const UI = [
  'components/**',
  'entrypoints/sidepanel/**',
  'entrypoints/popup/**',
  'entrypoints/options/**',
  'entrypoints/deck/**',
  'lib/feed/**',
  'lib/search/**',
  'lib/compose/page/**',
];

/** Code bundled into content scripts (MAIN world tap, isolated capture, intent pages). */
const CONTENT = [
  'lib/capture/*.ts',
  'lib/capture/tap/**',
  'lib/compose/content/**',
  'lib/platforms/*/*.ts',
  'lib/platforms/*/dom/**',
  'lib/platforms/*/entrypoints/**',
  'lib/platforms/*/compose/intent-page.ts',
  'lib/kit/**',
  'lib/parse-result.ts',
];
const NOT_IN_CONTENT = [
  ...WORKER,
  // A glob like the others (the rule takes globs or plain paths, never both): lib/db.ts.
  'lib/db*.ts',
  'components/**',
  'node_modules/react/**',
  'node_modules/react-dom/**',
  'node_modules/@types/react/**',
  'node_modules/@types/react-dom/**',
  'node_modules/dexie/**',
  'node_modules/dexie-react-hooks/**',
];

const NETWORK_FOLDERS = readdirSync(new URL('./lib/platforms', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The store's tables, read from their declarations in lib/db.ts so a new table is covered at once. */
const STORE_TABLES = [
  ...readFileSync(new URL('./lib/db.ts', import.meta.url), 'utf8').matchAll(
    /^\s+(\w+)!: (?:Entity)?Table</gm,
  ),
].map((match) => match[1]);

/** Dexie writes on one of the store's tables, or a read-write transaction. */
const STORE_WRITES = [
  {
    selector: `CallExpression[callee.property.name=/^(put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|clear|modify)$/][callee.object.property.name=/^(${STORE_TABLES.join('|')})$/]:not([callee.object.object.type='ThisExpression'])`,
    message: 'Only the background writes IndexedDB: send a message (lib/messages.ts) instead.',
  },
  {
    selector: "CallExpression[callee.property.name='transaction'][arguments.0.value=/w/]",
    message: 'Only the background writes IndexedDB: send a message (lib/messages.ts) instead.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // The cycle check reads every imported file: it must know they are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: UI,
              from: WORKER,
              except: WORKER_EXCEPT,
              message: 'Extension pages never import worker code: ask the background with a message.',
            },
            {
              target: CONTENT,
              from: NOT_IN_CONTENT,
              except: WORKER_EXCEPT,
              message: 'Content scripts run in the page: no React, no Dexie, no store, no worker code.',
            },
            ...NETWORK_FOLDERS.map((network) => ({
              target: `lib/platforms/${network}/**`,
              from: NETWORK_FOLDERS.filter((other) => other !== network).map(
                (other) => `lib/platforms/${other}/**`,
              ),
              message:
                'A network never imports another network: share through lib/kit or lib/platforms/adapter.ts.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: UI,
    // The documented exception (the options page's import, one transaction), and the search log's
    // writer hook, which only the background's writers and that import call, inside their transactions.
    ignores: ['lib/export/import-write.ts', 'lib/search/store/log.ts'],
    rules: { 'no-restricted-syntax': ['error', ...STORE_WRITES] },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
