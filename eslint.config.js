// @ts-check
/**
 * Lint, including the architecture: the layer rules below are the dependency direction of STYLE.md, enforced.
 *   domain   pure TypeScript: no React, Dexie, Electron, DOM-bound code or other layers
 *   storage  Dexie and domain only
 *   platform no storage or UI
 *   ui       reaches data through storage repositories and hooks, never Dexie tables
 *   src/**   never imports electron, nor the desktop shell's main or preload code
 *   electron/main, electron/preload  never import the renderer
 */
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronAndShell = [
  { regex: '^electron(/.*)?$', message: 'The renderer never imports Electron: go through src/platform.' },
  {
    group: ['**/electron/main/**', '**/electron/preload/**'],
    message: 'The renderer reaches the desktop shell only through the IPC contract (electron/shared).',
  },
];

/** @param {string[]} layers @param {string} why */
const forbidLayers = (layers, why) => layers.map((layer) => ({ group: [`**/${layer}/**`, `../${layer}`, `./${layer}`], message: why }));

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': noUnsanitized },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-imports': ['error', { patterns: electronAndShell }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'domain is pure TypeScript: no React.' },
            { name: 'dexie', message: 'domain knows nothing of storage.' },
            { name: 'dexie-react-hooks', message: 'domain knows nothing of storage.' },
          ],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['storage', 'ui', 'platform'], 'domain depends on nothing but itself and pure libraries.'),
            { group: ['@mantine/*', 'react-*', 'react/*'], message: 'domain is pure TypeScript: no UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'storage has no UI.' }],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['ui', 'platform'], 'storage knows Dexie and domain only.'),
            { group: ['@mantine/*'], message: 'storage has no UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['storage', 'ui'], 'platform knows only the IPC contract and the browser.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'The UI reaches data through storage repositories and hooks, never tables.' },
            { name: 'luxon', message: 'Time arithmetic lives in src/domain/time.ts.' },
          ],
          patterns: [
            ...electronAndShell,
            { group: ['**/storage/database', '**/storage/schema'], message: 'The UI uses repositories, not the database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**', '../../src/*'], message: 'The desktop shell does not import the renderer.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
