// @ts-check
/**
 * Lint, including the architecture: the layer rules below are the dependency direction of STYLE.md, enforced.
 *   domain   pure TypeScript: no React, Dexie, Electron, DOM-bound code or other layers; luxon only in the
 *            time module (src/domain/shared/time.ts), the one place that does time arithmetic: no other
 *            module of src/ imports it
 *   storage  Dexie and domain only
 *   platform no storage or UI
 *   usecases storage, platform and domain; never React or the UI
 *   ui       reaches data through use cases, repositories and hooks, never Dexie tables; each feature folder
 *            of src/ui reaches another only through that folder's index.ts, and ui/shared reaches none
 *   src/**   never imports electron, nor the desktop shell's main or preload code
 *   electron/main, electron/preload  never import the renderer (main: apart from its catalogues, src/i18n)
 * Everywhere: no import cycles, and no source file over 500 lines (data files are JSON, not linted).
 * test/unit/architecture/layers.test.ts proves each of these rules bites.
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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

const reactAndUi = [
  { group: ['@mantine/*', 'react-*', 'react/*'], message: 'Only the UI uses UI libraries.' },
];

/**
 * The feature folders of src/ui (every folder but the app frame and the shared pieces), read from the tree so
 * that a new feature is covered the day it is made.
 */
const UI_FEATURES = readdirSync(new URL('./src/ui', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'app' && entry.name !== 'shared')
  .map((entry) => entry.name);

/** Zones of import-x/no-restricted-paths: which folder of src/ui may not reach into which. */
const UI_ZONES = [
  ...UI_FEATURES.flatMap((feature) =>
    [...UI_FEATURES.filter((other) => other !== feature), 'app'].map((other) => ({
      target: `./src/ui/${feature}`,
      from: `./src/ui/${other}`,
      ...(other === 'app' ? {} : { except: ['./index.ts'] }),
      message:
        other === 'app'
          ? 'A feature never imports the app frame: what features share lives in src/ui/shared.'
          : `Reach another feature only through its public index (src/ui/${other}/index.ts), never its internals.`,
    })),
  ),
  ...UI_FEATURES.map((feature) => ({
    target: './src/ui/app',
    from: `./src/ui/${feature}`,
    except: ['./index.ts'],
    message: `The app frame reaches a feature through its public index (src/ui/${feature}/index.ts).`,
  })),
  {
    target: './src/ui/shared',
    from: './src/ui',
    except: ['./shared'],
    message: 'src/ui/shared is what features share: it imports no feature and not the app frame.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // How import-x reads the modules an import leads to (for cycles and paths): TypeScript, found by extension.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The browser benchmark's report is its output.
    files: ['test/bench-browser/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 500 }] },
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
            { name: 'luxon', message: 'Time arithmetic lives in src/domain/shared/time.ts: add what you need there.' },
          ],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['storage', 'ui', 'platform', 'usecases'], 'domain depends on nothing but itself and pure libraries.'),
            { group: ['@mantine/*', 'react-*', 'react/*'], message: 'domain is pure TypeScript: no UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    // The time module is where luxon lives; it keeps every other rule of the domain.
    files: ['src/domain/shared/time.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'domain is pure TypeScript: no React.' }],
          patterns: [...electronAndShell, ...forbidLayers(['storage', 'ui', 'platform', 'usecases'], 'domain depends on nothing but itself and pure libraries.')],
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
          paths: [
            { name: 'react', message: 'storage has no UI.' },
            { name: 'luxon', message: 'Time arithmetic lives in src/domain/shared/time.ts.' },
          ],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['ui', 'platform', 'usecases'], 'storage knows Dexie and domain only.'),
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
          paths: [{ name: 'luxon', message: 'Time arithmetic lives in src/domain/shared/time.ts.' }],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['storage', 'ui', 'usecases'], 'platform knows only the IPC contract and the browser.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/usecases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'Use cases are plain functions: no React. The UI shows their results.' },
            { name: 'dexie', message: 'Use cases reach data through the repositories.' },
            { name: 'luxon', message: 'Time arithmetic lives in src/domain/shared/time.ts.' },
          ],
          patterns: [
            ...electronAndShell,
            ...forbidLayers(['ui'], 'Use cases know storage, platform and domain, never the UI.'),
            ...reactAndUi,
            { group: ['**/storage/database', '**/storage/schema'], message: 'Use cases reach data through the repositories.' },
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
            { name: 'luxon', message: 'Time arithmetic lives in src/domain/shared/time.ts.' },
          ],
          patterns: [
            ...electronAndShell,
            { group: ['**/storage/database', '**/storage/schema'], message: 'The UI uses repositories, not the database.' },
          ],
        },
      ],
      'import-x/no-restricted-paths': ['error', { zones: UI_ZONES }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // src/caldav is the CalDAV client both sides run: no DOM, no Electron, only fetch; the team space's
              // contract is the shape of what crosses the IPC bridge.
              regex: '(^|/)src/(?!caldav/caldav-server$|platform/team-space$)',
              message: 'The desktop shell does not import the renderer (but the CalDAV client both run, src/caldav, and the team space contract).',
            },
          ],
        },
      ],
    },
  },
  {
    // Main speaks the interface's languages from the same catalogues: src/i18n, and nothing else of the renderer
    // but the CalDAV and WebDAV clients both run (main makes the requests on the desktop) and what they share.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!i18n/(i18n|catalogues)$|caldav/caldav-server$|platform/(team-space|space-paths|webdav-files)$)',
              message:
                'The desktop shell imports nothing of the renderer but its catalogues (src/i18n/i18n, src/i18n/catalogues), the CalDAV client (src/caldav) and the team space\'s WebDAV client (src/platform/webdav-files, space-paths, team-space).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
